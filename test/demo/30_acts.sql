-- The Rules in the database: one story, from an application to a recall.
\pset footer off
\set SHOW_CONTEXT never
SET search_path = civilservice, public;
SET datestyle = ISO;

INSERT INTO state_body (id, bin, name_ru) VALUES (300, '040540001092', 'Агентство по делам государственной службы (демо)');
INSERT INTO employee (state_body_id, id, iin, employed_from, full_name, is_authorized, follows_reglament) VALUES
 (300, 1, '900101400023', '2019-01-01', 'Руководитель аппарата', true, false),
 (300, 2, '880202300037', '2021-03-01', 'Сапарова Динара', false, false),
 (300, 3, '910303400043', '2022-06-01', 'Ержанов Арман', false, false),
 (300, 4, '870404500059', '2018-09-01', 'Дежурный оператор', false, true);
INSERT INTO obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, '2024-01-15', 'paper', 'Лист ознакомления с п. 22 Правил' FROM employee e JOIN rule_wording w ON w.point = 'п. 22' AND w.valid_from < '2026-07-11' WHERE e.state_body_id = 300;

\echo '--- п. 4, 6: a remote act by agreement is a draft first; signing checks its contents.'
INSERT INTO act (state_body_id, id, regime, number) VALUES (300, 1, 'remote', '15-ДР');
SELECT * FROM validate_act(300, 1);
\set ON_ERROR_STOP 0
UPDATE act SET status = 'signed' WHERE state_body_id = 300 AND id = 1;
\set ON_ERROR_STOP 1
UPDATE act SET act_date = '2026-02-02', issued_by = 1, basis = 'agreement', basis_text = 'Соглашение сторон от 30.01.2026',
       term = '[2026-02-02,2026-05-01)', place_of_work = 'г. Астана, по месту жительства'
 WHERE state_body_id = 300 AND id = 1;
INSERT INTO act_employee (state_body_id, act_id, employee_id) VALUES (300, 1, 3);
UPDATE act SET status = 'signed' WHERE state_body_id = 300 AND id = 1;
SELECT number, regime, basis, term, status, signed_at IS NOT NULL AS signed FROM act WHERE state_body_id = 300;

\echo '--- п. 15-16: Сапарова applies through Е-қызмет on Friday 20 March 2026, before Nauryz.'
INSERT INTO flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (300, 1, 2, '2026-03-20 17:45+05', 'e_qyzmet', 'уход за ребёнком',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-04-01,2026-10-01)');
SELECT full_name, channel, received_on, deadline, status FROM application_queue WHERE state_body_id = 300;

\echo '--- п. 17-18: the flexible act; six months and one day is refused.'
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (300, 2, '3-ГР', '2026-03-30', 1, 'flexible', 'application', 'Заявление от 20.03.2026', '[2026-04-01,2026-10-02)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO act_employee (state_body_id, act_id, employee_id, application_id) VALUES (300, 2, 2, 1);
\echo '--- п. 14: the duty operator works under the reglament and cannot be added.'
\set ON_ERROR_STOP 0
INSERT INTO act_employee (state_body_id, act_id, employee_id) VALUES (300, 2, 4);
UPDATE act SET status = 'signed' WHERE state_body_id = 300 AND id = 2;
\set ON_ERROR_STOP 1
UPDATE act SET term = '[2026-04-01,2026-10-01)' WHERE state_body_id = 300 AND id = 2;
UPDATE act SET status = 'signed' WHERE state_body_id = 300 AND id = 2;
SELECT full_name, status FROM application_queue WHERE state_body_id = 300;

\echo '--- п. 18: extended by agreement of the parties for a further period, again at most six months.'
SELECT flexible_period_last_day('2026-10-01') AS an_extension_from_1_october_lasts_at_most_until;
INSERT INTO act_extension (state_body_id, act_id, agreement_ref, agreement_date, period)
VALUES (300, 2, 'Соглашение о продлении № 1', '2026-09-20', '[2026-10-01,2027-04-01)');
SELECT employee_id, regime_group, effective_term FROM participation_days(300, 2);

\echo '--- п. 5: a quarantine; Ержанов is moved to remote work unilaterally after his act ends; the quarantine ends early.'
INSERT INTO emergency_case (state_body_id, id, kind, decided_by, decision_ref, starts_on)
VALUES (300, 300, 'quarantine', 'Главный государственный санитарный врач г. Астаны', 'Постановление № 12', '2026-05-01');
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, emergency_case_id, term, place_of_work)
VALUES (300, 3, '21-К', '2026-05-01', 1, 'remote', 'emergency', 300, '[2026-05-01,2026-08-01)', 'по месту жительства');
INSERT INTO act_employee (state_body_id, act_id, employee_id) VALUES (300, 3, 3);
UPDATE act SET status = 'signed' WHERE state_body_id = 300 AND id = 3;
UPDATE emergency_case SET ends_on = '2026-06-10' WHERE state_body_id = 300 AND id = 300;
SELECT number, term FROM act WHERE state_body_id = 300 AND id = 3;

\echo '--- п. 12: recalls; urgent work needs notice.'
\set ON_ERROR_STOP 0
INSERT INTO recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (300, 3, 3, 'employer', 'urgent_work', '2026-05-20 10:00+05');
\set ON_ERROR_STOP 1
INSERT INTO recall (state_body_id, act_id, employee_id, initiated_by, reason, notified_at, report_at)
VALUES (300, 3, 3, 'employer', 'urgent_work', '2026-05-20 08:00+05', '2026-05-20 10:00+05');

\echo '--- п. 13: who works how on 20 May 2026.'
SELECT full_name, regime, act_number, basis, term FROM regimes_on('2026-05-20') WHERE state_body_id = 300;
