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

-- The kinds an act is made of are domains over text rather than enums: an
-- unknown value is then a refusal under its point (23514, the domain's
-- constraint, a hint listing the accepted values), not an input error of a
-- type (22P02) that names no rule. Casts such as 'remote'::civilservice.regime
-- keep working.
CREATE DOMAIN civilservice.regime AS text
    CONSTRAINT regime_valid CHECK (civilservice.checked(VALUE IN ('remote', 'combined_remote', 'flexible'),
        'п. 3', 'regime_valid', 'act', 'unknown regime of work',
        'Regime given: "' || VALUE || '".',
        'Use remote (дистанционная работа), combined_remote (комбинированная дистанционная работа) or flexible (режим гибкого рабочего времени).'));
COMMENT ON DOMAIN civilservice.regime IS
  'п. 3: дистанционная работа (remote), комбинированная дистанционная работа (combined_remote), режим гибкого рабочего времени (flexible)';
COMMENT ON CONSTRAINT regime_valid ON DOMAIN civilservice.regime IS
  'п. 3: a regime is remote, combined_remote or flexible';
CREATE DOMAIN civilservice.act_basis AS text
    CONSTRAINT act_basis_valid CHECK (civilservice.checked(VALUE IN ('agreement', 'emergency', 'application'),
        'п. 6.1, п. 17.1', 'act_basis_valid', 'act', 'unknown basis of an act',
        'Basis given: "' || VALUE || '".',
        'Use agreement (соглашение сторон, п. 4), emergency (случай п. 5) or application (заявление служащего, п. 15).'));
COMMENT ON DOMAIN civilservice.act_basis IS
  'Основание акта (п. 6.1, 17.1): соглашение сторон (agreement, п. 4), случай п. 5 в одностороннем порядке (emergency), заявление служащего (application, п. 15)';
COMMENT ON CONSTRAINT act_basis_valid ON DOMAIN civilservice.act_basis IS
  'п. 6.1, п. 17.1: the basis of an act is agreement (п. 4), emergency (п. 5) or application (п. 15)';
CREATE DOMAIN civilservice.act_status AS text
    CONSTRAINT act_status_valid CHECK (civilservice.checked(VALUE IN ('draft', 'signed', 'cancelled'),
        'п. 6, п. 17, п. 21', 'act_status_valid', 'act', 'unknown status of an act',
        'Status given: "' || VALUE || '".',
        'Use draft (проект), signed (подписан, в силе) or cancelled (отменён, п. 21).'));
COMMENT ON DOMAIN civilservice.act_status IS 'Проект (draft), подписан — вступил в силу (signed), отменён по п. 21 (cancelled)';
COMMENT ON CONSTRAINT act_status_valid ON DOMAIN civilservice.act_status IS
  'п. 6, п. 17, п. 21: an act is a draft, signed or cancelled';

-- What a row says about itself (the basis fits the regime, the case only on
-- the emergency basis, the contents of a signed act, the fields of a
-- cancellation) are CHECK constraints of civilservice.act. This trigger
-- guards the transitions: created as a draft, never deleted once signed,
-- and once signed only cancelled or capped by its emergency case.
CREATE FUNCTION civilservice.act_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    fixed text[] := ARRAY['status', 'cancelled_on', 'cancel_reason', 'cancelled_by_role', 'cancelled_by_employee', 'cancelled_for'];
    sig record;
    -- the point that makes the act a document: п. 6 (remote, combined), п. 17 (flexible)
    point text;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'act' THEN
        RAISE EXCEPTION 'act_guard() must be a BEFORE row trigger on civilservice.act'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
            PERFORM civilservice.refuse(CASE WHEN OLD.regime = 'flexible' THEN 'п. 17, п. 21' ELSE 'п. 6, п. 21' END,
                'restrict_violation', 'act_signed_immutable', 'act',
                format('act %s is %s: a legal document is never deleted', OLD.number, OLD.status),
                format('Act %s of body %s, status %s.', OLD.id, OLD.state_body_id, OLD.status),
                CASE WHEN OLD.status = 'signed'
                     THEN 'Cancel it instead: set status = ''cancelled'' with cancelled_on and cancel_reason (п. 21).'
                     ELSE 'A cancelled act is kept as it is, with its history.' END);
        END IF;
        DELETE FROM civilservice.act_employee WHERE state_body_id = OLD.state_body_id AND act_id = OLD.id;
        RETURN OLD;
    END IF;
    -- п. 3.7: who signed and who cancelled are set by the database only
    IF TG_OP = 'INSERT' THEN
        NEW.signed_by_role := NULL; NEW.signed_by_employee := NULL; NEW.signed_for := NULL;
        NEW.cancelled_by_role := NULL; NEW.cancelled_by_employee := NULL; NEW.cancelled_for := NULL;
    ELSE
        NEW.signed_by_role := OLD.signed_by_role; NEW.signed_by_employee := OLD.signed_by_employee;
        NEW.signed_for := OLD.signed_for;
        NEW.cancelled_by_role := OLD.cancelled_by_role; NEW.cancelled_by_employee := OLD.cancelled_by_employee;
        NEW.cancelled_for := OLD.cancelled_for;
        IF OLD.status = 'draft' AND NEW.status = 'signed' THEN
            SELECT * INTO sig FROM civilservice.signature(NEW.state_body_id, NEW.issued_by, 'act',
                       CASE WHEN NEW.regime = 'flexible' THEN 'п. 3.7, п. 17' ELSE 'п. 3.7, п. 6' END,
                       'act_signed_by_issuer', format('sign act %s', coalesce(NEW.number, NEW.id::text)));
            NEW.signed_by_role := sig.role_name; NEW.signed_by_employee := sig.employee_id; NEW.signed_for := sig.acting_for;
        ELSIF OLD.status = 'signed' AND NEW.status = 'cancelled' THEN
            SELECT * INTO sig FROM civilservice.signature(NEW.state_body_id, OLD.issued_by, 'act', 'п. 3.7, п. 21',
                       'act_cancelled_by_issuer', format('cancel act %s', OLD.number));
            NEW.cancelled_by_role := sig.role_name; NEW.cancelled_by_employee := sig.employee_id; NEW.cancelled_for := sig.acting_for;
        END IF;
    END IF;
    IF TG_OP = 'INSERT' AND NEW.status <> 'draft' THEN
        PERFORM civilservice.refuse(CASE WHEN NEW.regime = 'flexible' THEN 'п. 17' ELSE 'п. 6' END,
            'check_violation', 'act_created_as_draft', 'act',
            'an act is created as a draft and then signed',
            format('Status given: %s.', NEW.status),
            'Insert it with status ''draft'', add its employees, then UPDATE status to ''signed''.');
    END IF;
    -- п. 5: the case is the body's own (the foreign key act_emergency_case_fkey
    -- says the same, without the point)
    IF NEW.emergency_case_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.emergency_case_id IS DISTINCT FROM OLD.emergency_case_id
            OR NEW.state_body_id IS DISTINCT FROM OLD.state_body_id)
       AND NOT EXISTS (SELECT 1 FROM civilservice.emergency_case c
                        WHERE c.state_body_id = NEW.state_body_id AND c.id = NEW.emergency_case_id) THEN
        PERFORM civilservice.refuse('п. 5', 'foreign_key_violation', 'act_emergency_case_fkey', 'act',
            'an act rests on an emergency case of its own state body',
            format('Act %s of body %s: body %s has no emergency case %s.', coalesce(NEW.number, NEW.id::text),
                   NEW.state_body_id, NEW.state_body_id, NEW.emergency_case_id),
            'Record the case for the body (civilservice.emergency_case with its state_body_id) and reference it.');
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status <> 'draft' THEN
        point := CASE WHEN OLD.regime = 'flexible' THEN 'п. 17' ELSE 'п. 6' END;
        -- allowed: cancellation; and the cap of п. 5, exactly to the day its
        -- emergency case ends (emergency_case_cap_acts)
        IF NOT (OLD.status = 'signed' AND NEW.status = 'cancelled'
                AND to_jsonb(NEW) - fixed = to_jsonb(OLD) - fixed)
           AND NOT (OLD.status = 'signed' AND NEW.status = 'signed' AND NEW.emergency_case_id IS NOT NULL
                    AND to_jsonb(NEW) - 'term' = to_jsonb(OLD) - 'term'
                    AND EXISTS (SELECT 1 FROM civilservice.emergency_case c
                                 WHERE c.state_body_id = NEW.state_body_id AND c.id = NEW.emergency_case_id
                                   AND c.ends_on IS NOT NULL
                                   AND NEW.term = daterange(lower(OLD.term), c.ends_on + 1)
                                   AND upper(OLD.term) > c.ends_on + 1)) THEN
            PERFORM civilservice.refuse(point, 'restrict_violation', 'act_signed_immutable', 'act',
                CASE WHEN OLD.status = 'cancelled'
                     THEN format('act %s is cancelled: it no longer changes', OLD.number)
                     ELSE format('act %s is signed: its contents cannot change', OLD.number) END,
                format('Act %s of body %s, status %s; attempted change: %s.', OLD.id, OLD.state_body_id, OLD.status,
                       (SELECT string_agg(n.key, ', ' ORDER BY n.key) FROM jsonb_each(to_jsonb(NEW)) n
                         WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key)),
                CASE WHEN OLD.status = 'cancelled'
                     THEN 'A cancelled act is kept as it was cancelled; issue a new act to set a regime again.'
                     ELSE 'A signed act may only be cancelled (status, cancelled_on, cancel_reason, п. 21) or extended (act_extension, п. 18); issue a new act for other changes.' END);
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
  'Trigger: records who signs and who cancels (signature(): the issuer, or an authorized person acting for them, п. 3.7; act_signed_by_issuer, act_cancelled_by_issuer); acts start as drafts; signed acts are never deleted and only cancelled (п. 21) or capped by their emergency case (п. 5); a cancelled act never changes; a draft is deleted, not cancelled (refusals name п. 6 or п. 17 as the act is remote/combined or flexible)';

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
    PERFORM civilservice.trigger_fired_as('act_effect', TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME,
                                          '^AFTER STATEMENT UPDATE ON civilservice\.act$');
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
    -- п. 6.2, 17.2: every employee listed is employed on the first day of
    -- the term. The days just derived say it: they are the term within the
    -- employment, so they start on the term's first day only for an employee
    -- employed on it (validate_act() reports the same per act).
    SELECT n.number, lower(n.term) AS first_day,
           CASE WHEN n.regime = 'flexible' THEN 'п. 17.2' ELSE 'п. 6.2' END AS point,
           string_agg(ae.employee_id::text, ', ' ORDER BY ae.employee_id) AS who
      INTO r
      FROM new_acts n
      JOIN old_acts o ON o.state_body_id = n.state_body_id AND o.id = n.id
      JOIN civilservice.act_employee ae ON ae.state_body_id = n.state_body_id AND ae.act_id = n.id
     WHERE o.status = 'draft' AND n.status = 'signed'
       AND (ae.effective_term IS NULL OR isempty(ae.effective_term) OR lower(ae.effective_term) <> lower(n.term))
     GROUP BY n.state_body_id, n.id, n.number, n.term, n.regime
     ORDER BY n.state_body_id, n.id
     LIMIT 1;
    IF FOUND THEN
        PERFORM civilservice.refuse(r.point, 'check_violation', 'act_employee_employed', 'act',
            format('act %s cannot be signed', r.number),
            format('%s: employees %s are not employed on the first day of the term, %s', r.point, r.who, r.first_day),
            'Complete the draft (see validate_act()) and sign it again.');
    END IF;
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
  'Statement trigger: when acts are signed, cancelled (п. 21) or capped (п. 5), writes the days in effect of their employees from participation_days() (п. 13 exclusion checked, the conflict named); at signing, refuses an employee not employed on the first day of the term (п. 6.2, 17.2, act_employee_employed); signing a flexible act approves its applications (п. 15)';
