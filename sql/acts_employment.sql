-- п. 3.7, 6.2, 17.2, 18, 21: every check of an act uses the employment dates.
-- The issuer is an authorized person employed on the date of the act; every
-- listed employee is employed on the first day of the term; a participation
-- ends at dismissal, and a change of employment rewrites it (kept in history);
-- extensions and cancellations only inside employment.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
-- regress.try(stmt): runs stmt and says whether it was accepted or refused,
-- with the SQLSTATE, the constraint, the message, the detail and the hint.
\x on
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (807, '040540001111', 'Департамент кадров');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name, is_authorized) VALUES
 (807, 1, '900101400023', '2020-01-01', NULL, 'Руководитель аппарата', true),
 (807, 2, '880202300037', '2020-01-01', '2026-01-31', 'Прежний руководитель', true),
 (807, 3, '910303400043', '2020-01-01', NULL, 'Асылбекова', false),
 (807, 4, '870404500059', '2026-03-01', NULL, 'Новый сотрудник', false),
 (807, 6, '850515400121', '2020-01-01', NULL, 'Тулегенов', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;

-- п. 3.7: refused — the issuer was dismissed on 31 January, the act is dated 10 February
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (807, 1, 'R-1', '2026-02-10', 2, 'remote', 'agreement', 'Соглашение сторон', '[2026-04-01,2026-07-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (807, 1, 3), (807, 1, 6);
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 807 AND id = 1$$);
-- accepted: issued by the authorized person in office
UPDATE civilservice.act SET issued_by = 1 WHERE state_body_id = 807 AND id = 1;
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 807 AND id = 1$$);

-- п. 6.2: refused — employee 4 is hired on 1 March, the term starts on 2 February
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (807, 2, 'R-2', '2026-01-20', 1, 'combined_remote', 'agreement', 'Соглашение сторон', '[2026-02-02,2026-03-31)', 'дом / офис');
INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (807, 2, 1);
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (807, 2, 4);
SELECT * FROM civilservice.validate_act(807, 2);
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 807 AND id = 2$$);
-- accepted: the term starts on the day of hiring
UPDATE civilservice.act SET term = '[2026-03-01,2026-03-31)' WHERE state_body_id = 807 AND id = 2;
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 807 AND id = 2$$);
-- refused as well: a term that starts after the dismissal
UPDATE civilservice.employee SET employed_to = '2026-12-31' WHERE state_body_id = 807 AND id = 4;
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (807, 3, 'R-3', '2026-12-01', 1, 'remote', 'agreement', 'Соглашение сторон', '[2027-01-10,2027-02-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (807, 3, 4);
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 807 AND id = 3$$);

-- the participation ends at dismissal: Тулегенов is dismissed on 15 May, in
-- the middle of R-1; his days in effect end with it in the same transaction
SELECT employee_id, effective_term FROM civilservice.act_employee WHERE state_body_id = 807 AND act_id = 1 ORDER BY 1;
UPDATE civilservice.employee SET employed_to = '2026-05-15' WHERE state_body_id = 807 AND id = 6;
SELECT employee_id, effective_term FROM civilservice.act_employee WHERE state_body_id = 807 AND act_id = 1 ORDER BY 1;
SELECT count(*) AS stored_equals_derived FROM civilservice.act_employee ae
  JOIN LATERAL civilservice.participation_days(ae.state_body_id, ae.act_id) d ON d.employee_id = ae.employee_id
 WHERE ae.state_body_id = 807 AND (ae.regime_group, ae.effective_term) IS NOT DISTINCT FROM (d.regime_group, d.effective_term);
-- the rewrite of the derived row is traceable next to the change of the employee
SELECT table_name, row_key, operation, old_row ->> 'effective_term' AS old_term, new_row ->> 'effective_term' AS new_term
  FROM civilservice.history
 WHERE (table_name = 'act_employee' AND old_row ->> 'state_body_id' = '807')
    OR (table_name = 'employee' AND row_key = '6' AND old_row ->> 'state_body_id' = '807')
 ORDER BY id;
-- the dismissal corrected to a later day: the days follow again
UPDATE civilservice.employee SET employed_to = '2026-06-10' WHERE state_body_id = 807 AND id = 6;
SELECT employee_id, effective_term FROM civilservice.act_employee WHERE state_body_id = 807 AND act_id = 1 AND employee_id = 6;

-- п. 18: extensions only inside employment. A flexible act for Асылбекова and Тулегенов.
UPDATE civilservice.employee SET employed_to = NULL WHERE state_body_id = 807 AND id = 6;
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period) VALUES
 (807, 1, 3, '2026-03-10 10:00+05', 'e_qyzmet', 'уход за ребёнком', '09:00-18:00, break 13:00-14:00', '[2026-04-01,2026-10-01)'),
 (807, 2, 6, '2026-03-10 11:00+05', 'e_qyzmet', 'учёба', '09:00-18:00, break 13:00-14:00', '[2026-04-01,2026-10-01)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (807, 4, 'F-1', '2026-03-16', 1, 'flexible', 'application', 'Заявления от 10.03.2026', '[2026-04-01,2026-10-01)',
        '09:00-18:00, break 13:00-14:00');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (807, 4, 3, 1), (807, 4, 6, 2);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 807 AND id = 4;
-- Тулегенов is dismissed on 31 August
UPDATE civilservice.employee SET employed_to = '2026-08-31' WHERE state_body_id = 807 AND id = 6;
-- refused: his period is not extended past the dismissal
SELECT * FROM regress.try($$INSERT INTO civilservice.act_extension (state_body_id, id, act_id, employee_id, agreement_ref, agreement_date, period)
                            VALUES (807, 1, 4, 6, 'Соглашение № 2', '2026-08-20', '[2026-10-01,2027-01-01)')$$);
-- accepted: the act is extended for those still employed
SELECT * FROM regress.try($$INSERT INTO civilservice.act_extension (state_body_id, id, act_id, agreement_ref, agreement_date, period)
                            VALUES (807, 2, 4, 'Соглашение № 3', '2026-09-20', '[2026-10-01,2027-01-01)')$$);
SELECT employee_id, effective_term FROM civilservice.act_employee WHERE state_body_id = 807 AND act_id = 4 ORDER BY 1;

-- п. 21: cancellations only inside employment
-- refused: after the dismissal there is nothing left to cancel
SELECT * FROM regress.try($$INSERT INTO civilservice.participation_cancellation (state_body_id, id, act_id, employee_id, cancelled_on, reason, cancelled_by)
                            VALUES (807, 1, 4, 6, '2026-09-10', 'систематическое нарушение', 1)$$);
-- refused: the person who decides was dismissed before the day of the cancellation
SELECT * FROM regress.try($$INSERT INTO civilservice.participation_cancellation (state_body_id, id, act_id, employee_id, cancelled_on, reason, cancelled_by)
                            VALUES (807, 1, 4, 3, '2026-11-02', 'систематическое нарушение', 2)$$);
-- accepted: the authorized person in office
SELECT * FROM regress.try($$INSERT INTO civilservice.participation_cancellation (state_body_id, id, act_id, employee_id, cancelled_on, reason, cancelled_by)
                            VALUES (807, 1, 4, 3, '2026-11-02', 'систематическое нарушение', 1)$$);
SELECT employee_id, effective_term FROM civilservice.act_employee WHERE state_body_id = 807 AND act_id = 4 ORDER BY 1;
ROLLBACK;
