-- Progress of the target indicators against their targets
-- (civilservice.indicator_progress): achieved and trend in both directions,
-- per body and national; and the secondary metrics (workforce_metrics).
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (1711, '040540001022', 'Агентство');

-- Up (indicator 7, targets 45, 50): 2024 46 ≥ 45 achieved; 2025 49 < 50 not
-- achieved, improving (49 > 46); 2026 49 unchanged, not achieved (target 55).
-- Up, worsening (indicator 1, targets 70, 71): 2024 72 achieved; 2025 71 = 71
-- achieved (the edge), worsening (71 < 72).
-- Down (indicator 2, targets 2, 1.9, 1.8) entered as the body's report is not
-- the headline: progress shows the computed value (nothing computed here).
INSERT INTO civilservice.indicator_national_entry (indicator_no, year, value, source, source_ref) VALUES
 (7, 2024, 46, 'servant_survey', 'Волна 2024'), (7, 2025, 49, 'servant_survey', 'Волна 2025'),
 (7, 2026, 49, 'servant_survey', 'Волна 2026'),
 (1, 2024, 72, 'public_monitoring', 'Мониторинг 2024'), (1, 2025, 71, 'public_monitoring', 'Мониторинг 2025'),
 (2, 2025, 1.5, 'agency_report', 'Отчёт Агентства 2025');
-- The body's monitoring result: 2024 69 < 70 not achieved; 2025 71 achieved, improving.
INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, value, source, source_ref) VALUES
 (1711, 1, 2024, 69, 'public_monitoring', 'Мониторинг 2024'), (1711, 1, 2025, 71, 'public_monitoring', 'Мониторинг 2025');
-- Read as an auditor of the body: the nation is the bodies the caller may
-- read (row-level security), here this one, whatever else the database holds.
CREATE ROLE cs_ind_regress_progress NOLOGIN IN ROLE civilservice_auditor;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES (1711, 'cs_ind_regress_progress');

SET LOCAL ROLE cs_ind_regress_progress;
SELECT year, state_body_id, indicator_no, unit, direction, target, actual, gap, achieved, previous_actual, trend
  FROM civilservice.indicator_progress
 WHERE indicator_no IN (1, 2, 7) AND year <= 2026 AND (state_body_id IS NULL OR state_body_id = 1711)
 ORDER BY indicator_no, state_body_id NULLS FIRST, year;
RESET ROLE;

-- Down, computed (indicator 2, targets 2, 1.9): 2023 none of 40 = 0.00;
-- 2024 1 servant with an ethics case of 40 employed = 2.50 > 2 not achieved,
-- worsening (down: 2.5 > 0); 2025 none = 0.00 <= 1.9 achieved, improving
-- (0 < 2.5). The body alone is the nation here: the same rows.
CREATE FUNCTION pg_temp.iin_of(p bigint) RETURNS text LANGUAGE sql AS $$
  SELECT lpad((p * 10 + c)::text, 12, '0')
    FROM (SELECT CASE WHEN s1 < 10 THEN s1 WHEN s2 < 10 THEN s2 END AS c
            FROM (SELECT (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * k) % 11 FROM generate_series(1, 11) k) AS s1,
                         (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * ((k + 1) % 11 + 1)) % 11 FROM generate_series(1, 11) k) AS s2) x) y
$$;
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name)
SELECT 1711, n, i::civilservice.iin, '2020-01-01', 'Служащий ' || n
  FROM (SELECT row_number() OVER () AS n, i FROM (SELECT pg_temp.iin_of(8001013000 * 10 + s) AS i FROM generate_series(1, 60) s) x
         WHERE i IS NOT NULL LIMIT 40) y;
INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome)
VALUES (1711, 1, 'ethics', '2024-03-01', '2024-04-01', 'non_disciplinary_measure');
SELECT count(*) AS employed FROM civilservice.employee WHERE state_body_id = 1711;
SET LOCAL ROLE cs_ind_regress_progress;
SELECT year, state_body_id, target, actual, gap, achieved, previous_actual, trend
  FROM civilservice.indicator_progress
 WHERE indicator_no = 2 AND year <= 2025 ORDER BY state_body_id NULLS FIRST, year;

-- every indicator and year for the nation and the body: 7 × 6 × 2
SELECT count(*) AS rows, count(DISTINCT indicator_no) AS indicators, min(year), max(year)
  FROM civilservice.indicator_progress;

-- Secondary metrics on 2025-07-01: 40 employed, born 1980 (IIN 800101…) but
-- employee 40, born 01.01.1996 (29 on the date): young 1/40 = 2.50. In position: employee 2 since its appointment of 01.07.2024 (365
-- days), employee 3 since its promotion of 01.03.2025 (122 days), the other 38
-- since 01.01.2020 (2,008 days = 366 + 365 + 365 + 365 + 366 + 181); the
-- promotion of employee 6 on 30.06.2026 is after the date. (38 × 2008 + 365 +
-- 122) / 40 = 1,919.775 days / 365.25 = 5.2561 = 5.26 years.
-- Top-rated: a high quarter ending within the 12 months before the date —
-- 3 (IV quarter 2024), 4 (I 2025), 6 (II 2025, ends 30.06.2025); not 5 (II
-- 2024 starts before 01.07.2024), not 7 (satisfactory) = 3; promoted within 12
-- months after the quarter's end: 3 (01.03.2025), 6 (30.06.2026, the last day
-- before 01.07.2026) = 2; 2/3 = 66.67. No competitions: NULL.
RESET ROLE;
UPDATE civilservice.employee SET iin = pg_temp.iin_of(96010140001)::civilservice.iin WHERE state_body_id = 1711 AND id = 40;
SELECT iin, civilservice.iin_birth_date(iin) FROM civilservice.employee WHERE state_body_id = 1711 AND id = 40;
INSERT INTO civilservice.career_event (state_body_id, employee_id, kind, event_on, is_promotion, basis, position, legal_basis) VALUES
 (1711, 2, 'appointment', '2024-07-01', false, 'competition', 'Главный эксперт', 'Приказ № 1'),
 (1711, 3, 'appointment', '2025-03-01', true, 'promotion', 'Руководитель управления', 'Приказ № 2'),
 (1711, 6, 'appointment', '2026-06-30', true, 'promotion', 'Руководитель управления', 'Приказ № 3');
INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating, decided_on) VALUES
 (1711, 3, '2024-10-01', 'high', '2025-01-15'),
 (1711, 4, '2025-01-01', 'high', '2025-04-15'),
 (1711, 5, '2024-04-01', 'high', '2024-07-15'),
 (1711, 6, '2025-04-01', 'high', '2025-07-15'),
 (1711, 7, '2025-04-01', 'satisfactory', '2025-07-15');
SET LOCAL ROLE cs_ind_regress_progress;
SELECT * FROM civilservice.workforce_metrics('2025-07-01');
RESET ROLE;

ROLLBACK;
