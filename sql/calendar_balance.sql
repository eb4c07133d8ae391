-- Working days per year on the 5-day week, 2016-2030, from the shipped data.
-- Official balances of the Ministry of Labour: 2024 = 249 (after the Kurban Ait
-- correction), 2025 = 246, 2026 = 247 working days (x 8 hours; Kazakhstan has no
-- shortened pre-holiday day). 2027-2030 are provisional (see calendar_year_status).
SET datestyle = ISO;
SELECT year,
       count(*) FILTER (WHERE is_working)       AS working_days,
       count(*) FILTER (WHERE is_working) * 8   AS working_hours,
       count(*) FILTER (WHERE NOT is_working)   AS days_off
FROM generate_series(2016, 2030) AS year,
     civilservice.calendar_days(year)
GROUP BY year ORDER BY year;

-- the balance agrees with the counting functions
SELECT year, civilservice.working_days(daterange(make_date(year, 1, 1), make_date(year + 1, 1, 1))) AS working_days
FROM generate_series(2024, 2026) AS year;

-- every non-working weekday of 2025 and 2026, with its reason
SELECT day, to_char(day, 'Dy') AS dow, reason
FROM civilservice.calendar_days(2025)
WHERE NOT is_working AND extract(isodow FROM day) < 6
UNION ALL
SELECT day, to_char(day, 'Dy'), reason
FROM civilservice.calendar_days(2026)
WHERE NOT is_working AND extract(isodow FROM day) < 6
ORDER BY day;

-- the Constitution change: 30 August is a day off in 2025, not in 2026; 15 March from 2027
SELECT d, civilservice.is_working_day(d) FROM unnest(ARRAY['2025-08-29', '2026-08-31', '2027-03-15']::date[]) AS d;
-- 2022: Republic Day restored (25 October, Tuesday, with Monday 24 transferred); 1 December a working day
SELECT d, civilservice.is_working_day(d) FROM unnest(ARRAY['2021-12-01', '2022-10-24', '2022-10-25', '2022-12-01', '2022-12-17']::date[]) AS d;
