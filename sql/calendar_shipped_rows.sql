-- Rows shipped with the extension stay the extension's: civilservice.shipping
-- can be set by a superuser only, even by a role that sets it before the
-- extension's library is loaded in its session.
CREATE ROLE cs_calendar_editor LOGIN;
GRANT USAGE ON SCHEMA civilservice TO cs_calendar_editor;
GRANT SELECT, UPDATE, DELETE ON civilservice.calendar_entry TO cs_calendar_editor;
\c - cs_calendar_editor
\set SHOW_CONTEXT never
-- a fresh session: the library is not loaded yet, so this only sets a placeholder
SET civilservice.shipping = on;
-- the trigger loads the library, which refuses the placeholder's value
DELETE FROM civilservice.calendar_entry WHERE calendar_code = 'kz' AND day = '2024-06-16';
SELECT civilservice.shipping();
\c - postgres
SELECT count(*) FROM civilservice.calendar_entry WHERE calendar_code = 'kz' AND day = '2024-06-16';
REVOKE ALL ON civilservice.calendar_entry FROM cs_calendar_editor;
REVOKE USAGE ON SCHEMA civilservice FROM cs_calendar_editor;
DROP ROLE cs_calendar_editor;
