-- п. 16: the review deadline of an application, on the production calendar.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (805, '040540001062', 'Комитет по делам');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (805, 2, '880202300037', '2020-01-01', 'Нурланова');
-- received on Friday 20 March 2026, before the Nauryz holidays
SELECT day, is_working, reason FROM civilservice.calendar_days(2026) WHERE day BETWEEN '2026-03-20' AND '2026-03-29';
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (805, 1, 2, '2026-03-20 17:45+05', 'e_qyzmet', 'семейные обстоятельства',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-04-01,2026-10-01)');
-- п. 15 part 2 (from 11.07.2026): only e_qyzmet and the HR information system; a
-- paper application received from that day is refused, one received before it counts
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (805, 2, 2, '2026-07-13 09:00+05', 'paper', 'x', '09:00-18:00, break 13:00-14:00', '[2026-08-01,2026-09-01)');
SELECT application_id, full_name, channel, received_on, deadline, status,
       working_days_left = civilservice.working_days_between(CAST(now() AT TIME ZONE 'Asia/Almaty' AS date) + 1, deadline + 1) AS days_left_consistent
  FROM civilservice.application_queue WHERE state_body_id = 805;
-- rejection needs a reason (terse: the failing row shows the time of the decision)
\set VERBOSITY terse
UPDATE civilservice.flexible_application SET status = 'rejected' WHERE state_body_id = 805 AND id = 1;
\set VERBOSITY default
UPDATE civilservice.flexible_application SET status = 'rejected', rejection_reason = 'служебная необходимость' WHERE state_body_id = 805 AND id = 1;
SELECT application_id, status, working_days_left FROM civilservice.application_queue WHERE state_body_id = 805;
ROLLBACK;
