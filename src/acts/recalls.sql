-- Recalls to the workplace (п. 12): by the employer or on the proposal of
-- the direct head, for documents marked «ДСП» or secret documents, or —
-- with advance notice — for unforeseen urgent work.

INSERT INTO civilservice.rule_parameter (id, name, valid_from, value, unit, rule_point, description, source, shipped) VALUES
 (5, 'urgent_recall_notice_minutes', '2023-06-11', 0, 'minutes', 'п. 12',
  'Минимальное предварительное уведомление о вызове на рабочее место для выполнения непредвиденных срочных работ: уведомление должно предшествовать времени явки не менее чем на столько минут (политика органа; по умолчанию — просто предшествовать)',
  'Правила, п. 12 (величину устанавливает государственный орган)', true);

CREATE TYPE civilservice.recall_reason AS ENUM ('dsp_documents', 'secret_documents', 'urgent_work');
COMMENT ON TYPE civilservice.recall_reason IS
  'п. 12: работа с документами с пометкой «Для служебного пользования», с секретными документами, выполнение непредвиденных срочных работ (с предварительным уведомлением)';
CREATE TYPE civilservice.recall_initiator AS ENUM ('employer', 'direct_head_proposal');
COMMENT ON TYPE civilservice.recall_initiator IS 'п. 12: по инициативе работодателя или по предложению непосредственного руководителя';

-- That urgent work is notified before the report time is the CHECK
-- recall_urgent_notice; the minimum notice a body sets, a rule parameter,
-- is checked here under the same name.
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
        PERFORM civilservice.refuse('п. 12', 'check_violation', 'recall_on_remote_act', 'recall',
            'only an employee on a signed remote or combined remote act covering the report time is recalled',
            format('Employee %s, act %s (%s, %s), in effect %s; report on %s.',
                   NEW.employee_id, a.number, a.regime, a.status, coalesce(term::text, 'never'), report_day),
            'An employee who is not working remotely on that day is simply expected at the workplace.');
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
  'Trigger: п. 12 — a recall concerns an employee on a signed remote or combined remote act on the report day; urgent work is notified at least the minimum notice in force before the report time (that it is notified before it at all is the CHECK recall_urgent_notice)';
