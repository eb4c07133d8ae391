#!/usr/bin/env bash
# Benchmark of the target indicators: civilservice.indicator_progress (the
# seven indicators against their targets, per body and national, with the
# previous year's actual) over a nation against "the plain aggregates it is
# made of": the same counts written as direct GROUP BY queries.
#
# The nation: BENCH_SERVANTS (default 90,000) servants in BENCH_BODIES
# (default 200) bodies, five years of history 2022–2026 made with
# generate_series: employment periods (from 2010–2025; 15% left before
# November 2026), education (20% with a master's or a higher degree, the rest
# a bachelor's), training (30% of the servants a year, 90% completed),
# internships (4% a year), disciplinary cases (2% a year, a third of them
# ethics or discrediting, a tenth not established), competitions (10 a year
# per body, 1–3 places) with 0–12 candidacies each, and flexible-time
# applications (5% of the servants a year; electronic from 11.07.2026, a
# mix before). The tables of the personnel and selection modules are made
# here with the columns the indicators read when those modules are not
# installed (and civilservice.candidates_per_place with them).
#
# Timed in one session, serial plans on both sides
# (max_parallel_workers_per_gather = 0), rounds alternating (BENCH_RUNS,
# default 3), each statement run once before to warm the cache, best round
# kept. The view is read for 2024–2028 (it computes 2023 for the trend; the
# years after the current one have no actuals); the plain aggregates cover the
# same years 2023..the current year. Prints both times and the ratio (goal:
# at most 2x). Not a test: nothing here fails on time.
set -euo pipefail
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
PSQL=("${PGBIN:-/usr/lib/postgresql/15/bin}/psql" -X -q -v ON_ERROR_STOP=1 -At)
N=${BENCH_SERVANTS:-90000}
B=${BENCH_BODIES:-200}
RUNS=${BENCH_RUNS:-3}
DB=civilservice_bench_indicators
export PGOPTIONS="-c client_min_messages=warning"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
start=$(date +%s)
"${PSQL[@]}" -d $DB <<SQL
CREATE EXTENSION civilservice CASCADE;
SELECT civilservice.create_records();
SET search_path = civilservice, public;
CREATE FUNCTION pg_temp.iin_of(p bigint) RETURNS text LANGUAGE sql AS \$\$
  SELECT lpad((p * 10 + c)::text, 12, '0')
    FROM (SELECT CASE WHEN s1 < 10 THEN s1 WHEN s2 < 10 THEN s2 END AS c
            FROM (SELECT (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * k) % 11 FROM generate_series(1, 11) k) AS s1,
                         (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * ((k + 1) % 11 + 1)) % 11 FROM generate_series(1, 11) k) AS s2) x) y
\$\$;
INSERT INTO state_body (id, bin, name_ru)
SELECT row_number() OVER (), b::bin, 'Орган ' || row_number() OVER ()
  FROM (SELECT pg_temp.iin_of(4054000000 + s) AS b FROM generate_series(1, $B * 2) s) x
 WHERE b IS NOT NULL AND civilservice.bin_is_valid(b) LIMIT $B;
-- servants: IINs of people born 1965–2000 (century digit 3 or 4)
CREATE TEMP TABLE iins AS
SELECT row_number() OVER () AS n, i
  FROM (SELECT pg_temp.iin_of((to_char(date '1965-01-01' + d * 3, 'YYMMDD') || (3 + s % 2) || lpad(s::text, 4, '0'))::bigint) AS i
          FROM generate_series(0, ($N / 8)::int) d, generate_series(1, 12) s) s
 WHERE i IS NOT NULL LIMIT $N;
INSERT INTO employee (state_body_id, id, iin, employed_from, employed_to, full_name)
SELECT 1 + n % $B, n, i::iin, f, CASE WHEN n % 7 = 0 THEN f + ((date '2026-10-31' - f) * ((n * 37) % 100) / 100)::int END, 'E' || n
  FROM (SELECT n, i, date '2010-01-01' + ((n * 7919) % 5840)::int AS f FROM iins) x;
INSERT INTO education (state_body_id, employee_id, level, awarded_on, document)
SELECT state_body_id, id, CASE WHEN id % 5 = 0 THEN (ARRAY['master', 'master', 'master', 'phd', 'doctor_by_profile', 'candidate_of_sciences'])[1 + id % 6] ELSE 'bachelor' END,
       least(employed_from - 400 + (id % 3000)::int, coalesce(employed_to, 'infinity')), 'Диплом ' || id
  FROM employee;
INSERT INTO training (state_body_id, employee_id, kind, provider, period, completed_on)
SELECT e.state_body_id, e.id, 'qualification_upgrade', 'АГУ', daterange(d, d + 10), CASE WHEN (e.id + y) % 10 <> 0 THEN d + 9 END
  FROM employee e CROSS JOIN generate_series(2022, 2026) y
 CROSS JOIN LATERAL (SELECT make_date(y, 1, 10) + ((e.id * 13 + y) % 300)::int AS d) x
 WHERE (e.id + y) % 10 < 3 AND e.employed_from <= d AND coalesce(e.employed_to, 'infinity') >= d + 9
   AND d + 9 <= date '2026-11-01';
INSERT INTO internship (state_body_id, employee_id, kind, host, period, completed_on)
SELECT e.state_body_id, e.id, 'inter_agency', 'Орган', daterange(d, d + 20), d + 19
  FROM employee e CROSS JOIN generate_series(2022, 2026) y
 CROSS JOIN LATERAL (SELECT make_date(y, 2, 1) + ((e.id * 17 + y) % 240)::int AS d) x
 WHERE (e.id * 3 + y) % 25 = 0 AND e.employed_from <= d AND coalesce(e.employed_to, 'infinity') >= d + 19;
INSERT INTO disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome)
SELECT e.state_body_id, e.id, (ARRAY['ethics', 'discrediting', 'corruption', 'other', 'other', 'other'])[1 + (e.id + y) % 6],
       d - 30, d, CASE WHEN (e.id + y) % 10 = 0 THEN 'not_established' ELSE 'non_disciplinary_measure' END
  FROM employee e CROSS JOIN generate_series(2022, 2026) y
 CROSS JOIN LATERAL (SELECT make_date(y, 2, 1) + ((e.id * 11 + y) % 260)::int AS d) x
 WHERE (e.id * 7 + y) % 50 = 0 AND e.employed_from <= d - 30 AND coalesce(e.employed_to, 'infinity') >= d;
INSERT INTO competition (state_body_id, id, kind, announced_on, places, position, status)
SELECT b, (y - 2022) * 100 + k, (ARRAY['universal', 'general', 'general'])[1 + k % 3], make_date(y, 1, 15) + (k * 29 % 300),
       1 + k % 3, 'Эксперт', 'announced'
  FROM generate_series(1, $B) b, generate_series(2022, 2026) y, generate_series(1, 10) k;
INSERT INTO candidacy (state_body_id, competition_id, iin, full_name, applied_on, channel)
SELECT c.state_body_id, c.id, pg_temp.iin_of(95010130000 + j)::iin, 'Кандидат ' || j, c.announced_on + 5, 'e_qyzmet'
  FROM competition c CROSS JOIN LATERAL generate_series(1, (c.state_body_id * 7 + c.id) % 13) j;
INSERT INTO flexible_application (state_body_id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
SELECT e.state_body_id, e.id, r, CASE WHEN r >= '2026-07-11' OR (e.id + y) % 3 <> 0 THEN 'e_qyzmet' ELSE 'paper' END, 'уход за ребёнком',
       'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8',
       daterange(r::date + 10, r::date + 70)
  FROM employee e CROSS JOIN generate_series(2022, 2026) y
 CROSS JOIN LATERAL (SELECT (make_date(y, 1, 10) + ((e.id * 19 + y) % 290)::int + time '09:00') AT TIME ZONE 'Asia/Almaty' AS r) x
 WHERE (e.id * 5 + y) % 20 = 0 AND e.employed_from <= r::date AND coalesce(e.employed_to, 'infinity') >= r::date;
VACUUM ANALYZE;
SQL
gen=$(( $(date +%s) - start ))
"${PSQL[@]}" -d $DB <<SQL
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE timing (side text, round int, ms numeric);
CREATE FUNCTION pg_temp.time_ms(q text) RETURNS numeric LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz; n bigint;
BEGIN
    EXECUTE 'SELECT count(*) FROM (' || q || ') x' INTO n;   -- warm
    t0 := clock_timestamp();
    EXECUTE 'SELECT count(*) FROM (' || q || ') x' INTO n;
    RETURN round(extract(epoch FROM clock_timestamp() - t0) * 1000, 1);
END \$\$;
\set view 'SELECT * FROM civilservice.indicator_progress WHERE year BETWEEN 2024 AND 2028'
-- the same counts as direct GROUP BY queries, per body and national, years 2023..the current one
\set plain 'WITH y AS (SELECT g AS yr, make_date(g, 1, 1) AS d0, make_date(g, 12, 31) AS d1, least(make_date(g, 12, 31), CURRENT_DATE) AS d FROM generate_series(2023, least(2029, extract(year FROM CURRENT_DATE)::int)) g), hc AS (SELECT e.state_body_id b, y.yr, count(*) n FROM civilservice.employee e JOIN y ON e.employed_from <= y.d1 AND coalesce(e.employed_to, ''infinity'') >= y.d0 GROUP BY 1, 2), i2 AS (SELECT state_body_id b, extract(year FROM decided_on)::int yr, count(DISTINCT employee_id) s, count(*) c FROM civilservice.disciplinary_case WHERE decided_on >= date ''2023-01-01'' AND offence_kind IN (''ethics'', ''discrediting'') AND outcome <> ''not_established'' GROUP BY 1, 2), i4 AS (SELECT e.state_body_id b, y.yr, count(*) n, count(*) FILTER (WHERE g.since <= y.d) h FROM civilservice.employee e JOIN y ON e.employed_from <= y.d AND coalesce(e.employed_to, ''infinity'') >= y.d LEFT JOIN (SELECT state_body_id, employee_id, min(awarded_on) since FROM civilservice.education WHERE level <> ''bachelor'' AND level <> ''secondary'' GROUP BY 1, 2) g ON g.state_body_id = e.state_body_id AND g.employee_id = e.id GROUP BY GROUPING SETS ((1, 2), (2))), t AS (SELECT DISTINCT state_body_id b, employee_id, extract(year FROM completed_on)::int yr FROM civilservice.training WHERE completed_on >= date ''2023-01-01''), s AS (SELECT DISTINCT state_body_id b, employee_id, extract(year FROM completed_on)::int yr FROM civilservice.internship WHERE completed_on >= date ''2023-01-01''), i5 AS (SELECT coalesce(t.b, s.b) b, coalesce(t.yr, s.yr) yr, count(*) FILTER (WHERE t.b IS NOT NULL AND s.b IS NOT NULL) a, count(*) o FROM t FULL JOIN s USING (b, employee_id, yr) GROUP BY 1, 2), i3 AS (SELECT c.state_body_id b, extract(year FROM c.announced_on)::int yr, sum(c.places) p, sum(k.n) k FROM civilservice.competition c LEFT JOIN (SELECT state_body_id, competition_id, count(*) n FROM civilservice.candidacy GROUP BY 1, 2) k ON k.state_body_id = c.state_body_id AND k.competition_id = c.id WHERE c.announced_on >= date ''2023-01-01'' GROUP BY GROUPING SETS ((1, 2), (2))), i6 AS (SELECT fa.state_body_id b, extract(year FROM fa.received_at AT TIME ZONE sb.time_zone)::int yr, count(*) n, count(*) FILTER (WHERE fa.channel IN (''e_qyzmet'', ''hr_information_system'')) el FROM civilservice.flexible_application fa JOIN civilservice.state_body sb ON sb.id = fa.state_body_id WHERE fa.received_at >= timestamptz ''2022-12-31'' GROUP BY GROUPING SETS ((1, 2), (2))), f AS (SELECT hc.b, hc.yr, sum(hc.n) n, sum(coalesce(i2.s, 0)) s, sum(coalesce(i2.c, 0)) c, sum(coalesce(i5.a, 0)) a, sum(coalesce(i5.o, 0)) o FROM hc LEFT JOIN i2 USING (b, yr) LEFT JOIN i5 USING (b, yr) GROUP BY GROUPING SETS ((hc.b, hc.yr), (hc.yr))) SELECT b, yr, s * 100.0 / n, c * 100.0 / n, a * 100.0 / n, o * 100.0 / n FROM f UNION ALL SELECT b, yr, h * 100.0 / n, NULL, NULL, NULL FROM i4 UNION ALL SELECT b, yr, k / p, NULL, NULL, NULL FROM i3 UNION ALL SELECT b, yr, el * 100.0 / n, NULL, NULL, NULL FROM i6'
SELECT count(*) AS view_rows FROM (:view) v \gset
SELECT count(*) AS plain_rows FROM (:plain) p \gset
SELECT count(*) AS servants FROM civilservice.employee \gset
SELECT (SELECT count(*) FROM civilservice.training) + (SELECT count(*) FROM civilservice.internship)
     + (SELECT count(*) FROM civilservice.disciplinary_case) + (SELECT count(*) FROM civilservice.candidacy)
     + (SELECT count(*) FROM civilservice.flexible_application) + (SELECT count(*) FROM civilservice.education) AS history_rows \gset
CREATE TEMP TABLE query (side text, q text);
INSERT INTO query VALUES ('view', :'view'), ('plain', :'plain');
DO \$\$
DECLARE r int; x record;
BEGIN
    FOR r IN 1..$RUNS LOOP
        FOR x IN SELECT * FROM query ORDER BY side DESC LOOP
            INSERT INTO timing VALUES (x.side, r, pg_temp.time_ms(x.q));
        END LOOP;
    END LOOP;
END \$\$;
SELECT min(ms) FILTER (WHERE side = 'view') AS v, min(ms) FILTER (WHERE side = 'plain') AS p,
       string_agg(ms::text, ' ' ORDER BY round) FILTER (WHERE side = 'view') AS vs,
       string_agg(ms::text, ' ' ORDER BY round) FILTER (WHERE side = 'plain') AS ps FROM timing \gset
\echo 'indicator progress of a nation of' :servants 'servants in $B bodies,' :history_rows 'rows of history 2022–2026 (generated in $gen s)'
\echo '  indicator_progress 2024–2028 (' :view_rows 'rows):' :v 'ms, best of' :vs
\echo '  the plain GROUP BY aggregates (' :plain_rows 'rows):' :p 'ms, best of' :ps
SELECT format('  ratio: %sx (goal <= 2x)', round(:v / :p, 2));
SQL
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB"
