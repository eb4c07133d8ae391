-- The production calendar: Kazakh days off, transfers and deadlines.
\pset footer off
\echo '--- Is 4 May 2024 (a Saturday) a working day? It was, by the transfer order.'
SELECT civilservice.is_working_day('2024-05-04') AS "2024-05-04 working?",
       civilservice.is_working_day('2024-05-08') AS "2024-05-08 working?";

\echo '--- п. 16: an application received on Friday 20 March 2026, before the Nauryz days off.'
SELECT civilservice.review_deadline('2026-03-20') AS deadline,
       civilservice.working_days_between('2026-03-20', civilservice.review_deadline('2026-03-20')) AS working_days;

\echo '--- Working days per year (the official balance: 2024 = 249, 2025 = 246, 2026 = 247).'
SELECT extract(year FROM day)::int AS year, count(*) FILTER (WHERE is_working) AS working_days,
       count(*) FILTER (WHERE is_working) * 8 AS hours
FROM generate_series(2023, 2026) y, civilservice.calendar_days(y) GROUP BY 1 ORDER BY 1;

\echo '--- The days off of March 2026 and why.'
SELECT day, to_char(day, 'Dy') AS dow, reason FROM civilservice.calendar_days(2026)
WHERE NOT is_working AND day BETWEEN '2026-03-01' AND '2026-03-31' AND reason <> 'Выходной день';

\echo '--- Which years are confirmed and which are provisional.'
SELECT year, status, to_load FROM civilservice.calendar_year_status WHERE year >= 2025;
