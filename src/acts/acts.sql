-- The numbers of the Rules used by the acts part, and emergency cases (п. 5).


INSERT INTO civilservice.rule_parameter (id, name, valid_from, value, unit, rule_point, description, source, shipped) VALUES
 (2, 'flexible_period_months', '2023-06-11', 6, 'months', 'п. 18',
  'Срок режима гибкого рабочего времени не более шести месяцев; каждое продление по соглашению сторон — снова не более шести месяцев',
  'Правила применения дистанционной работы, комбинированной дистанционной работы, работы в режиме гибкого рабочего времени для государственных служащих (приказ Председателя АДГС РК от 29.05.2023 № 120), п. 18', true),
 (3, 'daily_hours_limit', '2023-06-11', 8, 'hours', 'п. 9, п. 19',
  'Продолжительность ежедневной работы при пятидневной рабочей неделе',
  'Трудовой кодекс РК, ст. 68; Правила, п. 9, 19', true),
 (4, 'weekly_hours_limit', '2023-06-11', 40, 'hours', 'п. 19',
  'Нормальная продолжительность рабочего времени в неделю',
  'Трудовой кодекс РК, ст. 68; Правила, п. 19', true),
 (5, 'urgent_recall_notice_minutes', '2023-06-11', 0, 'minutes', 'п. 12',
  'Минимальное предварительное уведомление о вызове на рабочее место для выполнения непредвиденных срочных работ: уведомление должно предшествовать времени явки не менее чем на столько минут (политика органа; по умолчанию — просто предшествовать)',
  'Правила, п. 12 (величину устанавливает государственный орган)', true);


CREATE TYPE civilservice.emergency_kind AS ENUM (
    'state_of_emergency', 'martial_law', 'emergency_situation', 'quarantine',
    'restrictive_measures', 'exceptional_threat');
COMMENT ON TYPE civilservice.emergency_kind IS
  'п. 5: чрезвычайное положение, военное положение, чрезвычайная ситуация, карантин, иные ограничительные меры, иные исключительные случаи угрозы жизни или здоровью';
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

CREATE FUNCTION civilservice.flexible_application_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    cap numeric := civilservice.rule_parameter_value('flexible_period_months', lower(NEW.requested_period));
BEGIN
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

CREATE FUNCTION civilservice.act_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    fixed text[] := ARRAY['status', 'cancelled_on', 'cancel_reason'];
BEGIN
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
                HINT = 'Insert it with status ''draft'', add its employees, then UPDATE status to ''signed''.';
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
LANGUAGE plpgsql STABLE STRICT SET search_path = pg_catalog AS $$
DECLARE
    bodies bigint[];
BEGIN
    SELECT array_agg(a.state_body_id ORDER BY a.state_body_id) INTO bodies
      FROM civilservice.act a WHERE a.id = validate_act.act_id;
    IF cardinality(bodies) > 1 THEN
        RAISE EXCEPTION 'act id % is used by more than one state body', validate_act.act_id
          USING ERRCODE = 'ambiguous_parameter',
                DETAIL = format('State bodies: %s.', array_to_string(bodies, ', ')),
                HINT = 'Call civilservice.validate_act(state_body_id, act_id).';
    END IF;
    RETURN QUERY SELECT v.point, v.problem FROM civilservice.validate_act(bodies[1], validate_act.act_id) v
                  WHERE bodies IS NOT NULL;
END $$;
COMMENT ON FUNCTION civilservice.validate_act(bigint) IS
  'validate_act(state_body_id, act_id) for an act known by its id alone; refused (42P08) when two state bodies use that id, no rows for an unknown act. Prefer the two-argument form';

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

-- The list of employees changes only on a draft. Checked per statement over
-- the transition tables: every act concerned is share-locked, so no employee
-- is added to or removed from an act while it is being signed.
CREATE FUNCTION civilservice.act_employee_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    r record;
BEGIN
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

CREATE FUNCTION civilservice.act_extension_apply() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    a civilservice.act;
    cap numeric;
    gaps text;
BEGIN
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

CREATE FUNCTION civilservice.act_extension_extend() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    num text;
BEGIN
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

------------------------------------------------------------------------------
-- Recalls to the workplace (п. 12)

CREATE TYPE civilservice.recall_reason AS ENUM ('dsp_documents', 'secret_documents', 'urgent_work');
COMMENT ON TYPE civilservice.recall_reason IS
  'п. 12: работа с документами с пометкой «Для служебного пользования», с секретными документами, выполнение непредвиденных срочных работ (с предварительным уведомлением)';
CREATE TYPE civilservice.recall_initiator AS ENUM ('employer', 'direct_head_proposal');
COMMENT ON TYPE civilservice.recall_initiator IS 'п. 12: по инициативе работодателя или по предложению непосредственного руководителя';

CREATE FUNCTION civilservice.recall_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    a civilservice.act;
    term daterange;
    report_day date;
    min_notice numeric;
BEGIN
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

CREATE FUNCTION civilservice.participation_cancellation_end() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    UPDATE civilservice.act_employee SET effective_term = effective_term * daterange(NULL, NEW.cancelled_on)
     WHERE state_body_id = NEW.state_body_id AND act_id = NEW.act_id AND employee_id = NEW.employee_id;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.participation_cancellation_end() IS
  'Trigger: п. 21 — ends the employee''s participation the day before the cancellation just recorded';

CREATE FUNCTION civilservice.cancel_participation(state_body_id bigint, act_id bigint, employee_id bigint,
                                                  on_date date, reason text, cancelled_by bigint DEFAULT NULL)
    RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    issuer bigint;
    cid    bigint;
BEGIN
    SELECT x.issued_by INTO issuer FROM civilservice.act x
     WHERE x.state_body_id = cancel_participation.state_body_id AND x.id = cancel_participation.act_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'п. 21: act % of state body % does not exist', cancel_participation.act_id, cancel_participation.state_body_id
          USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'participation_cancellation_act_fkey',
                TABLE = 'participation_cancellation', SCHEMA = 'civilservice',
                HINT = 'Name the act by its state body and id.';
    END IF;
    INSERT INTO civilservice.participation_cancellation (state_body_id, act_id, employee_id, cancelled_on, reason, cancelled_by)
    VALUES (cancel_participation.state_body_id, cancel_participation.act_id, cancel_participation.employee_id,
            on_date, reason, coalesce(cancel_participation.cancelled_by, issuer))
    RETURNING id INTO cid;
    RETURN cid;
END $$;
COMMENT ON FUNCTION civilservice.cancel_participation(bigint, bigint, bigint, date, text, bigint) IS
  'п. 21: cancels the regime of one employee of a signed act (state body, act) from on_date (the act''s other employees are unaffected); cancelled_by defaults to the act''s issuer; returns the id of the cancellation row';

CREATE FUNCTION civilservice.cancel_act(state_body_id bigint, act_id bigint, on_date date, reason text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    UPDATE civilservice.act x SET status = 'cancelled', cancelled_on = on_date, cancel_reason = reason
     WHERE x.state_body_id = cancel_act.state_body_id AND x.id = cancel_act.act_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'п. 21: act % of state body % does not exist', cancel_act.act_id, cancel_act.state_body_id
          USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'act_pkey', TABLE = 'act', SCHEMA = 'civilservice',
                HINT = 'Name the act by its state body and id.';
    END IF;
END $$;
COMMENT ON FUNCTION civilservice.cancel_act(bigint, bigint, date, text) IS
  'п. 21: cancels a whole signed act (state body, act) from on_date (every employee''s participation ends the day before); the act is kept with its history';
