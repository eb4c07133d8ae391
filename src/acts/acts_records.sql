-- Acts (п. 4–6, 15, 17) and their lists of employees (п. 6.2, 17.2)

CREATE TABLE civilservice.act (
    state_body_id       bigint NOT NULL REFERENCES civilservice.state_body,
    id                  bigserial,
    number              text,
    act_date            date,
    issued_by           bigint,
    regime              civilservice.regime NOT NULL,
    basis               civilservice.act_basis,
    emergency_case_id   bigint,
    basis_text          text,
    term                daterange,
    place_of_work       text,
    fixed_working_time  civilservice.work_schedule,
    control_procedure   text,
    communication_means text,
    status              civilservice.act_status NOT NULL DEFAULT 'draft',
    signed_at           timestamptz,
    cancelled_on        date,
    cancel_reason       text,
    signed_by_role      name,
    signed_by_employee  bigint,
    signed_for          bigint,
    cancelled_by_role   name,
    cancelled_by_employee bigint,
    cancelled_for       bigint,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, issued_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT act_signed_by_employee_fkey FOREIGN KEY (state_body_id, signed_by_employee)
        REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT act_cancelled_by_employee_fkey FOREIGN KEY (state_body_id, cancelled_by_employee)
        REFERENCES civilservice.employee (state_body_id, id),
    -- п. 5: the case is the body's own; capping one body's case never touches another's acts
    CONSTRAINT act_emergency_case_fkey FOREIGN KEY (state_body_id, emergency_case_id)
        REFERENCES civilservice.emergency_case (state_body_id, id),
    CONSTRAINT act_basis_regime CHECK (civilservice.checked((basis = 'application') = (regime = 'flexible'),
        'п. 4, п. 5, п. 15', 'act_basis_regime', 'act', 'the basis of the act does not fit its regime',
        'Regime ' || regime || ', basis ' || basis || '.',
        'Remote and combined remote work rest on an agreement of the parties (п. 4) or an emergency case (п. 5); flexible time on the employee''s application (п. 15).')),
    CONSTRAINT act_emergency_case CHECK (civilservice.checked(
        CASE WHEN basis IS NOT DISTINCT FROM 'emergency' THEN status = 'draft' OR emergency_case_id IS NOT NULL
             ELSE emergency_case_id IS NULL END,
        'п. 5', 'act_emergency_case', 'act', 'only an act on the emergency basis references an emergency case, and a signed one must',
        'Basis ' || coalesce(basis, 'not given') || ', status ' || status || ', emergency case ' || coalesce(emergency_case_id::text, 'none') || '.',
        'Reference the body''s emergency case (emergency_case_id) on an act with basis emergency, and on no other act.')),
    -- a missing item is NULL here, and a NULL CHECK passes: hence coalesce
    CONSTRAINT act_contents CHECK (civilservice.checked(status = 'draft' OR coalesce(
        btrim(number, E' \t\n') <> '' AND act_date IS NOT NULL AND basis IS NOT NULL
        AND (basis <> 'agreement' OR btrim(basis_text, E' \t\n') <> '')
        AND NOT isempty(term) AND isfinite(lower(term)) AND isfinite(upper(term))
        AND CASE WHEN regime = 'flexible' THEN fixed_working_time IS NOT NULL
                 ELSE btrim(place_of_work, E' \t\n') <> '' END, false),
        CASE WHEN regime = 'flexible' THEN 'п. 17' ELSE 'п. 6' END, 'act_contents', 'act',
        'an act that is not a draft has all its contents',
        -- (a draft passes: its detail is not built)
        CASE WHEN status <> 'draft' THEN 'Act ' || coalesce(number, '(no number)') || ', status ' || status || '; missing:'
            || CASE WHEN coalesce(btrim(number, E' \t\n') <> '', false) THEN '' ELSE ' number' END
            || CASE WHEN act_date IS NOT NULL THEN '' ELSE ' act_date' END
            || CASE WHEN basis IS NOT NULL THEN '' ELSE ' basis' END
            || CASE WHEN basis IS DISTINCT FROM 'agreement' OR coalesce(btrim(basis_text, E' \t\n') <> '', false) THEN '' ELSE ' basis_text' END
            || CASE WHEN coalesce(NOT isempty(term) AND isfinite(lower(term)) AND isfinite(upper(term)), false) THEN '' ELSE ' term' END
            || CASE WHEN regime = 'flexible' THEN CASE WHEN fixed_working_time IS NOT NULL THEN '' ELSE ' fixed_working_time' END
                    ELSE CASE WHEN coalesce(btrim(place_of_work, E' \t\n') <> '', false) THEN '' ELSE ' place_of_work' END END || '.' END,
        'Insert the act as a draft, complete it (see validate_act()) and sign it with UPDATE ... SET status = ''signed''.')),
    CONSTRAINT act_cancellation CHECK (civilservice.checked(
        status <> 'cancelled' OR (cancelled_on IS NOT NULL AND btrim(coalesce(cancel_reason, '')) <> ''),
        'п. 21', 'act_cancellation', 'act', 'a cancelled act states the day it no longer applies and the reason',
        'Act ' || coalesce(number, id::text) || ': cancelled_on ' || coalesce(cancelled_on::text, 'not given')
            || ', cancel_reason ' || CASE WHEN btrim(coalesce(cancel_reason, '')) <> '' THEN 'given' ELSE 'not given' END || '.',
        'Set cancelled_on (the first day the act no longer applies) and cancel_reason together with status = ''cancelled'', or use civilservice.cancel_act().'))
);
COMMENT ON TABLE civilservice.act IS
  'Акт уполномоченного лица об установлении дистанционной, комбинированной дистанционной работы (п. 4–6) или режима гибкого рабочего времени (п. 15, 17); signed acts are never deleted and never change';
COMMENT ON COLUMN civilservice.act.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.act.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.act.number IS 'Номер акта';
COMMENT ON COLUMN civilservice.act.act_date IS 'Дата акта';
COMMENT ON COLUMN civilservice.act.issued_by IS 'Уполномоченное лицо (п. 3), employee of the same body with is_authorized';
COMMENT ON COLUMN civilservice.act.regime IS 'Режим: remote, combined_remote, flexible';
COMMENT ON COLUMN civilservice.act.basis IS 'Основание (п. 6.1, 17.1): agreement (п. 4), emergency (п. 5), application (п. 15)';
COMMENT ON COLUMN civilservice.act.emergency_case_id IS 'Случай п. 5, for the emergency basis: an emergency case of the same body (emergency_case (state_body_id, id))';
COMMENT ON COLUMN civilservice.act.basis_text IS 'Реквизиты основания (соглашение сторон и т. п.)';
COMMENT ON COLUMN civilservice.act.term IS 'Срок (п. 6.3) / период (п. 17.4), [first day, day after the last)';
COMMENT ON COLUMN civilservice.act.place_of_work IS 'Место выполнения работы (п. 6.4), remote and combined';
COMMENT ON COLUMN civilservice.act.fixed_working_time IS 'Фиксированное рабочее время (п. 17.3), flexible';
COMMENT ON COLUMN civilservice.act.control_procedure IS 'Порядок контроля (п. 10), optional';
COMMENT ON COLUMN civilservice.act.communication_means IS 'Средства связи (п. 10), optional';
COMMENT ON COLUMN civilservice.act.status IS 'draft (editable), signed (in force, immutable), cancelled (п. 21)';
COMMENT ON COLUMN civilservice.act.signed_at IS 'When it was signed (set by the database)';
COMMENT ON COLUMN civilservice.act.cancelled_on IS 'Дата отмены: first day the act no longer applies';
COMMENT ON COLUMN civilservice.act.cancel_reason IS 'Причина отмены';
COMMENT ON COLUMN civilservice.act.signed_by_role IS 'п. 3.7: the database role that signed it (current_user; set by the database)';
COMMENT ON COLUMN civilservice.act.signed_by_employee IS 'п. 3.7: the employee that role is (civilservice.role_body); NULL when a superuser or the owner of the table signed without a mapping (set by the database)';
COMMENT ON COLUMN civilservice.act.signed_for IS 'п. 3.7: the issuer the signer acted for, when an authorized person other than issued_by signed; NULL when the issuer signed (set by the database)';
COMMENT ON COLUMN civilservice.act.cancelled_by_role IS 'п. 21: the database role that cancelled it (set by the database)';
COMMENT ON COLUMN civilservice.act.cancelled_by_employee IS 'п. 21: the employee that role is (civilservice.role_body); NULL for a superuser or the owner of the table without a mapping (set by the database)';
COMMENT ON COLUMN civilservice.act.cancelled_for IS 'п. 3.7, п. 21: the issuer the canceller acted for, when an authorized person other than issued_by cancelled (set by the database)';
COMMENT ON CONSTRAINT act_pkey ON civilservice.act IS
  'п. 6, п. 17: an act is known by its state body and its id (ids are keys within a body)';
COMMENT ON CONSTRAINT act_emergency_case_fkey ON civilservice.act IS
  'п. 5: an act on the emergency basis rests on an emergency case of its own state body';
COMMENT ON CONSTRAINT act_basis_regime ON civilservice.act IS
  'п. 4, п. 5, п. 15: remote and combined remote work rest on an agreement of the parties (п. 4) or an emergency case (п. 5); flexible time on the employee''s application (п. 15)';
COMMENT ON CONSTRAINT act_emergency_case ON civilservice.act IS
  'п. 5: only an act on the emergency basis references an emergency case, and a signed one must';
COMMENT ON CONSTRAINT act_contents ON civilservice.act IS
  'п. 6, п. 17: a signed act has its number and date, its basis (with the agreement referenced, п. 4), a bounded term, and the place of work (п. 6.4) or the fixed working time (п. 17.3); the signing also refuses an empty list of employees (п. 6.2, 17.2) under this name';
COMMENT ON CONSTRAINT act_signed_by_employee_fkey ON civilservice.act IS
  'п. 3.7: the person who signed is an employee of the act''s body';
COMMENT ON CONSTRAINT act_cancelled_by_employee_fkey ON civilservice.act IS
  'п. 3.7, п. 21: the person who cancelled is an employee of the act''s body';
COMMENT ON CONSTRAINT act_cancellation ON civilservice.act IS
  'п. 21: a cancelled act states the day it no longer applies and the reason';

-- The list of employees (п. 6.2, 17.2). regime_group and effective_term are
-- kept by the database from participation_days() (src/acts/participation.sql);
-- the exclusion constraint then keeps an employee off two overlapping acts
-- of the same group (п. 13).
CREATE TABLE civilservice.act_employee (
    state_body_id  bigint NOT NULL,
    act_id         bigint NOT NULL,
    employee_id    bigint NOT NULL,
    application_id bigint,
    schedule_difference_reason text,
    regime_group   text CONSTRAINT act_employee_regime_group CHECK (civilservice.checked(regime_group IN ('remote', 'flexible'),
                       'п. 13', 'act_employee_regime_group', 'act_employee', 'unknown regime group',
                       'Regime group given: "' || regime_group || '".',
                       'Leave regime_group to the database: remote (remote and combined remote work) or flexible, set when the act is signed.')),
    effective_term daterange,
    PRIMARY KEY (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, act_id) REFERENCES civilservice.act (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    FOREIGN KEY (state_body_id, application_id) REFERENCES civilservice.flexible_application (state_body_id, id),
    CONSTRAINT act_employee_schedule_difference_reason CHECK (civilservice.checked(
        schedule_difference_reason IS NULL OR btrim(schedule_difference_reason, E' \t\n') <> '',
        'п. 15, п. 17.3', 'act_employee_schedule_difference_reason', 'act_employee',
        'a reason for a fixed working time other than the one applied for is not blank',
        'Act ' || act_id || ', employee ' || employee_id || ': the reason is blank.',
        'State the reason (e.g. the unit''s service needs agreed with the employee), or leave it NULL when the act keeps the requested schedule.')),
    CONSTRAINT act_employee_no_overlap EXCLUDE USING gist
        (state_body_id WITH =, employee_id WITH =, regime_group WITH =, effective_term WITH &&)
        WHERE (effective_term IS NOT NULL)
);
COMMENT ON TABLE civilservice.act_employee IS
  'Список служащих акта (п. 6.2, 17.2): one row per employee; for a flexible act, the employee''s own application (п. 15)';
COMMENT ON COLUMN civilservice.act_employee.state_body_id IS 'Государственный орган (the act''s and the employee''s)';
COMMENT ON COLUMN civilservice.act_employee.act_id IS 'Акт';
COMMENT ON COLUMN civilservice.act_employee.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.act_employee.application_id IS 'Заявление служащего (flexible acts, п. 15)';
COMMENT ON COLUMN civilservice.act_employee.schedule_difference_reason IS 'Причина расхождения (п. 15, 17.3): why the act''s fixed working time differs from the schedule requested in the application; required at signing when they differ';
COMMENT ON COLUMN civilservice.act_employee.regime_group IS 'remote (remote and combined remote) or flexible: п. 13 lets the two groups overlap, never two of one group; set from the act when it is signed (NULL on a draft); always participation_days()';
COMMENT ON COLUMN civilservice.act_employee.effective_term IS 'Days the employee is on the regime under this act: the term once signed, with extensions, capped by п. 5 and ended by cancellation; NULL on a draft; always participation_days()';
COMMENT ON CONSTRAINT act_employee_regime_group ON civilservice.act_employee IS
  'п. 13: the regime group is remote (remote and combined remote work) or flexible';
COMMENT ON CONSTRAINT act_employee_schedule_difference_reason ON civilservice.act_employee IS
  'п. 15, п. 17.3: a reason for a fixed working time other than the one applied for is not blank (the signing requires one when the schedules differ, act_employee_application)';
COMMENT ON CONSTRAINT act_employee_no_overlap ON civilservice.act_employee IS
  'п. 13: flexible time may be combined with remote work, but no employee is on two overlapping acts of one group (remote and combined remote, or flexible)';

CREATE TRIGGER act_guard BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_guard();
CREATE TRIGGER act_sign BEFORE UPDATE ON civilservice.act
    FOR EACH ROW WHEN (OLD.status = 'draft' AND NEW.status = 'signed') EXECUTE FUNCTION civilservice.act_sign();
CREATE TRIGGER act_effect AFTER UPDATE ON civilservice.act
    REFERENCING OLD TABLE AS old_acts NEW TABLE AS new_acts
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_effect();
CREATE TRIGGER act_history AFTER UPDATE OR DELETE ON civilservice.act
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
-- The list changes only on a draft: inserts and deletes are guarded at every
-- depth; updates by a statement of the application here, and at every depth
-- by act_employee_keys (the keys of a signed act's row never change). The
-- days in effect are checked for every insert and update, at every depth,
-- by act_employee_kept.
CREATE TRIGGER act_employee_guard_insert AFTER INSERT ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_guard();
CREATE TRIGGER act_employee_guard_update AFTER UPDATE ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT WHEN (pg_catalog.pg_trigger_depth() = 0) EXECUTE FUNCTION civilservice.act_employee_guard();
CREATE TRIGGER act_employee_guard_delete AFTER DELETE ON civilservice.act_employee
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_guard();
CREATE TRIGGER act_employee_keys BEFORE UPDATE OF state_body_id, act_id, employee_id, application_id, schedule_difference_reason
    ON civilservice.act_employee
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_employee_keys();
CREATE TRIGGER act_employee_kept_insert AFTER INSERT ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_kept();
CREATE TRIGGER act_employee_kept_update AFTER UPDATE ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_kept();
COMMENT ON TRIGGER act_guard ON civilservice.act IS 'Acts start as drafts; signed acts are only cancelled (п. 21) or capped (п. 5)';
COMMENT ON TRIGGER act_sign ON civilservice.act IS 'п. 4–6, 14, 15, 17, 18: the signing check, every problem listed';
COMMENT ON TRIGGER act_effect ON civilservice.act IS 'Signing, cancelling and capping write the days in effect of the employees';
COMMENT ON TRIGGER act_history ON civilservice.act IS 'Every change of an act is kept';
COMMENT ON TRIGGER act_employee_guard_insert ON civilservice.act_employee IS 'The list of a draft only; п. 14, п. 15';
COMMENT ON TRIGGER act_employee_guard_update ON civilservice.act_employee IS 'The list of a draft only; п. 14, п. 15 (statements of the application)';
COMMENT ON TRIGGER act_employee_guard_delete ON civilservice.act_employee IS 'The list of a draft only';
COMMENT ON TRIGGER act_employee_keys ON civilservice.act_employee IS 'The keys, the application and the schedule difference reason of a signed act''s row never change, at any depth';
COMMENT ON TRIGGER act_employee_kept_insert ON civilservice.act_employee IS 'Inserted rows carry the days of participation_days() (none on a draft)';
COMMENT ON TRIGGER act_employee_kept_update ON civilservice.act_employee IS 'Updated rows carry the days of participation_days(), whoever writes them';
-- The list itself never changes once the act is signed; its days in effect
-- are derived from the act, its extensions, its case, the cancellations and
-- the employment of the employee. Once derived, every change of them is kept
-- (the first derivation, at signing, is the act's own change and is kept
-- there).
CREATE TRIGGER act_employee_history AFTER UPDATE ON civilservice.act_employee
    FOR EACH ROW WHEN (OLD.effective_term IS NOT NULL
                       AND (OLD.effective_term IS DISTINCT FROM NEW.effective_term
                            OR OLD.regime_group IS DISTINCT FROM NEW.regime_group))
    EXECUTE FUNCTION civilservice.keep_history('act_id', 'employee_id');
COMMENT ON TRIGGER act_employee_history ON civilservice.act_employee IS
  'Every change of the days in effect of a signed act''s participation (an extension, a cancellation, an emergency cap, a dismissal) is kept in civilservice.history, key [act_id, employee_id]';

-- Participation ends at dismissal (п. 3: the employee is a civil servant):
-- when an employee's employment dates change, the days in effect of every
-- act listing them are derived again in the same transaction.
CREATE TRIGGER employee_participation AFTER UPDATE OF employed_from, employed_to ON civilservice.employee
    FOR EACH ROW WHEN (OLD.employed_from IS DISTINCT FROM NEW.employed_from OR OLD.employed_to IS DISTINCT FROM NEW.employed_to)
    EXECUTE FUNCTION civilservice.employee_participation();
COMMENT ON TRIGGER employee_participation ON civilservice.employee IS
  'п. 3, 6.2, 17.2: a participation ends at dismissal — the days in effect of the employee''s acts follow the employment dates in the same transaction, each rewritten row kept in history';
COMMENT ON SEQUENCE civilservice.act_id_seq IS 'Keys of civilservice.act';
