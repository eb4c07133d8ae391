-- The target indicators of the Concept (Раздел 6): the Agency enters the
-- results of the public monitoring and of the servant survey and the
-- catalogue of HR processes; the demo body enters its own monitoring result;
-- the database computes what the records prove (ethics offences, degrees,
-- training and internships, candidates per place, electronic applications)
-- and compares each with its target.
\pset footer off
\set SHOW_CONTEXT never
SET search_path = civilservice, public;
SET datestyle = ISO;

\echo '--- The targets of 2024–2029 (L514–672; no 2030 column, although L512 says 2024 - 2030).'
SELECT i.no, i.unit, i.direction, i.class,
       string_agg(t.target::text, ' | ' ORDER BY t.year) AS "2024 … 2029", left(i.name_ru, 60) AS indicator
  FROM concept_indicator i JOIN concept_indicator_target t ON t.indicator_no = i.no
 GROUP BY i.no ORDER BY i.no;

\echo '--- The Agency enters the national values: the public monitoring (1), the servant survey (7), the catalogue (6).'
INSERT INTO indicator_national_entry (indicator_no, year, numerator, denominator, value, source, source_ref) VALUES
 (1, 2024, 7040, 10000, 70.4, 'public_monitoring', 'Отчёт об общественном мониторинге качества госуслуг за 2024 год'),
 (1, 2025, 7080, 10000, 70.8, 'public_monitoring', 'Отчёт об общественном мониторинге качества госуслуг за 2025 год'),
 (7, 2024, 4620, 10000, 46.2, 'servant_survey', 'Анонимное исследование служащих, волна 2024'),
 (7, 2025, 5110, 10000, 51.1, 'servant_survey', 'Анонимное исследование служащих, волна 2025'),
 (6, 2024, 10, 40, 25, 'catalogue', 'Перечень HR-процессов, редакция 31.12.2024'),
 (6, 2025, 11, 40, 27.5, 'catalogue', 'Перечень HR-процессов, редакция 31.12.2025');

\echo '--- The demo body enters its share of the public monitoring.'
INSERT INTO indicator_entry (state_body_id, indicator_no, year, numerator, denominator, value, source, source_ref) VALUES
 (300, 1, 2024, 168, 240, 70, 'public_monitoring', 'Мониторинг 2024, раздел Агентства'),
 (300, 1, 2025, 180, 250, 72, 'public_monitoring', 'Мониторинг 2025, раздел Агентства');

\echo '--- Every value side by side: entered and computed (an entered value never replaces a computed one).'
SELECT indicator_no AS no, year, coalesce(state_body_id::text, 'national') AS body, numerator, denominator, value, source, variant
  FROM indicator_actuals(2024, 2026)
 WHERE state_body_id IS NULL OR state_body_id = 300
 ORDER BY indicator_no, variant, year, state_body_id NULLS FIRST;

\echo '--- The progress of the demo body and of the nation, 2024–2026.'
SELECT year, coalesce(state_body_id::text, 'national') AS body, indicator_no AS no, direction, target, actual, gap,
       achieved, previous_actual, trend
  FROM indicator_progress
 WHERE year BETWEEN 2024 AND 2026 AND (state_body_id IS NULL OR state_body_id = 300)
 ORDER BY state_body_id NULLS LAST, indicator_no, year;
