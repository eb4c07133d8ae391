-- Acts of the authorized person (п. 4–6, 13–17): drafted, signed when
-- complete, then a legal document that is only cancelled (п. 21), capped by
-- its emergency case (п. 5) or extended (п. 18).

-- п. 9: those working remotely keep to a fixed working time within the
-- daily duration; п. 19: the limits of the Labour Code. The working time of
-- those on a regime is checked against them.
INSERT INTO civilservice.rule_parameter (id, name, valid_from, value, unit, rule_point, description, source, shipped) VALUES
 (3, 'daily_hours_limit', '2023-06-11', 8, 'hours', 'п. 9, п. 19',
  'Продолжительность ежедневной работы при пятидневной рабочей неделе',
  'Трудовой кодекс РК, ст. 68; Правила, п. 9, 19', true),
 (4, 'weekly_hours_limit', '2023-06-11', 40, 'hours', 'п. 19',
  'Нормальная продолжительность рабочего времени в неделю',
  'Трудовой кодекс РК, ст. 68; Правила, п. 19', true);

CREATE TYPE civilservice.regime AS ENUM ('remote', 'combined_remote', 'flexible');
COMMENT ON TYPE civilservice.regime IS
  'п. 3: дистанционная работа, комбинированная дистанционная работа, режим гибкого рабочего времени';
CREATE TYPE civilservice.act_basis AS ENUM ('agreement', 'emergency', 'application');
COMMENT ON TYPE civilservice.act_basis IS
  'Основание акта: соглашение сторон (п. 4), случай п. 5 (в одностороннем порядке), заявление служащего (п. 15)';
CREATE TYPE civilservice.act_status AS ENUM ('draft', 'signed', 'cancelled');
COMMENT ON TYPE civilservice.act_status IS 'Проект, подписан (вступил в силу), отменён (п. 21)';

-- What a row says about itself (the basis fits the regime, the case only on
-- the emergency basis, the contents of a signed act, the fields of a
-- cancellation) are CHECK constraints of civilservice.act. This trigger
-- guards the transitions: created as a draft, never deleted once signed,
-- and once signed only cancelled or capped by its emergency case.
CREATE FUNCTION civilservice.act_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    fixed text[] := ARRAY['status', 'cancelled_on', 'cancel_reason'];
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
            PERFORM civilservice.refuse('п. 21', 'restrict_violation', 'act_signed_immutable', 'act',
                format('act %s is a signed legal document and cannot be deleted', OLD.number),
                format('Act %s of body %s, status %s.', OLD.id, OLD.state_body_id, OLD.status),
                'Cancel it instead: set status = ''cancelled'' with cancelled_on and cancel_reason.');
        END IF;
        DELETE FROM civilservice.act_employee WHERE state_body_id = OLD.state_body_id AND act_id = OLD.id;
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' AND NEW.status <> 'draft' THEN
        PERFORM civilservice.refuse('п. 6, п. 17', 'check_violation', 'act_created_as_draft', 'act',
            'an act is created as a draft and then signed',
            format('Status given: %s.', NEW.status),
            'Insert it with status ''draft'', add its employees, then UPDATE status to ''signed''.');
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
            PERFORM civilservice.refuse('п. 6, п. 17', 'restrict_violation', 'act_signed_immutable', 'act',
                format('act %s is signed: its contents cannot change', OLD.number),
                format('Act %s of body %s, status %s; attempted change: %s.', OLD.id, OLD.state_body_id, OLD.status,
                       (SELECT string_agg(n.key, ', ' ORDER BY n.key) FROM jsonb_each(to_jsonb(NEW)) n
                         WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key)),
                'A signed act may only be cancelled (status, cancelled_on, cancel_reason) or extended (act_extension, п. 18); issue a new act for other changes.');
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status = 'draft' AND NEW.status = 'cancelled' THEN
        PERFORM civilservice.refuse('п. 21', 'check_violation', 'act_cancellation', 'act',
            'a draft act is deleted, not cancelled',
            format('Act %s is a draft.', OLD.id), 'DELETE the draft.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.act_guard() IS
  'Trigger: acts start as drafts; signed acts are never deleted and only cancelled (п. 21) or capped by their emergency case (п. 5); a draft is deleted, not cancelled';

CREATE FUNCTION civilservice.act_sign() RETURNS trigger
    AS 'MODULE_PATHNAME', 'cs_act_sign_trigger' LANGUAGE C;
COMMENT ON FUNCTION civilservice.act_sign() IS
  'Trigger: when a draft is signed, refuses it listing every missing or wrong item with its point (п. 4–6, 14, 15, 17, 18), else stamps signed_at';

CREATE FUNCTION civilservice.validate_act(state_body_id bigint, act_id bigint)
    RETURNS TABLE (point text, problem text)
    AS 'MODULE_PATHNAME', 'cs_validate_act' LANGUAGE C STABLE STRICT;
COMMENT ON FUNCTION civilservice.validate_act(bigint, bigint) IS
  'What keeps an act from being signed, one row per problem with its point of the Rules (п. 4–6, 14, 15, 17, 18); no rows when it can be signed. The same check the signing runs';

-- Act ids are keys within a state body: the id alone may name two acts.
-- That is a question of the call, not a rule, so it is a plain error.
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

-- Signing, cancelling and capping an act change the days in effect of its
-- employees: written once per statement, whatever the number of acts, by
-- write_participation_days() from the one derivation participation_days().
CREATE FUNCTION civilservice.act_effect() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    bodies bigint[];
    ids    bigint[];
    r      record;
BEGIN
    -- a draft has no days in effect; a signed act gets them, a cancelled or
    -- capped one ends them
    SELECT array_agg(n.state_body_id), array_agg(n.id) INTO bodies, ids
      FROM new_acts n JOIN old_acts o ON o.state_body_id = n.state_body_id AND o.id = n.id
     WHERE n.status <> 'draft'
       AND (n.status, n.regime, n.term, n.cancelled_on) IS DISTINCT FROM (o.status, o.regime, o.term, o.cancelled_on);
    IF bodies IS NULL THEN
        RETURN NULL;
    END IF;
    BEGIN
        PERFORM civilservice.write_participation_days(bodies, ids);
    EXCEPTION WHEN exclusion_violation THEN
        -- п. 13: name the first act in conflict and what it overlaps
        SELECT n.number, n.term,
               string_agg(format('employee %s on act %s (%s, %s)', ae.employee_id, x.number, x.regime, ae2.effective_term), '; '
                          ORDER BY ae.employee_id, x.id) FILTER (WHERE x.id IS NOT NULL) AS who
          INTO r
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
        PERFORM civilservice.refuse('п. 13', 'exclusion_violation', 'act_employee_no_overlap', 'act_employee',
            format('act %s overlaps another signed act of the same regime group for the same employee', r.number),
            format('Act %s, term %s; already: %s.', r.number, r.term,
                   coalesce(r.who, 'an act signed concurrently or in the same statement')),
            'Flexible time may overlap remote or combined remote work, never two acts of one group: end or cancel the other act first, or change the term.');
    END;
    -- signed flexible act: its applications are approved (п. 15)
    UPDATE civilservice.flexible_application a SET status = 'approved', decided_at = n.signed_at
      FROM new_acts n
      JOIN old_acts o ON o.state_body_id = n.state_body_id AND o.id = n.id
      JOIN civilservice.act_employee ae ON ae.state_body_id = n.state_body_id AND ae.act_id = n.id
     WHERE o.status = 'draft' AND n.status = 'signed' AND n.regime = 'flexible'
       AND a.state_body_id = ae.state_body_id AND a.id = ae.application_id AND a.status = 'received';
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.act_effect() IS
  'Statement trigger: when acts are signed, cancelled (п. 21) or capped (п. 5), writes the days in effect of their employees from participation_days() (п. 13 exclusion checked, the conflict named); signing a flexible act approves its applications (п. 15)';
