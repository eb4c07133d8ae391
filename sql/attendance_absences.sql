-- п. 20, 21: absences — leave, sick leave, business trips, secondment, training — by document,
-- one at a time, inside the employment; attendance() gives their working days the status absent
-- with the kind, no breach, no working time; so no violation is computed for them and an employee
-- on leave is never a candidate for cancellation under п. 21.
SET datestyle = ISO;
SET intervalstyle = postgres;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'UTC';
INSERT INTO civilservice.state_body (id, bin, name_ru, time_zone, work_schedule) VALUES
 (912, '040540001111', 'Департамент', 'Asia/Almaty', '09:00-18:00, break 13:00-14:00');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name, is_authorized) VALUES
 (912, 1, '920404300018', '2020-01-01', NULL, 'Руководитель', true),
 (912, 2, '930505300029', '2020-01-01', NULL, 'Серикова (гибкий режим, отпуск)', false),
 (912, 3, '940606400036', '2026-03-02', '2026-03-31', 'Нурланов (срочный договор)', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (912, 1, 2, '2026-02-02 09:00+05', 'e_qyzmet', 'учёба',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-03-01,2026-09-01)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (912, 1, '1-ГР', '2026-02-10', 1, 'flexible', 'application', 'Заявление', '[2026-03-01,2026-09-01)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (912, 1, 2, 1);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 912 AND id = 1;

-- the outcome of a write: accepted, or the refusal's SQLSTATE (code), constraint, message, detail and hint
CREATE FUNCTION pg_temp.outcome(q text) RETURNS TABLE (code text, constraint_name text, message text, detail text, hint text)
LANGUAGE plpgsql AS $f$
DECLARE
    s text; c text; m text; d text; h text;
BEGIN
    EXECUTE q;
    RETURN QUERY SELECT 'accepted'::text, NULL::text, NULL::text, NULL::text, NULL::text;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, c = CONSTRAINT_NAME, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
    RETURN QUERY SELECT s, c, m, d, h;
END $f$;
-- accepted: annual leave 11 to 20 March (Wednesday to Friday of the next week) by order
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.absence (state_body_id, employee_id, kind, period, document_number, document_date)
VALUES (912, 2, 'annual_leave', '[2026-03-11,2026-03-21)', '45-ОТ', '2026-03-05') RETURNING id, kind, period$$) \gx
-- refused: a sick leave overlapping the leave (23P01, absence_no_overlap)
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.absence (state_body_id, employee_id, kind, period, document_number, document_date)
VALUES (912, 2, 'sick_leave', '[2026-03-19,2026-03-24)', 'ЛН-118', '2026-03-19')$$) \gx
-- refused: an absence outside the employment (23514, absence_within_employment)
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.absence (state_body_id, employee_id, kind, period, document_number, document_date)
VALUES (912, 3, 'business_trip', '[2026-03-30,2026-04-03)', '12-К', '2026-03-25')$$) \gx
-- refused: no document number (23514, absence_document), no first day (23514, absence_period)
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.absence (state_body_id, employee_id, kind, period, document_number, document_date)
VALUES (912, 3, 'training', '[2026-03-16,2026-03-18)', ' ', '2026-03-10')$$) \gx
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.absence (state_body_id, employee_id, kind, period, document_number, document_date)
VALUES (912, 3, 'training', '(,2026-03-18)', '3-О', '2026-03-10')$$) \gx
-- accepted: a business trip inside the employment; the sick leave after the annual leave
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.absence (state_body_id, employee_id, kind, period, document_number, document_date)
VALUES (912, 3, 'business_trip', '[2026-03-26,2026-03-28)', '12-К', '2026-03-20'),
       (912, 2, 'sick_leave', '[2026-03-26,2026-03-28)', 'ЛН-118', '2026-03-26')$$) \gx
-- refused: moving the sick leave into the annual leave (an update is checked too)
SELECT * FROM pg_temp.outcome($$UPDATE civilservice.absence SET period = '[2026-03-20,2026-03-28)' WHERE state_body_id = 912 AND document_number = 'ЛН-118'$$) \gx

-- Серикова badges on Monday 16 March while on leave (collecting a document); Tuesday 10 March she works normally,
-- Wednesday 11 March is the first day of the leave
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES
 (912, 2, '2026-03-10 08:30+05', 'in', 'g'), (912, 2, '2026-03-10 17:30+05', 'out', 'g'),
 (912, 2, '2026-03-16 11:00+05', 'in', 'g'), (912, 2, '2026-03-16 11:20+05', 'out', 'g');
-- and she worked the first days of the act, 2–9 March, from 08:30 to 17:30
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id)
SELECT 912, 2, (CAST(d AS date) + t.at) AT TIME ZONE 'Asia/Almaty', t.direction, 'g'
  FROM generate_series(date '2026-03-02', date '2026-03-09', interval '1 day') d,
       (VALUES (time '08:30', 'in'), (time '17:30', 'out')) t(at, direction)
 WHERE extract(isodow FROM d) < 6;
SELECT day, expected, absence, first_in::time AS first_in, last_out::time AS last_out, time_present AS present,
       time_worked AS worked, breaches
  FROM civilservice.attendance('2026-03-10', '2026-03-30', 912, 2);
-- Нурланов: the business trip (Thursday and Friday after the Nauryz days off), then the days after his employment ended have nothing computed
SELECT day, expected, absence, breaches, time_worked AS worked
  FROM civilservice.attendance('2026-03-20', '2026-04-02', 912, 3);
-- п. 19: an absent day counts nothing towards the week, and does not lower its limit
SELECT employee_id AS emp, week_start, time_worked, weekly_limit, over_limit
  FROM civilservice.weekly_totals('2026-03-09', '2026-03-22', 912, 2);

-- п. 21: the violations from her last working day to the end of the sick leave are computed: Нурланов's
-- no-shows are recorded, none falls on a day of an absence, and she is no candidate for cancellation
SELECT civilservice.recompute_violations('2026-03-10', '2026-03-27', 912) AS recorded;
SELECT employee_id AS emp, count(*) AS violations, min(day), max(day)
  FROM civilservice.violation WHERE state_body_id = 912 GROUP BY 1 ORDER BY 1;
SELECT count(*) AS violations_during_absences
  FROM civilservice.violation v
  JOIN civilservice.absence x ON x.state_body_id = v.state_body_id AND x.employee_id = v.employee_id AND x.period @> v.day
 WHERE v.state_body_id = 912;
SELECT count(*) AS candidates FROM civilservice.systematic_breaches('2026-03-27') WHERE state_body_id = 912 AND employee_id = 2;

-- every change of an absence is kept
DELETE FROM civilservice.absence WHERE state_body_id = 912 AND kind = 'business_trip';
SELECT table_name, operation, old_row ->> 'kind' AS kind, old_row ->> 'document_number' AS document
  FROM civilservice.history WHERE table_name = 'absence';
-- п. 21: an absence entered late (after the violations were computed) queues its days; the next
-- refresh removes the violations of those days
SELECT count(*) AS violations_before FROM civilservice.violation
 WHERE state_body_id = 912 AND employee_id = 3 AND day IN ('2026-03-10', '2026-03-11');
INSERT INTO civilservice.absence (state_body_id, employee_id, kind, period, document_number, document_date)
VALUES (912, 3, 'training', '[2026-03-10,2026-03-12)', 'ПК-5', '2026-03-09');
SELECT count(*) > 0 AS days_queued FROM civilservice.violation_queue WHERE state_body_id = 912 AND employee_id = 3;
SELECT civilservice.refresh_violations(912) > 0 AS refreshed;
SELECT count(*) AS violations_during_training FROM civilservice.violation
 WHERE state_body_id = 912 AND employee_id = 3 AND day IN ('2026-03-10', '2026-03-11');

ROLLBACK;
