-- Working-time control (п. 9–11, 19–21): badge events, a week of attendance,
-- violations and the candidates for cancellation.
\pset footer off
\set SHOW_CONTEXT never
SET search_path = civilservice, public;
SET datestyle = ISO;
SET intervalstyle = postgres;

\echo '--- п. 20: a loading session starts by asking for the load statistics (this also loads the library, whose COPY filter'
\echo '--- skips resent events), then loads a week of Сапаровой''s entries and exits.'
SELECT * FROM access_event_load_stats();
COPY access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN WITH (FORMAT csv);
300,2,2026-04-13 08:45+05,in,gate-1
300,2,2026-04-13 17:45+05,out,gate-1
300,2,2026-04-14 10:25+05,in,gate-1
300,2,2026-04-14 18:40+05,out,gate-2
300,2,2026-04-15 08:30+05,in,gate-1
300,2,2026-04-15 15:00+05,out,gate-1
300,2,2026-04-16 08:50+05,in,gate-1
300,2,2026-04-16 11:00+05,out,gate-2
300,2,2026-04-16 13:30+05,in,gate-2
300,2,2026-04-16 18:00+05,out,gate-1
300,2,2026-04-17 09:00+05,in,gate-1
300,2,2026-04-17 18:00+05,out,gate-1
\.
\echo '--- ... and resends part of it the next morning, with a late event for Friday:'
COPY access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN WITH (FORMAT csv);
300,2,2026-04-17 09:00+05,in,gate-1
300,2,2026-04-17 13:02+05,out,gate-2
300,2,2026-04-17 13:55+05,in,gate-2
\.
SELECT count(*) AS events_stored FROM access_event WHERE state_body_id = 300;

\echo '--- Her week under flexible time (fixed working time 10:00-17:00, start 08:00-10:00, end 17:00-19:00),'
\echo '--- by the one-employee form attendance(from_day, to_day, body, employee), which reads only her records.'
\echo '--- The time worked is her paired presence inside the day, less the break; on Thursday she is out from 11:00'
\echo '--- to 13:30, two hours of the fixed working time (the break excluded): absent_during_fixed_time (п. 17.3, 20).'
SELECT day, expected, first_in::time AS first_in, last_out::time AS last_out, time_present AS present,
       time_worked AS worked, breaches
  FROM attendance('2026-04-13', '2026-04-19', 300, 2);

\echo '--- Абенова is also on flexible time, and on annual leave from 1 to 24 April by order № 57-ОТ:'
INSERT INTO employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (300, 5, '920404300018', '2020-02-01', 'Абенова Асель');
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
INSERT INTO flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (300, 2, 5, '2026-03-20 10:00+05', 'e_qyzmet', 'учёба',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-04-01,2026-10-01)');
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (300, 4, '4-ГР', '2026-03-30', 1, 'flexible', 'application', 'Заявление от 20.03.2026', '[2026-04-01,2026-10-01)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO act_employee (state_body_id, act_id, employee_id, application_id) VALUES (300, 4, 5, 2);
UPDATE act SET status = 'signed' WHERE state_body_id = 300 AND id = 4;
INSERT INTO absence (state_body_id, employee_id, kind, period, document_number, document_date)
VALUES (300, 5, 'annual_leave', '[2026-04-01,2026-04-25)', '57-ОТ', '2026-03-25');
\echo '--- ... her working days are absent, with the kind, no breach and no working time (weekly totals count nothing for them):'
SELECT day, expected, absence, breaches, time_worked AS worked
  FROM attendance('2026-04-13', '2026-04-19', 300, 5);

\echo '--- п. 21: violations of the month are computed (manual ones by HR are kept), then the candidates for cancellation:'
SELECT recompute_violations('2026-04-01', '2026-04-30', 300) AS violations_recorded;
\echo '--- Сапарова is a candidate; Абенова, on leave, is not (no violation is computed for a day of an absence):'
SELECT full_name, act_number, breaches, threshold, counted_from, counted_to, kinds
  FROM systematic_breaches('2026-04-20');
SELECT e.full_name, count(v.id) AS violations_1_to_24_april
  FROM employee e LEFT JOIN violation v ON v.state_body_id = e.state_body_id AND v.employee_id = e.id
                                       AND v.day BETWEEN '2026-04-01' AND '2026-04-24'
 WHERE e.state_body_id = 300 AND e.id = 5 GROUP BY e.full_name;

\echo '--- The authorized person cancels her flexible time from 21 April; the act stays, with its history:'
SELECT cancel_participation(300, 2, 2, '2026-04-21', 'п. 21: систематическое нарушение фиксированного рабочего времени') AS cancellation;
SELECT act_id, employee_id, cancelled_on, previous_term
  FROM participation_cancellation ORDER BY id DESC LIMIT 1;
SELECT full_name, regime, act_number, term FROM regimes_on('2026-04-22');

\echo '--- п. 11: a demand to be reachable at 21:00 without the exception of art. 32 p. 4 is the employer''s violation:'
INSERT INTO availability_demand (state_body_id, employee_id, demanded_by, kind, required_from)
VALUES (300, 3, 1, 'be_reachable', '2026-04-22 21:00+05');
SELECT full_name, kind, local_from, outside FROM after_hours_demands;
