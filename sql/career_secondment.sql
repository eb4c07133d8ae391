-- A secondment (P7, Концепция L469) in attendance: at the home body its days
-- are absent, kind secondment, read from the secondment itself (no copied
-- absence row), so they are no breach and no violation; at the host body the
-- seconded person is an employee of the host for the term (recorded with a
-- secondment_in event), whose badge events are accepted and measured as any
-- employee's.
SET datestyle = ISO;
SET intervalstyle = postgres;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'UTC';
INSERT INTO civilservice.state_body (id, bin, name_ru, time_zone, work_schedule) VALUES
 (1321, '040540001002', 'Агентство (направляющий орган)', 'Asia/Almaty', '09:00-18:00, break 13:00-14:00'),
 (1322, '040540001012', 'Министерство (принимающий орган)', 'Asia/Almaty', '09:00-18:00, break 13:00-14:00');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name, position) VALUES
 (1321, 1, '880202300037', '2020-01-01', NULL, 'Абенов', 'Главный эксперт');
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e
  JOIN civilservice.rule_wording w ON w.point = 'п. 22' WHERE e.state_body_id = 1321 ON CONFLICT DO NOTHING;

-- before the order is entered, the two weeks at the host read as no-shows at home, and violations are computed
SELECT civilservice.recompute_violations('2026-04-01', '2026-04-30', 1321) IS NOT NULL AS recomputed;
SELECT day, expected, absence, breaches FROM civilservice.attendance('2026-04-06', '2026-04-07', 1321, 1);
SELECT count(*) AS violations_before FROM civilservice.violation
 WHERE state_body_id = 1321 AND employee_id = 1 AND day BETWEEN '2026-04-06' AND '2026-04-17';

-- the secondment, 6–17 April 2026, to the ministry: the home body records it (one row)
INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, term, other_state_body_id, position, legal_basis)
VALUES (1321, 1, 1, 'secondment', '2026-04-01', '[2026-04-06,2026-04-18)', 1322, 'Главный эксперт', 'Приказ № 31-к от 01.04.2026');
SELECT employee_id AS emp, source_table, days FROM civilservice.violation_queue WHERE state_body_id = 1321 ORDER BY id;
SELECT civilservice.refresh_violations(1321) IS NOT NULL AS refreshed;
SELECT count(*) AS violations_after FROM civilservice.violation
 WHERE state_body_id = 1321 AND employee_id = 1 AND day BETWEEN '2026-04-06' AND '2026-04-17';
-- no absence row was copied: the days are absent, kind secondment; the day before and after are office days
SELECT count(*) AS absence_rows FROM civilservice.absence WHERE state_body_id = 1321;
SELECT day, expected, absence, breaches, time_worked AS worked
  FROM civilservice.attendance('2026-04-03', '2026-04-20', 1321, 1);

-- the host records the seconded person as its employee for the term, linked by a secondment_in event
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name, position) VALUES
 (1322, 7, '880202300037', '2026-04-06', '2026-04-17', 'Абенов (прикомандирован)', 'Главный эксперт');
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e
  JOIN civilservice.rule_wording w ON w.point = 'п. 22' WHERE e.state_body_id = 1322 ON CONFLICT DO NOTHING;
INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, term, other_state_body_id, legal_basis)
VALUES (1322, 1, 7, 'secondment_in', '2026-04-06', '[2026-04-06,2026-04-18)', 1321, 'Приказ № 31-к от 01.04.2026 (Агентство)');
-- the host's badge readers: 08:50–18:05 on every working day of the term, accepted
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id)
SELECT 1322, 7, (CAST(d AS date) + t.at) AT TIME ZONE 'Asia/Almaty', t.direction, 'host-gate-1'
  FROM generate_series(date '2026-04-06', date '2026-04-17', interval '1 day') d,
       (VALUES (time '08:50', 'in'), (time '18:05', 'out')) t(at, direction)
 WHERE extract(isodow FROM d) < 6;
SELECT count(*) AS host_events FROM civilservice.access_event WHERE state_body_id = 1322 AND employee_id = 7;
SELECT day, expected, absence, first_in::time AS first_in, last_out::time AS last_out, time_worked AS worked, breaches
  FROM civilservice.attendance('2026-04-06', '2026-04-20', 1322, 7);
SELECT civilservice.refresh_violations(1322) IS NOT NULL AS refreshed;
SELECT count(*) AS host_violations FROM civilservice.violation WHERE state_body_id = 1322;
-- a badge event at the host after the term is not of an employee of the host (п. 20)
SELECT outcome, sqlstate FROM regress.try($$INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id)
  VALUES (1322, 1, '2026-04-20 09:00+05', 'in', 'host-gate-1')$$) AS not_an_employee_of_the_host;

-- the secondment_in lies inside the host employment
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, term, other_state_body_id, legal_basis)
  VALUES (1322, 2, 7, 'secondment_in', '2026-04-01', '[2026-04-01,2026-04-18)', 1321, 'Приказ')$$) AS before_host_employment;

-- the secondment shortened to 6–10 April: the days after are office days at home again
UPDATE civilservice.career_event SET term = '[2026-04-06,2026-04-11)' WHERE state_body_id = 1321 AND id = 1;
SELECT day, expected, absence FROM civilservice.attendance('2026-04-09', '2026-04-14', 1321, 1);
-- deleted (its history is kept): no absent day remains
DELETE FROM civilservice.career_event WHERE state_body_id = 1321 AND id = 1;
SELECT count(*) FILTER (WHERE expected = 'absent') AS absent_days FROM civilservice.attendance('2026-04-06', '2026-04-17', 1321, 1);

ROLLBACK;
