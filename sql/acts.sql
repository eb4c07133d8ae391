-- Acts of the authorized person, their employees, applications for flexible
-- time, extensions and recalls: the Rules as constraints and triggers.

CREATE TYPE civilservice.regime AS ENUM ('remote', 'combined_remote', 'flexible');
COMMENT ON TYPE civilservice.regime IS
  'п. 3: дистанционная работа, комбинированная дистанционная работа, режим гибкого рабочего времени';
CREATE TYPE civilservice.act_basis AS ENUM ('agreement', 'emergency', 'application');
COMMENT ON TYPE civilservice.act_basis IS
  'Основание акта: соглашение сторон (п. 4), случай п. 5 (в одностороннем порядке), заявление служащего (п. 15)';
CREATE TYPE civilservice.act_status AS ENUM ('draft', 'signed', 'cancelled');
COMMENT ON TYPE civilservice.act_status IS 'Проект, подписан (вступил в силу), отменён (п. 21)';
CREATE TYPE civilservice.application_channel AS ENUM ('e_qyzmet', 'hr_information_system');
COMMENT ON TYPE civilservice.application_channel IS
  'п. 15: заявление подаётся в электронном виде через «Е-қызмет» или информационную систему кадровой службы органа';
CREATE TYPE civilservice.application_status AS ENUM ('received', 'approved', 'rejected', 'withdrawn');
COMMENT ON TYPE civilservice.application_status IS 'Поступило, удовлетворено актом, отказано, отозвано';

------------------------------------------------------------------------------
-- Applications for flexible time (п. 15–16)

CREATE TABLE civilservice.flexible_application (
    state_body_id      bigint NOT NULL REFERENCES civilservice.state_body,
    id                 bigserial,
    employee_id        bigint NOT NULL,
    received_at        timestamptz NOT NULL DEFAULT pg_catalog.now(),
    channel            civilservice.application_channel NOT NULL,
    reasons            text NOT NULL CONSTRAINT flexible_application_reasons CHECK (btrim(reasons) <> ''),
    requested_schedule civilservice.work_schedule NOT NULL,
    requested_period   daterange NOT NULL CONSTRAINT flexible_application_period_bounded
                       CHECK (NOT isempty(requested_period) AND NOT lower_inf(requested_period) AND NOT upper_inf(requested_period)),
    status             civilservice.application_status NOT NULL DEFAULT 'received',
    decided_at         timestamptz,
    rejection_reason   text,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT flexible_application_rejection_reason
        CHECK (status <> 'rejected' OR btrim(coalesce(rejection_reason, '')) <> '')
);
COMMENT ON TABLE civilservice.flexible_application IS
  'п. 15–16: заявление служащего об установлении режима гибкого рабочего времени (причины, режим, период); рассматривается в течение десяти рабочих дней';
COMMENT ON COLUMN civilservice.flexible_application.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.flexible_application.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.flexible_application.employee_id IS 'Служащий, подавший заявление';
COMMENT ON COLUMN civilservice.flexible_application.received_at IS 'Дата и время поступления; the review deadline counts from it on the body''s calendar';
COMMENT ON COLUMN civilservice.flexible_application.channel IS 'Канал подачи: «Е-қызмет» или информационная система кадровой службы (п. 15)';
COMMENT ON COLUMN civilservice.flexible_application.reasons IS 'Причины (п. 15)';
COMMENT ON COLUMN civilservice.flexible_application.requested_schedule IS 'Запрашиваемый режим рабочего времени (п. 15)';
COMMENT ON COLUMN civilservice.flexible_application.requested_period IS 'Запрашиваемый период; at most the cap of п. 18';
COMMENT ON COLUMN civilservice.flexible_application.status IS 'received, approved (set when an act listing it is signed), rejected, withdrawn';
COMMENT ON COLUMN civilservice.flexible_application.decided_at IS 'When it was approved, rejected or withdrawn';
COMMENT ON COLUMN civilservice.flexible_application.rejection_reason IS 'Причина отказа (required when rejected)';
SELECT pg_catalog.pg_extension_config_dump('civilservice.flexible_application', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.flexible_application_id_seq', '');

CREATE FUNCTION civilservice.flexible_application_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    cap numeric := civilservice.rule_parameter_value('flexible_period_months', lower(NEW.requested_period));
BEGIN
    IF civilservice.restore_mode() THEN
        RETURN NEW;     -- a dumped row, checked when first written
    END IF;
    IF upper(NEW.requested_period) > lower(NEW.requested_period) + make_interval(months => cap::int) THEN
        RAISE EXCEPTION 'п. 18: the requested period of flexible time exceeds % months', cap
          USING ERRCODE = 'check_violation', CONSTRAINT = 'flexible_application_period_cap',
                TABLE = 'flexible_application', SCHEMA = 'civilservice',
                DETAIL = format('Requested %s; the last day may be at most %s.', NEW.requested_period,
                                (lower(NEW.requested_period) + make_interval(months => cap::int))::date - 1),
                HINT = 'Request at most the cap; a longer period is reached by extensions agreed later (п. 18).';
    END IF;
    IF NEW.status = 'rejected' AND btrim(coalesce(NEW.rejection_reason, '')) = '' THEN
        RAISE EXCEPTION 'п. 16: a rejected application states the reason of the refusal'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'flexible_application_rejection_reason',
                TABLE = 'flexible_application', SCHEMA = 'civilservice',
                DETAIL = format('Application %s of employee %s.', NEW.id, NEW.employee_id),
                HINT = 'Set rejection_reason together with status = ''rejected''.';
    END IF;
    -- approved only when a signed act lists it (the signing approves it)
    IF TG_OP = 'UPDATE' AND NEW.status = 'approved' AND OLD.status <> 'approved'
       AND NOT EXISTS (SELECT 1 FROM civilservice.act_employee ae
                         JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
                        WHERE ae.state_body_id = NEW.state_body_id AND ae.application_id = NEW.id
                          AND ae.employee_id = NEW.employee_id AND a.status = 'signed') THEN
        RAISE EXCEPTION 'п. 15: an application is approved by signing an act that lists it'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'flexible_application_approved_by_act',
                TABLE = 'flexible_application', SCHEMA = 'civilservice',
                DETAIL = format('Application %s of employee %s.', NEW.id, NEW.employee_id),
                HINT = 'Put the application on a flexible act and sign the act.';
    END IF;
    IF NEW.status <> 'received' AND (TG_OP = 'INSERT' OR OLD.status = 'received') THEN
        NEW.decided_at := coalesce(NEW.decided_at, now());
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.flexible_application_check() IS
  'Trigger: п. 18 cap on the requested period; п. 15 approval only through a signed act';
CREATE TRIGGER flexible_application_check BEFORE INSERT OR UPDATE ON civilservice.flexible_application
    FOR EACH ROW EXECUTE FUNCTION civilservice.flexible_application_check();
CREATE TRIGGER flexible_application_history AFTER UPDATE OR DELETE ON civilservice.flexible_application
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');

------------------------------------------------------------------------------
-- Acts

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
SELECT pg_catalog.pg_extension_config_dump('civilservice.act', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.act_id_seq', '');

-- The list of employees (п. 6.2, 17.2). regime_group and effective_term are
-- kept by the database: effective_term is set when the act is signed and
-- follows extensions, caps and cancellation; the exclusion constraint then
-- keeps an employee off two overlapping acts of the same group (п. 13).
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
COMMENT ON COLUMN civilservice.act_employee.regime_group IS 'remote (remote and combined remote) or flexible: п. 13 lets the two groups overlap, never two of one group; set from the act when it is signed (NULL on a draft)';
COMMENT ON COLUMN civilservice.act_employee.effective_term IS 'Days the employee is on the regime under this act: the term once signed, with extensions, capped by п. 5 and ended by cancellation; NULL on a draft';
SELECT pg_catalog.pg_extension_config_dump('civilservice.act_employee', '');

CREATE FUNCTION civilservice.act_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    fixed text[] := ARRAY['status', 'cancelled_on', 'cancel_reason'];
BEGIN
    IF TG_OP = 'INSERT' AND civilservice.restore_mode() THEN
        RETURN NEW;     -- a dumped act, checked when first written
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'act % is a signed legal document and cannot be deleted', OLD.number
              USING ERRCODE = 'restrict_violation', CONSTRAINT = 'act_signed_immutable',
                    TABLE = 'act', SCHEMA = 'civilservice',
                    DETAIL = format('Act %s of body %s, status %s.', OLD.id, OLD.state_body_id, OLD.status),
                    HINT = 'Cancel it instead: set status = ''cancelled'' with cancelled_on and cancel_reason.';
        END IF;
        DELETE FROM civilservice.act_employee WHERE state_body_id = OLD.state_body_id AND act_id = OLD.id;
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' AND NEW.status <> 'draft' THEN
        RAISE EXCEPTION 'an act is created as a draft and then signed'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_created_as_draft',
                TABLE = 'act', SCHEMA = 'civilservice',
                DETAIL = format('Status given: %s.', NEW.status),
                HINT = 'Insert it with status ''draft'', add its employees, then UPDATE status to ''signed''. A superuser restoring a dump sets civilservice.restore_mode = on.';
    END IF;
    IF NEW.basis = 'emergency' AND NEW.regime = 'flexible'
       OR NEW.basis = 'application' AND NEW.regime <> 'flexible'
       OR NEW.basis = 'agreement' AND NEW.regime = 'flexible' THEN
        RAISE EXCEPTION 'п. 4, п. 5, п. 15: basis % does not apply to regime %', NEW.basis, NEW.regime
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_basis_regime',
                TABLE = 'act', SCHEMA = 'civilservice',
                DETAIL = format('Act %s: regime %s, basis %s.', coalesce(NEW.number, NEW.id::text), NEW.regime, NEW.basis),
                HINT = 'Remote and combined remote work rest on an agreement (п. 4) or an emergency case (п. 5); flexible time on the employee''s application (п. 15).';
    END IF;
    IF NEW.emergency_case_id IS NOT NULL AND NEW.basis IS DISTINCT FROM 'emergency' THEN
        RAISE EXCEPTION 'п. 5: only an act on the emergency basis references an emergency case'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_emergency_case',
                TABLE = 'act', SCHEMA = 'civilservice',
                DETAIL = format('Act %s: basis %s, emergency case %s.', NEW.number, NEW.basis, NEW.emergency_case_id),
                HINT = 'Set basis = ''emergency'' or clear emergency_case_id.';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status <> 'draft' THEN
        -- allowed: cancellation; and the cap of п. 5, exactly to the day its
        -- emergency case ends (emergency_case_cap_acts)
        IF NOT (OLD.status = 'signed' AND NEW.status = 'cancelled'
                AND to_jsonb(NEW) - fixed = to_jsonb(OLD) - fixed)
           AND NOT (OLD.status = 'signed' AND NEW.status = 'signed' AND NEW.emergency_case_id IS NOT NULL
                    AND to_jsonb(NEW) - 'term' = to_jsonb(OLD) - 'term'
                    AND EXISTS (SELECT 1 FROM civilservice.emergency_case c
                                 WHERE c.id = NEW.emergency_case_id AND c.ends_on IS NOT NULL
                                   AND NEW.term = daterange(lower(OLD.term), c.ends_on + 1)
                                   AND upper(OLD.term) > c.ends_on + 1)) THEN
            RAISE EXCEPTION 'act % is signed: its contents cannot change', OLD.number
              USING ERRCODE = 'restrict_violation', CONSTRAINT = 'act_signed_immutable',
                    TABLE = 'act', SCHEMA = 'civilservice',
                    DETAIL = format('Act %s of body %s, status %s; attempted change: %s.', OLD.id, OLD.state_body_id, OLD.status,
                                    (SELECT string_agg(n.key, ', ' ORDER BY n.key) FROM jsonb_each(to_jsonb(NEW)) n
                                      WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key)),
                    HINT = 'A signed act may only be cancelled (status, cancelled_on, cancel_reason) or extended (act_extension, п. 18); issue a new act for other changes.';
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status = 'draft' AND NEW.status = 'cancelled' THEN
        RAISE EXCEPTION 'a draft act is deleted, not cancelled'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_cancellation',
                TABLE = 'act', SCHEMA = 'civilservice',
                DETAIL = format('Act %s is a draft.', OLD.id), HINT = 'DELETE the draft.';
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.act_guard() IS
  'Trigger: acts start as drafts; the basis fits the regime (п. 4, 5, 15); signed acts are never deleted and only cancelled or extended';

CREATE FUNCTION civilservice.act_sign() RETURNS trigger
    AS 'MODULE_PATHNAME', 'cs_act_sign_trigger' LANGUAGE C;
COMMENT ON FUNCTION civilservice.act_sign() IS
  'Trigger: when a draft is signed, refuses it listing every missing or wrong item with its point (п. 4–6, 14, 15, 17, 18), else stamps signed_at';

CREATE FUNCTION civilservice.validate_act(state_body_id bigint, act_id bigint)
    RETURNS TABLE (point text, problem text)
    AS 'MODULE_PATHNAME', 'cs_validate_act' LANGUAGE C STABLE STRICT;
COMMENT ON FUNCTION civilservice.validate_act(bigint, bigint) IS
  'What keeps an act from being signed, one row per problem with its point of the Rules (п. 4–6, 14, 15, 17, 18); no rows when it can be signed. The same check the signing runs';

CREATE FUNCTION civilservice.validate_act(act_id bigint)
    RETURNS TABLE (point text, problem text)
LANGUAGE sql STABLE STRICT SET search_path = pg_catalog AS $$
    SELECT v.point, v.problem
      FROM civilservice.act a, civilservice.validate_act(a.state_body_id, a.id) v
     WHERE a.id = $1
$$;
COMMENT ON FUNCTION civilservice.validate_act(bigint) IS
  'validate_act(state_body_id, act_id) for an act known by its id alone (ids are unique across bodies); no rows for an unknown act. Prefer the two-argument form when the schema is distributed by state body';

-- The effect of signing, cancelling and capping on the list of employees,
-- set-based: one statement per UPDATE of act, whatever the number of acts.
CREATE FUNCTION civilservice.act_effect() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    num text;
    trm daterange;
    who text;
BEGIN
    BEGIN
        -- signed: the employees go on the regime (п. 13 exclusion checked here)
        UPDATE civilservice.act_employee ae
           SET effective_term = n.term,
               regime_group = CASE WHEN n.regime = 'flexible' THEN 'flexible' ELSE 'remote' END
          FROM new_acts n JOIN old_acts o ON o.state_body_id = n.state_body_id AND o.id = n.id
         WHERE o.status = 'draft' AND n.status = 'signed'
           AND ae.state_body_id = n.state_body_id AND ae.act_id = n.id;
    EXCEPTION WHEN exclusion_violation THEN
        -- name the first act in conflict and what it overlaps
        SELECT n.number, n.term,
               string_agg(format('employee %s on act %s (%s, %s)', ae.employee_id, x.number, x.regime, ae2.effective_term), '; '
                          ORDER BY ae.employee_id, x.id) FILTER (WHERE x.id IS NOT NULL)
          INTO num, trm, who
          FROM new_acts n
          JOIN old_acts o ON o.state_body_id = n.state_body_id AND o.id = n.id
          JOIN civilservice.act_employee ae ON ae.state_body_id = n.state_body_id AND ae.act_id = n.id
          LEFT JOIN (civilservice.act_employee ae2
                     JOIN civilservice.act x ON x.state_body_id = ae2.state_body_id AND x.id = ae2.act_id)
                 ON ae2.state_body_id = ae.state_body_id AND ae2.employee_id = ae.employee_id
                AND ae2.regime_group = CASE WHEN n.regime = 'flexible' THEN 'flexible' ELSE 'remote' END
                AND ae2.act_id <> n.id AND ae2.effective_term && n.term
         WHERE o.status = 'draft' AND n.status = 'signed'
         GROUP BY n.state_body_id, n.id, n.number, n.term
         ORDER BY count(x.id) = 0, n.state_body_id, n.id
         LIMIT 1;
        RAISE EXCEPTION 'п. 13: act % overlaps another signed act of the same regime group for the same employee', num
          USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'act_employee_no_overlap',
                TABLE = 'act_employee', SCHEMA = 'civilservice',
                DETAIL = format('Act %s, term %s; already: %s.', num, trm,
                                coalesce(who, 'an act signed concurrently or in the same statement')),
                HINT = 'Flexible time may overlap remote or combined remote work, never two acts of one group: end or cancel the other act first, or change the term.';
    END;
    -- signed flexible act: its applications are approved (п. 15)
    UPDATE civilservice.flexible_application a SET status = 'approved', decided_at = n.signed_at
      FROM new_acts n
      JOIN old_acts o ON o.state_body_id = n.state_body_id AND o.id = n.id
      JOIN civilservice.act_employee ae ON ae.state_body_id = n.state_body_id AND ae.act_id = n.id
     WHERE o.status = 'draft' AND n.status = 'signed' AND n.regime = 'flexible'
       AND a.state_body_id = ae.state_body_id AND a.id = ae.application_id AND a.status = 'received';
    -- cancelled (п. 21): participation ends the day before cancelled_on;
    -- capped by its emergency case (п. 5): it ends with the new term
    UPDATE civilservice.act_employee ae
       SET effective_term = ae.effective_term
                            * daterange(NULL, CASE WHEN n.status = 'cancelled' AND o.status = 'signed'
                                                   THEN n.cancelled_on ELSE upper(n.term) END)
      FROM new_acts n JOIN old_acts o ON o.state_body_id = n.state_body_id AND o.id = n.id
     WHERE o.status <> 'draft'
       AND (n.status = 'cancelled' AND o.status = 'signed' OR n.term IS DISTINCT FROM o.term)
       AND ae.state_body_id = n.state_body_id AND ae.act_id = n.id;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.act_effect() IS
  'Statement trigger: on signing, puts the employees on the regime (п. 13 exclusion) and approves their applications (п. 15); on cancellation or capping, ends their participation';

CREATE TRIGGER act_guard BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_guard();
CREATE TRIGGER act_sign BEFORE UPDATE ON civilservice.act
    FOR EACH ROW WHEN (OLD.status = 'draft' AND NEW.status = 'signed') EXECUTE FUNCTION civilservice.act_sign();
CREATE TRIGGER act_effect AFTER UPDATE ON civilservice.act
    REFERENCING OLD TABLE AS old_acts NEW TABLE AS new_acts
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_effect();
CREATE TRIGGER act_history AFTER UPDATE OR DELETE ON civilservice.act
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');

-- The list of employees changes only on a draft. Checked per statement over
-- the transition tables: every act concerned is share-locked, so no employee
-- is added to or removed from an act while it is being signed.
CREATE FUNCTION civilservice.act_employee_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    r record;
BEGIN
    IF civilservice.restore_mode() THEN
        RETURN NULL;    -- dumped rows, checked when first written
    END IF;
    -- lock the acts concerned, then look at their current state
    IF TG_OP = 'DELETE' THEN
        PERFORM 1 FROM civilservice.act a
          WHERE (a.state_body_id, a.id) IN (SELECT state_body_id, act_id FROM old_rows) FOR SHARE OF a;
        SELECT a.* INTO r FROM civilservice.act a
         WHERE (a.state_body_id, a.id) IN (SELECT state_body_id, act_id FROM old_rows) AND a.status <> 'draft'
         ORDER BY a.state_body_id, a.id LIMIT 1;
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM 1 FROM civilservice.act a
          WHERE (a.state_body_id, a.id) IN (SELECT state_body_id, act_id FROM new_rows) FOR SHARE OF a;
        SELECT a.* INTO r FROM civilservice.act a
         WHERE (a.state_body_id, a.id) IN (SELECT state_body_id, act_id FROM new_rows) AND a.status <> 'draft'
         ORDER BY a.state_body_id, a.id LIMIT 1;
    ELSE
        PERFORM 1 FROM civilservice.act a
          WHERE (a.state_body_id, a.id) IN (SELECT state_body_id, act_id FROM old_rows
                                            UNION SELECT state_body_id, act_id FROM new_rows) FOR SHARE OF a;
        SELECT a.* INTO r FROM civilservice.act a
         WHERE (a.state_body_id, a.id) IN (SELECT state_body_id, act_id FROM old_rows
                                           UNION SELECT state_body_id, act_id FROM new_rows) AND a.status <> 'draft'
         ORDER BY a.state_body_id, a.id LIMIT 1;
    END IF;
    IF r.id IS NOT NULL THEN
        RAISE EXCEPTION 'act % is signed: its list of employees cannot change', r.number
          USING ERRCODE = 'restrict_violation', CONSTRAINT = 'act_signed_immutable',
                TABLE = 'act_employee', SCHEMA = 'civilservice',
                DETAIL = format('Act %s of body %s, status %s.', r.id, r.state_body_id, r.status),
                HINT = 'Issue a new act for other employees; extend one employee''s participation with act_extension (п. 18).';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN NULL;
    END IF;
    -- regime_group and effective_term are set by the database when the act is signed
    SELECT n.* INTO r FROM new_rows n WHERE n.regime_group IS NOT NULL OR n.effective_term IS NOT NULL LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'the regime group and the days in effect of an act''s employee are set when the act is signed'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_employee_derived',
                TABLE = 'act_employee', SCHEMA = 'civilservice',
                DETAIL = format('Act %s of body %s, employee %s: regime_group %s, effective_term %s.',
                                r.act_id, r.state_body_id, r.employee_id, coalesce(r.regime_group, 'NULL'), coalesce(r.effective_term::text, 'NULL')),
                HINT = 'Leave regime_group and effective_term out; sign the act to put its employees on the regime.';
    END IF;
    -- п. 14: no reglament employee on a flexible act
    SELECT n.employee_id, n.state_body_id, a.number INTO r
      FROM new_rows n
      JOIN civilservice.act a ON a.state_body_id = n.state_body_id AND a.id = n.act_id
      JOIN civilservice.employee e ON e.state_body_id = n.state_body_id AND e.id = n.employee_id
     WHERE a.regime = 'flexible' AND e.follows_reglament
     ORDER BY n.state_body_id, n.act_id, n.employee_id LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'п. 14: flexible working time does not apply to an employee whose working time follows the reglament'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_employee_reglament',
                TABLE = 'act_employee', SCHEMA = 'civilservice',
                DETAIL = format('Employee %s of body %s, act %s.', r.employee_id, r.state_body_id, r.number),
                HINT = 'Leave the employee off the flexible act (remote or combined remote work remains possible).';
    END IF;
    -- п. 15: only a flexible act lists applications
    SELECT n.application_id, a.number, a.regime INTO r
      FROM new_rows n
      JOIN civilservice.act a ON a.state_body_id = n.state_body_id AND a.id = n.act_id
     WHERE a.regime <> 'flexible' AND n.application_id IS NOT NULL
     ORDER BY n.state_body_id, n.act_id, n.employee_id LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'п. 15: only a flexible act lists applications'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_employee_application',
                TABLE = 'act_employee', SCHEMA = 'civilservice',
                DETAIL = format('Act %s is %s; application %s.', r.number, r.regime, r.application_id),
                HINT = 'Clear application_id.';
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.act_employee_guard() IS
  'Statement trigger: the list of employees changes only on a draft (the acts are share-locked); reglament employees stay off flexible acts (п. 14); applications only on flexible acts (п. 15); regime_group and effective_term are left to the signing';
-- Inserts and deletes are guarded at every depth (the extension's own
-- triggers only delete the rows of a draft being deleted). Updates made by
-- the extension's triggers (depth > 0) keep effective_term and regime_group;
-- for them act_employee_kept checks the bounds instead of the full guard, and
-- act_employee_keys refuses a change of the list of a signed act at any depth.
CREATE TRIGGER act_employee_guard_insert AFTER INSERT ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_guard();
CREATE TRIGGER act_employee_guard_update AFTER UPDATE ON civilservice.act_employee
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT WHEN (pg_catalog.pg_trigger_depth() = 0) EXECUTE FUNCTION civilservice.act_employee_guard();
CREATE TRIGGER act_employee_guard_delete AFTER DELETE ON civilservice.act_employee
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_guard();

CREATE FUNCTION civilservice.act_employee_keys() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    r record;
BEGIN
    SELECT a.id, a.number, a.state_body_id, a.status INTO r FROM civilservice.act a
     WHERE (a.state_body_id = OLD.state_body_id AND a.id = OLD.act_id
            OR a.state_body_id = NEW.state_body_id AND a.id = NEW.act_id)
       AND a.status <> 'draft'
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'act % is signed: its list of employees cannot change', r.number
          USING ERRCODE = 'restrict_violation', CONSTRAINT = 'act_signed_immutable',
                TABLE = 'act_employee', SCHEMA = 'civilservice',
                DETAIL = format('Act %s of body %s, status %s.', r.id, r.state_body_id, r.status),
                HINT = 'Issue a new act for other employees; extend one employee''s participation with act_extension (п. 18).';
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.act_employee_keys() IS
  'Trigger: the body, act, employee and application of a row of a signed or cancelled act never change, whoever updates them';
CREATE TRIGGER act_employee_keys BEFORE UPDATE OF state_body_id, act_id, employee_id, application_id
    ON civilservice.act_employee
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_employee_keys();

CREATE FUNCTION civilservice.act_employee_kept() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    r record;
BEGIN
    -- The days in effect are exactly what the act says: its term (capped
    -- by its emergency case), prolonged by its extensions, ended by the
    -- cancellation of the act or of the employee's participation.
    WITH acts AS (
        SELECT DISTINCT n.state_body_id, n.act_id FROM new_rows n
    ), ext AS (
        SELECT x.state_body_id, x.act_id, x.employee_id, max(upper(x.period)) AS ext_end
          FROM civilservice.act_extension x
          JOIN acts ON acts.state_body_id = x.state_body_id AND acts.act_id = x.act_id
         GROUP BY x.state_body_id, x.act_id, x.employee_id
    ), own AS (
        -- acts where some employee has an extension or a cancellation of their own
        SELECT e.state_body_id, e.act_id FROM ext e WHERE e.employee_id IS NOT NULL
        UNION
        SELECT pc.state_body_id, pc.act_id
          FROM civilservice.participation_cancellation pc
          JOIN acts ON acts.state_body_id = pc.state_body_id AND acts.act_id = pc.act_id
    ), c AS (
        -- rows of the other acts are alike: checked once per act and value
        SELECT g.state_body_id, g.act_id, NULL::bigint AS employee_id, g.regime_group, g.effective_term
          FROM (SELECT n.state_body_id, n.act_id, n.regime_group, n.effective_term
                  FROM new_rows n GROUP BY n.state_body_id, n.act_id, n.regime_group, n.effective_term) g
         WHERE NOT EXISTS (SELECT 1 FROM own o WHERE o.state_body_id = g.state_body_id AND o.act_id = g.act_id)
        UNION ALL
        SELECT n.state_body_id, n.act_id, n.employee_id, n.regime_group, n.effective_term
          FROM new_rows n
          JOIN own o ON o.state_body_id = n.state_body_id AND o.act_id = n.act_id
    )
    SELECT c.act_id, c.employee_id, c.regime_group, c.effective_term, a.number, w.expected INTO r
      FROM c
      JOIN civilservice.act a ON a.state_body_id = c.state_body_id AND a.id = c.act_id
      LEFT JOIN ext xa ON xa.state_body_id = c.state_body_id AND xa.act_id = c.act_id AND xa.employee_id IS NULL
      LEFT JOIN ext xe ON xe.state_body_id = c.state_body_id AND xe.act_id = c.act_id AND xe.employee_id = c.employee_id
      LEFT JOIN civilservice.participation_cancellation pc
             ON pc.state_body_id = c.state_body_id AND pc.act_id = c.act_id AND pc.employee_id = c.employee_id
      CROSS JOIN LATERAL (
          SELECT CASE WHEN a.status = 'draft' THEN NULL
                      ELSE daterange(lower(a.term), greatest(upper(a.term), xa.ext_end, xe.ext_end))
                           * daterange(NULL, least(CASE WHEN a.status = 'cancelled' THEN a.cancelled_on END, pc.cancelled_on))
                 END AS expected,
                 CASE WHEN a.status = 'draft' THEN NULL
                      WHEN a.regime = 'flexible' THEN 'flexible' ELSE 'remote' END AS grp) w
     WHERE c.effective_term IS DISTINCT FROM w.expected OR c.regime_group IS DISTINCT FROM w.grp
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'the days % on act % are not what the act says',
                        coalesce('employee ' || r.employee_id || ' is', 'the employees are'), r.number
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_employee_derived',
                TABLE = 'act_employee', SCHEMA = 'civilservice',
                DETAIL = format('Act %s: effective_term %s, regime_group %s; the act, its extensions and cancellations give %s.',
                                r.number, coalesce(r.effective_term::text, 'NULL'), coalesce(r.regime_group, 'NULL'),
                                coalesce(r.expected::text, 'NULL')),
                HINT = 'effective_term and regime_group are kept by the database from the act, its extensions, its emergency case and cancellations.';
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.act_employee_kept() IS
  'Statement trigger: an update made from within another trigger leaves every participation exactly as the act says — its term (capped by its emergency case), its extensions, the cancellation of the act or of the participation — and in the act''s regime group';
CREATE TRIGGER act_employee_kept AFTER UPDATE ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT WHEN (pg_catalog.pg_trigger_depth() > 0) EXECUTE FUNCTION civilservice.act_employee_kept();
-- No history trigger here: effective_term is derived from the act, its
-- extensions and its case, whose changes are all kept; the list itself never
-- changes once the act is signed.

------------------------------------------------------------------------------
-- Extensions of flexible time by agreement of the parties (п. 18)

CREATE TABLE civilservice.act_extension (
    state_body_id  bigint NOT NULL,
    id             bigserial,
    act_id         bigint NOT NULL,
    employee_id    bigint,
    agreement_ref  text NOT NULL CONSTRAINT act_extension_agreement_ref CHECK (btrim(agreement_ref) <> ''),
    agreement_date date NOT NULL,
    period         daterange NOT NULL CONSTRAINT act_extension_period_bounded
                   CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)),
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id) REFERENCES civilservice.act (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id, employee_id) REFERENCES civilservice.act_employee (state_body_id, act_id, employee_id)
);
COMMENT ON TABLE civilservice.act_extension IS
  'п. 18: продление режима гибкого рабочего времени по соглашению сторон на следующий период (each at most the cap, contiguous with the period it extends); never changed or deleted';
COMMENT ON COLUMN civilservice.act_extension.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.act_extension.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.act_extension.act_id IS 'Продлеваемый акт (signed, flexible)';
COMMENT ON COLUMN civilservice.act_extension.employee_id IS 'Служащий, whose participation is extended; NULL extends every employee of the act';
COMMENT ON COLUMN civilservice.act_extension.agreement_ref IS 'Реквизиты соглашения сторон о продлении';
COMMENT ON COLUMN civilservice.act_extension.agreement_date IS 'Дата соглашения сторон';
COMMENT ON COLUMN civilservice.act_extension.period IS 'Период продления: starts the day after the extended period ends';
SELECT pg_catalog.pg_extension_config_dump('civilservice.act_extension', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.act_extension_id_seq', '');

CREATE FUNCTION civilservice.act_extension_apply() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    a civilservice.act;
    cap numeric;
    gaps text;
BEGIN
    IF TG_OP = 'INSERT' AND civilservice.restore_mode() THEN
        RETURN NEW;     -- dumped: the participation was extended when it was first inserted
    END IF;
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'п. 18: an extension is an agreement of the parties and cannot be changed or deleted'
          USING ERRCODE = 'restrict_violation', CONSTRAINT = 'act_extension_immutable',
                TABLE = 'act_extension', SCHEMA = 'civilservice',
                DETAIL = format('Extension %s of act %s.', OLD.id, OLD.act_id),
                HINT = 'Cancel the act (status = ''cancelled'') to end the regime early.';
    END IF;
    SELECT * INTO a FROM civilservice.act WHERE state_body_id = NEW.state_body_id AND id = NEW.act_id FOR SHARE;
    IF a.regime IS DISTINCT FROM 'flexible' OR a.status IS DISTINCT FROM 'signed' THEN
        RAISE EXCEPTION 'п. 18: only a signed act on flexible time is extended'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_extension_signed_flexible',
                TABLE = 'act_extension', SCHEMA = 'civilservice',
                DETAIL = format('Act %s: regime %s, status %s.', a.number, a.regime, a.status),
                HINT = 'Remote and combined remote work are prolonged by a new act.';
    END IF;
    cap := civilservice.rule_parameter_value('flexible_period_months', lower(NEW.period));
    IF upper(NEW.period) > lower(NEW.period) + make_interval(months => cap::int) THEN
        RAISE EXCEPTION 'п. 18: an extension of flexible time exceeds % months', cap
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_extension_period_cap',
                TABLE = 'act_extension', SCHEMA = 'civilservice',
                DETAIL = format('Act %s, extension %s; the last day may be at most %s.', a.number, NEW.period,
                                (lower(NEW.period) + make_interval(months => cap::int))::date - 1),
                HINT = 'Agree on at most the cap now and extend again later.';
    END IF;
    IF EXISTS (SELECT 1 FROM civilservice.participation_cancellation pc
                WHERE pc.state_body_id = NEW.state_body_id AND pc.act_id = NEW.act_id
                  AND (NEW.employee_id IS NULL OR pc.employee_id = NEW.employee_id)) THEN
        RAISE EXCEPTION 'п. 18, п. 21: a participation cancelled under п. 21 is not extended'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_extension_cancelled',
                TABLE = 'act_extension', SCHEMA = 'civilservice',
                DETAIL = format('Act %s, extension %s.', a.number, NEW.period),
                HINT = 'A new application and act are needed; extend the other employees one by one (employee_id).';
    END IF;
    SELECT string_agg(format('employee %s ends %s', ae.employee_id, upper(ae.effective_term) - 1), '; ' ORDER BY ae.employee_id)
      INTO gaps
      FROM civilservice.act_employee ae
     WHERE ae.state_body_id = NEW.state_body_id AND ae.act_id = NEW.act_id
       AND (NEW.employee_id IS NULL OR ae.employee_id = NEW.employee_id)
       AND upper(ae.effective_term) IS DISTINCT FROM lower(NEW.period);
    IF gaps IS NOT NULL THEN
        RAISE EXCEPTION 'п. 18: an extension starts the day after the extended period ends'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_extension_contiguous',
                TABLE = 'act_extension', SCHEMA = 'civilservice',
                DETAIL = format('Act %s, extension %s; %s.', a.number, NEW.period, gaps),
                HINT = 'Start the extension on the day after the current last day; after a gap a new application and act are needed.';
    END IF;
    RETURN NEW;     -- applied by act_extension_extend once the row is in
END $$;
COMMENT ON FUNCTION civilservice.act_extension_apply() IS
  'Trigger: п. 18 — an extension of a signed flexible act is at most the cap and contiguous; it prolongs the participation of the employees (п. 13 still holds); extensions never change';
CREATE TRIGGER act_extension_apply BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act_extension
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_extension_apply();

CREATE FUNCTION civilservice.act_extension_extend() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    num text;
BEGIN
    IF civilservice.restore_mode() THEN
        RETURN NULL;    -- dumped: the participation was extended when it was first inserted
    END IF;
    UPDATE civilservice.act_employee SET effective_term = effective_term + NEW.period
     WHERE state_body_id = NEW.state_body_id AND act_id = NEW.act_id
       AND (NEW.employee_id IS NULL OR employee_id = NEW.employee_id);
    RETURN NULL;
EXCEPTION WHEN exclusion_violation THEN
    SELECT number INTO num FROM civilservice.act WHERE state_body_id = NEW.state_body_id AND id = NEW.act_id;
    RAISE EXCEPTION 'п. 13: the extension of act % overlaps another flexible act of the same employee', num
      USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'act_employee_no_overlap',
            TABLE = 'act_employee', SCHEMA = 'civilservice',
            DETAIL = format('Act %s, extension %s.', num, NEW.period),
            HINT = 'Shorten the extension to end before the other act starts.';
END $$;
COMMENT ON FUNCTION civilservice.act_extension_extend() IS
  'Trigger: п. 18 — prolongs the participation of the employees by the extension just recorded (п. 13 still holds)';
CREATE TRIGGER act_extension_extend AFTER INSERT ON civilservice.act_extension
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_extension_extend();

------------------------------------------------------------------------------
-- Emergency cases cap their acts (п. 5)

CREATE FUNCTION civilservice.emergency_case_cap_acts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    late text;
BEGIN
    SELECT string_agg(format('act %s of body %s starting %s', number, state_body_id, lower(term)), '; ' ORDER BY state_body_id, id)
      INTO late
      FROM civilservice.act
     WHERE emergency_case_id = NEW.id AND status = 'signed' AND lower(term) > NEW.ends_on;
    IF late IS NOT NULL THEN
        RAISE EXCEPTION 'п. 5: signed acts on emergency case % start after its new end date %', NEW.id, NEW.ends_on
          USING ERRCODE = 'check_violation', CONSTRAINT = 'act_emergency_case_end',
                TABLE = 'emergency_case', SCHEMA = 'civilservice',
                DETAIL = format('Case %s (%s): %s.', NEW.id, NEW.decision_ref, late),
                HINT = 'Cancel those acts first (status = ''cancelled''), or check the end date.';
    END IF;
    UPDATE civilservice.act SET term = daterange(lower(term), NEW.ends_on + 1)
     WHERE emergency_case_id = NEW.id AND status = 'signed' AND upper(term) > NEW.ends_on + 1;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.emergency_case_cap_acts() IS
  'Trigger: п. 5 — when a case gets or moves its end date, every signed act on it is capped to that date in the same transaction (history kept); refused with the acts named when one would start after it';
CREATE TRIGGER emergency_case_cap_acts AFTER UPDATE OF ends_on ON civilservice.emergency_case
    FOR EACH ROW WHEN (NEW.ends_on IS NOT NULL AND NEW.ends_on IS DISTINCT FROM OLD.ends_on)
    EXECUTE FUNCTION civilservice.emergency_case_cap_acts();

------------------------------------------------------------------------------
-- Recalls to the workplace (п. 12)

CREATE TYPE civilservice.recall_reason AS ENUM ('dsp_documents', 'secret_documents', 'urgent_work');
COMMENT ON TYPE civilservice.recall_reason IS
  'п. 12: работа с документами с пометкой «Для служебного пользования», с секретными документами, выполнение непредвиденных срочных работ (с предварительным уведомлением)';
CREATE TYPE civilservice.recall_initiator AS ENUM ('employer', 'direct_head_proposal');
COMMENT ON TYPE civilservice.recall_initiator IS 'п. 12: по инициативе работодателя или по предложению непосредственного руководителя';

CREATE TABLE civilservice.recall (
    state_body_id bigint NOT NULL,
    id            bigserial,
    act_id        bigint NOT NULL,
    employee_id   bigint NOT NULL,
    initiated_by  civilservice.recall_initiator NOT NULL,
    proposed_by   bigint,
    reason        civilservice.recall_reason NOT NULL,
    notified_at   timestamptz,
    report_at     timestamptz NOT NULL,
    until         timestamptz,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id, employee_id) REFERENCES civilservice.act_employee (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, proposed_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT recall_proposed_by CHECK ((initiated_by = 'direct_head_proposal') = (proposed_by IS NOT NULL)),
    CONSTRAINT recall_until_after_report CHECK (until IS NULL OR until > report_at)
);
COMMENT ON TABLE civilservice.recall IS
  'п. 12: вызов служащего, работающего дистанционно, на рабочее место';
COMMENT ON COLUMN civilservice.recall.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.recall.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.recall.act_id IS 'Акт о дистанционной или комбинированной работе, по которому работает служащий';
COMMENT ON COLUMN civilservice.recall.employee_id IS 'Вызываемый служащий';
COMMENT ON COLUMN civilservice.recall.initiated_by IS 'Инициатор: работодатель или непосредственный руководитель (предложение)';
COMMENT ON COLUMN civilservice.recall.proposed_by IS 'Непосредственный руководитель, внёсший предложение';
COMMENT ON COLUMN civilservice.recall.reason IS 'Основание вызова (п. 12)';
COMMENT ON COLUMN civilservice.recall.notified_at IS 'Когда служащий уведомлён; for urgent work before report_at by at least urgent_recall_notice_minutes';
COMMENT ON COLUMN civilservice.recall.report_at IS 'Время явки на рабочее место';
COMMENT ON COLUMN civilservice.recall.until IS 'До какого времени (optional)';
SELECT pg_catalog.pg_extension_config_dump('civilservice.recall', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.recall_id_seq', '');

CREATE FUNCTION civilservice.recall_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    a civilservice.act;
    term daterange;
    report_day date;
    min_notice numeric;
BEGIN
    IF civilservice.restore_mode() THEN
        RETURN NEW;     -- a dumped recall, checked when first written
    END IF;
    SELECT * INTO a FROM civilservice.act WHERE state_body_id = NEW.state_body_id AND id = NEW.act_id;
    SELECT ae.effective_term INTO term FROM civilservice.act_employee ae
     WHERE ae.state_body_id = NEW.state_body_id AND ae.act_id = NEW.act_id AND ae.employee_id = NEW.employee_id;
    SELECT (NEW.report_at AT TIME ZONE b.time_zone)::date INTO report_day
      FROM civilservice.state_body b WHERE b.id = NEW.state_body_id;
    IF a.regime = 'flexible' OR term IS NULL OR NOT term @> report_day THEN
        RAISE EXCEPTION 'п. 12: only an employee on a signed remote or combined remote act covering the report time is recalled'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'recall_on_remote_act',
                TABLE = 'recall', SCHEMA = 'civilservice',
                DETAIL = format('Employee %s, act %s (%s, %s), in effect %s; report on %s.',
                                NEW.employee_id, a.number, a.regime, a.status, coalesce(term::text, 'never'), report_day),
                HINT = 'An employee who is not working remotely on that day is simply expected at the workplace.';
    END IF;
    IF NEW.reason = 'urgent_work' THEN
        min_notice := civilservice.rule_parameter_value('urgent_recall_notice_minutes', report_day);
        IF NEW.notified_at IS NULL OR NEW.notified_at >= NEW.report_at
           OR NEW.notified_at > NEW.report_at - make_interval(mins => min_notice::int) THEN
            RAISE EXCEPTION 'п. 12: a recall for unforeseen urgent work needs advance notice'
              USING ERRCODE = 'check_violation', CONSTRAINT = 'recall_urgent_notice',
                    TABLE = 'recall', SCHEMA = 'civilservice',
                    DETAIL = format('Notified at %s, report at %s; minimum notice %s minutes.',
                                    coalesce(NEW.notified_at::text, 'never'), NEW.report_at, min_notice),
                    HINT = 'Notify the employee first and set notified_at, with report_at late enough after it.';
        END IF;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.recall_check() IS
  'Trigger: п. 12 — a recall concerns an employee on a signed remote or combined remote act on the report day; urgent work needs notice before the report time by at least the minimum in force';
CREATE TRIGGER recall_check BEFORE INSERT OR UPDATE ON civilservice.recall
    FOR EACH ROW EXECUTE FUNCTION civilservice.recall_check();
CREATE TRIGGER recall_history AFTER UPDATE OR DELETE ON civilservice.recall
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');

------------------------------------------------------------------------------
-- Reporting

CREATE FUNCTION civilservice.regimes_on(d date)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, full_name text, regime civilservice.regime,
                   act_id bigint, act_number text, basis civilservice.act_basis, term daterange)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT ae.state_body_id, ae.employee_id, e.full_name, a.regime, a.id, a.number, a.basis, ae.effective_term
      FROM civilservice.act_employee ae
      JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
      JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
     WHERE ae.effective_term @> d
     ORDER BY ae.state_body_id, ae.employee_id, a.regime
$$;
COMMENT ON FUNCTION civilservice.regimes_on(date) IS
  'Who works on which regime on a day (п. 4, 5, 13, 15): employee, regime, act, basis and the days in effect (extensions, caps and cancellation included)';

CREATE VIEW civilservice.current_regimes AS
    SELECT * FROM civilservice.regimes_on(CAST(now() AT TIME ZONE 'Asia/Almaty' AS date));
COMMENT ON VIEW civilservice.current_regimes IS
  'regimes_on() for today (Kazakhstan time, UTC+5)';
COMMENT ON COLUMN civilservice.current_regimes.state_body_id IS 'State body (государственный орган)';
COMMENT ON COLUMN civilservice.current_regimes.employee_id IS 'Employee (государственный служащий)';
COMMENT ON COLUMN civilservice.current_regimes.full_name IS 'Employee''s full name (ФИО)';
COMMENT ON COLUMN civilservice.current_regimes.regime IS 'Regime: remote, combined_remote or flexible (п. 3)';
COMMENT ON COLUMN civilservice.current_regimes.act_id IS 'The act that sets the regime (акт уполномоченного лица)';
COMMENT ON COLUMN civilservice.current_regimes.act_number IS 'Number of the act';
COMMENT ON COLUMN civilservice.current_regimes.basis IS 'Basis of the act: agreement (п. 4), emergency (п. 5) or application (п. 15)';
COMMENT ON COLUMN civilservice.current_regimes.term IS 'Days the employee is on the regime: the term with extensions, capped by the emergency case, ended by cancellation';

CREATE VIEW civilservice.application_queue AS
    SELECT q.state_body_id, q.id AS application_id, q.employee_id, e.full_name, q.channel,
           q.received_on, q.deadline, q.status,
           CASE WHEN q.status = 'received' THEN
               civilservice.working_days_between(q.today + 1, q.deadline + 1, q.calendar_code) END AS working_days_left
      FROM (SELECT fa.*, b.calendar_code,
                   CAST(fa.received_at AT TIME ZONE b.time_zone AS date) AS received_on,
                   civilservice.review_deadline(CAST(fa.received_at AT TIME ZONE b.time_zone AS date), b.calendar_code) AS deadline,
                   CAST(now() AT TIME ZONE b.time_zone AS date) AS today
              FROM civilservice.flexible_application fa
              JOIN civilservice.state_body b ON b.id = fa.state_body_id) q
      JOIN civilservice.employee e ON e.state_body_id = q.state_body_id AND e.id = q.employee_id;
COMMENT ON VIEW civilservice.application_queue IS
  'п. 16: applications for flexible time with the day received, the review deadline on the body''s calendar, and, while awaiting review, the working days after today up to the deadline (0 on the last day, negative when overdue)';
COMMENT ON COLUMN civilservice.application_queue.state_body_id IS 'State body (государственный орган)';
COMMENT ON COLUMN civilservice.application_queue.application_id IS 'Application for flexible working time (заявление, п. 15)';
COMMENT ON COLUMN civilservice.application_queue.employee_id IS 'Employee who filed the application';
COMMENT ON COLUMN civilservice.application_queue.full_name IS 'Employee''s full name (ФИО)';
COMMENT ON COLUMN civilservice.application_queue.channel IS 'Channel the application came through: e_qyzmet (Е-қызмет) or hr_information_system (п. 15)';
COMMENT ON COLUMN civilservice.application_queue.received_on IS 'Day received, in the body''s time zone';
COMMENT ON COLUMN civilservice.application_queue.deadline IS 'Review deadline: the 10th working day after receipt on the body''s calendar (п. 16)';
COMMENT ON COLUMN civilservice.application_queue.status IS 'received, approved, rejected or withdrawn';
COMMENT ON COLUMN civilservice.application_queue.working_days_left IS 'While awaiting review: working days after today up to the deadline (0 on the last day, negative when overdue)';

CREATE FUNCTION civilservice.expiring_acts(within_working_days integer DEFAULT 10)
    RETURNS TABLE (state_body_id bigint, act_id bigint, act_number text, regime civilservice.regime,
                   employee_id bigint, last_day date, working_days_left integer)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT x.state_body_id, x.act_id, x.number, x.regime, x.employee_id, x.last_day,
           civilservice.working_days_between(x.today + 1, x.last_day + 1, x.calendar_code)
      FROM (SELECT ae.state_body_id, ae.act_id, a.number, a.regime, ae.employee_id, b.calendar_code,
                   upper(ae.effective_term) - 1 AS last_day,
                   CAST(now() AT TIME ZONE b.time_zone AS date) AS today
              FROM civilservice.act_employee ae
              JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
              JOIN civilservice.state_body b ON b.id = ae.state_body_id
             WHERE a.status = 'signed' AND ae.effective_term IS NOT NULL) x
     WHERE x.last_day >= x.today
       AND x.last_day <= civilservice.add_working_days(x.today, within_working_days, x.calendar_code)
     ORDER BY x.last_day, x.state_body_id, x.act_id, x.employee_id
$$;
COMMENT ON FUNCTION civilservice.expiring_acts(integer) IS
  'Signed acts and employee participations (extensions included) whose last day falls within the next N working days, for renewal (п. 18 extensions, new acts)';
COMMENT ON SEQUENCE civilservice.flexible_application_id_seq IS 'Keys of civilservice.flexible_application';
COMMENT ON SEQUENCE civilservice.act_id_seq IS 'Keys of civilservice.act';
COMMENT ON SEQUENCE civilservice.act_extension_id_seq IS 'Keys of civilservice.act_extension';
COMMENT ON SEQUENCE civilservice.recall_id_seq IS 'Keys of civilservice.recall';

------------------------------------------------------------------------------
-- Cancellation of one employee's participation (п. 21)

CREATE TABLE civilservice.participation_cancellation (
    state_body_id bigint NOT NULL,
    id            bigserial,
    act_id        bigint NOT NULL,
    employee_id   bigint NOT NULL,
    cancelled_on  date NOT NULL,
    reason        text NOT NULL CONSTRAINT participation_cancellation_reason CHECK (btrim(reason) <> ''),
    cancelled_by  bigint NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    previous_term daterange,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT participation_cancellation_once UNIQUE (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, act_id, employee_id) REFERENCES civilservice.act_employee (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, cancelled_by) REFERENCES civilservice.employee (state_body_id, id)
);
COMMENT ON TABLE civilservice.participation_cancellation IS
  'п. 21: отмена режима для одного служащего акта уполномоченным лицом (систематическое нарушение условий режима или трудовой дисциплины); the act and its other employees are unaffected; never changed or deleted';
COMMENT ON COLUMN civilservice.participation_cancellation.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.participation_cancellation.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.participation_cancellation.act_id IS 'Акт (signed)';
COMMENT ON COLUMN civilservice.participation_cancellation.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.participation_cancellation.cancelled_on IS 'First day the employee is no longer on the regime';
COMMENT ON COLUMN civilservice.participation_cancellation.reason IS 'Причина отмены';
COMMENT ON COLUMN civilservice.participation_cancellation.cancelled_by IS 'Уполномоченное лицо (п. 3, 21), an authorized employee of the same body';
COMMENT ON COLUMN civilservice.participation_cancellation.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.participation_cancellation.previous_term IS 'The days the employee was on the regime before the cancellation (set by the database)';
SELECT pg_catalog.pg_extension_config_dump('civilservice.participation_cancellation', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.participation_cancellation_id_seq', '');

CREATE FUNCTION civilservice.participation_cancellation_apply() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    a civilservice.act;
    ae civilservice.act_employee;
    authorized boolean;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'п. 21: a cancellation is a decision of the authorized person and cannot be changed or deleted'
          USING ERRCODE = 'restrict_violation', CONSTRAINT = 'participation_cancellation_immutable',
                TABLE = 'participation_cancellation', SCHEMA = 'civilservice',
                DETAIL = format('Cancellation %s of employee %s on act %s.', OLD.id, OLD.employee_id, OLD.act_id),
                HINT = 'Put the employee on a new act if the regime is to be restored.';
    END IF;
    IF civilservice.restore_mode() THEN
        RETURN NEW;     -- dumped: the participation was ended when it was first inserted
    END IF;
    SELECT * INTO a FROM civilservice.act WHERE state_body_id = NEW.state_body_id AND id = NEW.act_id FOR SHARE;
    IF a.status IS DISTINCT FROM 'signed' THEN
        RAISE EXCEPTION 'п. 21: only the participation in a signed act is cancelled'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'participation_cancellation_signed_act',
                TABLE = 'participation_cancellation', SCHEMA = 'civilservice',
                DETAIL = format('Act %s: status %s.', coalesce(a.number, NEW.act_id::text), coalesce(a.status::text, 'unknown')),
                HINT = 'A draft is edited (remove the employee from its list); a cancelled act needs nothing more.';
    END IF;
    SELECT e.is_authorized INTO authorized FROM civilservice.employee e
     WHERE e.state_body_id = NEW.state_body_id AND e.id = NEW.cancelled_by;
    IF NOT coalesce(authorized, false) THEN
        RAISE EXCEPTION 'п. 21: the regime is cancelled by the authorized person'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'participation_cancellation_authorized',
                TABLE = 'participation_cancellation', SCHEMA = 'civilservice',
                DETAIL = format('Employee %s of body %s is not an authorized person (п. 3).', NEW.cancelled_by, NEW.state_body_id),
                HINT = 'Name as cancelled_by an employee with is_authorized = true, normally the one who issued the act.';
    END IF;
    SELECT * INTO ae FROM civilservice.act_employee
     WHERE state_body_id = NEW.state_body_id AND act_id = NEW.act_id AND employee_id = NEW.employee_id FOR UPDATE;
    IF ae.effective_term IS NULL OR isempty(ae.effective_term) OR NEW.cancelled_on >= upper(ae.effective_term) THEN
        RAISE EXCEPTION 'п. 21: employee % is not on act % on or after %', NEW.employee_id, a.number, NEW.cancelled_on
          USING ERRCODE = 'check_violation', CONSTRAINT = 'participation_cancellation_in_term',
                TABLE = 'participation_cancellation', SCHEMA = 'civilservice',
                DETAIL = format('Days on the regime: %s.', coalesce(ae.effective_term::text, 'none')),
                HINT = 'Choose a cancellation date within the days the employee is on the regime.';
    END IF;
    NEW.previous_term := ae.effective_term;
    RETURN NEW;     -- applied by participation_cancellation_end once the row is in
END $$;
COMMENT ON FUNCTION civilservice.participation_cancellation_apply() IS
  'Trigger: п. 21 — the participation of one employee in a signed act ends the day before cancelled_on, by decision of an authorized person; the previous days are kept in the row; cancellations never change';
CREATE TRIGGER participation_cancellation_apply BEFORE INSERT OR UPDATE OR DELETE ON civilservice.participation_cancellation
    FOR EACH ROW EXECUTE FUNCTION civilservice.participation_cancellation_apply();

CREATE FUNCTION civilservice.participation_cancellation_end() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF civilservice.restore_mode() THEN
        RETURN NULL;    -- dumped: the participation was ended when it was first inserted
    END IF;
    UPDATE civilservice.act_employee SET effective_term = effective_term * daterange(NULL, NEW.cancelled_on)
     WHERE state_body_id = NEW.state_body_id AND act_id = NEW.act_id AND employee_id = NEW.employee_id;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.participation_cancellation_end() IS
  'Trigger: п. 21 — ends the employee''s participation the day before the cancellation just recorded';
CREATE TRIGGER participation_cancellation_end AFTER INSERT ON civilservice.participation_cancellation
    FOR EACH ROW EXECUTE FUNCTION civilservice.participation_cancellation_end();

CREATE FUNCTION civilservice.cancel_participation(act_id bigint, employee_id bigint, on_date date, reason text,
                                                  cancelled_by bigint DEFAULT NULL)
    RETURNS civilservice.participation_cancellation
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    a civilservice.act;
    r civilservice.participation_cancellation;
BEGIN
    SELECT * INTO a FROM civilservice.act x WHERE x.id = cancel_participation.act_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'act % does not exist', cancel_participation.act_id
          USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'participation_cancellation_act_id_fkey',
                TABLE = 'participation_cancellation', SCHEMA = 'civilservice';
    END IF;
    INSERT INTO civilservice.participation_cancellation (state_body_id, act_id, employee_id, cancelled_on, reason, cancelled_by)
    VALUES (a.state_body_id, a.id, cancel_participation.employee_id, on_date, reason, coalesce(cancelled_by, a.issued_by))
    RETURNING * INTO r;
    RETURN r;
END $$;
COMMENT ON FUNCTION civilservice.cancel_participation(bigint, bigint, date, text, bigint) IS
  'п. 21: cancels the regime of one employee of a signed act from on_date (the act''s other employees are unaffected); cancelled_by defaults to the act''s issuer; returns the cancellation row';

CREATE FUNCTION civilservice.cancel_act(act_id bigint, on_date date, reason text) RETURNS civilservice.act
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    r civilservice.act;
BEGIN
    UPDATE civilservice.act x SET status = 'cancelled', cancelled_on = on_date, cancel_reason = reason
     WHERE x.id = cancel_act.act_id
    RETURNING * INTO r;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'act % does not exist', cancel_act.act_id
          USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'act_pkey', TABLE = 'act', SCHEMA = 'civilservice';
    END IF;
    RETURN r;
END $$;
COMMENT ON FUNCTION civilservice.cancel_act(bigint, date, text) IS
  'п. 21: cancels a whole signed act from on_date (every employee''s participation ends the day before); the act is kept with its history';
COMMENT ON SEQUENCE civilservice.participation_cancellation_id_seq IS 'Keys of civilservice.participation_cancellation';
