-- Access-control (СКУД) events: loading, checking, deduplication (п. 20).
--
-- п. 20: the HR service controls and accounts for working time, including
-- through the access-control system. Badge feeds are loaded with COPY into
-- civilservice.access_event (created by create_records(), see
-- events_records.sql); src/events/events.c explains the loading path: the
-- library's own COPY loop, the check trigger, the body lock, the resend
-- recognition and the refusal of deleting an employee who has events.

-- The COPY loop is a ProcessUtility hook: every session must have it from
-- its first statement, so the library must come with
-- shared_preload_libraries. Refuse the install otherwise.
CREATE FUNCTION civilservice.require_shared_preload() RETURNS void
    AS 'MODULE_PATHNAME', 'cs_require_shared_preload' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.require_shared_preload() IS
  'Raises unless the civilservice library was loaded by shared_preload_libraries (loads of access-control events, п. 20, need its COPY hook in every session); CREATE EXTENSION calls it';
SELECT civilservice.require_shared_preload();

CREATE FUNCTION civilservice.access_event_check() RETURNS trigger
    AS 'MODULE_PATHNAME', 'cs_access_event_check' LANGUAGE C;
COMMENT ON FUNCTION civilservice.access_event_check() IS
  'Trigger access_event_employee, BEFORE INSERT OR UPDATE FOR EACH ROW on civilservice.access_event: for a user under row-level security, first the table''s INSERT policies (42501, as PostgreSQL), so that nothing of another body is read or locked; then п. 20 — every column given (23502, access_event_complete), direction ''in'' or ''out'' (23514, access_event_direction), the employee one of the state body''s (23503, access_event_employee), read from the latest committed employees under the body''s lock. COPY into a table with this trigger is run by the library, which applies the same checks and policies (once per state body) and skips resent events';
REVOKE ALL ON FUNCTION civilservice.access_event_check() FROM PUBLIC;

CREATE FUNCTION civilservice.access_event_employee_guard() RETURNS trigger
    AS 'MODULE_PATHNAME', 'cs_access_event_employee_guard' LANGUAGE C;
COMMENT ON FUNCTION civilservice.access_event_employee_guard() IS
  'Trigger access_event_employee, BEFORE DELETE OR UPDATE OF state_body_id, id FOR EACH ROW and BEFORE TRUNCATE on civilservice.employee: п. 20 — an employee who has access-control events is neither deleted nor re-keyed (23503, access_event_employee); waits for the loads of the body in progress and reads the events with the latest snapshot';
REVOKE ALL ON FUNCTION civilservice.access_event_employee_guard() FROM PUBLIC;

-- The check of an event caches civilservice.employee per backend; a change
-- to the table drops the cache in every backend.
CREATE FUNCTION civilservice.employee_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'cs_employee_invalidate' LANGUAGE C;
COMMENT ON FUNCTION civilservice.employee_invalidate() IS
  'Trigger: drops the cached employee keys used by the checks of access-control events (п. 20) in every backend after a change to civilservice.employee commits';
REVOKE ALL ON FUNCTION civilservice.employee_invalidate() FROM PUBLIC;

CREATE FUNCTION civilservice.access_event_load_stats(OUT stored bigint, OUT duplicates bigint, OUT diverted bigint, OUT outcome text)
    AS 'MODULE_PATHNAME', 'cs_access_event_load_stats' LANGUAGE C VOLATILE PARALLEL RESTRICTED;
COMMENT ON FUNCTION civilservice.access_event_load_stats() IS
  'п. 20: counts of the latest COPY of access-control events in this session — rows stored, resent duplicates skipped, rows diverted to access_event_rejected — and what became of it: outcome ''in progress'' while its transaction is open (the counts stand only if it commits), ''committed'', ''rolled back'' (its transaction or savepoint was rolled back, or the COPY was refused: nothing of it is stored, every count is 0) or ''prepared''; NULL before the first load of the session';

-- Partition maintenance. The primary key and the check trigger are
-- declared on access_event itself, so a partition created here, attached
-- here or restored by pg_restore gets both from the parent.
CREATE FUNCTION civilservice.access_event_comment_partition(part regclass, month date)
RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    col record;
BEGIN
    EXECUTE format('COMMENT ON TABLE %s IS %L', part,
                   CASE WHEN month IS NULL
                        THEN 'События СКУД (п. 20) of months without their own partition; civilservice.ensure_access_event_partitions() moves them into the month''s partition'
                        ELSE 'События СКУД (п. 20) of ' || to_char(month, 'YYYY-MM') END);
    FOR col IN SELECT a.attname, col_description('civilservice.access_event'::regclass, a.attnum) AS d
                 FROM pg_attribute a
                WHERE a.attrelid = 'civilservice.access_event'::regclass AND a.attnum > 0 AND NOT a.attisdropped LOOP
        EXECUTE format('COMMENT ON COLUMN %s.%I IS %L', part, col.attname, col.d);
    END LOOP;
END $$;
COMMENT ON FUNCTION civilservice.access_event_comment_partition(regclass, date) IS
  'Internal: comments a partition of civilservice.access_event (its month, NULL for the default partition) and its columns as the parent''s';
REVOKE ALL ON FUNCTION civilservice.access_event_comment_partition(regclass, date) FROM PUBLIC;

CREATE FUNCTION civilservice.ensure_access_event_partitions(from_month date, months integer DEFAULT 12)
RETURNS SETOF text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    m     date;
    lo    timestamptz;
    hi    timestamptz;
    name  text;
BEGIN
    IF from_month IS NULL OR months IS NULL OR months < 1 OR months > 1200 THEN
        RAISE EXCEPTION 'ensure_access_event_partitions: from_month must be a date and months between 1 and 1200'
          USING ERRCODE = 'invalid_parameter_value',
                DETAIL = format('from_month = %s, months = %s', coalesce(from_month::text, 'NULL'), coalesce(months::text, 'NULL')),
                HINT = 'E.g. SELECT civilservice.ensure_access_event_partitions(current_date, 12).';
    END IF;
    -- Events of a month without its own partition wait in the default
    -- partition, so none is lost.
    IF to_regclass('civilservice.access_event_default') IS NULL THEN
        CREATE TABLE civilservice.access_event_default PARTITION OF civilservice.access_event DEFAULT;
        PERFORM civilservice.access_event_comment_partition('civilservice.access_event_default', NULL);
        RETURN NEXT 'access_event_default';
    END IF;
    FOR i IN 0 .. months - 1 LOOP
        m := (date_trunc('month', from_month) + make_interval(months => i))::date;
        name := 'access_event_' || to_char(m, 'YYYY_MM');
        CONTINUE WHEN to_regclass('civilservice.' || quote_ident(name)) IS NOT NULL;
        -- Months start at 00:00 in UTC+5, the time of the whole country
        -- since 1 March 2024.
        lo := (m::text || ' 00:00:00+05')::timestamptz;
        hi := ((m + interval '1 month')::date::text || ' 00:00:00+05')::timestamptz;
        IF EXISTS (SELECT 1 FROM civilservice.access_event_default WHERE at >= lo AND at < hi) THEN
            -- the month's events wait in the default partition: move them
            -- (they were checked when loaded), then attach
            EXECUTE format('CREATE TABLE civilservice.%I (LIKE civilservice.access_event INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', name);
            EXECUTE format('WITH moved AS (DELETE FROM civilservice.access_event_default WHERE at >= $1 AND at < $2 RETURNING *) '
                           'INSERT INTO civilservice.%I SELECT * FROM moved', name) USING lo, hi;
            EXECUTE format('ALTER TABLE civilservice.access_event ATTACH PARTITION civilservice.%I FOR VALUES FROM (%L) TO (%L)',
                           name, lo, hi);
        ELSE
            EXECUTE format('CREATE TABLE civilservice.%I PARTITION OF civilservice.access_event FOR VALUES FROM (%L) TO (%L)',
                           name, lo, hi);
        END IF;
        PERFORM civilservice.access_event_comment_partition(('civilservice.' || quote_ident(name))::regclass, m);
        RETURN NEXT name;
    END LOOP;
END $$;
COMMENT ON FUNCTION civilservice.ensure_access_event_partitions(date, integer) IS
  'Maintenance (п. 20): creates the monthly partitions of civilservice.access_event for months months from from_month that do not exist yet (and the default partition if it is missing), moving events waiting in the default partition into their month; returns the names created. Run it ahead, e.g. monthly from cron: SELECT civilservice.ensure_access_event_partitions(current_date, 12)';
REVOKE ALL ON FUNCTION civilservice.ensure_access_event_partitions(date, integer) FROM PUBLIC;
