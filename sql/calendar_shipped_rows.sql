-- Rows shipped with the extension stay as shipped, whoever writes: only the
-- install or update script writes them (civilservice.shipping() says when,
-- from the server's own state, no setting), and pg_dump leaves them out.
SET datestyle = ISO;
\set SHOW_CONTEXT never

-- what pg_dump keeps of each reference table
SELECT c.relname, x.condition
FROM pg_extension e,
     unnest(e.extconfig, e.extcondition) AS x(relid, condition)
JOIN pg_class c ON c.oid = x.relid
WHERE e.extname = 'civilservice' AND c.relkind = 'r' AND c.relname !~ '^access_event'
ORDER BY c.relname;

CREATE ROLE cs_calendar_editor LOGIN;
GRANT USAGE ON SCHEMA civilservice TO cs_calendar_editor;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE
   ON civilservice.calendar, civilservice.holiday_rule, civilservice.calendar_entry, civilservice.rule_parameter
   TO cs_calendar_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA civilservice TO cs_calendar_editor;
GRANT SELECT, INSERT ON civilservice.history TO cs_calendar_editor;
GRANT USAGE ON SEQUENCE civilservice.history_id_seq TO cs_calendar_editor;
\c - cs_calendar_editor
\set SHOW_CONTEXT never
-- the SQLSTATE and constraint of a refusal
CREATE FUNCTION pg_temp.refusal(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; c text;
BEGIN
    EXECUTE stmt;
    RETURN 'accepted';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, c = CONSTRAINT_NAME;
    RETURN s || ' ' || c;
END $$;

SELECT civilservice.shipping();
-- updating, deleting, truncating shipped rows
UPDATE civilservice.calendar_entry SET revoked = true WHERE calendar_code = 'kz' AND day = '2024-06-16';
DELETE FROM civilservice.calendar_entry WHERE calendar_code = 'kz' AND day = '2024-06-16';
UPDATE civilservice.holiday_rule SET name = 'x' WHERE id = 1;
DELETE FROM civilservice.rule_parameter WHERE name = 'application_review_working_days';
UPDATE civilservice.calendar SET last_year = 2031 WHERE code = 'kz';
TRUNCATE civilservice.rule_parameter;
-- an INSERT never takes the key of a shipped row, nor marks a row shipped
INSERT INTO civilservice.calendar_entry (id, calendar_code, day, kind, name, source)
VALUES (11, 'kz', '2025-06-07', 'religious_day_off', 'x', 'x');
INSERT INTO civilservice.calendar (code, name, first_year, last_year, source)
VALUES ('kz', 'x', 2016, 2030, 'x');
INSERT INTO civilservice.rule_parameter (id, name, valid_from, value, unit, rule_point, description, source, shipped)
VALUES (5000, 'application_review_working_days', '2030-01-01', 5, 'working_days', 'п. 16', 'x', 'x', true);
-- a key below 1000 is for shipped rows only
INSERT INTO civilservice.holiday_rule (id, calendar_code, month, day, name, kind, first_year, source)
VALUES (999, 'kz', 6, 1, 'x', 'state', 2024, 'x');
-- the same, summed up: SQLSTATE and constraint of each refusal
SELECT stmt, pg_temp.refusal(stmt) FROM unnest(ARRAY[
  $$UPDATE civilservice.calendar_entry SET revoked = true WHERE id = 20$$,
  $$DELETE FROM civilservice.holiday_rule WHERE id = 1$$,
  $$UPDATE civilservice.rule_parameter SET value = 5 WHERE id = 1$$,
  $$DELETE FROM civilservice.calendar WHERE code = 'kz'$$,
  $$TRUNCATE civilservice.calendar_entry$$,
  $$INSERT INTO civilservice.rule_parameter (id, name, valid_from, value, unit, rule_point, description, source) VALUES (1, 'x', '2030-01-01', 1, 'count', 'x', 'x', 'x')$$,
  $$INSERT INTO civilservice.calendar_entry (calendar_code, day, kind, name, source, shipped) VALUES ('kz', '2030-01-02', 'day_off', 'x', 'x', true)$$
]) AS stmt;
-- a row of the body's own is inserted, revised, deleted, with history
INSERT INTO civilservice.calendar_entry (id, calendar_code, day, kind, name, source)
VALUES (5000, 'kz', '2030-01-02', 'day_off', 'test', 'test');
UPDATE civilservice.calendar_entry SET name = 'test, revised' WHERE source = 'test';
-- and cannot be made shipped
UPDATE civilservice.calendar_entry SET shipped = true WHERE source = 'test';
DELETE FROM civilservice.calendar_entry WHERE source = 'test';
\c - postgres
\set SHOW_CONTEXT never
SELECT operation, changed_by, old_row ->> 'name' AS old_name, new_row ->> 'name' AS new_name
FROM civilservice.history WHERE table_name = 'calendar_entry' AND changed_by = 'cs_calendar_editor' ORDER BY id;
SELECT count(*) AS shipped_entries, count(*) FILTER (WHERE revoked) AS revoked
FROM civilservice.calendar_entry WHERE shipped;
DELETE FROM civilservice.history WHERE changed_by = 'cs_calendar_editor';
REVOKE ALL ON civilservice.calendar, civilservice.holiday_rule, civilservice.calendar_entry, civilservice.rule_parameter,
              civilservice.history FROM cs_calendar_editor;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA civilservice FROM cs_calendar_editor;
REVOKE USAGE ON SCHEMA civilservice FROM cs_calendar_editor;
DROP ROLE cs_calendar_editor;

-- the trigger functions refuse to run as anything but the triggers they are
CREATE TABLE public.not_calendar (id integer PRIMARY KEY, code text, shipped boolean);
CREATE TRIGGER g BEFORE INSERT ON public.not_calendar
    FOR EACH ROW EXECUTE FUNCTION civilservice.shipped_row_guard('id');
INSERT INTO public.not_calendar VALUES (1, 'x', true);
DROP TRIGGER g ON public.not_calendar;
CREATE TRIGGER h AFTER DELETE ON public.not_calendar
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
INSERT INTO public.not_calendar VALUES (1, 'x', true);
DELETE FROM public.not_calendar;
DROP TRIGGER h ON public.not_calendar;
CREATE TRIGGER i AFTER INSERT ON public.not_calendar
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();
INSERT INTO public.not_calendar VALUES (2, 'x', true);
DROP TRIGGER i ON public.not_calendar;
CREATE TRIGGER j AFTER INSERT ON public.not_calendar
    FOR EACH ROW EXECUTE FUNCTION civilservice.calendar_invalidate();
INSERT INTO public.not_calendar VALUES (3, 'x', true);
DROP TABLE public.not_calendar;
-- the same functions on the right table but as the wrong trigger
CREATE TRIGGER k AFTER INSERT ON civilservice.rule_parameter
    FOR EACH ROW EXECUTE FUNCTION civilservice.shipped_row_guard('id');
INSERT INTO civilservice.rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('x', '2030-01-01', 1, 'count', 'x', 'x', 'x');
DROP TRIGGER k ON civilservice.rule_parameter;
SELECT civilservice.calendar_invalidate();
