-- Access-control (СКУД) events: loading, validation, deduplication (п. 20).
--
-- п. 20: the HR service controls and accounts for working time, including
-- through the access-control system. Badge feeds are loaded with COPY into
-- civilservice.access_event; src/access_events.c explains the loading path
-- (a COPY filter that keeps COPY's batching, the CHECK constraints, the
-- per-body lock and the deduplication).

CREATE FUNCTION civilservice.access_event_employee_ok(state_body_id bigint, employee_id bigint)
RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_access_event_employee_ok' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.access_event_employee_ok(bigint, bigint) IS
  'п. 20: CHECK access_event_employee — true when the employee is one of the state body (civilservice.employee (state_body_id, id)); otherwise raises 23503 with the offending key. Skipped in restore mode (a dump loads events before employees)';

CREATE FUNCTION civilservice.access_event_direction_ok(direction text, state_body_id bigint, employee_id bigint, device_id text)
RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_access_event_direction_ok' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.access_event_direction_ok(text, bigint, bigint, text) IS
  'п. 20: CHECK access_event_direction — true for ''in'' (вход) and ''out'' (выход); otherwise raises 23514 naming the event (the other arguments serve the message)';

-- Why each partition has its own primary key instead of one declared on
-- the partitioned table: partitions created after the install by
-- ensure_access_event_partitions() are ordinary tables, which pg_dump dumps
-- as CREATE TABLE, ATTACH PARTITION and, after the data, ADD PRIMARY KEY.
-- With a key on the parent (a member of the extension, so already there when
-- a restore reaches these statements) the ATTACH would build the
-- partition's key itself and the dumped ADD PRIMARY KEY would fail. The
-- partition key at is part of the primary key, so one key per partition is
-- the same uniqueness as a key on the whole table.
--
-- Time-leading key: badge feeds arrive in time order, so index inserts go
-- to the right edge of the index (append-mostly); measured much cheaper for
-- COPY than an employee-leading key.
CREATE FUNCTION civilservice.access_event_prepare_partition(part regclass)
RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    rel  text := (SELECT relname FROM pg_class WHERE oid = part);
    col  record;
BEGIN
    EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I PRIMARY KEY (state_body_id, at, employee_id, device_id, direction)',
                   part, rel || '_pkey');
    EXECUTE format('COMMENT ON CONSTRAINT %I ON %s IS %L', rel || '_pkey', part,
                   'One row per event (п. 20): a resend of the same body, instant, employee, device and direction is the same event');
    FOR col IN SELECT a.attname, col_description('civilservice.access_event'::regclass, a.attnum) AS d
                 FROM pg_attribute a
                WHERE a.attrelid = 'civilservice.access_event'::regclass AND a.attnum > 0 AND NOT a.attisdropped LOOP
        EXECUTE format('COMMENT ON COLUMN %s.%I IS %L', part, col.attname, col.d);
    END LOOP;
END $$;
COMMENT ON FUNCTION civilservice.access_event_prepare_partition(regclass) IS
  'Internal: gives a new partition of civilservice.access_event its primary key (state_body_id, at, employee_id, device_id, direction) and the comments of its columns';

CREATE FUNCTION civilservice.ensure_access_event_partitions(from_month date, months integer DEFAULT 12)
RETURNS SETOF text
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    m     date;
    lo    timestamptz;
    hi    timestamptz;
    name  text;
BEGIN
    IF from_month IS NULL OR months IS NULL OR months < 1 OR months > 1200 THEN
        RAISE EXCEPTION 'ensure_access_event_partitions: from_month must be a date and months between 1 and 1200'
          USING ERRCODE = 'invalid_parameter_value',
                DETAIL = format('from_month = %s, months = %s', coalesce(from_month::text, 'NULL'), coalesce(months::text, 'NULL'));
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
            EXECUTE format('CREATE TABLE civilservice.%I (LIKE civilservice.access_event INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', name);
            EXECUTE format('WITH moved AS (DELETE FROM civilservice.access_event_default WHERE at >= $1 AND at < $2 RETURNING *) '
                           'INSERT INTO civilservice.%I SELECT * FROM moved', name) USING lo, hi;
            PERFORM civilservice.access_event_prepare_partition(('civilservice.' || quote_ident(name))::regclass);
            EXECUTE format('ALTER TABLE civilservice.access_event ATTACH PARTITION civilservice.%I FOR VALUES FROM (%L) TO (%L)',
                           name, lo, hi);
        ELSE
            EXECUTE format('CREATE TABLE civilservice.%I PARTITION OF civilservice.access_event FOR VALUES FROM (%L) TO (%L)',
                           name, lo, hi);
            PERFORM civilservice.access_event_prepare_partition(('civilservice.' || quote_ident(name))::regclass);
        END IF;
        EXECUTE format('COMMENT ON TABLE civilservice.%I IS %L', name,
                       'События СКУД (п. 20) of ' || to_char(m, 'YYYY-MM'));
        RETURN NEXT name;
    END LOOP;
END $$;
COMMENT ON FUNCTION civilservice.ensure_access_event_partitions(date, integer) IS
  'Maintenance (п. 20): creates the monthly partitions of civilservice.access_event (each with its primary key) for months months from from_month that do not exist yet, moving events already in the default partition into them; returns the names created. Create partitions only with it. Run it ahead (e.g. monthly from cron: SELECT civilservice.ensure_access_event_partitions(current_date, 12))';

CREATE FUNCTION civilservice.access_event_accept(state_body_id bigint, employee_id bigint, at timestamptz,
                                                 direction text, device_id text, source text)
RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_access_event_accept' LANGUAGE C STABLE PARALLEL UNSAFE;
COMMENT ON FUNCTION civilservice.access_event_accept(bigint, bigint, timestamptz, text, text, text) IS
  'п. 20: the COPY filter added to every COPY FROM into civilservice.access_event: false for a resent event (already stored or loaded) and, in divert mode, for a malformed row, which it records in access_event_rejected. Declared STABLE so that COPY keeps inserting in batches; it reads the table only through its primary key';

CREATE FUNCTION civilservice.access_event_load_stats(OUT stored bigint, OUT duplicates bigint, OUT diverted bigint)
    AS 'MODULE_PATHNAME', 'cs_access_event_load_stats' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION civilservice.access_event_load_stats() IS
  'п. 20: counts of the latest load of access-control events in this session: rows stored, resent duplicates skipped, rows diverted. Call it first in a loading session: it loads the library, so that the session''s first COPY is already filtered';

CREATE FUNCTION civilservice.access_event_statement() RETURNS trigger
    AS 'MODULE_PATHNAME', 'cs_access_event_statement' LANGUAGE C;
COMMENT ON FUNCTION civilservice.access_event_statement() IS
  'Trigger: at the end of a load into civilservice.access_event, reports the rows stored, the resent duplicates skipped and the rows diverted (NOTICE; WARNING when rows were diverted)';

-- The check of the employee caches civilservice.employee per backend; a
-- change to the table drops the cache in every backend.
CREATE FUNCTION civilservice.employee_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'cs_employee_invalidate' LANGUAGE C;
COMMENT ON FUNCTION civilservice.employee_invalidate() IS
  'Trigger: drops the cached employee keys used by the checks of access-control events (п. 20) in every backend after a change to civilservice.employee';
