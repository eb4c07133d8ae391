-- п. 12: recalls to the workplace; п. 13 and regimes_on(): flexible time next to remote work.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'Asia/Almaty';
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (804, '040540001052', 'Управление');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (804, 1, '900101400023', '2020-01-01', 'Руководитель управления', true),
 (804, 2, '880202300037', '2020-01-01', 'Касымов', false),
 (804, 3, '910303400043', '2020-01-01', 'Ермекова', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (804, 40, '7-ДР', '2026-02-01', 1, 'remote', 'agreement', 'Соглашение от 30.01.2026', '[2026-02-02,2026-04-01)', 'дом');
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

-- п. 12: recall for secret documents
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (804, 40, 2, 'employer', 'secret_documents', '2026-03-10 10:00+05');
-- urgent work without notice: refused
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (804, 40, 2, 'direct_head_proposal', 1, 'urgent_work', '2026-03-11 10:00+05');
-- notice after the report time: refused
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, notified_at, report_at)
VALUES (804, 40, 2, 'employer', 'urgent_work', '2026-03-11 10:05+05', '2026-03-11 10:00+05');
-- with notice: accepted
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, notified_at, report_at)
VALUES (804, 40, 2, 'employer', 'urgent_work', '2026-03-11 08:00+05', '2026-03-11 10:00+05');
-- a body that sets a minimum notice of two hours (a later valid_from changes no earlier decision)
INSERT INTO civilservice.rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('urgent_recall_notice_minutes', '2026-03-15', 120, 'minutes', 'п. 12', 'Не менее двух часов', 'Приказ органа');
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, notified_at, report_at)
VALUES (804, 40, 2, 'employer', 'urgent_work', '2026-03-16 08:30+05', '2026-03-16 10:00+05');
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, notified_at, report_at)
VALUES (804, 40, 2, 'employer', 'urgent_work', '2026-03-16 07:30+05', '2026-03-16 10:00+05');
-- after the act ended, or on a flexible act: no recall
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (804, 40, 2, 'employer', 'dsp_documents', '2026-04-01 10:00+05');
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (804, 41, 2, 'employer', 'dsp_documents', '2026-03-10 10:00+05');
SELECT employee_id, initiated_by, reason, notified_at, report_at FROM civilservice.recall WHERE state_body_id = 804 ORDER BY report_at;
ROLLBACK;
