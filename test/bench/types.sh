#!/usr/bin/env bash
# Benchmark of the iin type against bigint, measured in the same run:
#   1. text input of 1,000,000 IINs (text::iin) vs the same texts as bigint;
#   2. 200,000 index lookups (nested loop, btree) on iin keys vs bigint keys.
# Prints the times and the ratios iin / bigint (goal: input within 2x,
# lookups on par). BENCH_N sets the number of values.
set -euo pipefail
PSQL=("${PGBIN:-/usr/lib/postgresql/15/bin}/psql" -X -q -v ON_ERROR_STOP=1 -At)
N=${BENCH_N:-1000000}
DB=civilservice_bench
export PGOPTIONS="-c client_min_messages=warning"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
"${PSQL[@]}" -d $DB <<SQL
CREATE EXTENSION civilservice CASCADE;
SELECT civilservice.create_records();
SET search_path = civilservice, public;
-- N distinct valid IINs: birth dates from 1960 on, century digit 3, serials
-- 0000-1199, check digit by the rule (prefixes without one are skipped).
CREATE TABLE prefix AS
  SELECT (to_char(d, 'YYMMDD') || '3' || lpad(n::text, 4, '0'))::bigint AS p
  FROM generate_series(date '1960-01-01', date '1960-01-01' + 1099, interval '1 day') d,
       generate_series(0, 1199) n;
CREATE TABLE ids AS
  SELECT lpad((p * 10 + c)::text, 12, '0') AS t
  FROM (SELECT p, CASE WHEN s1 < 10 THEN s1 WHEN s2 < 10 THEN s2 END AS c
        FROM (SELECT p,
                (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * k) % 11 FROM generate_series(1, 11) k) AS s1,
                (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * ((k + 1) % 11 + 1)) % 11 FROM generate_series(1, 11) k) AS s2
              FROM prefix) x) y
  WHERE c IS NOT NULL
  LIMIT $N;
DROP TABLE prefix;
CREATE TABLE k_iin (k iin PRIMARY KEY);
CREATE TABLE k_big (k bigint PRIMARY KEY);
INSERT INTO k_iin SELECT t::iin FROM ids;
INSERT INTO k_big SELECT t::bigint FROM ids;
CREATE TABLE probe AS SELECT t FROM ids ORDER BY random() LIMIT 200000;
CREATE TABLE probe_iin AS SELECT t::iin AS k FROM probe;
CREATE TABLE probe_big AS SELECT t::bigint AS k FROM probe;
VACUUM ANALYZE;
SQL
"${PSQL[@]}" -d $DB <<'SQL'
SET search_path = civilservice, public;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SET max_parallel_workers_per_gather = 0;
CREATE FUNCTION pg_temp.best(q text, runs int DEFAULT 5) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best float8 := 'infinity'; d float8;
BEGIN
  FOR i IN 1 .. runs LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    d := extract(epoch FROM clock_timestamp() - t0) * 1000;
    best := least(best, d);
  END LOOP;
  RETURN best;
END $$;
WITH r AS (
  SELECT pg_temp.best('SELECT count(t::iin) FROM ids') AS in_iin,
         pg_temp.best('SELECT count(t::bigint) FROM ids') AS in_big,
         pg_temp.best('SELECT count(*) FROM probe_iin p JOIN k_iin k ON k.k = p.k') AS lk_iin,
         pg_temp.best('SELECT count(*) FROM probe_big p JOIN k_big k ON k.k = p.k') AS lk_big,
         (SELECT count(*) FROM ids) AS n)
SELECT format('text input of %s values: iin %s ms, bigint %s ms, ratio %s (goal <= 2)',
              n, round(in_iin::numeric, 1), round(in_big::numeric, 1), round((in_iin / in_big)::numeric, 2))
       || E'\n' ||
       format('200000 btree index lookups: iin %s ms, bigint %s ms, ratio %s (goal ~ 1)',
              round(lk_iin::numeric, 1), round(lk_big::numeric, 1), round((lk_iin / lk_big)::numeric, 2))
FROM r;
SQL
"${PSQL[@]}" -d postgres -c "DROP DATABASE $DB"
