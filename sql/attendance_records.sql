-- п. 9: remote time records lie on their day (the local date of the start in the body's time
-- zone), end after they start, last at most one session, one per day, inside the employment;
-- п. 11: demands of availability concern an employee while employed. Each refusal names its
-- point, its constraint and how to fix it.
SET datestyle = ISO;
SET intervalstyle = postgres;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'UTC';
INSERT INTO civilservice.state_body (id, bin, name_ru, time_zone, work_schedule) VALUES
 (914, '040540012404', 'Департамент (Актобе)', 'Asia/Aqtobe', '09:00-18:00, break 13:00-14:00');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name, is_authorized) VALUES
 (914, 1, '920404300018', '2020-01-01', NULL, 'Руководитель', true),
 (914, 2, '930505300029', '2026-03-02', '2026-03-31', 'Нурланов (дистанционно, срочный договор)', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (914, 1, '1-ДР', '2026-02-20', 1, 'remote', 'agreement', 'Соглашение', '[2026-03-02,2026-04-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (914, 1, 2);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 914 AND id = 1;

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
-- accepted: a day's work; an evening that ends after midnight belongs to the day it started
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at) VALUES
 (914, 2, '2026-03-02', '2026-03-02 09:00+05', '2026-03-02 18:00+05'),
 (914, 2, '2026-03-03', '2026-03-03 15:00+05', '2026-03-04 00:30+05')$$) \gx
-- refused: the start is on another local day (23514, remote_time_record_day): 23:30 UTC of 3 March is 4 March in Aktobe
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at)
VALUES (914, 2, '2026-03-03', '2026-03-03 23:30Z', '2026-03-04 08:00Z')$$) \gx
-- refused: the end before the start (23514, remote_time_record_order)
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at)
VALUES (914, 2, '2026-03-05', '2026-03-05 18:00+05', '2026-03-05 09:00+05')$$) \gx
-- refused: longer than the session limit of 16 hours (23514, remote_time_record_length)
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at)
VALUES (914, 2, '2026-03-05', '2026-03-05 06:00+05', '2026-03-05 23:00+05')$$) \gx
-- refused: a second record of a day (23505, remote_time_record_one_per_day)
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at)
VALUES (914, 2, '2026-03-02', '2026-03-02 19:00+05', '2026-03-02 20:00+05')$$) \gx
-- refused: outside the employment (23514, remote_time_record_within_employment)
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at)
VALUES (914, 2, '2026-04-01', '2026-04-01 09:00+05', '2026-04-01 18:00+05')$$) \gx
-- refused: an update is checked too — moving a record to another day
SELECT * FROM pg_temp.outcome($$UPDATE civilservice.remote_time_record SET day = '2026-03-04' WHERE state_body_id = 914 AND day = '2026-03-02'$$) \gx
SELECT * FROM pg_temp.outcome($$
-- п. 11: accepted, a demand while employed; refused, one after the employment ended
-- (23514, availability_demand_within_employment) and one without its kind (23514, availability_demand_kind)
INSERT INTO civilservice.availability_demand (state_body_id, employee_id, demanded_by, kind, required_from)
VALUES (914, 2, 1, 'be_reachable', '2026-03-10 21:00+05')$$) \gx
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.availability_demand (state_body_id, employee_id, demanded_by, kind, required_from)
VALUES (914, 2, 1, 'be_reachable', '2026-04-01 21:00+05')$$) \gx
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.availability_demand (state_body_id, employee_id, demanded_by, kind, required_from)
VALUES (914, 2, 1, 'call', '2026-03-10 21:00+05')$$) \gx
-- and one whose exception has no justification (23514, availability_demand_justification)
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.availability_demand (state_body_id, employee_id, demanded_by, kind, required_from, legal_exception)
VALUES (914, 2, 1, 'work', '2026-03-10 23:00+05', 'art_32_p_4')$$) \gx

-- attendance: the records on their days; nothing is computed after the employment
SELECT day, expected, first_in, last_out, time_present AS present, time_worked AS worked, breaches
  FROM civilservice.attendance('2026-03-02', '2026-03-04', 914, 2)
UNION ALL
SELECT day, expected, first_in, last_out, time_present, time_worked, breaches
  FROM civilservice.attendance('2026-03-31', '2026-04-01', 914, 2)
 ORDER BY day;
SELECT full_name, kind, local_from, outside FROM civilservice.after_hours_demands WHERE state_body_id = 914;
ROLLBACK;
