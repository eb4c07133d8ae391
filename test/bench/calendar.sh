#!/usr/bin/env bash
# Calendar engine speed, measured against baselines in the same run:
#   10 million rows of (date, int): d + n (baseline), add_working_days,
#   working_days_between; a day-by-day PL/pgSQL loop and a generate_series
#   SQL implementation of the same deadline on a smaller sample.
# Goals: add_working_days within 1.25x of d + n per row; at least 100x faster
# than either reference implementation.
set -euo pipefail
ROWS=${BENCH_ROWS:-10000000}
SAMPLE=${BENCH_SAMPLE:-20000}
"$PGBIN/createdb" cs_bench_calendar 2>/dev/null || true
"$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -d cs_bench_calendar -v rows="$ROWS" -v sample="$SAMPLE" <<'SQL'
CREATE EXTENSION IF NOT EXISTS civilservice CASCADE;
SELECT civilservice.create_records();
SET max_parallel_workers_per_gather = 0;
SET work_mem = '256MB';
DROP TABLE IF EXISTS bench_dates, ref_days_off;
CREATE UNLOGGED TABLE bench_dates AS
SELECT ('2016-01-01'::date + (random() * 5000)::int) AS d, 1 + (random() * 29)::int AS n
FROM generate_series(1, :rows);
VACUUM ANALYZE bench_dates;
CREATE TABLE ref_days_off AS
SELECT day FROM generate_series(2016, 2030) y, civilservice.calendar_days(y) WHERE NOT is_working;
ALTER TABLE ref_days_off ADD PRIMARY KEY (day);

CREATE FUNCTION pg_temp.ref_plpgsql(d date, n int) RETURNS date LANGUAGE plpgsql STABLE AS $$
DECLARE r date := d; k int := 0;
BEGIN
  WHILE k < n LOOP
    r := r + 1;
    IF NOT EXISTS (SELECT 1 FROM ref_days_off WHERE day = r) THEN k := k + 1; END IF;
  END LOOP;
  RETURN r;
END $$;
CREATE FUNCTION pg_temp.ref_sql(d date, n int) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT g::date FROM generate_series(d + 1, d + 2 * n + 30, interval '1 day') g
  WHERE g::date NOT IN (SELECT day FROM ref_days_off) ORDER BY g OFFSET n - 1 LIMIT 1 $$;

-- the references agree with the engine on the sample
SELECT count(*) AS disagreements FROM (SELECT * FROM bench_dates LIMIT 2000) s
WHERE pg_temp.ref_plpgsql(d, n) <> civilservice.add_working_days(d, n)
   OR pg_temp.ref_sql(d, n) <> civilservice.add_working_days(d, n) \gset
\if :disagreements
  \echo 'reference implementations disagree with the engine'
  \quit 1
\endif

CREATE FUNCTION pg_temp.secs(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best float8 := 'infinity';
BEGIN
  FOR i IN 1..3 LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    best := least(best, extract(epoch FROM clock_timestamp() - t0));
  END LOOP;
  RETURN best;
END $$;

SELECT pg_temp.secs('SELECT max(d + n) FROM bench_dates') * 1e9 / :rows AS base \gset
SELECT pg_temp.secs('SELECT max(civilservice.add_working_days(d, n)) FROM bench_dates') * 1e9 / :rows AS awd \gset
SELECT pg_temp.secs('SELECT max(civilservice.working_days_between(d, d + n)) FROM bench_dates') * 1e9 / :rows AS wdb \gset
SELECT pg_temp.secs(format('SELECT max(pg_temp.ref_plpgsql(d, n)) FROM (SELECT * FROM bench_dates LIMIT %s) s', :sample)) * 1e9 / :sample AS plp \gset
SELECT pg_temp.secs(format('SELECT max(pg_temp.ref_sql(d, n)) FROM (SELECT * FROM bench_dates LIMIT %s) s', :sample)) * 1e9 / :sample AS gs \gset

\echo
\echo 'calendar bench (' :rows 'rows; references on' :sample 'rows)'
SELECT round(:base::numeric, 1) AS "d + n ns/row",
       round(:awd::numeric, 1)  AS "add_working_days ns/row",
       round(:wdb::numeric, 1)  AS "working_days_between ns/row",
       round(:plp::numeric, 0)  AS "plpgsql loop ns/row",
       round(:gs::numeric, 0)   AS "generate_series ns/row";
SELECT round((:awd / :base)::numeric, 2) AS "add_working_days / baseline (goal <= 1.25)",
       round((:wdb / :base)::numeric, 2) AS "working_days_between / baseline",
       round((:plp / :awd)::numeric, 0)  AS "plpgsql / add_working_days (goal >= 100)",
       round((:gs / :awd)::numeric, 0)   AS "generate_series / add_working_days (goal >= 100)";

-- cache build: the whole covered range, from cold
CREATE FUNCTION pg_temp.build_ms() RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best float8 := 'infinity';
BEGIN
  FOR i IN 1..5 LOOP
    -- a statement on a calendar table drops the cache (its trigger fires even
    -- when no row changes; shipped rows are never updated)
    UPDATE civilservice.calendar_entry SET name = name WHERE false;
    t0 := clock_timestamp();
    PERFORM civilservice.is_working_day('2026-01-05');
    best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
  END LOOP;
  RETURN best;
END $$;
BEGIN;
SELECT round(pg_temp.build_ms()::numeric, 2) AS "cache build ms, 2016-2030 (goal < 5)";
ROLLBACK;
SQL
"$PGBIN/dropdb" cs_bench_calendar
