-- Calendar data: a body revises shipped data with rows of its own, which take
-- precedence at once, keep their history and are what pg_dump keeps; a second
-- calendar; the year status view.
SET search_path = civilservice, public;
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- a refused statement leaves the rest of its transaction going
\set ON_ERROR_ROLLBACK on

-- What the install script wrote is shipped, and is not a change: no history.
-- The 2024 Kurban Ait revision is shipped as the revoked first announcement
-- (17 June) and a row of its own (16 June).
SELECT count(*) FILTER (WHERE shipped) AS shipped, count(*) FILTER (WHERE NOT shipped) AS own
FROM calendar_entry;
SELECT id, day, revoked, shipped FROM calendar_entry WHERE day IN ('2024-06-16', '2024-06-17') ORDER BY id;
SELECT count(*) AS history_rows FROM history
WHERE table_name IN ('calendar', 'calendar_revision', 'holiday_rule', 'calendar_entry', 'rule_parameter');

-- Dated entries -------------------------------------------------------------
BEGIN;
SELECT review_deadline('2026-05-20') AS before_revision;
-- a shipped entry is never updated
UPDATE calendar_entry SET day = '2026-05-30' WHERE calendar_code = 'kz' AND day = '2026-05-27';
-- (say the day moved to Saturday 30 May: a religious day off does not move, so
-- Wednesday 27 May becomes a working day and the deadline comes a day earlier)
-- the body's revoked row cancels the shipped date, its own row gives the new one
INSERT INTO calendar_entry (calendar_code, day, kind, name, revoked, source) VALUES
  ('kz', '2026-05-27', 'religious_day_off', 'Курбан айт (первый день)', true, 'test revision'),
  ('kz', '2026-05-30', 'religious_day_off', 'Курбан айт (первый день)', false, 'test revision');
SELECT review_deadline('2026-05-20') AS after_revision,
       is_working_day('2026-05-27') AS may_27, is_working_day('2026-05-30') AS may_30;
-- the shipped row is unchanged; the body's rows are the ones pg_dump keeps
-- (configuration condition WHERE NOT shipped)
SELECT day, revoked, shipped, source FROM calendar_entry
WHERE day IN ('2026-05-27', '2026-05-30') ORDER BY day, shipped;
SELECT day, shipped FROM calendar_entry_in_force WHERE day BETWEEN '2026-05-27' AND '2026-05-30';
SELECT day, reason, source FROM calendar_days(2026) WHERE day IN ('2026-05-27', '2026-05-30');
-- the body's rows are its own: revised with history, deleted with history
UPDATE calendar_entry SET source = 'test revision, corrected' WHERE source = 'test revision';
DELETE FROM calendar_entry WHERE source = 'test revision, corrected';
SELECT operation, old_row ->> 'day' AS day, old_row ->> 'source' AS old_source,
       new_row ->> 'source' AS new_source, changed_by = current_user AS by_me
FROM history WHERE table_name = 'calendar_entry' ORDER BY id;
-- with the body's rows gone, the shipped entry is in force again
SELECT review_deadline('2026-05-20') AS back_to_shipped, is_working_day('2026-05-27') AS may_27;

-- confirming an estimated date: the body's row for the same day, not estimated
SELECT year, estimated_entries, status FROM calendar_year_status WHERE calendar_code = 'kz' AND year = 2027;
INSERT INTO calendar_entry (calendar_code, day, kind, name, source)
VALUES ('kz', '2027-05-16', 'religious_day_off', 'Курбан айт (первый день)', 'test announcement');
SELECT year, estimated_entries FROM calendar_year_status WHERE calendar_code = 'kz' AND year = 2027;
-- one entry in force per day and origin
INSERT INTO calendar_entry (calendar_code, day, kind, name, source)
VALUES ('kz', '2027-05-16', 'religious_day_off', 'Курбан айт (первый день)', 'test duplicate');
ROLLBACK;

BEGIN;
-- a new transfer order: Saturday 2026-12-12 worked, Friday 2026-12-18 off
INSERT INTO calendar_entry (calendar_code, day, kind, name, paired_day, source) VALUES
  ('kz', '2026-12-18', 'day_off', 'Перенос выходного дня с 12.12.2026', '2026-12-12', 'test order'),
  ('kz', '2026-12-12', 'working_day', 'Рабочий день', '2026-12-18', 'test order');
SELECT is_working_day('2026-12-12') AS sat_12, is_working_day('2026-12-18') AS fri_18,
       working_days('[2026-12-01,2027-01-01)') AS december;
-- revoking it restores the computed days
UPDATE calendar_entry SET revoked = true WHERE source = 'test order';
SELECT is_working_day('2026-12-12') AS sat_12, is_working_day('2026-12-18') AS fri_18;
-- cancelling a shipped transfer (2024: Sat 4 May worked, Wed 8 May off)
INSERT INTO calendar_entry (calendar_code, day, kind, name, paired_day, revoked, source) VALUES
  ('kz', '2024-05-08', 'day_off', 'Перенос отменён', '2024-05-04', true, 'test cancellation'),
  ('kz', '2024-05-04', 'working_day', 'Перенос отменён', '2024-05-08', true, 'test cancellation');
SELECT is_working_day('2024-05-04') AS sat_4, is_working_day('2024-05-08') AS wed_8;
-- shipped rows are never deleted
DELETE FROM calendar_entry WHERE calendar_code = 'kz' AND day = '2025-06-06';
ROLLBACK;

-- Rule parameters -----------------------------------------------------------
BEGIN;
-- a later valid_from changes only later dates
INSERT INTO rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('application_review_working_days', '2027-01-01', 5, 'working_days', 'п. 16', 'test', 'test');
SELECT review_deadline('2026-12-25') AS old_rule, review_deadline('2027-01-11') AS new_rule;
-- a shipped value is never updated; the body's value for the same name and
-- valid_from takes precedence over it
UPDATE rule_parameter SET value = 12 WHERE name = 'application_review_working_days' AND shipped;
INSERT INTO rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('application_review_working_days', '2023-06-11', 12, 'working_days', 'п. 16', 'test', 'test order of the body');
SELECT rule_parameter_value('application_review_working_days', '2026-12-25') AS in_force,
       review_deadline('2026-12-25') AS deadline;
SELECT valid_from, value, shipped FROM rule_parameter_in_force
WHERE name = 'application_review_working_days' ORDER BY valid_from;
-- one value per name, date and origin
INSERT INTO rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('application_review_working_days', '2023-06-11', 11, 'working_days', 'п. 16', 'test', 'test');
ROLLBACK;

-- Holiday rules -------------------------------------------------------------
BEGIN;
-- 30 August 2025 (Constitution Day, Saturday) is carried to Monday 1 September
SELECT is_working_day('2024-08-30') AS fri_2024_08_30, is_working_day('2025-09-01') AS mon_2025_09_01;
-- a shipped rule is never updated
UPDATE holiday_rule SET last_year = 2024 WHERE id = 12;
-- the body's rule takes its place (here: in force through 2024 only) ...
INSERT INTO holiday_rule (id, calendar_code, month, day, name, kind, first_year, last_year, replaces, source)
SELECT 5100, calendar_code, month, day, name, kind, first_year, 2024, id, 'test replacement' FROM holiday_rule WHERE id = 12;
SELECT is_working_day('2024-08-30') AS fri_2024_08_30, is_working_day('2025-09-01') AS mon_2025_09_01;
-- ... or, revoked, cancels it
UPDATE holiday_rule SET revoked = true WHERE replaces = 12;
SELECT is_working_day('2024-08-30') AS fri_2024_08_30, is_working_day('2025-09-01') AS mon_2025_09_01;
SELECT count(*) AS rules_in_force, count(*) FILTER (WHERE id = 12) AS rule_12 FROM holiday_rule_in_force WHERE calendar_code = 'kz';
-- a rule replaces a shipped rule of its own calendar only, once
INSERT INTO holiday_rule (calendar_code, month, day, name, kind, first_year, replaces, source)
VALUES ('kz', 8, 30, 'x', 'national', 1996, 12, 'test second replacement');
INSERT INTO holiday_rule (calendar_code, month, day, name, kind, first_year, replaces, source)
VALUES ('kz', 8, 30, 'x', 'national', 1996, 5100, 'test replacing a replacement');
INSERT INTO holiday_rule (calendar_code, month, day, name, kind, first_year, replaces, source)
VALUES ('kz', 8, 30, 'x', 'national', 1996, 999, 'test replacing no rule');
ROLLBACK;

-- Calendars -----------------------------------------------------------------
BEGIN;
-- a shipped calendar is never updated; the body revises it with a row of
-- calendar_revision (here: the transfers of 2027 published, none)
UPDATE calendar SET confirmed_through = 2027 WHERE code = 'kz';
INSERT INTO calendar_revision (code, confirmed_through, source) VALUES ('kz', 2027, 'test: no transfers in 2027');
SELECT year, transfers_published, status FROM calendar_year_status
WHERE calendar_code = 'kz' AND year IN (2026, 2027, 2028) ORDER BY year;
-- widening the years: 2031 is computed from the weekend and the rules at once
SELECT is_working_day('2031-01-06') AS mon_2031_01_06;
UPDATE calendar_revision SET last_year = 2031 WHERE code = 'kz';
SELECT is_working_day('2031-01-06') AS mon_2031_01_06, is_working_day('2031-01-01') AS new_year_2031;
SELECT code, first_year, last_year, confirmed_through, shipped, revised FROM calendar_in_force;
SELECT operation, old_row ->> 'last_year' AS old_last, new_row ->> 'last_year' AS new_last
FROM history WHERE table_name = 'calendar_revision';
-- a revision must leave the calendar valid
UPDATE calendar_revision SET confirmed_through = 2035 WHERE code = 'kz';
UPDATE calendar_revision SET first_year = 2032 WHERE code = 'kz';
INSERT INTO calendar_revision (code, source) VALUES ('kz', 'nothing revised');
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
-- the body's own calendar is updated in place, not revised
INSERT INTO calendar_revision (code, last_year, source) VALUES ('kz6', 2027, 'test');
UPDATE calendar SET last_year = 2027 WHERE code = 'kz6';
SELECT is_working_day('2027-01-04', 'kz6');
-- its rules are its own: a rule of kz6 cannot replace one of kz
INSERT INTO holiday_rule (calendar_code, month, day, name, kind, first_year, replaces, source)
VALUES ('kz6', 1, 1, 'x', 'state', 1991, 1, 'test');
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
SELECT year, to_load FROM calendar_year_status WHERE calendar_code = 'kz' AND year IN (2026, 2027);
