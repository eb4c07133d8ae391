-- Cancellation (п. 21): for systematic violation of the conditions of the
-- regime or of labour discipline, the authorized person cancels the act
-- (status = 'cancelled', cancel_act) or the participation of one employee
-- (participation_cancellation, cancel_participation). Either ends the days
-- in effect the day before; the act and the decision are kept.

CREATE FUNCTION civilservice.participation_cancellation_apply() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    a civilservice.act;
    ae civilservice.act_employee;
    authorized boolean;
    issuer record;
    sig record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'participation_cancellation' THEN
        RAISE EXCEPTION 'participation_cancellation_apply() must be a BEFORE row trigger on civilservice.participation_cancellation'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM civilservice.refuse('п. 21', 'restrict_violation', 'participation_cancellation_immutable', 'participation_cancellation',
            'a cancellation is a decision of the authorized person and cannot be changed or deleted',
            format('Cancellation %s of employee %s on act %s.', OLD.id, OLD.employee_id, OLD.act_id),
            'Put the employee on a new act if the regime is to be restored.');
    END IF;
    SELECT * INTO a FROM civilservice.act WHERE state_body_id = NEW.state_body_id AND id = NEW.act_id FOR SHARE;
    IF a.status IS DISTINCT FROM 'signed' THEN
        PERFORM civilservice.refuse('п. 21', 'check_violation', 'participation_cancellation_signed_act', 'participation_cancellation',
            'only the participation in a signed act is cancelled',
            format('Act %s: status %s.', coalesce(a.number, NEW.act_id::text), coalesce(a.status::text, 'unknown')),
            'A draft is edited (remove the employee from its list); a cancelled act needs nothing more.');
    END IF;
    -- п. 3.7: the authorized person has the right to appoint and dismiss,
    -- so is an authorized employee of the body on the day of the decision
    SELECT e.is_authorized AND e.employed_from <= NEW.cancelled_on
           AND (e.employed_to IS NULL OR e.employed_to >= NEW.cancelled_on) AS ok,
           e.is_authorized, e.employed_from, e.employed_to
      INTO issuer
      FROM civilservice.employee e
     WHERE e.state_body_id = NEW.state_body_id AND e.id = NEW.cancelled_by;
    authorized := issuer.ok;
    IF NOT coalesce(authorized, false) THEN
        PERFORM civilservice.refuse('п. 3.7, п. 21', 'check_violation', 'participation_cancellation_authorized', 'participation_cancellation',
            'the regime is cancelled by the authorized person',
            CASE WHEN NOT coalesce(issuer.is_authorized, false)
                 THEN format('Employee %s of body %s is not an authorized person.', NEW.cancelled_by, NEW.state_body_id)
                 ELSE format('Employee %s of body %s is not employed on %s (employed %s – %s).', NEW.cancelled_by, NEW.state_body_id,
                             NEW.cancelled_on, issuer.employed_from, coalesce(issuer.employed_to::text, 'open')) END,
            'Name as cancelled_by an employee with is_authorized = true employed on the day of the cancellation, normally the one who issued the act.');
    END IF;
    -- locked: a concurrent extension or cancellation of the same employee
    -- waits, and this one sees the days it left
    SELECT * INTO ae FROM civilservice.act_employee
     WHERE state_body_id = NEW.state_body_id AND act_id = NEW.act_id AND employee_id = NEW.employee_id FOR UPDATE;
    IF ae.effective_term IS NULL OR isempty(ae.effective_term) OR NEW.cancelled_on >= upper(ae.effective_term) THEN
        PERFORM civilservice.refuse('п. 21', 'check_violation', 'participation_cancellation_in_term', 'participation_cancellation',
            format('employee %s is not on act %s on or after %s', NEW.employee_id, a.number, NEW.cancelled_on),
            format('Days on the regime: %s.', coalesce(ae.effective_term::text, 'none')),
            'Choose a cancellation date within the days the employee is on the regime (a participation ends at dismissal by itself).');
    END IF;
    NEW.previous_term := ae.effective_term;
    -- п. 3.7: who signs is cancelled_by, or an authorized person acting for them
    SELECT * INTO sig FROM civilservice.signature(NEW.state_body_id, NEW.cancelled_by, 'participation_cancellation', 'п. 3.7, п. 21',
               'participation_cancellation_signed_by', format('cancel the participation of employee %s in act %s', NEW.employee_id, a.number));
    NEW.signed_by_role := sig.role_name; NEW.signed_by_employee := sig.employee_id; NEW.signed_for := sig.acting_for;
    RETURN NEW;     -- applied by participation_cancellation_end once the row is in
END $$;
COMMENT ON FUNCTION civilservice.participation_cancellation_apply() IS
  'Trigger: п. 21 — the participation of one employee in a signed act is cancelled from a day within its days in effect (so within the employment), by decision of an authorized person employed on that day (п. 3.7); the previous days are kept in the row; records who signed it (signature(): cancelled_by, or an authorized person acting for them, participation_cancellation_signed_by); cancellations never change';

CREATE FUNCTION civilservice.participation_cancellation_end() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    PERFORM civilservice.trigger_fired_as('participation_cancellation_end', TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME,
                                          '^AFTER ROW INSERT ON civilservice\.participation_cancellation$');
    PERFORM civilservice.write_participation_days(ARRAY[NEW.state_body_id], ARRAY[NEW.act_id]);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.participation_cancellation_end() IS
  'Trigger: п. 21 — once the cancellation is in, writes the days in effect of the act''s employees (participation_days): the employee''s end the day before cancelled_on';

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
        PERFORM civilservice.refuse('п. 21', 'foreign_key_violation', 'participation_cancellation_act_fkey', 'participation_cancellation',
            format('act %s of state body %s does not exist', cancel_participation.act_id, cancel_participation.state_body_id),
            NULL, 'Name the act by its state body and id.');
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
        PERFORM civilservice.refuse('п. 21', 'foreign_key_violation', 'act_pkey', 'act',
            format('act %s of state body %s does not exist', cancel_act.act_id, cancel_act.state_body_id),
            NULL, 'Name the act by its state body and id.');
    END IF;
END $$;
COMMENT ON FUNCTION civilservice.cancel_act(bigint, bigint, date, text) IS
  'п. 21: cancels a whole signed act (state body, act) from on_date (every employee''s participation ends the day before); the act is kept with its history';
