-- п. 3.1, 6: combined remote work alternates periods at the employer's premises and remote work:
-- the act's office days (ISO weekdays of a pattern and/or dated periods), written while it is a
-- draft and frozen once it is signed; a combined act without them is not signed. In attendance
-- they are office days, the act's other days remote.
SET datestyle = ISO;
SET intervalstyle = postgres;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'UTC';
INSERT INTO civilservice.state_body (id, bin, name_ru, time_zone, work_schedule) VALUES
 (913, '040540001141', 'Департамент', 'Asia/Almaty', '09:00-18:00, break 13:00-14:00');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (913, 1, '920404300018', '2020-01-01', 'Руководитель', true),
 (913, 2, '930505300029', '2020-01-01', 'Омарова (комбинированная)', false),
 (913, 3, '940606400036', '2020-01-01', 'Ахметов (дистанционно)', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) VALUES
 (913, 1, '1-КДР', '2026-02-20', 1, 'combined_remote', 'agreement', 'Соглашение', '[2026-03-01,2026-06-01)', 'дом / офис'),
 (913, 2, '2-ДР', '2026-02-20', 1, 'remote', 'agreement', 'Соглашение', '[2026-03-01,2026-06-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (913, 1, 2), (913, 2, 3);

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
-- refused: a combined act without office days is not signed (23514, act_office_days_required)
SELECT * FROM pg_temp.outcome($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 913 AND id = 1$$) \gx
-- refused: office days of a remote act (23514, act_office_day_combined_act); a day that is neither
-- a weekday nor a period, and weekday 8 (23514, act_office_day_what)
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (913, 2, 1)$$) \gx
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday, period) VALUES (913, 1, 1, '[2026-03-16,2026-03-21)')$$) \gx
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (913, 1, 8)$$) \gx
-- accepted: Mondays and Wednesdays at the office, and the whole week of 16 March
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday, period) VALUES
 (913, 1, 1, NULL), (913, 1, 3, NULL), (913, 1, NULL, '[2026-03-16,2026-03-21)')$$) \gx
SELECT * FROM pg_temp.outcome($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 913 AND id IN (1, 2)$$) \gx
-- refused once signed: adding, changing or deleting an office day (23001, act_office_day_frozen)
SELECT * FROM pg_temp.outcome($$INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (913, 1, 5)$$) \gx
SELECT * FROM pg_temp.outcome($$UPDATE civilservice.act_office_day SET iso_weekday = 2 WHERE state_body_id = 913 AND act_id = 1 AND iso_weekday = 3$$) \gx
SELECT * FROM pg_temp.outcome($$DELETE FROM civilservice.act_office_day WHERE state_body_id = 913 AND act_id = 1 AND iso_weekday = 1$$) \gx

-- a full office day is no violation; the remote days need their time records (п. 9)
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES
 (913, 2, '2026-03-02 08:55+05', 'in', 'g'), (913, 2, '2026-03-02 18:05+05', 'out', 'g'),
 (913, 2, '2026-03-18 08:55+05', 'in', 'g'), (913, 2, '2026-03-18 18:05+05', 'out', 'g');
INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at) VALUES
 (913, 2, '2026-03-03', '2026-03-03 09:00+05', '2026-03-03 18:00+05'),
 (913, 2, '2026-03-05', '2026-03-05 09:00+05', '2026-03-05 18:00+05'),
 (913, 2, '2026-03-06', '2026-03-06 09:00+05', '2026-03-06 18:00+05');
SELECT day, extract(isodow FROM day) AS dow, expected, first_in::time AS first_in, last_out::time AS last_out,
       time_worked AS worked, breaches
  FROM civilservice.attendance('2026-03-02', '2026-03-06', 913, 2)
UNION ALL
SELECT day, extract(isodow FROM day), expected, first_in::time, last_out::time, time_worked, breaches
  FROM civilservice.attendance('2026-03-16', '2026-03-20', 913, 2)
 ORDER BY day;
-- the remote act has no office day: every working day remote
SELECT expected, count(*) FROM civilservice.attendance('2026-03-02', '2026-03-20', 913, 3) GROUP BY 1 ORDER BY 1;
-- the body's form gives the same rows
SELECT count(*) AS differences FROM (
    (SELECT day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches, absence FROM civilservice.attendance('2026-03-01', '2026-03-31', 913) WHERE employee_id = 2
     EXCEPT ALL SELECT day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches, absence FROM civilservice.attendance('2026-03-01', '2026-03-31', 913, 2))
    UNION ALL
    (SELECT day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches, absence FROM civilservice.attendance('2026-03-01', '2026-03-31', 913, 2)
     EXCEPT ALL SELECT day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches, absence FROM civilservice.attendance('2026-03-01', '2026-03-31', 913) WHERE employee_id = 2)) d;
-- a draft with office days is deleted with them
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (913, 3, '3-КДР', '2026-05-20', 1, 'combined_remote', 'agreement', 'Соглашение', '[2026-06-01,2026-07-01)', 'дом / офис');
INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (913, 3, 2);
DELETE FROM civilservice.act WHERE state_body_id = 913 AND id = 3;
SELECT count(*) AS office_days_left FROM civilservice.act_office_day WHERE state_body_id = 913 AND act_id = 3;
ROLLBACK;
