-- Calendar data: revisions with history, immediate effect on deadlines,
-- a second calendar, the year status view, and the guards on shipped rows.
SET search_path = civilservice, public;
SET datestyle = ISO;
BEGIN;

-- the shipped revision of Kurban Ait 2024 (17 June announced, 16 June decided)
SELECT operation, old_row ->> 'day' AS old_day, new_row ->> 'day' AS new_day, shipped
FROM history WHERE table_name = 'calendar_entry' ORDER BY id;

-- a revision is an ordinary UPDATE; every computed deadline changes at once
SELECT review_deadline('2026-05-20') AS before_revision;
-- (say the day moved to Saturday 30 May: a religious day off does not move, so
-- Wednesday 27 May becomes a working day and the deadline comes a day earlier)
UPDATE calendar_entry SET day = '2026-05-30', source = 'test revision'
 WHERE calendar_code = 'kz' AND day = '2026-05-27';
SELECT review_deadline('2026-05-20') AS after_revision,
       is_working_day('2026-05-27') AS may_27, is_working_day('2026-05-30') AS may_30;
SELECT operation, old_row ->> 'day' AS old_day, new_row ->> 'day' AS new_day, changed_by = current_user AS by_me
FROM history WHERE table_name = 'calendar_entry' ORDER BY id DESC LIMIT 1;
-- the revised row is the DBA's now, so pg_dump keeps it
SELECT shipped FROM calendar_entry WHERE day = '2026-05-30';

-- a new transfer order: Saturday 2026-12-12 worked, Friday 2026-12-18 off
INSERT INTO calendar_entry (calendar_code, day, kind, name, paired_day, source) VALUES
  ('kz', '2026-12-18', 'day_off', 'Перенос выходного дня с 12.12.2026', '2026-12-12', 'test order'),
  ('kz', '2026-12-12', 'working_day', 'Рабочий день', '2026-12-18', 'test order');
SELECT is_working_day('2026-12-12') AS sat_12, is_working_day('2026-12-18') AS fri_18,
       working_days('[2026-12-01,2027-01-01)') AS december;
-- revoking it restores the computed days
UPDATE calendar_entry SET revoked = true WHERE source = 'test order';
SELECT is_working_day('2026-12-12') AS sat_12, is_working_day('2026-12-18') AS fri_18;

-- shipped rows are never deleted: revise or revoke them instead
DELETE FROM calendar_entry WHERE calendar_code = 'kz' AND day = '2025-06-06';
ROLLBACK;

BEGIN;
-- a rule parameter with a later valid_from changes only later dates
INSERT INTO rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('application_review_working_days', '2027-01-01', 5, 'working_days', 'п. 16', 'test', 'test');
SELECT review_deadline('2026-12-25') AS old_rule, review_deadline('2027-01-11') AS new_rule;
ROLLBACK;

BEGIN;
-- a second calendar: a six-day week with the same holidays, 2024-2026
INSERT INTO calendar (code, name, weekend, first_year, last_year, confirmed_through, source)
VALUES ('kz6', 'Шестидневная рабочая неделя', '{7}', 2024, 2026, 2026, 'test');
INSERT INTO holiday_rule (calendar_code, month, day, name, kind, first_year, last_year, source)
SELECT 'kz6', month, day, name, kind, first_year, last_year, source FROM holiday_rule WHERE calendar_code = 'kz';
SELECT is_working_day('2026-03-07', 'kz6') AS sat_7_march, is_working_day('2026-03-09', 'kz6') AS mon_9_march,
       working_days('[2026-01-01,2027-01-01)', 'kz6') AS year_2026;
SELECT is_working_day('2027-01-04', 'kz6');
ROLLBACK;
-- bad calendar rows are refused
\set VERBOSITY terse
BEGIN;
INSERT INTO calendar (code, name, weekend, first_year, last_year, source) VALUES ('bad', 'x', '{1,2,3,4,5,6,7}', 2024, 2026, 'x');
ROLLBACK;
BEGIN;
INSERT INTO calendar (code, name, weekend, first_year, last_year, source) VALUES ('Bad Code', 'x', '{6,7}', 2024, 2026, 'x');
ROLLBACK;
BEGIN;
INSERT INTO holiday_rule (calendar_code, month, day, name, kind, first_year, source) VALUES ('kz', 2, 30, 'x', 'state', 2024, 'x');
ROLLBACK;
\set VERBOSITY default

-- which years are confirmed and what to load for the others
SELECT year, transfers_published, estimated_entries, status FROM calendar_year_status
WHERE calendar_code = 'kz' ORDER BY year;
