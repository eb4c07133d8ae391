-- Extensions of flexible time by agreement of the parties (п. 18): each
-- extension is again a period under the cap, starting the day after the
-- extended period ends. An extension is an agreement: never changed.

CREATE FUNCTION civilservice.act_extension_apply() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    a civilservice.act;
    last_day date;
    gaps text;
BEGIN
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
    SELECT string_agg(format('employee %s ends %s', ae.employee_id, upper(ae.effective_term) - 1), '; ' ORDER BY ae.employee_id)
      INTO gaps
      FROM civilservice.act_employee ae
     WHERE ae.state_body_id = NEW.state_body_id AND ae.act_id = NEW.act_id
       AND (NEW.employee_id IS NULL OR ae.employee_id = NEW.employee_id)
       AND upper(ae.effective_term) IS DISTINCT FROM lower(NEW.period);
    IF gaps IS NOT NULL THEN
        PERFORM civilservice.refuse('п. 18', 'check_violation', 'act_extension_contiguous', 'act_extension',
            'an extension starts the day after the extended period ends',
            format('Act %s, extension %s; %s.', a.number, NEW.period, gaps),
            'Start the extension on the day after the current last day; after a gap a new application and act are needed.');
    END IF;
    RETURN NEW;     -- applied by act_extension_extend once the row is in
END $$;
COMMENT ON FUNCTION civilservice.act_extension_apply() IS
  'Trigger: п. 18 — an extension of a signed flexible act is at most the cap (flexible_period_last_day) and contiguous, and not of a participation cancelled under п. 21; extensions never change';

CREATE FUNCTION civilservice.act_extension_extend() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    num text;
BEGIN
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
