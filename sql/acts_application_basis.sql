-- п. 15: the application is the basis of a flexible act. The act is dated on
-- or after the day the application was received (in the body's time zone),
-- its term lies within the period applied for, its fixed working time is the
-- schedule applied for or the difference has a reason; the application of a
-- signed act is frozen; rejected and withdrawn are final. п. 15 part 2 (order
-- No. 52 of 31.03.2026): from 11.07.2026 only Е-кызмет or the HR system.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
-- regress.try(stmt): runs stmt and says whether it was accepted or refused,
-- with the SQLSTATE, the constraint, the message, the detail and the hint.
\x on
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (808, '040540001121', 'Управление цифровизации');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (808, 1, '900101400023', '2020-01-01', 'Руководитель управления', true),
 (808, 2, '880202300037', '2020-01-01', 'Абенова', false),
 (808, 3, '910303400043', '2020-01-01', 'Серикбаев', false),
 (808, 4, '870404500059', '2020-01-01', 'Омарова', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;

-- received at 01:00 on 11 March in Astana (20:00 UTC on 10 March)
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (808, 1, 2, '2026-03-10 20:00+00', 'e_qyzmet', 'уход за ребёнком',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-04-01,2026-10-01)');
SELECT application_id, received_on FROM civilservice.application_queue WHERE state_body_id = 808;
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (808, 1, 'ГР-1', '2026-03-10', 1, 'flexible', 'application', 'Заявление Абеновой', '[2026-04-01,2026-07-01)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (808, 1, 2, 1);
-- refused: the act is dated 10 March, the application was received on 11 March
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 808 AND id = 1$$);
-- accepted: dated the day it was received
UPDATE civilservice.act SET act_date = '2026-03-11' WHERE state_body_id = 808 AND id = 1;
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 808 AND id = 1$$);

-- the term within the period applied for, the schedule applied for
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (808, 2, 3, '2026-03-12 09:00+05', 'hr_information_system', 'учёба в магистратуре',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-04-01,2026-06-01)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (808, 2, 'ГР-2', '2026-03-20', 1, 'flexible', 'application', 'Заявление Серикбаева', '[2026-04-01,2026-07-01)',
        'start 07:30-09:30, core 09:30-16:30, end 16:30-18:30, break 13:00-14:00, hours 8');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (808, 2, 3, 2);
-- refused: a period never asked for, and another fixed working time without a reason
SELECT * FROM civilservice.validate_act(808, 2);
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 808 AND id = 2$$);
UPDATE civilservice.act SET term = '[2026-04-01,2026-06-01)' WHERE state_body_id = 808 AND id = 2;
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 808 AND id = 2$$);
-- refused: a blank reason is no reason
SELECT * FROM regress.try($$UPDATE civilservice.act_employee SET schedule_difference_reason = ' ' WHERE state_body_id = 808 AND act_id = 2$$);
-- accepted: the reason of the difference is recorded on the list
UPDATE civilservice.act_employee SET schedule_difference_reason = 'Начало приёма граждан в 09:30; согласовано со служащим'
 WHERE state_body_id = 808 AND act_id = 2;
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 808 AND id = 2$$);
-- the reason is part of the signed act
SELECT * FROM regress.try($$UPDATE civilservice.act_employee SET schedule_difference_reason = 'другая' WHERE state_body_id = 808 AND act_id = 2$$);

-- an application a signed act rests on is frozen: refused, each of these
SELECT * FROM regress.try($$UPDATE civilservice.flexible_application SET employee_id = 4 WHERE state_body_id = 808 AND id = 1$$);
SELECT * FROM regress.try($$UPDATE civilservice.flexible_application SET status = 'withdrawn' WHERE state_body_id = 808 AND id = 1$$);
SELECT * FROM regress.try($$UPDATE civilservice.flexible_application SET requested_period = '[2026-05-01,2026-11-01)' WHERE state_body_id = 808 AND id = 1$$);
SELECT * FROM regress.try($$UPDATE civilservice.flexible_application SET channel = 'hr_information_system' WHERE state_body_id = 808 AND id = 1$$);
SELECT * FROM regress.try($$DELETE FROM civilservice.flexible_application WHERE state_body_id = 808 AND id = 1$$);
SELECT id, employee_id, status, requested_period FROM civilservice.flexible_application WHERE state_body_id = 808 AND id = 1;

-- rejected and withdrawn are final, and never the basis of an act
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period) VALUES
 (808, 3, 4, '2026-03-12 09:00+05', 'e_qyzmet', 'семейные обстоятельства', '09:00-18:00, break 13:00-14:00', '[2026-04-01,2026-05-01)'),
 (808, 4, 4, '2026-03-13 09:00+05', 'e_qyzmet', 'семейные обстоятельства', '09:00-18:00, break 13:00-14:00', '[2026-04-01,2026-05-01)');
-- accepted: an application nobody acted on yet may still be corrected, withdrawn, rejected
SELECT * FROM regress.try($$UPDATE civilservice.flexible_application SET reasons = 'семейные обстоятельства (уход за родителем)' WHERE state_body_id = 808 AND id = 3$$);
UPDATE civilservice.flexible_application SET status = 'withdrawn' WHERE state_body_id = 808 AND id = 3;
UPDATE civilservice.flexible_application SET status = 'rejected', rejection_reason = 'служебная необходимость' WHERE state_body_id = 808 AND id = 4;
-- refused: reopened
SELECT * FROM regress.try($$UPDATE civilservice.flexible_application SET status = 'received' WHERE state_body_id = 808 AND id = 3$$);
SELECT * FROM regress.try($$UPDATE civilservice.flexible_application SET status = 'received' WHERE state_body_id = 808 AND id = 4$$);
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (808, 3, 'ГР-3', '2026-03-20', 1, 'flexible', 'application', 'Заявление Омаровой', '[2026-04-01,2026-05-01)',
        '09:00-18:00, break 13:00-14:00');
-- refused: a rejected application, someone else's application
SELECT * FROM regress.try($$INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (808, 3, 4, 4)$$);
SELECT * FROM regress.try($$INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (808, 3, 4, 1)$$);
-- accepted: her new application
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (808, 5, 4, '2026-03-16 09:00+05', 'e_qyzmet', 'семейные обстоятельства', '09:00-18:00, break 13:00-14:00', '[2026-04-01,2026-05-01)');
SELECT * FROM regress.try($$INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (808, 3, 4, 5)$$);
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 808 AND id = 3$$);
SELECT id, status FROM civilservice.flexible_application WHERE state_body_id = 808 ORDER BY id;

-- п. 15 part 2: the channel, by the day the application is received (Astana time)
SELECT name, valid_from, value, rule_point, source FROM civilservice.rule_parameter
 WHERE name = 'application_electronic_only' ORDER BY valid_from;
-- accepted: on paper on 10 July 2026, the last day before the new wording
SELECT * FROM regress.try($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
                            VALUES (808, 6, 4, '2026-07-10 23:59+05', 'paper', 'семейные обстоятельства', '09:00-18:00, break 13:00-14:00', '[2026-08-01,2026-09-01)')$$);
-- refused: on paper from 11 July 2026
SELECT * FROM regress.try($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
                            VALUES (808, 7, 4, '2026-07-11 00:00+05', 'paper', 'семейные обстоятельства', '09:00-18:00, break 13:00-14:00', '[2026-08-01,2026-09-01)')$$);
-- accepted: through Е-кызмет from 11 July 2026
SELECT * FROM regress.try($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
                            VALUES (808, 8, 4, '2026-07-11 00:00+05', 'e_qyzmet', 'семейные обстоятельства', '09:00-18:00, break 13:00-14:00', '[2026-08-01,2026-09-01)')$$);
-- refused: a channel the Rules do not know is a refusal of п. 15, not an input error
SELECT * FROM regress.try($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
                            VALUES (808, 9, 4, '2026-03-11 10:00+05', 'fax', 'семейные обстоятельства', '09:00-18:00, break 13:00-14:00', '[2026-08-01,2026-09-01)')$$);
ROLLBACK;
