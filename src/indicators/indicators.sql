-- The target indicators of the Concept 2024–2029 (Раздел 6, L510–672): the
-- seven indicators and their 42 yearly targets as shipped rows, the values
-- measured nationally (surveys, the catalogue of HR processes) as national
-- reference data, and the actuals computed from the records of the bodies.
--
-- The intro says «за 2024 - 2030 годы» (L512) but the table has no 2030
-- column (L514–530): the targets are 2024..2029 and nothing is shipped for
-- 2030 (the Concept's own period, L55, ends in 2029).
--
-- Actuals (civilservice.indicator_actuals) are computed per body and
-- nationally; the national value is Σ numerators ÷ Σ denominators over the
-- bodies, never an average of their shares. A computed value and an
-- entered one are both kept and both shown: an entered value never replaces
-- a computed one. The entered values of the bodies are the record table
-- civilservice.indicator_entry (src/indicators/indicators_records.sql), the
-- progress against the targets the view civilservice.indicator_progress.

------------------------------------------------------------------------------
-- The indicators and their targets (shipped)

CREATE TABLE civilservice.concept_indicator (
    no               integer PRIMARY KEY
                     CONSTRAINT concept_indicator_no_range CHECK (civilservice.checked(no BETWEEN 1 AND 7,
        'Концепция, L514', 'concept_indicator_no_range', 'concept_indicator', 'the Concept has seven target indicators',
        format('Number given: %s.', no), 'Numbers 1 to 7, as in the table of Раздел 6.')),
    group_no         integer NOT NULL,
    group_name_ru    text NOT NULL,
    name_ru          text NOT NULL,
    unit             text NOT NULL
                     CONSTRAINT concept_indicator_unit CHECK (civilservice.checked(unit IN ('percent', 'persons'),
        'Концепция, L514', 'concept_indicator_unit', 'concept_indicator', 'an indicator is in percent or persons',
        format('Unit given: "%s".', unit), 'Use percent (%) or persons (чел.).')),
    direction        text NOT NULL
                     CONSTRAINT concept_indicator_direction CHECK (civilservice.checked(direction IN ('up', 'down'),
        'Концепция, L514', 'concept_indicator_direction', 'concept_indicator', 'an indicator is to rise or to fall',
        format('Direction given: "%s".', direction), 'Use up or down.')),
    class            text NOT NULL
                     CONSTRAINT concept_indicator_class CHECK (civilservice.checked(class IN ('computed', 'survey', 'catalogue'),
        'Концепция, L514', 'concept_indicator_class', 'concept_indicator', 'unknown class of an indicator',
        format('Class given: "%s".', class), 'Use computed, survey or catalogue.')),
    headline_variant text NOT NULL,
    definition       text NOT NULL,
    source_lines     text NOT NULL
);
COMMENT ON TABLE civilservice.concept_indicator IS
  'Целевые индикаторы Концепции (Раздел 6, L510–672): the seven indicators, their unit, the direction the targets move (up: «доведение … до», down: «снижение», L714–L1058), how the database obtains the actual (computed from the records, an entered survey, the catalogue of HR processes) and the definition decided for it. Shipped with the extension, written by no one';
COMMENT ON COLUMN civilservice.concept_indicator.no IS '№ п/п of the table (1..7)';
COMMENT ON COLUMN civilservice.concept_indicator.group_no IS 'Number of the group heading (1, 2, 3: L533, L574, L634)';
COMMENT ON COLUMN civilservice.concept_indicator.group_name_ru IS 'Group heading, verbatim';
COMMENT ON COLUMN civilservice.concept_indicator.name_ru IS 'Целевой индикатор, verbatim from the seed (L538, L557, L579, L598, L617, L639, L658)';
COMMENT ON COLUMN civilservice.concept_indicator.unit IS 'Ед. изм.: percent (%) or persons (чел.)';
COMMENT ON COLUMN civilservice.concept_indicator.direction IS 'up: achieved when actual >= target; down: achieved when actual <= target';
COMMENT ON COLUMN civilservice.concept_indicator.class IS 'computed (from the records of the bodies), survey (entered from a survey), catalogue (entered from the catalogue of HR processes, partly proven by the records)';
COMMENT ON COLUMN civilservice.concept_indicator.headline_variant IS 'The variant of civilservice.indicator_actuals() compared with the target in civilservice.indicator_progress; the other variants are shown by indicator_actuals()';
COMMENT ON COLUMN civilservice.concept_indicator.definition IS 'The definition decided (numerator, denominator, the date or period, the variants)';
COMMENT ON COLUMN civilservice.concept_indicator.source_lines IS 'Lines of the Concept (seed 002): the name, the unit, the targets, the plan''s restatement';

INSERT INTO civilservice.concept_indicator
    (no, group_no, group_name_ru, name_ru, unit, direction, class, headline_variant, definition, source_lines) VALUES
(1, 1, 'Формирование модели государственной службы, основанной на принципах сервисности и клиентоориентированности',
 'Доля услугополучателей, удовлетворенных уровнем клиентоориентированного поведения в государственных органах, по результатам общественного мониторинга качества оказания государственных услуг',
 'percent', 'up', 'survey', 'public_monitoring',
 'Satisfied respondents ÷ all respondents of the yearly public monitoring of the quality of public services, ×100. Not computable from HR records: entered (source public_monitoring) nationally in civilservice.indicator_national_entry, per body in civilservice.indicator_entry',
 'L538, L540, L542–552, L714'),
(2, 1, 'Формирование модели государственной службы, основанной на принципах сервисности и клиентоориентированности',
 'Доля этических правонарушений, совершенных государственными служащими',
 'percent', 'down', 'computed', 'servants',
 'Variant servants (headline): distinct employees with an ethics or discrediting case (L173) established in the year (decided_on in the year, outcome decided and not not_established) ÷ employees employed at any time in the year, ×100. Variant offences: such cases ÷ the same headcount, ×100 (the plan says «Снижение количества», L716)',
 'L557, L559, L561–571, L716'),
(3, 2, 'Профессионализация государственной службы',
 'Количество кандидатов на одно место',
 'persons', 'up', 'computed', 'applicants_per_place',
 'Applicants (candidacies) of the competitions announced in the year ÷ places of those competitions; competitions without candidates count in the denominator. Taken from civilservice.candidates_per_place(year) of the selection module, never computed twice',
 'L579, L581, L583–593, L848'),
(4, 2, 'Профессионализация государственной службы',
 'Доля государственных служащих, имеющих ученую степень, степень доктора философии (PhD), доктора по профилю или магистра',
 'percent', 'up', 'computed', 'degree_holders',
 'Employees employed on 31 December of the year (on CURRENT_DATE for the running year) holding a master''s, PhD, doctor by profile, candidate or doctor of sciences degree awarded on or before that day ÷ employees employed on that day, ×100',
 'L598, L600, L602–612, L850'),
(5, 2, 'Профессионализация государственной службы',
 'Доля государственных служащих, прошедших обучение и стажировку в течение года',
 'percent', 'up', 'computed', 'training_and_internship',
 'Variant training_and_internship (headline): employees who completed (completed_on in the year) a training AND an internship ÷ employees employed at any time in the year, ×100 — AND, since the 2024 target 3,2 matches the ~3% internship share (L191), not the ~27,000 trained a year (L187). Variant training_or_internship: a training OR an internship',
 'L617, L619, L621–631, L852'),
(6, 3, 'Инструменты управления HR-процессами и их цифровизация',
 'Доля оцифрованных HR-процессов, осуществляемых исключительно в электронном виде',
 'percent', 'up', 'catalogue', 'catalogue',
 'Variant catalogue (headline): HR process types of the Agency''s catalogue carried out exclusively electronically at the end of the year ÷ all types, ×100, entered (source catalogue) in civilservice.indicator_national_entry. Variant proven_applications: what the records prove — flexible-time applications received in the year (in the body''s time zone) by an electronic channel of п. 15 (e_qyzmet, hr_information_system) ÷ all received, ×100',
 'L639, L641, L643–653, L1056'),
(7, 3, 'Инструменты управления HR-процессами и их цифровизация',
 'Доля государственных служащих, удовлетворенных своим материальным положением',
 'percent', 'up', 'survey', 'servant_survey',
 'Satisfied respondents ÷ respondents of the anonymous servant survey (L482), ×100; aggregates only. Entered (source servant_survey) nationally, or per body',
 'L658, L660, L662–672, L1058');

CREATE TABLE civilservice.concept_indicator_target (
    indicator_no integer NOT NULL REFERENCES civilservice.concept_indicator (no),
    year         integer NOT NULL
                 CONSTRAINT concept_indicator_target_year CHECK (civilservice.checked(year BETWEEN 2024 AND 2029,
        'Концепция, L514', 'concept_indicator_target_year', 'concept_indicator_target', 'the table of targets has the years 2024 to 2029',
        format('Year given: %s.', year), 'The table has no 2030 column although L512 says 2024 - 2030.')),
    target       numeric NOT NULL,
    PRIMARY KEY (indicator_no, year)
);
COMMENT ON TABLE civilservice.concept_indicator_target IS
  'Значения целевых индикаторов по годам (L542–672): 42 rows, the years 2024..2029 of the table (no 2030 column, although L512 says «2024 - 2030 годы»), decimal commas converted. Shipped with the extension, written by no one';
COMMENT ON COLUMN civilservice.concept_indicator_target.indicator_no IS 'The indicator (civilservice.concept_indicator.no)';
COMMENT ON COLUMN civilservice.concept_indicator_target.year IS 'Year 2024..2029';
COMMENT ON COLUMN civilservice.concept_indicator_target.target IS 'The target value in the unit of the indicator';
COMMENT ON CONSTRAINT concept_indicator_target_year ON civilservice.concept_indicator_target IS 'The targets are for 2024..2029';

INSERT INTO civilservice.concept_indicator_target (indicator_no, year, target)
SELECT v.no, 2023 + y.i, v.targets[y.i]
  FROM (VALUES (1, ARRAY[70, 71, 72, 73, 74, 75]::numeric[]),
               (2, ARRAY[2, 1.9, 1.8, 1.7, 1.6, 1.5]),
               (3, ARRAY[2.5, 3, 3.5, 4, 4.5, 5]),
               (4, ARRAY[7.5, 8, 8.5, 9, 9.5, 10]),
               (5, ARRAY[3.2, 4, 5, 6, 7, 8]),
               (6, ARRAY[25, 30, 35, 40, 45, 50]),
               (7, ARRAY[45, 50, 55, 60, 65, 70])) AS v (no, targets)
 CROSS JOIN generate_series(1, 6) AS y (i);

COMMENT ON CONSTRAINT concept_indicator_no_range ON civilservice.concept_indicator IS 'Seven indicators';
COMMENT ON CONSTRAINT concept_indicator_unit ON civilservice.concept_indicator IS 'percent or persons';
COMMENT ON CONSTRAINT concept_indicator_direction ON civilservice.concept_indicator IS 'up or down';
COMMENT ON CONSTRAINT concept_indicator_class ON civilservice.concept_indicator IS 'computed, survey or catalogue';

CREATE FUNCTION civilservice.concept_indicator_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_TABLE_SCHEMA <> 'civilservice'
       OR TG_TABLE_NAME NOT IN ('concept_indicator', 'concept_indicator_target') THEN
        RAISE EXCEPTION 'concept_indicator_guard() must be a BEFORE trigger on civilservice.concept_indicator or concept_indicator_target'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF civilservice.shipping() THEN
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    PERFORM civilservice.refuse('Концепция, L514', 'integrity_constraint_violation', 'concept_indicator_shipped', TG_TABLE_NAME,
        'the target indicators of the Concept and their targets are its text and are changed by no one',
        format('%s of %s.', TG_OP, TG_TABLE_NAME),
        'Enter the measured values in civilservice.indicator_entry (a body) or civilservice.indicator_national_entry (national).');
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.concept_indicator_guard() IS
  'Trigger: the shipped indicators and targets of the Concept are written by the extension''s script only (concept_indicator_shipped)';
CREATE TRIGGER concept_indicator_shipped BEFORE INSERT OR UPDATE OR DELETE ON civilservice.concept_indicator
    FOR EACH ROW EXECUTE FUNCTION civilservice.concept_indicator_guard();
CREATE TRIGGER concept_indicator_shipped_truncate BEFORE TRUNCATE ON civilservice.concept_indicator
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.concept_indicator_guard();
CREATE TRIGGER concept_indicator_target_shipped BEFORE INSERT OR UPDATE OR DELETE ON civilservice.concept_indicator_target
    FOR EACH ROW EXECUTE FUNCTION civilservice.concept_indicator_guard();
CREATE TRIGGER concept_indicator_target_shipped_truncate BEFORE TRUNCATE ON civilservice.concept_indicator_target
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.concept_indicator_guard();
COMMENT ON TRIGGER concept_indicator_shipped ON civilservice.concept_indicator IS 'The indicators of the Concept are its text: written by the extension only';
COMMENT ON TRIGGER concept_indicator_shipped_truncate ON civilservice.concept_indicator IS 'TRUNCATE would delete the indicators of the Concept';
COMMENT ON TRIGGER concept_indicator_target_shipped ON civilservice.concept_indicator_target IS 'The targets of the Concept are its text: written by the extension only';
COMMENT ON TRIGGER concept_indicator_target_shipped_truncate ON civilservice.concept_indicator_target IS 'TRUNCATE would delete the targets of the Concept';

------------------------------------------------------------------------------
-- Values measured nationally (national reference data: the administrator
-- enters them, everyone reads them)

-- What an entered value of an indicator is, for the national table here and
-- for the bodies' table (src/indicators/indicators_records.sql): one source
-- list and one rule for its fraction.
CREATE DOMAIN civilservice.indicator_source AS text
    CONSTRAINT indicator_source_valid CHECK (civilservice.checked(VALUE IN ('public_monitoring', 'servant_survey', 'catalogue', 'agency_report'),
        'Концепция, L514', 'indicator_source_valid', NULL, 'unknown source of a measured value',
        format('Source given: "%s".', VALUE), 'Use public_monitoring, servant_survey, catalogue or agency_report.'));
COMMENT ON DOMAIN civilservice.indicator_source IS
  'Source of an entered value of a target indicator: public_monitoring (indicator 1, L372), servant_survey (indicator 7, L482), catalogue (indicator 6, the Agency''s catalogue of HR processes), agency_report';
COMMENT ON CONSTRAINT indicator_source_valid ON DOMAIN civilservice.indicator_source IS 'Концепция, L514: the accepted values (public_monitoring, servant_survey, catalogue, agency_report); any other is refused naming the point, with the list in the hint';

CREATE FUNCTION civilservice.indicator_value_fits(numerator numeric, denominator numeric, value numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT ($1 IS NULL) = ($2 IS NULL) AND coalesce($2 > 0 AND $1 >= 0, true) AND $3 >= 0
$$;
COMMENT ON FUNCTION civilservice.indicator_value_fits(numeric, numeric, numeric) IS
  'An entered value of an indicator is not negative, and its fraction has both parts or neither, with a positive denominator: the CHECK of indicator_entry and indicator_national_entry';

CREATE TABLE civilservice.indicator_national_entry (
    id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    indicator_no integer NOT NULL REFERENCES civilservice.concept_indicator (no),
    year         integer NOT NULL,
    numerator    numeric,
    denominator  numeric,
    value        numeric NOT NULL,
    source       civilservice.indicator_source NOT NULL,
    source_ref   text NOT NULL,
    entered_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    entered_by   name NOT NULL DEFAULT CURRENT_USER,
    CONSTRAINT indicator_national_entry_year CHECK (civilservice.checked(year BETWEEN 2000 AND 2100,
        'Концепция, L514', 'indicator_national_entry_year', 'indicator_national_entry', 'a value is measured for a calendar year',
        format('Year given: %s.', year), 'Give the year the measurement is for, e.g. 2025.')),
    CONSTRAINT indicator_national_entry_source_ref CHECK (civilservice.checked(btrim(source_ref, E' \t\n') <> '',
        'Концепция, L514', 'indicator_national_entry_source_ref', 'indicator_national_entry', 'a measured value names its document',
        'source_ref is blank.', 'Give the report, survey wave or catalogue version and its date.')),
    CONSTRAINT indicator_national_entry_fraction CHECK (civilservice.checked(
        civilservice.indicator_value_fits(numerator, denominator, value),
        'Концепция, L514', 'indicator_national_entry_fraction', 'indicator_national_entry', 'a value is not negative and its fraction has both parts',
        format('numerator %s, denominator %s, value %s.', numerator, denominator, value),
        'Give both the numerator and a positive denominator (e.g. satisfied and all respondents), or neither.')),
    CONSTRAINT indicator_national_entry_key UNIQUE (indicator_no, year, source)
);
COMMENT ON TABLE civilservice.indicator_national_entry IS
  'Значения индикаторов, измеренные на национальном уровне: the public monitoring (indicator 1), the servant survey (7), the catalogue of HR processes (6), or the Agency''s report of any indicator, for a year. Shown beside the computed values, never replacing them. National reference data, written by the administrator, read by all; kept by pg_dump';
COMMENT ON COLUMN civilservice.indicator_national_entry.id IS 'Key';
COMMENT ON COLUMN civilservice.indicator_national_entry.indicator_no IS 'The indicator (civilservice.concept_indicator.no)';
COMMENT ON COLUMN civilservice.indicator_national_entry.year IS 'The year measured';
COMMENT ON COLUMN civilservice.indicator_national_entry.numerator IS 'Числитель (e.g. satisfied respondents, fully electronic process types), when known';
COMMENT ON COLUMN civilservice.indicator_national_entry.denominator IS 'Знаменатель (e.g. respondents, process types of the catalogue), when known';
COMMENT ON COLUMN civilservice.indicator_national_entry.value IS 'The value in the unit of the indicator, as published';
COMMENT ON COLUMN civilservice.indicator_national_entry.source IS 'public_monitoring, servant_survey, catalogue or agency_report';
COMMENT ON COLUMN civilservice.indicator_national_entry.source_ref IS 'The document: report, survey wave, catalogue version, with its date';
COMMENT ON COLUMN civilservice.indicator_national_entry.entered_at IS 'When it was entered';
COMMENT ON COLUMN civilservice.indicator_national_entry.entered_by IS 'The database role that entered it';
COMMENT ON CONSTRAINT indicator_national_entry_year ON civilservice.indicator_national_entry IS 'A calendar year';
COMMENT ON CONSTRAINT indicator_national_entry_source_ref ON civilservice.indicator_national_entry IS 'The document is named';
COMMENT ON CONSTRAINT indicator_national_entry_fraction ON civilservice.indicator_national_entry IS 'Not negative; numerator and positive denominator together or neither';
COMMENT ON CONSTRAINT indicator_national_entry_key ON civilservice.indicator_national_entry IS 'One value per indicator, year and source';
COMMENT ON INDEX civilservice.indicator_national_entry_key IS 'One value per indicator, year and source';
COMMENT ON SEQUENCE civilservice.indicator_national_entry_id_seq IS 'Keys of civilservice.indicator_national_entry';
CREATE TRIGGER indicator_national_entry_history AFTER UPDATE OR DELETE ON civilservice.indicator_national_entry
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER indicator_national_entry_history ON civilservice.indicator_national_entry IS 'Every change of a national value is kept in civilservice.history';
SELECT pg_catalog.pg_extension_config_dump('civilservice.indicator_national_entry', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.indicator_national_entry_id_seq', '');

------------------------------------------------------------------------------
-- Actuals
--
-- plpgsql, so that the tables of the records (and of the personnel,
-- selection and career modules) are resolved when it runs; a source whose
-- table or function is not there gives no rows. Read with the caller's
-- rights: row-level security limits the bodies, and the national row sums
-- the bodies the caller may read.

CREATE FUNCTION civilservice.indicator_actuals(year_from integer, year_to integer)
RETURNS TABLE (indicator_no integer, year integer, state_body_id bigint, numerator numeric, denominator numeric,
               value numeric, source text, variant text)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
DECLARE
    last_year integer := least(year_to, extract(year FROM CURRENT_DATE)::integer);
    first_day date;
    last_day date;
BEGIN
    IF year_from IS NULL OR year_to IS NULL THEN
        RAISE EXCEPTION 'civilservice.indicator_actuals(): the years are required' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF year_from < 2000 OR last_year > 2100 THEN
        RAISE EXCEPTION 'civilservice.indicator_actuals(): years % to % are outside 2000..2100', year_from, year_to
          USING ERRCODE = 'invalid_parameter_value';
    END IF;
    first_day := make_date(year_from, 1, 1);
    last_day := make_date(greatest(last_year, year_from), 12, 31);

    -- entered values: national (survey, catalogue, agency report) and the bodies'
    RETURN QUERY
    SELECT n.indicator_no, n.year, NULL::bigint, n.numerator, n.denominator, n.value, n.source::text, n.source::text
      FROM civilservice.indicator_national_entry n
     WHERE n.year BETWEEN year_from AND year_to;
    IF to_regclass('civilservice.indicator_entry') IS NOT NULL THEN
        RETURN QUERY
        SELECT b.indicator_no, b.year, b.state_body_id, b.numerator, b.denominator, b.value, b.source::text, b.source::text
          FROM civilservice.indicator_entry b
         WHERE b.year BETWEEN year_from AND year_to;
    END IF;
    IF last_year < year_from THEN
        RETURN;
    END IF;

    -- 2: ethics or discrediting offences established in the year ÷ employed at any time in the year
    IF to_regclass('civilservice.disciplinary_case') IS NOT NULL THEN
        RETURN QUERY
        WITH y AS (SELECT g AS yr, make_date(g, 1, 1) AS d0, make_date(g, 12, 31) AS d1
                     FROM generate_series(year_from, last_year) AS g),
        hc AS (SELECT e.state_body_id AS body, y.yr, count(*) AS n
                 FROM civilservice.employee e
                 JOIN y ON e.employed_from <= y.d1 AND (e.employed_to IS NULL OR e.employed_to >= y.d0)
                GROUP BY 1, 2),
        dc AS (SELECT d.state_body_id AS body, extract(year FROM d.decided_on)::integer AS yr,
                      count(DISTINCT d.employee_id) AS servants, count(*) AS cases
                 FROM civilservice.disciplinary_case d
                WHERE d.decided_on BETWEEN first_day AND last_day
                  AND d.offence_kind IN ('ethics', 'discrediting')
                  AND d.outcome IS NOT NULL AND d.outcome <> 'not_established'
                GROUP BY 1, 2),
        s AS (SELECT hc.yr, hc.body, sum(coalesce(dc.servants, 0)) AS servants, sum(coalesce(dc.cases, 0)) AS cases, sum(hc.n) AS n
                FROM hc LEFT JOIN dc ON dc.body = hc.body AND dc.yr = hc.yr
               GROUP BY GROUPING SETS ((hc.yr, hc.body), (hc.yr)))
        SELECT 2, s.yr, s.body, v.num, s.n, round(100 * v.num / s.n, 2), 'computed'::text, v.variant
          FROM s CROSS JOIN LATERAL (VALUES ('servants'::text, s.servants), ('offences', s.cases)) AS v (variant, num);
    END IF;

    -- 3: the selection module's candidates per place, per body; national Σ candidates ÷ Σ places
    IF to_regprocedure('civilservice.candidates_per_place(integer)') IS NOT NULL THEN
        RETURN QUERY
        WITH c AS (SELECT g AS yr, to_jsonb(r) AS j
                     FROM generate_series(year_from, last_year) AS g
                    CROSS JOIN LATERAL civilservice.candidates_per_place(g) AS r),
        b AS (SELECT c.yr, (c.j ->> 'state_body_id')::bigint AS body,
                     coalesce(c.j ->> 'candidates', c.j ->> 'candidacies', c.j ->> 'applicants', c.j ->> 'numerator')::numeric AS num,
                     coalesce(c.j ->> 'places', c.j ->> 'denominator')::numeric AS den
                FROM c WHERE c.j ->> 'state_body_id' IS NOT NULL),
        s AS (SELECT b.yr, b.body, sum(b.num) AS num, sum(b.den) AS den
                FROM b GROUP BY GROUPING SETS ((b.yr, b.body), (b.yr)))
        SELECT 3, s.yr, s.body, s.num, s.den, round(s.num / nullif(s.den, 0), 2), 'computed'::text, 'applicants_per_place'::text
          FROM s;
    END IF;

    -- 4: degree holders among those employed on 31 December (CURRENT_DATE for the running year)
    IF to_regclass('civilservice.education') IS NOT NULL THEN
        RETURN QUERY
        WITH y AS (SELECT g AS yr, least(make_date(g, 12, 31), CURRENT_DATE) AS d
                     FROM generate_series(year_from, last_year) AS g),
        deg AS (SELECT ed.state_body_id AS body, ed.employee_id, min(ed.awarded_on) AS since
                  FROM civilservice.education ed
                 WHERE ed.level IN ('master', 'phd', 'doctor_by_profile', 'candidate_of_sciences', 'doctor_of_sciences')
                 GROUP BY 1, 2),
        s AS (SELECT y.yr, e.state_body_id AS body, count(*) FILTER (WHERE deg.since <= y.d) AS num, count(*) AS n
                FROM civilservice.employee e
                JOIN y ON e.employed_from <= y.d AND (e.employed_to IS NULL OR e.employed_to >= y.d)
                LEFT JOIN deg ON deg.body = e.state_body_id AND deg.employee_id = e.id
               GROUP BY GROUPING SETS ((y.yr, e.state_body_id), (y.yr)))
        SELECT 4, s.yr, s.body, s.num::numeric, s.n::numeric, round(100.0 * s.num / s.n, 2), 'computed'::text, 'degree_holders'::text
          FROM s;
    END IF;

    -- 5: completed a training and (or) an internship in the year ÷ employed at any time in the year
    IF to_regclass('civilservice.training') IS NOT NULL AND to_regclass('civilservice.internship') IS NOT NULL THEN
        RETURN QUERY
        WITH y AS (SELECT g AS yr, make_date(g, 1, 1) AS d0, make_date(g, 12, 31) AS d1
                     FROM generate_series(year_from, last_year) AS g),
        hc AS (SELECT e.state_body_id AS body, y.yr, count(*) AS n
                 FROM civilservice.employee e
                 JOIN y ON e.employed_from <= y.d1 AND (e.employed_to IS NULL OR e.employed_to >= y.d0)
                GROUP BY 1, 2),
        t AS (SELECT DISTINCT x.state_body_id AS body, x.employee_id, extract(year FROM x.completed_on)::integer AS yr
                FROM civilservice.training x WHERE x.completed_on BETWEEN first_day AND last_day),
        i AS (SELECT DISTINCT x.state_body_id AS body, x.employee_id, extract(year FROM x.completed_on)::integer AS yr
                FROM civilservice.internship x WHERE x.completed_on BETWEEN first_day AND last_day),
        ti AS (SELECT coalesce(t.body, i.body) AS body, coalesce(t.yr, i.yr) AS yr,
                      count(*) FILTER (WHERE t.body IS NOT NULL AND i.body IS NOT NULL) AS both_, count(*) AS either
                 FROM t FULL JOIN i ON i.body = t.body AND i.employee_id = t.employee_id AND i.yr = t.yr
                GROUP BY 1, 2),
        s AS (SELECT hc.yr, hc.body, sum(coalesce(ti.both_, 0)) AS both_, sum(coalesce(ti.either, 0)) AS either, sum(hc.n) AS n
                FROM hc LEFT JOIN ti ON ti.body = hc.body AND ti.yr = hc.yr
               GROUP BY GROUPING SETS ((hc.yr, hc.body), (hc.yr)))
        SELECT 5, s.yr, s.body, v.num, s.n, round(100 * v.num / s.n, 2), 'computed'::text, v.variant
          FROM s CROSS JOIN LATERAL (VALUES ('training_and_internship'::text, s.both_), ('training_or_internship', s.either)) AS v (variant, num);
    END IF;

    -- 6, proven: flexible-time applications received in the year by an electronic channel of п. 15
    IF to_regclass('civilservice.flexible_application') IS NOT NULL THEN
        RETURN QUERY
        WITH a AS (SELECT fa.state_body_id AS body, extract(year FROM fa.received_at AT TIME ZONE sb.time_zone)::integer AS yr,
                          fa.channel::text IN ('e_qyzmet', 'hr_information_system') AS electronic
                     FROM civilservice.flexible_application fa
                     JOIN civilservice.state_body sb ON sb.id = fa.state_body_id
                    WHERE fa.received_at >= first_day - 1 AND fa.received_at < last_day + 2),
        s AS (SELECT a.yr, a.body, count(*) FILTER (WHERE a.electronic) AS num, count(*) AS n
                FROM a WHERE a.yr BETWEEN year_from AND last_year
               GROUP BY GROUPING SETS ((a.yr, a.body), (a.yr)))
        SELECT 6, s.yr, s.body, s.num::numeric, s.n::numeric, round(100.0 * s.num / s.n, 2), 'computed'::text, 'proven_applications'::text
          FROM s;
    END IF;
END $$;
COMMENT ON FUNCTION civilservice.indicator_actuals(integer, integer) IS
  'The actuals of the target indicators of the Concept for the years given, per body and national (state_body_id NULL; the national value is Σ numerators ÷ Σ denominators of the bodies the caller may read, never an average of shares). Rows: every entered value (civilservice.indicator_national_entry, civilservice.indicator_entry; variant = its source) and every computed one (source computed), side by side; an entered value never replaces a computed one. Decisions: (2) variant servants = distinct employees with an ethics or discrediting case established (decided_on in the year, outcome decided and not not_established) ÷ employees employed at any time in the year ×100, variant offences = such cases ÷ the same; (3) the selection module''s candidates_per_place(year): applicants ÷ places of the competitions announced in the year, national Σ/Σ; (4) employees employed on 31 December, or on CURRENT_DATE in the running year, holding a master''s, PhD, doctor by profile, candidate or doctor of sciences degree awarded by that day ÷ employed that day ×100; (5) variant training_and_internship = completed (completed_on in the year) a training AND an internship ÷ employed at any time in the year ×100 (the 2024 target 3,2 matches the ~3% internship share, L191), variant training_or_internship = OR; (6) the catalogue value entered nationally, and variant proven_applications = flexible-time applications received in the year (the body''s time zone) by e_qyzmet or hr_information_system ÷ all received ×100; (1, 7) entered survey values. Years after the current one give no computed rows; values are rounded to 2 decimals';

-- Secondary metrics (CONCEPT §2.4) on a date, per body and national.
CREATE FUNCTION civilservice.workforce_metrics(on_date date)
RETURNS TABLE (state_body_id bigint, employed bigint, young bigint, young_share numeric,
               avg_position_tenure_years numeric, internal_competitions numeric, competitions numeric,
               internal_competition_share numeric, top_rated bigint, top_rated_promoted bigint,
               top_rated_promotion_share numeric)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
DECLARE
    young_below integer;
    appointments text := 'SELECT NULL::bigint AS body, NULL::bigint AS employee_id, NULL::date AS since WHERE false';
    high text := 'SELECT NULL::bigint AS body, NULL::bigint AS employee_id, false AS promoted WHERE false';
    shares text := 'SELECT NULL::bigint AS body, NULL::numeric AS internal, NULL::numeric AS total WHERE false';
BEGIN
    IF on_date IS NULL THEN
        RAISE EXCEPTION 'civilservice.workforce_metrics(): the date is required' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    young_below := (civilservice.concept_parameter_on('young_servant_age_below_years', on_date)).value;
    IF to_regclass('civilservice.career_event') IS NOT NULL THEN
        appointments := 'SELECT c.state_body_id AS body, c.employee_id, max(c.event_on) AS since
                           FROM civilservice.career_event c
                          WHERE c.kind = ''appointment'' AND c.event_on <= $1 GROUP BY 1, 2';
        IF to_regclass('civilservice.performance_evaluation') IS NOT NULL THEN
            high := 'SELECT pe.state_body_id AS body, pe.employee_id,
                            bool_or(EXISTS (SELECT FROM civilservice.career_event c
                                             WHERE c.state_body_id = pe.state_body_id AND c.employee_id = pe.employee_id
                                               AND c.kind = ''appointment'' AND c.is_promotion
                                               AND c.event_on >= (pe.quarter + ''3 months''::interval)::date
                                               AND c.event_on < (pe.quarter + ''15 months''::interval)::date)) AS promoted
                       FROM civilservice.performance_evaluation pe
                      WHERE pe.rating = ''high'' AND pe.quarter >= ($1 - ''12 months''::interval)::date
                        AND (pe.quarter + ''3 months''::interval)::date <= $1
                      GROUP BY 1, 2';
        END IF;
    END IF;
    IF to_regprocedure('civilservice.internal_competition_share(date)') IS NOT NULL THEN
        shares := 'SELECT (j ->> ''state_body_id'')::bigint AS body,
                          coalesce(j ->> ''internal'', j ->> ''internal_competitions'', j ->> ''numerator'')::numeric AS internal,
                          coalesce(j ->> ''competitions'', j ->> ''total'', j ->> ''all_competitions'', j ->> ''denominator'')::numeric AS total
                     FROM (SELECT to_jsonb(r) AS j FROM civilservice.internal_competition_share($1) AS r) AS x
                    WHERE j ->> ''state_body_id'' IS NOT NULL';
    END IF;
    RETURN QUERY EXECUTE format($q$
        WITH emp AS (
            SELECT e.state_body_id AS body, e.id, e.iin, e.employed_from
              FROM civilservice.employee e
             WHERE e.employed_from <= $1 AND (e.employed_to IS NULL OR e.employed_to >= $1)),
        app AS (%s), hi AS (%s), sh AS (%s),
        per_emp AS (
            SELECT emp.body,
                   (civilservice.iin_birth_date(emp.iin) + make_interval(years => $2))::date > $1 AS is_young,
                   $1 - greatest(coalesce(app.since, emp.employed_from), emp.employed_from) AS days_in_position
              FROM emp LEFT JOIN app ON app.body = emp.body AND app.employee_id = emp.id),
        e AS (SELECT p.body, count(*) AS employed, count(*) FILTER (WHERE p.is_young) AS young,
                     sum(p.days_in_position) AS days
                FROM per_emp p GROUP BY GROUPING SETS ((p.body), ())),
        h AS (SELECT hi.body, count(*) AS top_rated, count(*) FILTER (WHERE hi.promoted) AS promoted
                FROM hi GROUP BY GROUPING SETS ((hi.body), ())),
        s AS (SELECT sh.body, sum(sh.internal) AS internal, sum(sh.total) AS total
                FROM sh GROUP BY GROUPING SETS ((sh.body), ()))
        SELECT e.body, e.employed, e.young, round(100.0 * e.young / e.employed, 2),
               round(e.days::numeric / e.employed / 365.25, 2),
               s.internal, s.total, round(100 * s.internal / nullif(s.total, 0), 2),
               coalesce(h.top_rated, 0), coalesce(h.promoted, 0), round(100.0 * h.promoted / nullif(h.top_rated, 0), 2)
          FROM e
          LEFT JOIN h ON h.body IS NOT DISTINCT FROM e.body
          LEFT JOIN s ON s.body IS NOT DISTINCT FROM e.body
         WHERE e.employed > 0
         ORDER BY e.body NULLS LAST $q$, appointments, high, shares)
    USING on_date, young_below;
END $$;
COMMENT ON FUNCTION civilservice.workforce_metrics(date) IS
  'Secondary metrics the Concept quotes as baselines (CONCEPT §2.4), on a date, per body and national (state_body_id NULL; Σ/Σ over the bodies the caller may read): employed that day; young = under young_servant_age_below_years (30, L154) by the IIN birth date; average years in the current position, from the latest appointment (career_event) on or before the date, else from employed_from; internal competitions ÷ all competitions over 5 years (L166), from the selection module''s internal_competition_share(date), not recomputed; top_rated = servants with a high quarter (performance_evaluation) ending within the 12 months before the date, top_rated_promoted = those of them appointed with is_promotion within 12 months after the end of such a quarter (L181; events after the date count when recorded). A source not installed gives NULLs (or 0)';

-- The progress for the reporting views of civilservice_bi: the reader reads
-- no record, so the progress is computed with the owner's rights and kept to
-- the bodies the session serves; the national rows are then the whole
-- nation (Σ over every body), shown to whoever serves a body or every body.
CREATE FUNCTION civilservice.indicator_progress_served()
RETURNS TABLE (year integer, state_body_id bigint, indicator_no integer, name text, unit text, direction text,
               target numeric, actual numeric, gap numeric, achieved boolean, previous_actual numeric, trend text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    every boolean := civilservice.session_serves_every_state_body();
    bodies bigint[] := civilservice.session_served_state_bodies(
        '{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_national_auditor,civilservice_reader}');
BEGIN
    IF NOT every AND cardinality(bodies) = 0 THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT p.year, p.state_body_id, p.indicator_no, p.name, p.unit, p.direction, p.target, p.actual, p.gap,
           p.achieved, p.previous_actual, p.trend
      FROM civilservice.indicator_progress p
     WHERE every OR p.state_body_id IS NULL OR p.state_body_id = ANY (bodies);
END $$;
COMMENT ON FUNCTION civilservice.indicator_progress_served() IS
  'The rows of civilservice.indicator_progress computed with the owner''s rights: the nation (state_body_id NULL: Σ numerators ÷ Σ denominators over every body) and each body the session user serves (every body for the administrator and the national auditor); nothing for a session that serves no body. Read by civilservice_bi.indicator_progress, for the reader, who reads no record';
