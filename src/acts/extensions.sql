-- Extensions of flexible time by agreement of the parties (п. 18): each
-- extension is again a period under the cap, starting the day after the
-- extended period ends, agreed while that period still runs (an ended
-- period is not prolonged: a new application and act are needed), for
-- employees employed on its first day and never for one whose working time
-- follows the reglament (п. 14). An extension is an agreement: never changed.

CREATE FUNCTION civilservice.act_extension_apply() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    a civilservice.act;
    last_day date;
    gaps text;
    p record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'act_extension' THEN
        RAISE EXCEPTION 'act_extension_apply() must be a BEFORE row trigger on civilservice.act_extension'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM civilservice.refuse('п. 18', 'restrict_violation', 'act_extension_immutable', 'act_extension',
            'an extension is an agreement of the parties and cannot be changed or deleted',
            format('Extension %s of act %s.', OLD.id, OLD.act_id),
            'Cancel the act (status = ''cancelled'') to end the regime early.');
    END IF;
    SELECT * INTO a FROM civilservice.act WHERE state_body_id = NEW.state_body_id AND id = NEW.act_id FOR SHARE;
    IF a.regime IS DISTINCT FROM 'flexible' OR a.status IS DISTINCT FROM 'signed' THEN
        PERFORM civilservice.refuse('п. 18', 'check_violation', 'act_extension_signed_flexible', 'act_extension',
            'only a signed act on flexible time is extended',
            format('Act %s: regime %s, status %s.', coalesce(a.number, NEW.act_id::text),
                   coalesce(a.regime::text, 'unknown'), coalesce(a.status::text, 'unknown')),
            'Remote and combined remote work are prolonged by a new act.');
    END IF;
    last_day := civilservice.flexible_period_last_day(lower(NEW.period));
    IF upper(NEW.period) - 1 > last_day THEN
        PERFORM civilservice.refuse('п. 18', 'check_violation', 'act_extension_period_cap', 'act_extension',
            format('an extension of flexible time exceeds %s months',
                   civilservice.rule_parameter_value('flexible_period_months', lower(NEW.period))),
            format('Act %s, extension %s; the last day may be at most %s.', a.number, NEW.period, last_day),
            'Agree on at most the cap now and extend again later.');
    END IF;
    -- the participations extended, locked: a concurrent cancellation or
    -- extension of the same employee waits, and what follows sees it
    PERFORM 1 FROM civilservice.act_employee ae
      WHERE ae.state_body_id = NEW.state_body_id AND ae.act_id = NEW.act_id
        AND (NEW.employee_id IS NULL OR ae.employee_id = NEW.employee_id)
        FOR UPDATE;
    IF EXISTS (SELECT 1 FROM civilservice.participation_cancellation pc
                WHERE pc.state_body_id = NEW.state_body_id AND pc.act_id = NEW.act_id
                  AND (NEW.employee_id IS NULL OR pc.employee_id = NEW.employee_id)) THEN
        PERFORM civilservice.refuse('п. 18, п. 21', 'check_violation', 'act_extension_cancelled', 'act_extension',
            'a participation cancelled under п. 21 is not extended',
            format('Act %s, extension %s.', a.number, NEW.period),
            'A new application and act are needed; extend the other employees one by one (employee_id).');
    END IF;
    -- who is concerned: the employees of the act (or the one named) employed
    -- on the first day of the extension; a participation ends at dismissal
    SELECT string_agg(ae.employee_id::text, ', ' ORDER BY ae.employee_id)
               FILTER (WHERE NOT (e.employed_from <= lower(NEW.period)
                                  AND (e.employed_to IS NULL OR e.employed_to >= lower(NEW.period)))) AS not_employed,
           string_agg(ae.employee_id::text, ', ' ORDER BY ae.employee_id)
               FILTER (WHERE e.employed_from <= lower(NEW.period)
                         AND (e.employed_to IS NULL OR e.employed_to >= lower(NEW.period))
                         AND e.follows_reglament) AS reglament,
           count(*) FILTER (WHERE e.employed_from <= lower(NEW.period)
                              AND (e.employed_to IS NULL OR e.employed_to >= lower(NEW.period))) AS employed
      INTO p
      FROM civilservice.act_employee ae
      JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
     WHERE ae.state_body_id = NEW.state_body_id AND ae.act_id = NEW.act_id
       AND (NEW.employee_id IS NULL OR ae.employee_id = NEW.employee_id);
    IF p.employed = 0 THEN
        PERFORM civilservice.refuse('п. 18', 'check_violation', 'act_extension_employed', 'act_extension',
            'an extension concerns employees employed on its first day',
            format('Act %s, extension %s; not employed on %s: employees %s.', a.number, NEW.period, lower(NEW.period),
                   coalesce(p.not_employed, 'none listed')),
            'A participation ends at dismissal (employee.employed_to) and is not extended past it.');
    END IF;
    IF p.reglament IS NOT NULL THEN
        PERFORM civilservice.refuse('п. 14, п. 18', 'check_violation', 'act_extension_reglament', 'act_extension',
            'flexible time is not extended for an employee whose working time follows the reglament',
            format('Act %s, extension %s; employees under the reglament: %s.', a.number, NEW.period, p.reglament),
            CASE WHEN NEW.employee_id IS NULL
                 THEN 'Extend the other employees one by one (employee_id); flexible time does not apply under the reglament (п. 14).'
                 ELSE 'Flexible time does not apply under the reglament (п. 14); the participation ends with its period.' END);
    END IF;
    SELECT string_agg(format('employee %s ends %s', ae.employee_id, upper(ae.effective_term) - 1), '; ' ORDER BY ae.employee_id)
      INTO gaps
      FROM civilservice.act_employee ae
      JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
     WHERE ae.state_body_id = NEW.state_body_id AND ae.act_id = NEW.act_id
       AND (NEW.employee_id IS NULL OR ae.employee_id = NEW.employee_id)
       AND e.employed_from <= lower(NEW.period) AND (e.employed_to IS NULL OR e.employed_to >= lower(NEW.period))
       AND upper(ae.effective_term) IS DISTINCT FROM lower(NEW.period);
    IF gaps IS NOT NULL THEN
        PERFORM civilservice.refuse('п. 18', 'check_violation', 'act_extension_contiguous', 'act_extension',
            'an extension starts the day after the extended period ends',
            format('Act %s, extension %s; %s.', a.number, NEW.period, gaps),
            'Start the extension on the day after the current last day; after a gap a new application and act are needed.');
    END IF;
    -- contiguous: the period extended ends the day before the extension
    IF NEW.agreement_date > lower(NEW.period) - 1 THEN
        PERFORM civilservice.refuse('п. 18', 'check_violation', 'act_extension_running', 'act_extension',
            'a period of flexible time is extended while it runs',
            format('Act %s: the period ended on %s; the agreement to extend it is dated %s.',
                   a.number, lower(NEW.period) - 1, NEW.agreement_date),
            'Once the period has ended, flexible time is set again by a new application (п. 15) and a new act.');
    END IF;
    RETURN NEW;     -- applied by act_extension_extend once the row is in
END $$;
COMMENT ON FUNCTION civilservice.act_extension_apply() IS
  'Trigger: п. 18 — an extension of a signed flexible act is at most the cap (flexible_period_last_day), contiguous, agreed on or before the last day of the period it extends, for employees employed on its first day, never for a reglament employee (п. 14) nor a participation cancelled under п. 21; extensions never change';

CREATE FUNCTION civilservice.act_extension_extend() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    num text;
BEGIN
    PERFORM civilservice.trigger_fired_as('act_extension_extend', TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME,
                                          '^AFTER ROW INSERT ON civilservice\.act_extension$');
    PERFORM civilservice.write_participation_days(ARRAY[NEW.state_body_id], ARRAY[NEW.act_id]);
    RETURN NULL;
EXCEPTION WHEN exclusion_violation THEN
    SELECT number INTO num FROM civilservice.act WHERE state_body_id = NEW.state_body_id AND id = NEW.act_id;
    PERFORM civilservice.refuse('п. 13', 'exclusion_violation', 'act_employee_no_overlap', 'act_employee',
        format('the extension of act %s overlaps another flexible act of the same employee', num),
        format('Act %s, extension %s.', num, NEW.period),
        'Shorten the extension to end before the other act starts.');
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.act_extension_extend() IS
  'Trigger: п. 18 — once the extension is in, writes the prolonged days in effect of the act''s employees (participation_days); п. 13 still holds';
