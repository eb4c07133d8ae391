-- The target indicators of the Concept (Раздел 6, L510–672): seven
-- indicators, 42 targets 2024..2029 (no 2030 column, although L512 says
-- «2024 - 2030 годы»), the direction of each, and the guard of the shipped rows.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

SELECT no, group_no, unit, direction, class, headline_variant, source_lines, name_ru
  FROM civilservice.concept_indicator ORDER BY no;

-- the table of L542–672, one row per indicator (decimal commas converted)
SELECT indicator_no, string_agg(target::text, ' | ' ORDER BY year) AS targets_2024_2029,
       count(*) AS years, min(year), max(year)
  FROM civilservice.concept_indicator_target GROUP BY indicator_no ORDER BY indicator_no;
SELECT count(*) AS targets FROM civilservice.concept_indicator_target;

-- the direction agrees with the targets: up rises every year, down falls
SELECT i.no, i.direction,
       bool_and(CASE i.direction WHEN 'up' THEN t.target > p.target ELSE t.target < p.target END) AS consistent
  FROM civilservice.concept_indicator i
  JOIN civilservice.concept_indicator_target t ON t.indicator_no = i.no
  JOIN civilservice.concept_indicator_target p ON p.indicator_no = i.no AND p.year = t.year - 1
 GROUP BY i.no, i.direction ORDER BY i.no;

-- no 2030
SELECT regress.refusal($$INSERT INTO civilservice.concept_indicator_target VALUES (1, 2030, 76)$$);
-- the shipped rows are written by no one
SELECT regress.refusal($$UPDATE civilservice.concept_indicator_target SET target = 1.4 WHERE indicator_no = 2 AND year = 2029$$);
SELECT regress.refusal($$DELETE FROM civilservice.concept_indicator WHERE no = 7$$);
SELECT regress.refusal($$TRUNCATE civilservice.concept_indicator_target$$);
SELECT target FROM civilservice.concept_indicator_target WHERE indicator_no = 2 AND year = 2029;

ROLLBACK;
