-- The bodies' side of the target indicators of the Concept: the values a
-- body enters (its share of the public monitoring, its own survey, a report),
-- and the progress of every indicator against its target, per body and
-- national. The indicators, targets, national values and the computation
-- are in src/indicators/indicators.sql.

CREATE TABLE civilservice.indicator_entry (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    indicator_no  integer NOT NULL REFERENCES civilservice.concept_indicator (no),
    year          integer NOT NULL,
    numerator     numeric,
    denominator   numeric,
    value         numeric NOT NULL,
    source        civilservice.indicator_source NOT NULL,
    source_ref    text NOT NULL,
    entered_at    timestamptz NOT NULL DEFAULT pg_catalog.now(),
    entered_by    name NOT NULL DEFAULT CURRENT_USER,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT indicator_entry_year CHECK (civilservice.checked(year BETWEEN 2000 AND 2100,
        'Концепция, L514', 'indicator_entry_year', 'indicator_entry', 'a value is measured for a calendar year',
        format('Year given: %s.', year), 'Give the year the measurement is for, e.g. 2025.')),
    CONSTRAINT indicator_entry_source_ref CHECK (civilservice.checked(btrim(source_ref, E' \t\n') <> '',
        'Концепция, L514', 'indicator_entry_source_ref', 'indicator_entry', 'a measured value names its document',
        'source_ref is blank.', 'Give the report or survey wave and its date.')),
    CONSTRAINT indicator_entry_fraction CHECK (civilservice.checked(
        civilservice.indicator_value_fits(numerator, denominator, value),
        'Концепция, L514', 'indicator_entry_fraction', 'indicator_entry', 'a value is not negative and its fraction has both parts',
        format('numerator %s, denominator %s, value %s.', numerator, denominator, value),
        'Give both the numerator and a positive denominator (e.g. satisfied and all respondents), or neither.')),
    CONSTRAINT indicator_entry_key UNIQUE (state_body_id, indicator_no, year, source)
);
COMMENT ON TABLE civilservice.indicator_entry IS
  'Значения индикаторов, внесённые государственным органом: a body''s own measured value of an indicator for a year (its result in the public monitoring, its servant survey, a report), shown by civilservice.indicator_actuals() beside the computed value and never replacing it';
COMMENT ON COLUMN civilservice.indicator_entry.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.indicator_entry.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.indicator_entry.indicator_no IS 'The indicator (civilservice.concept_indicator.no)';
COMMENT ON COLUMN civilservice.indicator_entry.year IS 'The year measured';
COMMENT ON COLUMN civilservice.indicator_entry.numerator IS 'Числитель, when known';
COMMENT ON COLUMN civilservice.indicator_entry.denominator IS 'Знаменатель, when known';
COMMENT ON COLUMN civilservice.indicator_entry.value IS 'The value in the unit of the indicator';
COMMENT ON COLUMN civilservice.indicator_entry.source IS 'public_monitoring, servant_survey, catalogue or agency_report';
COMMENT ON COLUMN civilservice.indicator_entry.source_ref IS 'The document, with its date';
COMMENT ON COLUMN civilservice.indicator_entry.entered_at IS 'When it was entered';
COMMENT ON COLUMN civilservice.indicator_entry.entered_by IS 'The database role that entered it';
COMMENT ON CONSTRAINT indicator_entry_year ON civilservice.indicator_entry IS 'A calendar year';
COMMENT ON CONSTRAINT indicator_entry_source_ref ON civilservice.indicator_entry IS 'The document is named';
COMMENT ON CONSTRAINT indicator_entry_fraction ON civilservice.indicator_entry IS 'Not negative; numerator and positive denominator together or neither';
COMMENT ON CONSTRAINT indicator_entry_key ON civilservice.indicator_entry IS 'One value per body, indicator, year and source';
COMMENT ON INDEX civilservice.indicator_entry_key IS 'One value per body, indicator, year and source';
COMMENT ON SEQUENCE civilservice.indicator_entry_id_seq IS 'Keys of civilservice.indicator_entry';
CREATE TRIGGER indicator_entry_history AFTER UPDATE OR DELETE ON civilservice.indicator_entry
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER indicator_entry_history ON civilservice.indicator_entry IS 'Every change of an entered value is kept';

-- Progress against the targets: every indicator and year 2024..2029, for the
-- nation and for every body the caller may read.
CREATE VIEW civilservice.indicator_progress AS
WITH a AS (
    SELECT x.*
      FROM civilservice.indicator_actuals(2023, 2029) AS x
      JOIN civilservice.concept_indicator i ON i.no = x.indicator_no AND i.headline_variant = x.variant),
scope AS (
    SELECT NULL::bigint AS state_body_id
    UNION ALL
    SELECT b.id FROM civilservice.state_body b)
SELECT t.year, s.state_body_id, i.no AS indicator_no, i.name_ru AS name, i.unit, i.direction, t.target,
       cur.value AS actual,
       cur.value - t.target AS gap,
       CASE i.direction WHEN 'up' THEN cur.value >= t.target ELSE cur.value <= t.target END AS achieved,
       prev.value AS previous_actual,
       CASE WHEN cur.value IS NULL OR prev.value IS NULL THEN NULL
            WHEN cur.value = prev.value THEN 'unchanged'
            WHEN (cur.value > prev.value) = (i.direction = 'up') THEN 'improving'
            ELSE 'worsening' END AS trend
  FROM civilservice.concept_indicator_target t
  JOIN civilservice.concept_indicator i ON i.no = t.indicator_no
 CROSS JOIN scope s
  LEFT JOIN a cur ON cur.indicator_no = t.indicator_no AND cur.year = t.year
                 AND cur.state_body_id IS NOT DISTINCT FROM s.state_body_id
  LEFT JOIN a prev ON prev.indicator_no = t.indicator_no AND prev.year = t.year - 1
                  AND prev.state_body_id IS NOT DISTINCT FROM s.state_body_id;
COMMENT ON VIEW civilservice.indicator_progress IS
  'Прогресс целевых индикаторов: for each indicator and year 2024..2029, the nation (state_body_id NULL) and each body the caller may read: the target, the actual (the headline variant of civilservice.indicator_actuals(): 1 public_monitoring, 2 servants, 3 applicants_per_place, 4 degree_holders, 5 training_and_internship, 6 catalogue, 7 servant_survey; NULL for a year without data), gap = actual − target, achieved (up: actual >= target; down: actual <= target), the previous year''s actual and the trend (improving, worsening, unchanged, direction-aware). The national actual is Σ/Σ over the bodies the caller may read, or the national entry for indicators measured nationally';
COMMENT ON COLUMN civilservice.indicator_progress.year IS 'Year 2024..2029';
COMMENT ON COLUMN civilservice.indicator_progress.state_body_id IS 'Государственный орган; NULL = national';
COMMENT ON COLUMN civilservice.indicator_progress.indicator_no IS '№ of the indicator';
COMMENT ON COLUMN civilservice.indicator_progress.name IS 'Целевой индикатор (verbatim)';
COMMENT ON COLUMN civilservice.indicator_progress.unit IS 'percent or persons';
COMMENT ON COLUMN civilservice.indicator_progress.direction IS 'up or down';
COMMENT ON COLUMN civilservice.indicator_progress.target IS 'The target of the year';
COMMENT ON COLUMN civilservice.indicator_progress.actual IS 'The actual (headline variant); NULL without data';
COMMENT ON COLUMN civilservice.indicator_progress.gap IS 'actual − target';
COMMENT ON COLUMN civilservice.indicator_progress.achieved IS 'Direction-aware: up → actual >= target, down → actual <= target; NULL without an actual';
COMMENT ON COLUMN civilservice.indicator_progress.previous_actual IS 'The actual of the year before';
COMMENT ON COLUMN civilservice.indicator_progress.trend IS 'improving, worsening or unchanged against the year before, direction-aware; NULL when either is missing';
