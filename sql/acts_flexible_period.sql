-- п. 14, 15, 16, 17, 18: flexible time from an application, capped at six months.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
-- regress.try(stmt): runs stmt and says whether it was accepted or refused,
-- with the SQLSTATE, the constraint, the message, the detail and the hint.
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (802, '040540001012', 'Министерство');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized, follows_reglament) VALUES
 (802, 1, '900101400023', '2020-01-01', 'Ответственный секретарь', true, false),
 (802, 2, '880202300037', '2020-01-01', 'Ахметова', false, false),
 (802, 4, '870404500059', '2020-01-01', 'Дежурный', false, true);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;

-- п. 18: an application for more than six months is refused
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (802, 1, 2, '2026-01-09 10:00+05', 'e_qyzmet', 'уход за ребёнком',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-02-01,2026-08-02)');
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (802, 1, 2, '2026-01-09 10:00+05', 'e_qyzmet', 'уход за ребёнком',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-02-01,2026-08-01)');
-- approval only by an act
UPDATE civilservice.flexible_application SET status = 'approved' WHERE id = 1;

INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (802, 20, '5-ГР', '2026-01-20', 1, 'flexible', 'application', 'Заявление от 09.01.2026',
        '[2026-02-01,2026-08-02)', 'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
-- п. 15: an employee without an application; п. 14: a reglament employee
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (802, 20, 4);
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (802, 20, 2);
-- six months and one day: refused (п. 18), and no application (п. 15)
UPDATE civilservice.act SET status = 'signed' WHERE id = 20;
SELECT * FROM civilservice.validate_act(802, 20);
UPDATE civilservice.act_employee SET application_id = 1 WHERE act_id = 20;
UPDATE civilservice.act SET term = '[2026-02-01,2026-08-01)' WHERE id = 20;
UPDATE civilservice.act SET status = 'signed' WHERE id = 20;
SELECT id, status, decided_at IS NOT NULL AS decided FROM civilservice.flexible_application WHERE state_body_id = 802;
SELECT employee_id, regime_group, effective_term FROM civilservice.act_employee WHERE act_id = 20;
-- п. 18: extensions by agreement of the parties
INSERT INTO civilservice.act_extension (state_body_id, act_id, agreement_ref, agreement_date, period)
VALUES (802, 20, 'Соглашение № 1', '2026-07-20', '[2026-08-02,2026-10-01)');
INSERT INTO civilservice.act_extension (state_body_id, act_id, agreement_ref, agreement_date, period)
VALUES (802, 20, 'Соглашение № 1', '2026-07-20', '[2026-08-01,2027-02-02)');
-- п. 18: refused — agreed on 3 August, after the period ended on 31 July
SELECT * FROM regress.try($$INSERT INTO civilservice.act_extension (state_body_id, act_id, agreement_ref, agreement_date, period)
                            VALUES (802, 20, 'Соглашение № 1', '2026-08-03', '[2026-08-01,2027-02-01)')$$) \gx
-- accepted: agreed on 31 July, the last day of the period
INSERT INTO civilservice.act_extension (state_body_id, act_id, agreement_ref, agreement_date, period)
VALUES (802, 20, 'Соглашение № 1', '2026-07-31', '[2026-08-01,2027-02-01)');
SELECT employee_id, effective_term FROM civilservice.act_employee WHERE act_id = 20;
DELETE FROM civilservice.act_extension WHERE act_id = 20;
-- п. 14: refused — Ахметова's working time now follows the reglament: never extended
UPDATE civilservice.employee SET follows_reglament = true WHERE state_body_id = 802 AND id = 2;
SELECT * FROM regress.try($$INSERT INTO civilservice.act_extension (state_body_id, act_id, employee_id, agreement_ref, agreement_date, period)
                            VALUES (802, 20, 2, 'Соглашение № 2', '2027-01-20', '[2027-02-01,2027-03-01)')$$) \gx
SELECT employee_id, effective_term FROM civilservice.act_employee WHERE act_id = 20;
ROLLBACK;
