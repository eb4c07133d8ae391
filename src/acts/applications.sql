-- Applications for flexible working time (п. 15–16): the employee applies
-- electronically, stating the reasons, the time regime and the period; the
-- application is reviewed within ten working days and approved by signing
-- an act that lists it.

CREATE TYPE civilservice.application_channel AS ENUM ('e_qyzmet', 'hr_information_system');
COMMENT ON TYPE civilservice.application_channel IS
  'п. 15: заявление подаётся в электронном виде через «Е-қызмет» или информационную систему кадровой службы органа';
CREATE TYPE civilservice.application_status AS ENUM ('received', 'approved', 'rejected', 'withdrawn');
COMMENT ON TYPE civilservice.application_status IS 'Поступило, удовлетворено актом, отказано, отозвано';

-- The reasons and the reason of a rejection are CHECK constraints of the
-- table; what needs the rule parameters or another table is checked here.
CREATE FUNCTION civilservice.flexible_application_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    last_day date := civilservice.flexible_period_last_day(lower(NEW.requested_period));
BEGIN
    IF upper(NEW.requested_period) - 1 > last_day THEN
        PERFORM civilservice.refuse('п. 18', 'check_violation', 'flexible_application_period_cap', 'flexible_application',
            format('the requested period of flexible time exceeds %s months',
                   civilservice.rule_parameter_value('flexible_period_months', lower(NEW.requested_period))),
            format('Requested %s; the last day may be at most %s.', NEW.requested_period, last_day),
            'Request at most the cap; a longer period is reached by extensions agreed later (п. 18).');
    END IF;
    -- approved only when a signed act lists it (the signing approves it)
    IF TG_OP = 'UPDATE' AND NEW.status = 'approved' AND OLD.status <> 'approved'
       AND NOT EXISTS (SELECT 1 FROM civilservice.act_employee ae
                         JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
                        WHERE ae.state_body_id = NEW.state_body_id AND ae.application_id = NEW.id
                          AND ae.employee_id = NEW.employee_id AND a.status = 'signed') THEN
        PERFORM civilservice.refuse('п. 15', 'check_violation', 'flexible_application_approved_by_act', 'flexible_application',
            'an application is approved by signing an act that lists it',
            format('Application %s of employee %s.', NEW.id, NEW.employee_id),
            'Put the application on a flexible act and sign the act.');
    END IF;
    IF NEW.status <> 'received' AND (TG_OP = 'INSERT' OR OLD.status = 'received') THEN
        NEW.decided_at := coalesce(NEW.decided_at, now());
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.flexible_application_check() IS
  'Trigger: п. 18 cap on the requested period (flexible_period_last_day); п. 15 approval only through a signed act; stamps decided_at';
