-- Violations (п. 21): kept current from the changes of their sources, their
-- recomputation from attendance, and the candidates for cancellation of
-- participation for systematic breach.
--
-- Currency. Every source of attendance (badge events, remote time records,
-- recalls, acts and their lists, employments) carries statement triggers
-- with transition tables that queue the (state body, employee, days) a
-- statement touched in civilservice.violation_queue, in the same
-- transaction. civilservice.refresh_violations() recomputes the queued days
-- that have ended (in the body's time zone) and removes them from the queue;
-- pg_cron runs it every few minutes, and systematic_breaches() runs it first.
-- A recomputation changes only what changed.

------------------------------------------------------------------------------
-- Queueing the touched days

-- The days a row touches, as an expression over the row t of the
-- transition table: by the type of the day or period column(s).
-- SECURITY DEFINER: whoever may change a source (a badge loader, the HR
-- service) queues its days without any right on the queue itself; the
-- function writes nothing but the queue, from the statement's own rows.
CREATE FUNCTION civilservice.queue_violation_days() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    emp_col  text;
    from_col text;
    to_col   text;
    watched  text[];
    from_type text;
    to_type  text;
    projection text;
    rows_sql text;
    lo_raw   text;
    hi_raw   text;
    lo_day   text;
    hi_day   text;
    valid    text;
BEGIN
    IF TG_WHEN <> 'AFTER' OR TG_LEVEL <> 'STATEMENT' OR TG_OP NOT IN ('INSERT', 'UPDATE', 'DELETE')
       OR TG_NARGS < 2 OR TG_TABLE_SCHEMA <> 'civilservice' THEN
        RAISE EXCEPTION 'queue_violation_days() must be an AFTER INSERT, UPDATE or DELETE statement trigger on a table of civilservice with transition tables, with the employee column and the day or period column(s) as its arguments'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    emp_col := TG_ARGV[0];
    from_col := TG_ARGV[1];
    to_col := CASE WHEN TG_NARGS > 2 THEN nullif(TG_ARGV[2], '') END;
    watched := CASE WHEN TG_NARGS > 3 THEN TG_ARGV[3:TG_NARGS - 1] ELSE '{}' END;
    SELECT format_type(a.atttypid, NULL) INTO from_type FROM pg_attribute a
     WHERE a.attrelid = TG_RELID AND a.attname = from_col AND a.attnum > 0 AND NOT a.attisdropped;
    IF to_col IS NOT NULL THEN
        SELECT format_type(a.atttypid, NULL) INTO to_type FROM pg_attribute a
         WHERE a.attrelid = TG_RELID AND a.attname = to_col AND a.attnum > 0 AND NOT a.attisdropped;
    END IF;
    IF from_type IS NULL OR (to_col IS NOT NULL AND to_type IS DISTINCT FROM from_type)
       OR from_type NOT IN ('date', 'timestamp with time zone', 'daterange', 'tstzrange')
       OR (to_col IS NOT NULL AND from_type NOT IN ('date', 'timestamp with time zone'))
       OR NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = TG_RELID AND a.attname = emp_col
                         AND a.atttypid = 'bigint'::regtype AND a.attnum > 0 AND NOT a.attisdropped)
       OR NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = TG_RELID AND a.attname = 'state_body_id'
                         AND a.atttypid = 'bigint'::regtype AND a.attnum > 0 AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'queue_violation_days(): civilservice.% has no bigint columns state_body_id and "%", or "%"% is not a date, timestamptz, daterange or tstzrange (a pair of dates or of timestamptz)',
            TG_TABLE_NAME, emp_col, from_col, coalesce(' / "' || to_col || '"', '')
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;

    -- the earliest and latest value over a group of rows, then the local days
    CASE from_type
    WHEN 'date' THEN
        lo_raw := format('min(t.%I)', from_col);
        hi_raw := CASE WHEN to_col IS NULL THEN format('max(t.%I)', from_col)
                       ELSE format('max(coalesce(t.%I, ''infinity''::date))', to_col) END;  -- an open end: up to today
        lo_day := 'g.lo';
        hi_day := 'g.hi';
        valid := format('t.%I IS NOT NULL', from_col);
    WHEN 'timestamp with time zone' THEN
        lo_raw := format('min(t.%I)', from_col);
        hi_raw := CASE WHEN to_col IS NULL THEN format('max(t.%I)', from_col)
                       ELSE format('max(coalesce(t.%I, t.%I))', to_col, from_col) END;       -- no end: the instant
        -- the day before too: an exit after midnight belongs to the day of
        -- its entry (clamped first: never a day before an infinite date)
        lo_day := 'CAST(greatest(g.lo, now() - interval ''3651 days'') AT TIME ZONE b.time_zone AS date) - 1';
        hi_day := 'CAST(g.hi AT TIME ZONE b.time_zone AS date)';
        valid := format('t.%I IS NOT NULL', from_col);
    WHEN 'daterange' THEN
        lo_raw := format('min(coalesce(lower(t.%I), ''-infinity''::date))', from_col);
        hi_raw := format('max(coalesce(upper(t.%I) - 1, ''infinity''::date))', from_col);
        lo_day := 'g.lo';
        hi_day := 'g.hi';
        valid := format('NOT isempty(t.%I)', from_col);
    ELSE  -- tstzrange
        lo_raw := format('min(coalesce(lower(t.%I), ''-infinity''::timestamptz))', from_col);
        hi_raw := format('max(coalesce(upper(t.%I), ''infinity''::timestamptz))', from_col);
        lo_day := 'CAST(greatest(g.lo, now() - interval ''3651 days'') AT TIME ZONE b.time_zone AS date) - 1';
        hi_day := 'CAST(g.hi AT TIME ZONE b.time_zone AS date)';
        valid := format('NOT isempty(t.%I)', from_col);
    END CASE;

    -- the rows concerned: on UPDATE only those whose employee, days or
    -- watched columns changed (rows unchanged in them cancel out)
    projection := format('t.state_body_id, t.%I, t.%I', emp_col, from_col)
               || CASE WHEN to_col IS NOT NULL THEN format(', t.%I', to_col) ELSE '' END
               || coalesce((SELECT string_agg(format(', CAST(t.%I AS text)', w), '') FROM unnest(watched) w), '');
    IF TG_OP = 'INSERT' THEN
        rows_sql := 'SELECT * FROM new_rows';
    ELSIF TG_OP = 'DELETE' THEN
        rows_sql := 'SELECT * FROM old_rows';
    ELSE
        -- set operations (hashed or sorted), never a rescan per row: a
        -- statement may change a hundred thousand rows
        rows_sql := format('(SELECT %1$s FROM new_rows t EXCEPT ALL SELECT %1$s FROM old_rows t) '
                           'UNION ALL (SELECT %1$s FROM old_rows t EXCEPT ALL SELECT %1$s FROM new_rows t)',
                           projection);
    END IF;

    EXECUTE format(
        'INSERT INTO civilservice.violation_queue (state_body_id, employee_id, days, source_table) '
        'SELECT g.state_body_id, g.employee_id, daterange(d.first_day, d.last_day, ''[]''), $1 '
        '  FROM (SELECT t.state_body_id, t.%1$I AS employee_id, %2$s AS lo, %3$s AS hi '
        '          FROM (%4$s) t WHERE %5$s AND t.%1$I IS NOT NULL AND t.state_body_id IS NOT NULL '
        '         GROUP BY t.state_body_id, t.%1$I) g '
        '  JOIN civilservice.state_body b ON b.id OPERATOR(pg_catalog.=) g.state_body_id '
        '  CROSS JOIN LATERAL (SELECT CAST(now() AT TIME ZONE b.time_zone AS date) AS today) n '
        '  CROSS JOIN LATERAL (SELECT greatest(%6$s, n.today OPERATOR(pg_catalog.-) 3650) AS first_day, '
        '                             least(%7$s, n.today) AS last_day) d '
        ' WHERE d.first_day OPERATOR(pg_catalog.<=) d.last_day '
        '   AND EXISTS (SELECT FROM civilservice.employee e WHERE e.state_body_id OPERATOR(pg_catalog.=) g.state_body_id '
        '                  AND e.id OPERATOR(pg_catalog.=) g.employee_id)',
        emp_col, lo_raw, hi_raw, rows_sql, valid, lo_day, hi_day)
      USING TG_TABLE_NAME;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.queue_violation_days() IS
  'Trigger (AFTER INSERT, UPDATE or DELETE FOR EACH STATEMENT, with transition tables new_rows / old_rows): queues in civilservice.violation_queue, per state body and employee, the days the statement touched, so that refresh_violations() recomputes their violations (п. 20, 21). Arguments: the employee column (bigint; the table has state_body_id bigint), the day or period column — date (that day), timestamptz (the local day in the body''s time zone, and the day before: a night belongs to the day it started), daterange or tstzrange — or two columns, a pair of dates (a NULL end: open, up to today) or of timestamptz (a NULL end: the instant itself); then, for UPDATE, the columns whose change matters besides the employee and the days (none: the employee and the days only). The days are clamped to the last ten years up to the body''s today';
REVOKE ALL ON FUNCTION civilservice.queue_violation_days() FROM PUBLIC;


------------------------------------------------------------------------------
-- Recomputation

-- What attendance finds now: the daily violations of [from_day, to_day] and
-- the weekly excesses recorded on a Sunday within it.
CREATE FUNCTION civilservice.violations_found(body bigint, from_day date, to_day date, employees bigint[],
                                              sundays_from date, sundays_to date)
    RETURNS TABLE (employee_id bigint, day date, kind text, detail text)
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED SET search_path = pg_catalog AS $$
BEGIN
    IF employees IS NULL OR cardinality(employees) > 64 THEN
        -- the body at once, then the employees asked for
        RETURN QUERY
        SELECT a.employee_id, a.day, k.kind,
               format('%s: %s, %s–%s, present %s, schedule %s', a.day, a.expected,
                      coalesce(to_char(a.first_in, 'HH24:MI'), '—'), coalesce(to_char(a.last_out, 'HH24:MI'), '—'),
                      coalesce(to_char(a.time_present, 'HH24:MI'), '—'), coalesce(a.schedule::text, 'none'))
          FROM civilservice.attendance(from_day, to_day, body) a
          CROSS JOIN LATERAL unnest(a.breaches) k(kind)
         WHERE civilservice.counts_as_violation(k.kind)
           AND (employees IS NULL OR a.employee_id IN (SELECT unnest(employees)))
        UNION ALL
        SELECT w.employee_id, w.week_start + 6, 'over_weekly_limit',
               format('ISO week %s-W%s: %s worked, limit %s', w.iso_year, lpad(w.iso_week::text, 2, '0'),
                      w.time_worked, w.weekly_limit)
          FROM civilservice.weekly_totals(sundays_from, sundays_to, body) w
         WHERE w.over_limit AND w.week_start + 6 BETWEEN sundays_from AND sundays_to
           AND (employees IS NULL OR w.employee_id IN (SELECT unnest(employees)));
    ELSE
        -- each employee's own records only
        RETURN QUERY
        SELECT a.employee_id, a.day, k.kind,
               format('%s: %s, %s–%s, present %s, schedule %s', a.day, a.expected,
                      coalesce(to_char(a.first_in, 'HH24:MI'), '—'), coalesce(to_char(a.last_out, 'HH24:MI'), '—'),
                      coalesce(to_char(a.time_present, 'HH24:MI'), '—'), coalesce(a.schedule::text, 'none'))
          FROM (SELECT DISTINCT e FROM unnest(employees) e) em(id)
          CROSS JOIN LATERAL civilservice.attendance(from_day, to_day, body, em.id) a
          CROSS JOIN LATERAL unnest(a.breaches) k(kind)
         WHERE civilservice.counts_as_violation(k.kind)
        UNION ALL
        SELECT w.employee_id, w.week_start + 6, 'over_weekly_limit',
               format('ISO week %s-W%s: %s worked, limit %s', w.iso_year, lpad(w.iso_week::text, 2, '0'),
                      w.time_worked, w.weekly_limit)
          FROM (SELECT DISTINCT e FROM unnest(employees) e) em(id)
          CROSS JOIN LATERAL civilservice.weekly_totals(sundays_from, sundays_to, body, em.id) w
         WHERE w.over_limit AND w.week_start + 6 BETWEEN sundays_from AND sundays_to;
    END IF;
END $$;
COMMENT ON FUNCTION civilservice.violations_found(bigint, date, date, bigint[], date, date) IS
  'п. 21: the violations attendance() and weekly_totals() find now for a state body: the daily ones of [from_day, to_day] and the weekly excesses of the weeks whose Sunday (where the excess is recorded) is in [sundays_from, sundays_to]; of every employee (employees NULL), or of the employees listed (each from that employee''s own records when they are few)';

CREATE FUNCTION civilservice.sync_violations(body bigint, from_day date, to_day date, employees bigint[],
                                             sundays_from date, sundays_to date)
    RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    n integer;
BEGIN
    IF body IS NULL OR from_day IS NULL OR to_day IS NULL OR to_day < from_day
       OR sundays_from IS NULL OR sundays_to IS NULL THEN
        RAISE EXCEPTION 'sync_violations needs a state body and its periods: body % from_day % to_day % sundays % to %',
            body, from_day, to_day, sundays_from, sundays_to
          USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- one recomputation at a time, so two never both write a day
    PERFORM pg_advisory_xact_lock(8437291, 21);
    WITH found AS MATERIALIZED (
        SELECT * FROM civilservice.violations_found(body, from_day, to_day, employees, sundays_from, sundays_to)
    ), gone AS (
        DELETE FROM civilservice.violation v
         WHERE v.state_body_id = body AND v.source = 'computed'
           AND CASE WHEN v.kind = 'over_weekly_limit' THEN v.day BETWEEN sundays_from AND sundays_to
                    ELSE v.day BETWEEN from_day AND to_day END
           AND (employees IS NULL OR v.employee_id IN (SELECT unnest(employees)))
           AND NOT EXISTS (SELECT FROM found f WHERE f.employee_id = v.employee_id AND f.day = v.day AND f.kind = v.kind)
        RETURNING 1
    ), written AS (
        INSERT INTO civilservice.violation AS v (state_body_id, employee_id, day, kind, detail, source)
        SELECT body, f.employee_id, f.day, f.kind, f.detail, 'computed' FROM found f
        ON CONFLICT (state_body_id, employee_id, day, kind) WHERE source = 'computed'
        DO UPDATE SET detail = excluded.detail WHERE v.detail IS DISTINCT FROM excluded.detail
        RETURNING 1
    )
    SELECT count(*) FILTER (WHERE f.kind <> 'over_weekly_limit') INTO n FROM found f;
    RETURN n;
END $$;
COMMENT ON FUNCTION civilservice.sync_violations(bigint, date, date, bigint[], date, date) IS
  'п. 21: makes the computed violations of a state body (of every employee when employees is NULL, else of those listed) what attendance finds now (violations_found): the daily ones of [from_day, to_day], the weekly excesses recorded on the Sundays of [sundays_from, sundays_to]. It deletes those no longer found, inserts the new ones, updates a changed detail and leaves the others alone, so the history holds real changes only; manual violations are never touched; returns the number of daily violations found';

CREATE FUNCTION civilservice.recompute_violations(from_day date, to_day date, body bigint DEFAULT NULL)
    RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    n integer := 0;
    b bigint;
BEGIN
    IF from_day IS NULL OR to_day IS NULL OR to_day < from_day THEN
        RAISE EXCEPTION 'recompute_violations needs a period: from_day % to_day %', from_day, to_day
          USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM civilservice.attendance_period(from_day, to_day);
    FOR b IN SELECT sb.id FROM civilservice.state_body sb WHERE body IS NULL OR sb.id = body ORDER BY sb.id LOOP
        n := n + civilservice.sync_violations(b, from_day, to_day, NULL, from_day, to_day);
    END LOOP;
    RETURN n;
END $$;
COMMENT ON FUNCTION civilservice.recompute_violations(date, date, bigint) IS
  'п. 21: makes the computed violations of [from_day, to_day] (all bodies when body is NULL) what attendance() and weekly_totals() find now (a week''s excess is recorded on its Sunday), changing only what changed; manual violations are never touched; returns the number of daily violations found. Days with no change of their sources (a day nobody came) are computed only by it: run it nightly for the previous day';

CREATE FUNCTION civilservice.refresh_violations(body bigint DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    b record;
    today date;
    employees bigint[];
    first_day date;
    last_day date;
    k integer;
    n integer := 0;
    rules_from date;
BEGIN
    -- the first Monday from which every limit attendance applies is in force
    SELECT CAST(date_trunc('week', max(p.first_from) + 6) AS date) INTO rules_from
      FROM (SELECT min(r.valid_from) AS first_from FROM civilservice.rule_parameter_in_force r
             WHERE r.name IN ('daily_hours_limit', 'weekly_hours_limit', 'attendance_max_session_hours')
             GROUP BY r.name) p;
    FOR b IN SELECT sb.id, sb.time_zone FROM civilservice.state_body sb
              WHERE (body IS NULL OR sb.id = body)
                AND EXISTS (SELECT FROM civilservice.violation_queue q WHERE q.state_body_id = sb.id)
              ORDER BY sb.id LOOP
        today := CAST(now() AT TIME ZONE b.time_zone AS date);
        -- the entries with a day that has ended; another refresh takes the others
        WITH taken AS (
            DELETE FROM civilservice.violation_queue q
             WHERE q.state_body_id = b.id
               AND q.id IN (SELECT q2.id FROM civilservice.violation_queue q2
                             WHERE q2.state_body_id = b.id AND lower(q2.days) < today
                               FOR UPDATE SKIP LOCKED)
            RETURNING q.employee_id, q.days, q.source_table
        ), kept AS (
            -- today's part waits until the day ends
            INSERT INTO civilservice.violation_queue (state_body_id, employee_id, days, source_table)
            SELECT b.id, t.employee_id, t.days * daterange(today, NULL), t.source_table
              FROM taken t WHERE upper(t.days) > today
            RETURNING 1
        )
        SELECT array_agg(DISTINCT t.employee_id), min(lower(t.days)), max(least(upper(t.days), today)) - 1, count(*)
          INTO employees, first_day, last_day, k
          FROM taken t;
        CONTINUE WHEN k = 0;
        -- the days touched, and the weekly excess of their ISO weeks; never
        -- a day that has not ended, nor one before the limits of attendance
        -- are in force
        first_day := greatest(first_day, rules_from);
        IF first_day <= last_day THEN
            PERFORM civilservice.sync_violations(b.id, first_day, last_day, employees,
                                                 CAST(date_trunc('week', first_day) AS date) + 6,
                                                 least(CAST(date_trunc('week', last_day) AS date) + 6, today - 1));
        END IF;
        n := n + k;
    END LOOP;
    RETURN n;
END $$;
COMMENT ON FUNCTION civilservice.refresh_violations(bigint) IS
  'п. 20, 21: recomputes the violations of the days queued in civilservice.violation_queue (all bodies when body is NULL) that have ended in the body''s time zone (from the first week in which the limits of attendance are in force), with the weekly excess of their ISO weeks once the week has ended, changing only what changed, and removes those entries (today''s days wait until the day ends; entries another refresh holds are skipped); returns the number of queue entries processed. Run it every few minutes with pg_cron; systematic_breaches() runs it first. SECURITY DEFINER: it recomputes for every body whoever calls it, and returns only a count';

------------------------------------------------------------------------------
-- Candidates for cancellation (п. 21)

CREATE FUNCTION civilservice.systematic_breaches(on_date date DEFAULT NULL)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, full_name text, act_id bigint, act_number text,
                   breaches integer, threshold integer, counted_from date, counted_to date, kinds text[],
                   violations integer, pending_days integer)
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    waiting bigint;
BEGIN
    -- never count from stale violations: recompute what is queued first; a
    -- read-only transaction cannot, and says so
    IF current_setting('transaction_read_only') = 'on' THEN
        SELECT count(*) INTO waiting FROM civilservice.violation_queue q
         WHERE lower(q.days) < coalesce(on_date, current_date);
        IF waiting > 0 THEN
            RAISE WARNING 'п. 21: % entries of civilservice.violation_queue await the recomputation of their violations', waiting
              USING DETAIL = 'A read-only transaction cannot run civilservice.refresh_violations(); the candidates are counted from the violations as last recomputed, and pending_days shows the days of each candidate that are not.',
                    HINT = 'Run SELECT civilservice.refresh_violations() (pg_cron runs it every few minutes), then ask again.';
        END IF;
    ELSE
        PERFORM civilservice.refresh_violations();
    END IF;
    RETURN QUERY
    SELECT ae.state_body_id, ae.employee_id, e.full_name, ac.id, ac.number,
           -- a day with violations counts once; each incident the HR service
           -- documented (labour discipline, regime conditions) counts as one
           count(DISTINCT CASE WHEN v.source = 'manual' AND v.kind IN ('labour_discipline', 'regime_condition')
                               THEN 'incident ' || v.id ELSE 'day ' || v.day END)::integer,
           x.threshold, x.counted_from, x.on_day,
           array_agg(DISTINCT v.kind ORDER BY v.kind),
           count(v.id)::integer,
           (SELECT count(DISTINCT d)::integer
              FROM civilservice.violation_queue q
              CROSS JOIN LATERAL generate_series(greatest(lower(q.days), x.counted_from), least(upper(q.days) - 1, x.on_day), interval '1 day') d
             WHERE q.state_body_id = ae.state_body_id AND q.employee_id = ae.employee_id)
      FROM civilservice.act_employee ae
      JOIN civilservice.act ac ON ac.state_body_id = ae.state_body_id AND ac.id = ae.act_id
      JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
      JOIN civilservice.state_body b ON b.id = ae.state_body_id
      CROSS JOIN LATERAL (SELECT coalesce(on_date, CAST(now() AT TIME ZONE b.time_zone AS date)) AS on_day) t
      CROSS JOIN LATERAL (
          SELECT t.on_day,
                 civilservice.rule_parameter_value('systematic_breach_count', t.on_day, ae.state_body_id)::integer AS threshold,
                 CAST(t.on_day - make_interval(months => civilservice.rule_parameter_value('systematic_breach_window_months', t.on_day, ae.state_body_id)::integer) AS date) + 1 AS counted_from) x
      JOIN civilservice.violation v ON v.state_body_id = ae.state_body_id AND v.employee_id = ae.employee_id
                                   AND v.day BETWEEN x.counted_from AND x.on_day
     WHERE ac.regime = 'flexible' AND ac.status = 'signed' AND ae.effective_term @> x.on_day
     GROUP BY ae.state_body_id, ae.employee_id, e.full_name, ac.id, ac.number, x.threshold, x.counted_from, x.on_day
    HAVING count(DISTINCT CASE WHEN v.source = 'manual' AND v.kind IN ('labour_discipline', 'regime_condition')
                               THEN 'incident ' || v.id ELSE 'day ' || v.day END) >= x.threshold
     ORDER BY 1, 6 DESC, 2;
END $$;
COMMENT ON FUNCTION civilservice.systematic_breaches(date) IS
  'п. 21: employees on a signed flexible act in force on on_date (default: today in the body''s time zone) whose breaches within the window reach the threshold — the candidates for cancellation by the authorized person. Systematic means repeated: breaches counts the DAYS with a violation (computed or manual; a day with several violations counts once) plus each incident the HR service documented (manual labour_discipline or regime_condition, each one), never rows; violations gives the rows. The threshold (systematic_breach_count) and the window (systematic_breach_window_months, calendar months ending on the day) are those in force for the body (rule_parameter_value(name, date, body)). It first runs refresh_violations(), so queued days are recomputed; in a read-only transaction it cannot, warns, and pending_days gives the days of the window still queued for each candidate';
