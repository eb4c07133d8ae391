-- Violations stay current (п. 21): every load or correction queues the days
-- it touches (civilservice.violation_queue), and refresh_violations()
-- recomputes them. pg_cron (Debian package postgresql-15-cron, loaded by
-- shared_preload_libraries = 'civilservice,pg_cron') runs it every five
-- minutes, and the nightly recomputation of yesterday (days on which
-- nothing happened: a no-show touches no row) at 01:00. On the first of each
-- month at 00:30 it creates the badge events' partitions of the next twelve
-- months (civilservice.ensure_access_event_partitions(from_month, months))
-- and gives them the guard against TRUNCATE.
\pset footer off
SELECT current_database() AS demo_db, current_setting('cron.database_name', true) IS NOT NULL AS has_cron \gset
\if :has_cron
\echo '--- the schedule, kept by pg_cron in its own database'
\connect postgres
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_cron;
SELECT cron.schedule_in_database('civilservice refresh ' || :'demo_db', '*/5 * * * *',
                                 'SELECT civilservice.refresh_violations()', :'demo_db') > 0 AS scheduled;
SELECT cron.schedule_in_database('civilservice nightly ' || :'demo_db', '0 1 * * *',
                                 $$SELECT civilservice.recompute_violations(CAST(now() AS date) - 1, CAST(now() AS date) - 1)$$,
                                 :'demo_db') > 0 AS scheduled;
SELECT cron.schedule_in_database('civilservice partitions ' || :'demo_db', '30 0 1 * *',
                                 $$SELECT civilservice.ensure_access_event_partitions(CAST(now() AS date), 12); SELECT civilservice.guard_records_truncate()$$,
                                 :'demo_db') > 0 AS scheduled;
SELECT jobname, schedule, command, database FROM cron.job WHERE database = :'demo_db' ORDER BY jobname;
\connect :demo_db
\else
\echo '--- pg_cron is not loaded here: run SELECT civilservice.refresh_violations() on a schedule of your own'
\endif
\echo '--- what is queued now, and a refresh by hand (the same call the schedule makes)'
SELECT count(*) AS days_queued FROM civilservice.violation_queue;
SELECT civilservice.refresh_violations() AS entries_processed;
