-- Applications for flexible working time (п. 15–16): the employee applies
-- electronically, stating the reasons, the time regime and the period; the
-- application is reviewed within ten working days and approved by signing
-- an act that lists it.

-- п. 15 part 2 (order No. 52 of 31.03.2026, in force from 11.07.2026): the
-- application is filed electronically, through «Е-кызмет» or the body's
-- departmental HR information system. Before that day the Rules named no
-- channel, so an application on paper or through the body's document
-- management system was as good. The channel is therefore recorded as it
-- came, and the rule parameter application_electronic_only (0 before
-- 11.07.2026, 1 from it) says whether the other channels are refused on the
-- day the application is received.
INSERT INTO civilservice.rule_parameter (id, name, valid_from, value, unit, rule_point, description, source, shipped) VALUES
 (20, 'application_electronic_only', '2023-06-11', 0, 'flag', 'п. 15',
  'Канал подачи заявления о гибком рабочем времени Правилами не установлен: 0 — принимается заявление, поданное любым способом (на бумаге, через систему электронного документооборота, «Е-кызмет», ведомственную систему управления персоналом)',
  'Правила применения дистанционной работы, комбинированной дистанционной работы, работы в режиме гибкого рабочего времени для государственных служащих (приказ Председателя АДГС РК от 29.05.2023 № 120), п. 15', true),
 (21, 'application_electronic_only', '2026-07-11', 1, 'flag', 'п. 15',
  'Заявление подаётся в электронном виде посредством информационной системы «Е-кызмет» либо ведомственной информационной системы по управлению персоналом: 1 — заявление, поступившее иным способом, не принимается',
  'приказ АДГС № 52 от 31.03.2026 (часть вторая пункта 15 Правил в новой редакции, вводится в действие с 11.07.2026)', true);

-- Domains over text rather than enums: an unknown channel or status is a
-- refusal under п. 15 with the accepted values in the hint, not an input
-- error of a type (22P02).
CREATE DOMAIN civilservice.application_channel AS text
    CONSTRAINT application_channel_valid CHECK (civilservice.checked(
        VALUE IN ('e_qyzmet', 'hr_information_system', 'document_management_system', 'paper'),
        'п. 15', 'application_channel_valid', 'flexible_application', 'unknown channel of an application',
        'Channel given: "' || VALUE || '".',
        'Use e_qyzmet («Е-кызмет») or hr_information_system (the body''s HR information system); before 11.07.2026 also document_management_system or paper.'));
COMMENT ON DOMAIN civilservice.application_channel IS
  'п. 15: канал подачи заявления — «Е-кызмет» (e_qyzmet), ведомственная информационная система по управлению персоналом (hr_information_system); до 11.07.2026 также система электронного документооборота (document_management_system) или бумажный носитель (paper)';
COMMENT ON CONSTRAINT application_channel_valid ON DOMAIN civilservice.application_channel IS
  'п. 15: a channel is e_qyzmet, hr_information_system, document_management_system or paper (the last two refused from 11.07.2026, application_electronic_only)';
CREATE DOMAIN civilservice.application_status AS text
    CONSTRAINT application_status_valid CHECK (civilservice.checked(
        VALUE IN ('received', 'approved', 'rejected', 'withdrawn'),
        'п. 15, п. 16', 'application_status_valid', 'flexible_application', 'unknown status of an application',
        'Status given: "' || VALUE || '".',
        'Use received, approved (set by signing an act that lists it), rejected (with rejection_reason) or withdrawn.'));
COMMENT ON DOMAIN civilservice.application_status IS 'Поступило (received), удовлетворено актом (approved), отказано (rejected), отозвано (withdrawn)';
COMMENT ON CONSTRAINT application_status_valid ON DOMAIN civilservice.application_status IS
  'п. 15, п. 16: an application is received, approved, rejected or withdrawn';

-- The reasons and the reason of a rejection are CHECK constraints of the
-- table; what needs the rule parameters or another table is checked here.
-- An application an act rests on is part of that act: once the act is
-- signed it is frozen, and rejected and withdrawn are final.
CREATE FUNCTION civilservice.flexible_application_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    frozen text[] := ARRAY['employee_id', 'received_at', 'channel', 'reasons', 'requested_schedule', 'requested_period',
                           'status', 'decided_at', 'rejection_reason', 'state_body_id', 'id'];
    last_day date;
    received_on date;
    acts text;
    changed text;
    sig record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'flexible_application' THEN
        RAISE EXCEPTION 'flexible_application_check() must be a BEFORE row trigger on civilservice.flexible_application'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    -- п. 15: the application of a signed (or cancelled) act is part of it
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT string_agg(DISTINCT a.number || ' (' || a.status || ')', ', ') INTO acts
          FROM civilservice.act_employee ae
          JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
         WHERE ae.state_body_id = OLD.state_body_id AND ae.application_id = OLD.id AND a.status <> 'draft';
        IF TG_OP = 'UPDATE' THEN
            SELECT string_agg(k, ', ' ORDER BY k) INTO changed FROM unnest(frozen) k
             WHERE to_jsonb(NEW) -> k IS DISTINCT FROM to_jsonb(OLD) -> k
               -- the signing itself approves it
               AND NOT (k IN ('status', 'decided_at') AND OLD.status = 'received' AND NEW.status = 'approved');
        END IF;
        IF acts IS NOT NULL AND (TG_OP = 'DELETE' OR changed IS NOT NULL) THEN
            PERFORM civilservice.refuse('п. 15', 'restrict_violation', 'flexible_application_frozen', 'flexible_application',
                format('application %s is the basis of a signed act and cannot be %s', OLD.id,
                       CASE TG_OP WHEN 'DELETE' THEN 'deleted' ELSE 'changed' END),
                format('Application %s of employee %s, body %s; acts: %s%s.', OLD.id, OLD.employee_id, OLD.state_body_id, acts,
                       CASE WHEN changed IS NOT NULL THEN '; attempted change: ' || changed ELSE '' END),
                'The application stays as the act read it; a new regime needs a new application and a new act.');
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        -- п. 15, 16: a refusal and a withdrawal end the application
        IF OLD.status IN ('rejected', 'withdrawn') AND NEW.status IS DISTINCT FROM OLD.status THEN
            PERFORM civilservice.refuse('п. 15, п. 16', 'check_violation', 'flexible_application_status_final', 'flexible_application',
                format('a %s application is final', OLD.status),
                format('Application %s of employee %s: status %s, attempted %s.', OLD.id, OLD.employee_id, OLD.status, NEW.status),
                'The employee files a new application (п. 15).');
        END IF;
    END IF;
    last_day := civilservice.flexible_period_last_day(lower(NEW.requested_period));
    IF upper(NEW.requested_period) - 1 > last_day THEN
        PERFORM civilservice.refuse('п. 18', 'check_violation', 'flexible_application_period_cap', 'flexible_application',
            format('the requested period of flexible time exceeds %s months',
                   civilservice.rule_parameter_value('flexible_period_months', lower(NEW.requested_period))),
            format('Requested %s; the last day may be at most %s.', NEW.requested_period, last_day),
            'Request at most the cap; a longer period is reached by extensions agreed later (п. 18).');
    END IF;
    -- п. 15 part 2: from 11.07.2026 only Е-кызмет or the HR information system
    IF NEW.channel NOT IN ('e_qyzmet', 'hr_information_system')
       AND (TG_OP = 'INSERT' OR NEW.channel IS DISTINCT FROM OLD.channel OR NEW.received_at IS DISTINCT FROM OLD.received_at) THEN
        SELECT CAST(NEW.received_at AT TIME ZONE b.time_zone AS date) INTO received_on
          FROM civilservice.state_body b WHERE b.id = NEW.state_body_id;
        IF civilservice.rule_parameter_value('application_electronic_only', coalesce(received_on, CAST(NEW.received_at AT TIME ZONE 'Asia/Almaty' AS date))) = 1 THEN
            PERFORM civilservice.refuse('п. 15', 'check_violation', 'flexible_application_channel_electronic', 'flexible_application',
                'an application for flexible time is filed electronically',
                format('Channel %s, received on %s; electronic filing is required for applications received from %s.',
                       NEW.channel, received_on,
                       (SELECT min(p.valid_from) FROM civilservice.rule_parameter_in_force p
                         WHERE p.name = 'application_electronic_only' AND p.value = 1)),
                'The employee files it through «Е-кызмет» (e_qyzmet) or the body''s HR information system (hr_information_system), п. 15 as worded by order No. 52 of 31.03.2026.');
        END IF;
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
    -- п. 3.7, п. 16: who decided is set by the database only
    IF TG_OP = 'INSERT' THEN
        NEW.decided_by_role := NULL; NEW.decided_by_employee := NULL; NEW.decided_for := NULL;
    ELSE
        NEW.decided_by_role := OLD.decided_by_role; NEW.decided_by_employee := OLD.decided_by_employee;
        NEW.decided_for := OLD.decided_for;
    END IF;
    IF NEW.status <> 'received' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status) THEN
        IF NEW.status = 'approved' THEN
            -- the signature of the act that approves it
            SELECT a.signed_by_role, a.signed_by_employee, a.signed_for
              INTO NEW.decided_by_role, NEW.decided_by_employee, NEW.decided_for
              FROM civilservice.act_employee ae
              JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
             WHERE ae.state_body_id = NEW.state_body_id AND ae.application_id = NEW.id AND a.status = 'signed'
             ORDER BY a.signed_at DESC NULLS LAST, a.id DESC
             LIMIT 1;
        ELSIF NEW.status = 'rejected' THEN
            SELECT * INTO sig FROM civilservice.signature(NEW.state_body_id, NULL, 'flexible_application', 'п. 3.7, п. 16',
                       'flexible_application_decided_by_authorized', format('reject application %s', NEW.id));
            NEW.decided_by_role := sig.role_name; NEW.decided_by_employee := sig.employee_id;
        ELSE
            -- withdrawn: recorded, whoever records it
            NEW.decided_by_role := current_user;
            NEW.decided_by_employee := civilservice.signer_employee(NEW.state_body_id);
        END IF;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.flexible_application_check() IS
  'Trigger: п. 18 cap on the requested period (flexible_period_last_day); п. 15 part 2: from 11.07.2026 (application_electronic_only) only e_qyzmet or hr_information_system; п. 15 approval only through a signed act; an application a signed act rests on never changes and is never deleted (flexible_application_frozen); rejected and withdrawn are final (flexible_application_status_final); stamps decided_at and records who decided (decided_by_role, decided_by_employee, decided_for: the signature of the approving act; a rejection by an authorized person of the body, п. 3.7, flexible_application_decided_by_authorized)';
