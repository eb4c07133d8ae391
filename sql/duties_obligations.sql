-- п. 22: every employee on a remote, combined remote or flexible act has
-- acknowledged the obligations of п. 22 — in the wording in force on the
-- act date — before the act is signed. Order No. 52 gives п. 22 a new
-- wording from 11.07.2026: an acknowledgement of the original one covers an
-- act dated 2026-07-10, not one dated 2026-07-11.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
-- a statement's refusal: SQLSTATE, constraint, message, detail, hint

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (813, '040540001002', 'Управление');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (813, 1, '900101400023', '2020-01-01', 'Руководитель управления', true),
 (813, 2, '880202300037', '2020-01-01', 'Абенов', false),
 (813, 3, '910303400043', '2020-01-01', 'Жумабаева', false),
 (813, 4, '870404500059', '2020-01-01', 'Ким', false);
-- Абенов has acknowledged the original wording of п. 22 (row 7), the others nothing yet
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, id, employee_id, rule_wording_id, acknowledged_on, channel, document)
VALUES (813, 1, 2, 7, '2025-09-01', 'paper', 'Лист ознакомления № 31');

-- an act dated 2026-07-10 for Абенов and Жумабаева
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (813, 1, '10-ДР', '2026-07-10', 1, 'remote', 'agreement', 'Соглашение от 09.07.2026', '[2026-07-13,2026-08-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (813, 1, 2), (813, 1, 3);
SELECT * FROM civilservice.unacknowledged_employees(813, 1);
\x on
-- refused: Жумабаева has not acknowledged п. 22
SELECT * FROM regress.refusal($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 813 AND id = 1$$);
\x off
-- she acknowledges the original wording on the day of the act: accepted
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, id, employee_id, rule_wording_id, acknowledged_on, channel, document)
VALUES (813, 2, 3, 7, '2026-07-10', 'e_qyzmet', 'Электронный лист ознакомления № 77');
SELECT count(*) AS unacknowledged FROM civilservice.unacknowledged_employees(813, 1);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 813 AND id = 1;
SELECT number, act_date, status FROM civilservice.act WHERE state_body_id = 813 AND id = 1;

-- an act dated 2026-07-11 for Абенов: the original wording no longer covers it
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (813, 2, '11-КДР', '2026-07-11', 1, 'combined_remote', 'agreement', 'Соглашение от 10.07.2026', '[2026-08-01,2026-10-01)', 'дом / офис');
INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (813, 2, 1);
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (813, 2, 2);
SELECT * FROM civilservice.unacknowledged_employees(813, 2);
SELECT * FROM civilservice.unacknowledged_employees(813, 2, '2026-07-10') AS on_the_day_before;
\x on
SELECT * FROM regress.refusal($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 813 AND id = 2$$);
-- an acknowledgement of the new wording dated after the act does not cover it either
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, id, employee_id, rule_wording_id, acknowledged_on, channel, document)
VALUES (813, 3, 2, 8, '2026-07-14', 'paper', 'Лист ознакомления № 40');
SELECT * FROM regress.refusal($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 813 AND id = 2$$);
-- dated before the order was adopted: refused
SELECT * FROM regress.refusal($$UPDATE civilservice.obligation_acknowledgement SET acknowledged_on = '2026-03-30' WHERE state_body_id = 813 AND id = 3$$);
-- a wording of another point: refused
SELECT * FROM regress.refusal($$INSERT INTO civilservice.obligation_acknowledgement (state_body_id, id, employee_id, rule_wording_id, acknowledged_on, channel, document)
    VALUES (813, 9, 4, 4, '2026-07-01', 'paper', 'Лист ознакомления № 41')$$);
-- no document: refused
SELECT * FROM regress.refusal($$INSERT INTO civilservice.obligation_acknowledgement (state_body_id, id, employee_id, rule_wording_id, acknowledged_on, channel, document)
    VALUES (813, 9, 4, 8, '2026-07-01', 'paper', ' ')$$);
-- acknowledged before the act (the order of 31.03.2026 is known in advance): accepted, and the act signs
SELECT * FROM regress.refusal($$UPDATE civilservice.obligation_acknowledgement SET acknowledged_on = '2026-07-01' WHERE state_body_id = 813 AND id = 3$$);
SELECT * FROM regress.refusal($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 813 AND id = 2$$);

-- an acknowledgement an act was signed on is evidence: never changed or deleted
SELECT * FROM regress.refusal($$DELETE FROM civilservice.obligation_acknowledgement WHERE state_body_id = 813 AND id = 2$$);
SELECT * FROM regress.refusal($$UPDATE civilservice.obligation_acknowledgement SET document = 'иное' WHERE state_body_id = 813 AND id = 3$$);
\x off

-- п. 22 covers flexible time too (chapter 4 of the Rules)
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (813, 1, 4, '2026-07-01 10:00+05', 'e_qyzmet', 'учёба',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-08-01,2026-12-01)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (813, 3, '12-ГР', '2026-07-15', 1, 'flexible', 'application', 'Заявление от 01.07.2026', '[2026-08-01,2026-12-01)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (813, 3, 4, 1);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 813 AND id = 3;
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, id, employee_id, rule_wording_id, acknowledged_on, channel, document)
VALUES (813, 4, 4, 8, '2026-07-15', 'hr_information_system', 'Лист ознакомления в ИС кадровой службы № 5');
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 813 AND id = 3;
-- one not yet relied on may be corrected or withdrawn
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, id, employee_id, rule_wording_id, acknowledged_on, channel, document)
VALUES (813, 5, 1, 8, '2026-07-20', 'paper', 'Лист ознакомления № 50');
UPDATE civilservice.obligation_acknowledgement SET document = 'Лист ознакомления № 50/1' WHERE state_body_id = 813 AND id = 5;
DELETE FROM civilservice.obligation_acknowledgement WHERE state_body_id = 813 AND id = 5;
SELECT table_name, row_key, operation, old_row ->> 'document' AS old_document FROM civilservice.history
 WHERE table_name = 'obligation_acknowledgement' ORDER BY id;

-- an incomplete act is refused for what it lacks first (act_sign), then for п. 22;
-- the date being signed counts, even when the signing statement sets it
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES (813, 5, '850505400058', '2020-01-01', 'Сапаров');
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, id, employee_id, rule_wording_id, acknowledged_on, channel, document)
VALUES (813, 6, 5, 7, '2026-07-01', 'paper', 'Лист ознакомления № 52');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term)
VALUES (813, 4, '13-ДР', '2026-07-20', 1, 'remote', 'agreement', 'Соглашение', '[2026-10-01,2026-11-01)');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (813, 4, 5);
SELECT r.code, r.constraint_name
  FROM (VALUES (1, $$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 813 AND id = 4$$),
               (2, $$UPDATE civilservice.act SET status = 'signed', place_of_work = 'дом' WHERE state_body_id = 813 AND id = 4$$),
               (3, $$UPDATE civilservice.act SET status = 'signed', place_of_work = 'дом', act_date = '2026-07-09' WHERE state_body_id = 813 AND id = 4$$)) s (n, stmt)
  CROSS JOIN LATERAL regress.refusal(s.stmt) r ORDER BY s.n;
SELECT number, act_date, status FROM civilservice.act WHERE state_body_id = 813 AND id = 4;
ROLLBACK;
