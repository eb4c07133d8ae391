-- п. 12: recalls to the workplace; п. 13 and regimes_on(): flexible time next to remote work;
-- п. 10: the controllers of the employees on acts.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'Asia/Almaty';
-- A refused statement shows its SQLSTATE, constraint, message, detail and hint.
CREATE FUNCTION pg_temp.refused(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; c text; m text; d text; h text;
BEGIN
    EXECUTE stmt;
    RETURN 'accepted';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, c = CONSTRAINT_NAME, m = MESSAGE_TEXT,
                            d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
    RETURN format(E'SQLSTATE %s, constraint %s\n%s\nDETAIL: %s\nHINT: %s', st, c, m, d, h);
END $$;
\pset format unaligned
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (804, '040540001052', 'Управление');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (804, 1, '900101400023', '2020-01-01', 'Руководитель управления', true),
 (804, 2, '880202300037', '2020-01-01', 'Касымов', false),
 (804, 3, '910303400043', '2020-01-01', 'Ермекова', false),
 (804, 5, '750314310003', '2020-01-01', 'Начальник отдела', false),
 (804, 6, '780621410000', '2020-01-01', 'Председатель', true);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
-- The organisation: Управление (head: 1) → Отдел (head: 5 until 15 March 2026, then Ермекова);
-- Касымов works in Отдел; the first head of the body is 6.
INSERT INTO civilservice.org_unit (state_body_id, id, name_ru, parent_id) VALUES
 (804, 1, 'Управление', NULL), (804, 2, 'Отдел', 1);
INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES
 (804, 1, 1, '[2024-01-01,)'), (804, 2, 5, '[2024-01-01,2026-03-15)'), (804, 2, 3, '[2026-03-15,)');
INSERT INTO civilservice.org_unit_member (state_body_id, employee_id, unit_id, period) VALUES
 (804, 2, 2, '[2024-01-01,)'), (804, 3, 2, '[2024-01-01,)'), (804, 5, 2, '[2024-01-01,)');
INSERT INTO civilservice.first_head (state_body_id, employee_id, period) VALUES (804, 6, '[2024-01-01,)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work, control_procedure)
VALUES (804, 40, '7-ДР', '2026-02-01', 1, 'remote', 'agreement', 'Соглашение от 30.01.2026', '[2026-02-02,2026-04-01)', 'дом',
        'Ежедневный отчёт руководителю отдела');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (804, 40, 2);
UPDATE civilservice.act SET status = 'signed' WHERE id = 40;

-- п. 13: flexible time on top of remote work is allowed
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (804, 4, 2, '2026-02-03 09:30+05', 'hr_information_system', 'учёба',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-03-01,2026-06-01)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (804, 41, '8-ГР', '2026-02-10', 1, 'flexible', 'application', 'Заявление', '[2026-03-01,2026-06-01)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (804, 41, 2, 4);
UPDATE civilservice.act SET status = 'signed' WHERE id = 41;
SELECT employee_id, full_name, regime, act_number, basis, term FROM civilservice.regimes_on('2026-03-10') WHERE state_body_id = 804;

-- п. 10: who controls Касымов's working time: the head of his unit; on the day it changes, the new head.
SELECT employee_id, act_number, regime, control_procedure, unit_name, unit_head_name, direct_head_name, controller_id, controller_name
  FROM civilservice.controllers_on('2026-03-10', 804);
SELECT employee_id, act_number, unit_head_id, direct_head_id, controller_id FROM civilservice.controllers_on('2026-03-16', 804);

-- п. 12: recall for secret documents, by the employer
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (804, 40, 2, 'employer', 'secret_documents', '2026-03-10 10:00+05');
-- urgent work without notice: refused
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 5, 'urgent_work', '2026-03-11 10:00+05')$$) AS refused;
-- notice after the report time: refused
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, notified_at, report_at)
VALUES (804, 40, 2, 'employer', 'urgent_work', '2026-03-11 10:05+05', '2026-03-11 10:00+05')$$) AS refused;
-- with notice: accepted
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, notified_at, report_at)
VALUES (804, 40, 2, 'employer', 'urgent_work', '2026-03-11 08:00+05', '2026-03-11 10:00+05');
-- a body that sets a minimum notice of two hours (a later valid_from changes no earlier decision)
INSERT INTO civilservice.rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('urgent_recall_notice_minutes', '2026-03-15', 120, 'minutes', 'п. 12', 'Не менее двух часов', 'Приказ органа');
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, notified_at, report_at)
VALUES (804, 40, 2, 'employer', 'urgent_work', '2026-03-16 08:30+05', '2026-03-16 10:00+05')$$) AS refused;
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, notified_at, report_at)
VALUES (804, 40, 2, 'employer', 'urgent_work', '2026-03-16 07:30+05', '2026-03-16 10:00+05');
-- the recall ends after the report time
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at, until)
VALUES (804, 40, 2, 'employer', 'dsp_documents', '2026-03-17 10:00+05', '2026-03-17 09:00+05')$$) AS refused;
-- after the act ended, or on a flexible act: no recall
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (804, 40, 2, 'employer', 'dsp_documents', '2026-04-01 10:00+05')$$) AS refused;
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (804, 41, 2, 'employer', 'dsp_documents', '2026-03-10 10:00+05')$$) AS refused;

-- п. 12: «по предложению непосредственного руководителя»
-- accepted: proposed by Касымов's direct head that day, the head of Отдел
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 5, 'dsp_documents', '2026-03-12 10:00+05');
-- refused: the head of the unit above is not the direct head
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 1, 'dsp_documents', '2026-03-12 11:00+05')$$) AS refused;
-- refused: the employee cannot propose their own recall
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 2, 'dsp_documents', '2026-03-12 11:00+05')$$) AS refused;
-- refused: a proposal that names nobody; a proposer on a recall by the employer
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 'dsp_documents', '2026-03-12 11:00+05')$$) AS refused;
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (804, 40, 2, 'employer', 5, 'dsp_documents', '2026-03-12 11:00+05')$$) AS refused;
-- from 15 March Ермекова heads Отдел: the former head's proposal for 16 March is refused, hers accepted
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 5, 'secret_documents', '2026-03-16 11:00+05')$$) AS refused;
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 3, 'secret_documents', '2026-03-16 11:00+05');
-- a proposal made on 13 March, while 5 was the direct head, for a recall on 17 March: accepted
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, proposed_on, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 5, '2026-03-13', 'secret_documents', '2026-03-17 11:00+05');
-- refused: a proposal dated after the report day; a day of proposal without a proposer
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, proposed_on, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 3, '2026-03-19', 'secret_documents', '2026-03-18 11:00+05')$$) AS refused;
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_on, reason, report_at)
VALUES (804, 40, 2, 'employer', '2026-03-17', 'secret_documents', '2026-03-18 11:00+05')$$) AS refused;
-- refused: no direct head is known when the organisation does not place the employee
UPDATE civilservice.org_unit_member SET period = '[2024-01-01,2026-03-20)' WHERE state_body_id = 804 AND employee_id = 2;
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 3, 'secret_documents', '2026-03-20 11:00+05')$$) AS refused;
-- Recalls only inside employment: the proposer is dismissed before the report day ...
UPDATE civilservice.employee SET employed_to = '2026-03-18' WHERE state_body_id = 804 AND id = 5;
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, proposed_on, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 5, '2026-03-13', 'secret_documents', '2026-03-19 11:00+05')$$) AS refused;
-- ... and the recalled employee, dismissed, is not recalled
UPDATE civilservice.employee SET employed_to = '2026-03-24' WHERE state_body_id = 804 AND id = 2;
SELECT pg_temp.refused($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (804, 40, 2, 'employer', 'secret_documents', '2026-03-25 11:00+05')$$) AS refused;
SELECT employee_id, initiated_by, proposed_by, proposed_on, reason, notified_at, report_at
  FROM civilservice.recall WHERE state_body_id = 804 ORDER BY report_at;
ROLLBACK;
