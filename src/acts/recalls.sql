-- Recalls to the workplace (п. 12): by the employer or on the proposal of
-- the direct head, for documents marked «ДСП» or secret documents, or —
-- with advance notice — for unforeseen urgent work.

INSERT INTO civilservice.rule_parameter (id, name, valid_from, value, unit, rule_point, description, source, shipped) VALUES
 (5, 'urgent_recall_notice_minutes', '2023-06-11', 0, 'minutes', 'п. 12',
  'Минимальное предварительное уведомление о вызове на рабочее место для выполнения непредвиденных срочных работ: уведомление должно предшествовать времени явки не менее чем на столько минут (политика органа; по умолчанию — просто предшествовать)',
  'Правила, п. 12 (величину устанавливает государственный орган)', true);

CREATE DOMAIN civilservice.recall_reason AS text
    CONSTRAINT recall_reason_valid CHECK (civilservice.checked(
        VALUE IN ('dsp_documents', 'secret_documents', 'urgent_work'),
        'п. 12', 'recall_reason_valid', 'recall', 'unknown reason of a recall',
        'Value given: "' || VALUE || '".',
        'Use one of: dsp_documents, secret_documents, urgent_work.'));
COMMENT ON TYPE civilservice.recall_reason IS
  'п. 12: работа с документами с пометкой «Для служебного пользования», с секретными документами, выполнение непредвиденных срочных работ (с предварительным уведомлением)';
COMMENT ON CONSTRAINT recall_reason_valid ON DOMAIN civilservice.recall_reason IS 'п. 12: the accepted values (dsp_documents, secret_documents, urgent_work); any other is refused naming the point, with the list in the hint';
CREATE DOMAIN civilservice.recall_initiator AS text
    CONSTRAINT recall_initiator_valid CHECK (civilservice.checked(
        VALUE IN ('employer', 'direct_head_proposal'),
        'п. 12', 'recall_initiator_valid', 'recall', 'unknown initiator of a recall',
        'Value given: "' || VALUE || '".',
        'Use one of: employer, direct_head_proposal.'));
COMMENT ON TYPE civilservice.recall_initiator IS 'п. 12: по инициативе работодателя или по предложению непосредственного руководителя';
COMMENT ON CONSTRAINT recall_initiator_valid ON DOMAIN civilservice.recall_initiator IS 'п. 12: the accepted values (employer, direct_head_proposal); any other is refused naming the point, with the list in the hint';

-- The rules of п. 12 that read other rows. That urgent work is notified
-- before the report time is the CHECK recall_urgent_notice; the minimum
-- notice a body sets, a rule parameter, is checked here under the same name.
-- A proposal must come from the recalled employee's direct head on the day
-- of the proposal (proposed_on, by default the report day): direct_head()
-- reads the organisation (src/org/org.sql) under the body's shared
-- organisation lock, so a concurrent change of the units or heads waits for
-- the recall and the recall sees the organisation as committed.
CREATE FUNCTION civilservice.recall_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    a civilservice.act;
    term daterange;
    listed boolean;
    tz text;
    report_day date;
    proposal_day date;
    head bigint;
    min_notice numeric;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'recall' THEN
        RAISE EXCEPTION 'recall_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.recall'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT b.time_zone INTO tz FROM civilservice.state_body b WHERE b.id = NEW.state_body_id;
    report_day := (NEW.report_at AT TIME ZONE coalesce(tz, 'Asia/Almaty'))::date;

    -- Recalls only inside employment: the recalled employee, and the
    -- proposer, employed on the report day.
    IF NOT EXISTS (SELECT 1 FROM civilservice.employee e
                    WHERE e.state_body_id = NEW.state_body_id AND e.id = NEW.employee_id
                      AND daterange(e.employed_from, e.employed_to, '[]') @> report_day) THEN
        PERFORM civilservice.refuse('п. 12', 'check_violation', 'recall_employed', 'recall',
            'only an employee of the body is recalled',
            format('Employee %s of state body %s is not employed on %s, the report day.',
                   coalesce(civilservice.employee_name(NEW.state_body_id, NEW.employee_id), NEW.employee_id::text),
                   NEW.state_body_id, report_day),
            'Check the employee and the report time; a person no longer (or not yet) employed is not recalled.');
    END IF;

    SELECT * INTO a FROM civilservice.act WHERE state_body_id = NEW.state_body_id AND id = NEW.act_id;
    SELECT true, ae.effective_term INTO listed, term FROM civilservice.act_employee ae
     WHERE ae.state_body_id = NEW.state_body_id AND ae.act_id = NEW.act_id AND ae.employee_id = NEW.employee_id;
    IF a.regime IS NULL OR a.regime = 'flexible' OR term IS NULL OR NOT term @> report_day THEN
        PERFORM civilservice.refuse('п. 12', 'check_violation', 'recall_on_remote_act', 'recall',
            'only an employee on a signed remote or combined remote act covering the report time is recalled',
            CASE WHEN a.regime IS NULL THEN
                     format('State body %s has no act %s.', NEW.state_body_id, NEW.act_id)
                 WHEN listed IS NULL THEN
                     format('Employee %s is not on the list of act %s (%s, %s); report on %s.',
                            NEW.employee_id, a.number, a.regime, a.status, report_day)
                 ELSE
                     format('Employee %s, act %s (%s, %s), in effect %s; report on %s.',
                            NEW.employee_id, a.number, a.regime, a.status, coalesce(term::text, 'never'), report_day)
            END,
            'An employee who is not working remotely on that day is simply expected at the workplace.');
    END IF;

    IF NEW.proposed_by IS NOT NULL THEN
        proposal_day := coalesce(NEW.proposed_on, report_day);
        IF proposal_day > report_day THEN
            PERFORM civilservice.refuse('п. 12', 'check_violation', 'recall_proposed_on', 'recall',
                'the proposal of a recall precedes the recall',
                format('Proposed on %s, report on %s.', proposal_day, report_day),
                'Give the day the direct head made the proposal (proposed_on), at the latest the report day.');
        END IF;
        PERFORM civilservice.org_lock(NEW.state_body_id, false);
        head := civilservice.direct_head(NEW.state_body_id, NEW.employee_id, proposal_day);
        IF NEW.proposed_by = NEW.employee_id THEN
            PERFORM civilservice.refuse('п. 12', 'check_violation', 'recall_proposed_by', 'recall',
                'an employee does not propose their own recall: the proposal is the direct head''s',
                format('Employee %s is named as the proposer of their own recall; the direct head on %s is %s.',
                       civilservice.employee_name(NEW.state_body_id, NEW.employee_id), proposal_day,
                       coalesce('employee ' || civilservice.employee_name(NEW.state_body_id, head), 'not known')),
                'Name the direct head in proposed_by, or record the recall as the employer''s own (initiated_by = ''employer'', proposed_by NULL).');
        END IF;
        IF head IS DISTINCT FROM NEW.proposed_by THEN
            PERFORM civilservice.refuse('п. 12', 'check_violation', 'recall_proposed_by', 'recall',
                'only the recalled employee''s direct head proposes a recall',
                format('Employee %s on %s: the proposal names employee %s, but %s.',
                       civilservice.employee_name(NEW.state_body_id, NEW.employee_id), proposal_day,
                       coalesce(civilservice.employee_name(NEW.state_body_id, NEW.proposed_by), NEW.proposed_by::text),
                       coalesce('the direct head that day is employee ' || civilservice.employee_name(NEW.state_body_id, head),
                                'no direct head is known that day (no unit, no head above it and no first head recorded)')),
                'Name the direct head in proposed_by, or record the recall as the employer''s own (initiated_by = ''employer'', proposed_by NULL); if the organisation is out of date, record the unit and its head first (org_unit_member, org_unit_head, first_head).');
        END IF;
        IF NOT EXISTS (SELECT 1 FROM civilservice.employee e
                        WHERE e.state_body_id = NEW.state_body_id AND e.id = NEW.proposed_by
                          AND daterange(e.employed_from, e.employed_to, '[]') @> report_day) THEN
            PERFORM civilservice.refuse('п. 12', 'check_violation', 'recall_employed', 'recall',
                'the direct head who proposed a recall is employed on the report day',
                format('Employee %s proposed the recall of employee %s on %s but is not employed on %s, the report day.',
                       civilservice.employee_name(NEW.state_body_id, NEW.proposed_by),
                       civilservice.employee_name(NEW.state_body_id, NEW.employee_id), proposal_day, report_day),
                'Record the recall as the employer''s own (initiated_by = ''employer'', proposed_by NULL), or on the proposal of the present direct head.');
        END IF;
    END IF;

    IF NEW.reason = 'urgent_work' AND NEW.notified_at < NEW.report_at THEN
        min_notice := civilservice.rule_parameter_value('urgent_recall_notice_minutes', report_day);
        IF NEW.notified_at > NEW.report_at - make_interval(mins => min_notice::int) THEN
            PERFORM civilservice.refuse('п. 12', 'check_violation', 'recall_urgent_notice', 'recall',
                'a recall for unforeseen urgent work needs advance notice',
                format('Notified at %s, report at %s; minimum notice %s minutes.', NEW.notified_at, NEW.report_at, min_notice),
                'Notify the employee first and set notified_at, with report_at late enough after it.');
        END IF;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.recall_check() IS
  'Trigger: п. 12 — a recall concerns an employee employed and on a signed remote or combined remote act on the report day (recall_employed, recall_on_remote_act); a recall on the proposal of the direct head is proposed by the recalled employee''s direct head on the day of the proposal, never by the employee, and the proposer is employed on the report day (recall_proposed_by, recall_proposed_on, recall_employed); urgent work is notified at least the minimum notice in force before the report time (that it is notified before it at all is the CHECK recall_urgent_notice)';
