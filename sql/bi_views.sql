-- The reporting views of schema civilservice_bi: each on constructed data, as the
-- owner (every body), then as a reader of one body, an auditor and a national auditor.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'Asia/Almaty';
SELECT CAST(now() AT TIME ZONE 'Asia/Almaty' AS date) AS today \gset
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (871, '040540001101', 'Орган А'), (872, '040540001131', 'Орган Б');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (871, 1, '900101400023', '2020-01-01', 'Руководитель А', true),
 (871, 2, '880202300037', '2020-01-01', 'Абдрахманов', false),
 (871, 3, '910303400043', '2020-01-01', 'Искакова', false),
 (872, 1, '920404300018', '2020-01-01', 'Руководитель Б', true),
 (872, 2, '930505300029', '2020-01-01', 'Бекова', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22'
  FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22'
 WHERE e.state_body_id IN (871, 872) ON CONFLICT DO NOTHING;

-- A: a flexible act for Абдрахманов from 20 days ago to 100 days ahead, on his application
-- of 30 days ago; a remote act for Искакова from 10 days ago to 40 days ahead; a remote act
-- for her signed and cancelled. B: a remote act for Бекова.
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period) VALUES
 (871, 1, 2, (:'today'::date - 30) + time '10:00', 'e_qyzmet', 'учёба',
  'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', daterange(:'today'::date - 20, :'today'::date + 100)),
 (871, 2, 3, '2026-01-05 10:00+05', 'e_qyzmet', 'семья',
  'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-02-01,2026-07-01)'),
 (871, 3, 3, now(), 'e_qyzmet', 'семья',
  'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', daterange(:'today'::date + 30, :'today'::date + 60)),
 (872, 1, 2, now(), 'e_qyzmet', 'учёба',
  'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', daterange(:'today'::date + 30, :'today'::date + 60));
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time, place_of_work) VALUES
 (871, 1, 'Г-1', :'today'::date - 25, 1, 'flexible', 'application', 'Заявление', daterange(:'today'::date - 20, :'today'::date + 100),
  'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', NULL),
 (871, 2, 'Д-1', :'today'::date - 15, 1, 'remote', 'agreement', 'Соглашение', daterange(:'today'::date - 10, :'today'::date + 41), NULL, 'дом'),
 (871, 3, 'Д-2', :'today'::date - 400, 1, 'remote', 'agreement', 'Соглашение', daterange(:'today'::date - 390, :'today'::date - 300), NULL, 'дом'),
 (872, 1, 'Д-Б', :'today'::date - 5, 1, 'remote', 'agreement', 'Соглашение', daterange(:'today'::date - 3, :'today'::date + 3), NULL, 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES
 (871, 1, 2, 1), (871, 2, 3, NULL), (871, 3, 3, NULL), (872, 1, 2, NULL);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id IN (871, 872);
-- Искакова off the remote regime from 5 days ahead; act Д-2 cancelled as a whole
SELECT civilservice.cancel_participation(871, 2, 3, :'today'::date + 5, 'п. 21: систематическое нарушение') IS NOT NULL AS participation_cancelled;
SELECT civilservice.cancel_act(871, 3, :'today'::date - 350, 'Отмена по соглашению') IS NULL AS act_cancelled;
-- violations: Абдрахманов on three days of the last week (the default threshold is 3 days a
-- month), one of them twice; Бекова once
INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind, detail) VALUES
 (871, 2, :'today'::date - 1, 'labour_discipline', 'записка 1'),
 (871, 2, :'today'::date - 2, 'regime_condition', 'записка 2'),
 (871, 2, :'today'::date - 3, 'regime_condition', 'записка 3'),
 (871, 2, '2026-01-14', 'regime_condition', 'записка 4'),
 (871, 2, '2026-01-14', 'labour_discipline', 'записка 5'),
 (871, 3, '2026-01-20', 'labour_discipline', 'записка 6'),
 (872, 2, '2026-01-14', 'labour_discipline', 'записка Б');
-- п. 11: a demand on Sunday 1 March 2026, one after hours, one with the exception
INSERT INTO civilservice.availability_demand (state_body_id, employee_id, demanded_by, demanded_at, kind, required_from, required_to, legal_exception, justification) VALUES
 (871, 3, 1, '2026-02-27 17:30+05', 'be_reachable', '2026-03-01 10:00+05', '2026-03-01 12:00+05', NULL, NULL),
 (871, 3, 1, '2026-03-03 17:30+05', 'work', '2026-03-03 20:00+05', '2026-03-03 22:00+05', NULL, NULL),
 (871, 3, 1, '2026-03-03 17:30+05', 'work', '2026-03-03 20:00+05', '2026-03-03 22:00+05', 'art_32_p_4', 'Паводок'),
 (871, 3, 1, '2026-03-03 09:00+05', 'work', '2026-03-03 10:00+05', '2026-03-03 11:00+05', NULL, NULL),
 (872, 2, 1, '2026-03-03 17:30+05', 'work', '2026-03-03 19:00+05', NULL, NULL, NULL);
-- a finding of the Concept in A, one cleared in B
INSERT INTO civilservice.concept_finding (state_body_id, parameter, constraint_name, table_name, record_id, on_date, status, mode, message)
SELECT b, p.name, 'bi_check', 'employee', 2, :'today', 'proposed', 'warn', 'найдено'
  FROM (SELECT name FROM civilservice.concept_parameter ORDER BY name LIMIT 1) p, (VALUES (871), (872)) v(b);
INSERT INTO civilservice.concept_finding (state_body_id, parameter, constraint_name, table_name, record_id, on_date, status, mode, message, cleared)
SELECT 872, p.name, 'bi_check', 'employee', 2, :'today', 'proposed', 'warn', 'исправлено', true
  FROM (SELECT name FROM civilservice.concept_parameter ORDER BY name LIMIT 1) p;

-- the schema holds only views, each a security barrier
SELECT c.relname, c.relkind, c.reloptions FROM pg_class c
 WHERE c.relnamespace = 'civilservice_bi'::regnamespace ORDER BY 1;

-- state bodies and employees (no IIN column)
SELECT state_body_id, bin, name_ru, today = :'today' AS today_ok FROM civilservice_bi.state_bodies WHERE state_body_id IN (871, 872) ORDER BY 1;
SELECT state_body_id, employee_id, full_name, is_authorized, employed_today FROM civilservice_bi.employees
 WHERE state_body_id IN (871, 872) ORDER BY 1, 2;
SELECT count(*) AS iin_columns FROM information_schema.columns WHERE table_schema = 'civilservice_bi' AND column_name = 'iin';

-- regimes today: Абдрахманов flexible (since 20 days ago), Искакова remote until 4 days ahead
-- (her participation is cancelled from day 5), Бекова remote in B
SELECT state_body_id, employee_id, full_name, regime, act_number, basis,
       day = :'today' AS today, first_day - :'today'::date AS first_day, last_day - :'today'::date AS last_day
  FROM civilservice_bi.regimes_today WHERE state_body_id IN (871, 872) ORDER BY 1, 2;
-- on a chosen date: 30 days ahead only Абдрахманов; 350 days back Искакова on Д-2 (before it
-- was cancelled); outside the window (400 days back) nothing
SELECT state_body_id, employee_id, act_number, day - :'today'::date AS day
  FROM civilservice_bi.regimes_on WHERE state_body_id IN (871, 872) AND day IN (:'today'::date + 30, :'today'::date - 360) ORDER BY 1, 2, 4;
SELECT count(*) AS outside_window FROM civilservice_bi.regimes_on WHERE day = :'today'::date - 400;
-- the same rows as regimes_on(d) on every day of the window
SELECT count(*) AS differences FROM (
  (SELECT state_body_id, day, employee_id, act_id FROM civilservice_bi.regimes_on WHERE state_body_id IN (871, 872)
   EXCEPT SELECT r.state_body_id, d::date, r.employee_id, r.act_id
            FROM generate_series(:'today'::date - interval '1 year', :'today'::date + interval '3 months', interval '1 day') d,
                 civilservice.regimes_on(d::date) r WHERE r.state_body_id IN (871, 872))
  UNION ALL
  (SELECT r.state_body_id, d::date, r.employee_id, r.act_id
     FROM generate_series(:'today'::date - interval '1 year', :'today'::date + interval '3 months', interval '1 day') d,
          civilservice.regimes_on(d::date) r WHERE r.state_body_id IN (871, 872)
   EXCEPT SELECT state_body_id, day, employee_id, act_id FROM civilservice_bi.regimes_on WHERE state_body_id IN (871, 872))) x;

-- the application queue: 1 approved by signing today, 30 days after receipt (late); 2 received
-- on Monday 5 January 2026, deadline Tuesday 20 January (ten working days; 7 January is a holiday), overdue;
-- 3 received today, awaiting review, not overdue
SELECT state_body_id, application_id, status,
       CASE WHEN received_on < '2026-02-01' THEN received_on END AS fixed_received,
       CASE WHEN received_on < '2026-02-01' THEN deadline END AS fixed_deadline,
       CASE WHEN received_on >= '2026-02-01' THEN received_on - :'today'::date END AS received,
       decided_on - :'today'::date AS decided, overdue, due_today, decided_late,
       working_days_left < 0 AS negative_left
  FROM civilservice_bi.application_queue WHERE state_body_id IN (871, 872) ORDER BY 1, 2;
SELECT a.application_id, a.deadline = q.deadline AS same_deadline, a.working_days_left IS NOT DISTINCT FROM q.working_days_left AS same_days_left,
       a.working_days_left = civilservice.working_days_between(:'today'::date + 1, a.deadline + 1) AS days_left_by_hand
  FROM civilservice_bi.application_queue a JOIN civilservice.application_queue q USING (state_body_id, application_id)
 WHERE a.state_body_id = 871 AND a.status = 'received' ORDER BY 1;

-- expiring: Абдрахманов's day 99, Искакова's day 4 (her act's own term ends on day 40),
-- Бекова's day 2; working days left as civilservice.expiring_acts(n) counts them
SELECT state_body_id, act_number, employee_id, last_day - :'today'::date AS last_day, act_last_day - :'today'::date AS act_last_day,
       working_days_left = civilservice.working_days_between(:'today'::date + 1, last_day + 1) AS days_left_by_hand
  FROM civilservice_bi.expiring_acts WHERE state_body_id IN (871, 872) ORDER BY 1, 2;
SELECT n, (SELECT count(*) FROM civilservice_bi.expiring_acts x WHERE x.state_body_id IN (871, 872) AND x.working_days_left <= n)
        = (SELECT count(*) FROM civilservice.expiring_acts(n) f WHERE f.state_body_id IN (871, 872)) AS as_expiring_acts
  FROM (VALUES (0), (2), (5), (10), (100)) v(n);

-- violations per month and kind: January 2026 in A, two kinds on 14 January (one employee-day),
-- 20 January another employee
SELECT state_body_id, month, kind, violations, manual, employees, employee_days
  FROM civilservice_bi.violations_monthly WHERE state_body_id IN (871, 872) AND month = '2026-01-01' ORDER BY 1, 2, 3;
SELECT sum(violations) AS recent FROM civilservice_bi.violations_monthly
 WHERE state_body_id = 871 AND month >= date_trunc('month', :'today'::date - 3);

-- the candidates of п. 21: Абдрахманов, 3 days of the window against the threshold 3; nothing
-- queued for him (manual violations queue no day)
SELECT state_body_id, employee_id, full_name, act_number, breaches, threshold, counted_to = :'today' AS to_today,
       kinds, violations, pending_days
  FROM civilservice_bi.cancellation_candidates WHERE state_body_id IN (871, 872);
-- what is queued (signing queued the days in effect) is what the freshness columns show
SELECT f.state_body_id, f.pending_entries > 0 AS pending, f.oldest_pending_day = (SELECT min(lower(days)) FROM civilservice.violation_queue q WHERE q.state_body_id = f.state_body_id) AS oldest_ok
  FROM civilservice_bi.violation_freshness f WHERE f.state_body_id IN (871, 872) ORDER BY 1;
SELECT c.oldest_pending_day = f.oldest_pending_day AS same_oldest
  FROM civilservice_bi.cancellation_candidates c JOIN civilservice_bi.violation_freshness f USING (state_body_id) WHERE c.state_body_id = 871;
-- reading the view wrote nothing: the queue is as before
SELECT count(*) AS queued_before FROM civilservice.violation_queue WHERE state_body_id IN (871, 872) \gset
SELECT count(*) > 0 AS read FROM civilservice_bi.cancellation_candidates;
SELECT count(*) = :queued_before AS queue_untouched FROM civilservice.violation_queue WHERE state_body_id IN (871, 872);
-- systematic_breaches() refreshes first: the queued days of the act (no badge event on any
-- working day) become violations, and Абдрахманов has more breaches than the view counted
SELECT employee_id, breaches > 3 AS more_after_refresh FROM civilservice.systematic_breaches() WHERE state_body_id IN (871, 872);
SELECT employee_id, breaches > 3 AS view_after_refresh, pending_days FROM civilservice_bi.cancellation_candidates WHERE state_body_id IN (871, 872);

-- cancellations: Искакова's participation of Д-1 from day 5, and act Д-2 as a whole
SELECT state_body_id, cancellation, act_number, employee_id, full_name, cancelled_on - :'today'::date AS cancelled_on, reason,
       cancelled_by, cancelled_by_name, signed_by_role = current_user AS by_me, acting_for,
       upper(previous_term) - :'today'::date AS previous_end, employees
  FROM civilservice_bi.cancellations WHERE state_body_id IN (871, 872) ORDER BY 1, 2, 3;

-- п. 11: the Sunday demand, the evening one; neither the exception nor working time; B's at 19:00
SELECT state_body_id, employee_id, demanded_by_name, kind, local_from, local_to, schedule, outside
  FROM civilservice_bi.after_hours_demands WHERE state_body_id IN (871, 872) ORDER BY 1, local_from;
SELECT count(*) AS same_as_after_hours_demands FROM (
  SELECT state_body_id, demand_id, outside FROM civilservice_bi.after_hours_demands WHERE state_body_id IN (871, 872)
  INTERSECT SELECT state_body_id, demand_id, outside FROM civilservice.after_hours_demands WHERE state_body_id IN (871, 872)) x;

-- the Concept: the plan today as concept_plan_status(today); A's open finding, B's cleared
SELECT (SELECT count(*) FROM civilservice_bi.concept_plan_status) = (SELECT count(*) FROM civilservice.concept_plan_status(:'today')) AS plan_rows,
       (SELECT count(*) FROM (SELECT * FROM civilservice_bi.concept_plan_status
                              EXCEPT SELECT * FROM civilservice.concept_plan_status(:'today')) x) AS plan_differences;
SELECT b.state_body_id, b.record_id, b.message, b.status_today = o.status_today AND b.mode_today = o.mode_today AS as_concept_findings_open
  FROM civilservice_bi.concept_findings_open b
  LEFT JOIN civilservice.concept_findings_open o USING (state_body_id, table_name, record_id, constraint_name)
 WHERE b.state_body_id IN (871, 872);

-- a reader of A, an auditor of B, a national auditor
CREATE ROLE cs_bi_reader_a LOGIN IN ROLE civilservice_reader;
CREATE ROLE cs_bi_auditor_b LOGIN IN ROLE civilservice_auditor;
CREATE ROLE cs_bi_national LOGIN IN ROLE civilservice_national_auditor;
CREATE ROLE cs_bi_loader_b LOGIN IN ROLE civilservice_loader;
GRANT cs_bi_loader_b TO cs_bi_reader_a;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES
 (871, 'cs_bi_reader_a'), (872, 'cs_bi_auditor_b'), (872, 'cs_bi_loader_b');
SET LOCAL ROLE cs_bi_reader_a;
-- A only (a loader's mapping to B does not count), and no record table
SELECT 'regimes_today' AS v, array_agg(DISTINCT state_body_id) FROM civilservice_bi.regimes_today WHERE state_body_id IN (871, 872)
UNION ALL SELECT 'application_queue', array_agg(DISTINCT state_body_id) FROM civilservice_bi.application_queue
UNION ALL SELECT 'violations_monthly', array_agg(DISTINCT state_body_id) FROM civilservice_bi.violations_monthly
UNION ALL SELECT 'after_hours_demands', array_agg(DISTINCT state_body_id) FROM civilservice_bi.after_hours_demands
UNION ALL SELECT 'cancellation_candidates', array_agg(DISTINCT state_body_id) FROM civilservice_bi.cancellation_candidates
UNION ALL SELECT 'concept_findings_open', array_agg(DISTINCT state_body_id) FROM civilservice_bi.concept_findings_open
UNION ALL SELECT 'employees', array_agg(DISTINCT state_body_id) FROM civilservice_bi.employees
UNION ALL SELECT 'state_bodies', array_agg(DISTINCT state_body_id) FROM civilservice_bi.state_bodies;
SELECT count(*) > 0 AS reads_the_plan FROM civilservice_bi.concept_plan_status;
SELECT * FROM civilservice.employee;
SELECT * FROM civilservice.application_queue;
SELECT * FROM civilservice_bi.employees WHERE state_body_id = 872;
-- a leaky function in the user's condition never sees B's rows (security barrier)
CREATE FUNCTION pg_temp.leak(bigint, text) RETURNS boolean LANGUAGE plpgsql COST 0.0000001 AS
$$ BEGIN IF $1 <> 871 THEN RAISE NOTICE 'saw % %', $1, $2; END IF; RETURN true; END $$;
SET LOCAL client_min_messages = notice;
SELECT employee_id FROM civilservice_bi.employees WHERE pg_temp.leak(state_body_id, full_name) AND state_body_id IN (871, 872) ORDER BY 1;
SET LOCAL client_min_messages = warning;
RESET ROLE;
SET LOCAL ROLE cs_bi_auditor_b;
SELECT array_agg(DISTINCT state_body_id) AS auditor_b FROM civilservice_bi.regimes_today WHERE state_body_id IN (871, 872);
RESET ROLE;
SET LOCAL ROLE cs_bi_national;
SELECT array_agg(DISTINCT state_body_id ORDER BY state_body_id) AS national FROM civilservice_bi.regimes_today WHERE state_body_id IN (871, 872);
RESET ROLE;
SET LOCAL ROLE cs_bi_loader_b;
SELECT * FROM civilservice_bi.regimes_today;
RESET ROLE;
ROLLBACK;
