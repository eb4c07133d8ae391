-- Acts (п. 4–6, 15, 17) and their lists of employees (п. 6.2, 17.2)

CREATE TABLE civilservice.act (
    state_body_id       bigint NOT NULL REFERENCES civilservice.state_body,
    id                  bigserial,
    number              text,
    act_date            date,
    issued_by           bigint,
    regime              civilservice.regime NOT NULL,
    basis               civilservice.act_basis,
    emergency_case_id   bigint REFERENCES civilservice.emergency_case,
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
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, issued_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT act_basis_regime CHECK ((basis = 'application') = (regime = 'flexible')),
    CONSTRAINT act_emergency_case CHECK (
        CASE WHEN basis IS NOT DISTINCT FROM 'emergency' THEN status = 'draft' OR emergency_case_id IS NOT NULL
             ELSE emergency_case_id IS NULL END),
    -- a missing item is NULL here, and a NULL CHECK passes: hence coalesce
    CONSTRAINT act_contents CHECK (status = 'draft' OR coalesce(
        btrim(number, E' \t\n') <> '' AND act_date IS NOT NULL AND basis IS NOT NULL
        AND (basis <> 'agreement' OR btrim(basis_text, E' \t\n') <> '')
        AND NOT isempty(term) AND isfinite(lower(term)) AND isfinite(upper(term))
        AND CASE WHEN regime = 'flexible' THEN fixed_working_time IS NOT NULL
                 ELSE btrim(place_of_work, E' \t\n') <> '' END, false)),
    CONSTRAINT act_cancellation CHECK (status <> 'cancelled' OR (cancelled_on IS NOT NULL AND btrim(coalesce(cancel_reason, '')) <> ''))
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
COMMENT ON COLUMN civilservice.act.emergency_case_id IS 'Случай п. 5, for the emergency basis';
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
COMMENT ON CONSTRAINT act_pkey ON civilservice.act IS
  'п. 6, п. 17: an act is known by its state body and its id (ids are keys within a body)';
COMMENT ON CONSTRAINT act_basis_regime ON civilservice.act IS
  'п. 4, п. 5, п. 15: remote and combined remote work rest on an agreement of the parties (п. 4) or an emergency case (п. 5); flexible time on the employee''s application (п. 15)';
COMMENT ON CONSTRAINT act_emergency_case ON civilservice.act IS
  'п. 5: only an act on the emergency basis references an emergency case, and a signed one must';
COMMENT ON CONSTRAINT act_contents ON civilservice.act IS
  'п. 6, п. 17: a signed act has its number and date, its basis (with the agreement referenced, п. 4), a bounded term, and the place of work (п. 6.4) or the fixed working time (п. 17.3); the signing also refuses an empty list of employees (п. 6.2, 17.2) under this name';
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
    regime_group   text CHECK (regime_group IN ('remote', 'flexible')),
    effective_term daterange,
    PRIMARY KEY (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, act_id) REFERENCES civilservice.act (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    FOREIGN KEY (state_body_id, application_id) REFERENCES civilservice.flexible_application (state_body_id, id),
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
COMMENT ON COLUMN civilservice.act_employee.regime_group IS 'remote (remote and combined remote) or flexible: п. 13 lets the two groups overlap, never two of one group; set from the act when it is signed (NULL on a draft); always participation_days()';
COMMENT ON COLUMN civilservice.act_employee.effective_term IS 'Days the employee is on the regime under this act: the term once signed, with extensions, capped by п. 5 and ended by cancellation; NULL on a draft; always participation_days()';
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
CREATE TRIGGER act_employee_keys BEFORE UPDATE OF state_body_id, act_id, employee_id, application_id
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
COMMENT ON TRIGGER act_employee_keys ON civilservice.act_employee IS 'The keys of a signed act''s row never change, at any depth';
COMMENT ON TRIGGER act_employee_kept_insert ON civilservice.act_employee IS 'Inserted rows carry the days of participation_days() (none on a draft)';
COMMENT ON TRIGGER act_employee_kept_update ON civilservice.act_employee IS 'Updated rows carry the days of participation_days(), whoever writes them';
-- No history trigger here: effective_term is derived from the act, its
-- extensions and its case, whose changes are all kept; the list itself never
-- changes once the act is signed.
COMMENT ON SEQUENCE civilservice.act_id_seq IS 'Keys of civilservice.act';
