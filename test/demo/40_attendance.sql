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
\echo '--- by the one-employee form attendance(from_day, to_day, body, employee), which reads only her records:'
SELECT day, expected, first_in::time AS first_in, last_out::time AS last_out, time_worked AS worked, breaches
  FROM attendance('2026-04-13', '2026-04-19', 300, 2);

\echo '--- п. 21: violations of the month are computed (manual ones by HR are kept), then the candidates for cancellation:'
SELECT recompute_violations('2026-04-01', '2026-04-30', 300) AS violations_recorded;
SELECT full_name, act_number, breaches, threshold, counted_from, counted_to, kinds
  FROM systematic_breaches('2026-04-20');

\echo '--- The authorized person cancels her flexible time from 21 April; the act stays, with its history:'
SELECT cancel_participation(300, 2, 2, '2026-04-21', 'п. 21: систематическое нарушение фиксированного рабочего времени') AS cancellation;
SELECT act_id, employee_id, cancelled_on, previous_term
  FROM participation_cancellation ORDER BY id DESC LIMIT 1;
SELECT full_name, regime, act_number, term FROM regimes_on('2026-04-22');

\echo '--- п. 11: a demand to be reachable at 21:00 without the exception of art. 32 p. 4 is the employer''s violation:'
INSERT INTO availability_demand (state_body_id, employee_id, demanded_by, kind, required_from)
VALUES (300, 3, 1, 'be_reachable', '2026-04-22 21:00+05');
SELECT full_name, kind, local_from, outside FROM after_hours_demands;
