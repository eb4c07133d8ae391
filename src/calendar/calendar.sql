-- The national production calendar (производственный календарь) and the
-- effective-dated rule parameters. The engine is C (src/calendar.c); these
-- tables are its data. DESIGN section 4; Rules п. 16.


CREATE TABLE civilservice.calendar (
    code              text     PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{0,31}$'),
    name              text     NOT NULL,
    weekend           smallint[] NOT NULL DEFAULT '{6,7}'
                      CHECK (weekend <@ '{1,2,3,4,5,6,7}'::smallint[] AND cardinality(weekend) < 7
                             AND array_ndims(weekend) = 1),
    first_year        integer  NOT NULL CHECK (first_year BETWEEN 1991 AND 2200),
    last_year         integer  NOT NULL,
    confirmed_through integer,
    source            text     NOT NULL,
    shipped           boolean  NOT NULL DEFAULT false,
    CONSTRAINT calendar_years CHECK (last_year BETWEEN first_year AND first_year + 199),
    CONSTRAINT calendar_confirmed_years CHECK (confirmed_through IS NULL OR confirmed_through <= last_year)
);
COMMENT ON TABLE civilservice.calendar IS
  'Производственный календарь: a production calendar by code (''kz'' is the national one), with its weekend days and the years it covers';
COMMENT ON COLUMN civilservice.calendar.code IS 'Calendar code used by every calendar function (default ''kz'')';
COMMENT ON COLUMN civilservice.calendar.name IS 'Name of the calendar';
COMMENT ON COLUMN civilservice.calendar.weekend IS 'Выходные дни недели: ISO days of the week that are days off (1 = Monday .. 7 = Sunday); {6,7} for the 5-day week, {7} for a 6-day week';
COMMENT ON COLUMN civilservice.calendar.first_year IS 'First year the calendar covers; dates before it are refused';
COMMENT ON COLUMN civilservice.calendar.last_year IS 'Last year the calendar covers; dates after it are refused';
COMMENT ON COLUMN civilservice.calendar.confirmed_through IS 'Last year whose day-off transfers are published (decree or order issued, or none); later years are provisional';
COMMENT ON COLUMN civilservice.calendar.source IS 'Legal source of the calendar';
COMMENT ON COLUMN civilservice.calendar.shipped IS 'True for rows shipped with the extension and not revised since (left out of pg_dump)';

CREATE TABLE civilservice.holiday_rule (
    id            integer  PRIMARY KEY,
    calendar_code text     NOT NULL REFERENCES civilservice.calendar (code) ON UPDATE CASCADE,
    month         smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
    day           smallint NOT NULL,
    name          text     NOT NULL,
    kind          text     NOT NULL CHECK (kind IN ('state', 'national', 'religious')),
    first_year    integer  NOT NULL,
    last_year     integer,
    source        text     NOT NULL,
    shipped       boolean  NOT NULL DEFAULT false,
    CONSTRAINT holiday_rule_day CHECK (day BETWEEN 1 AND extract(day FROM make_date(2000, month, 1) + interval '1 month - 1 day')),
    CONSTRAINT holiday_rule_years CHECK (last_year IS NULL OR last_year >= first_year)
);
CREATE SEQUENCE civilservice.holiday_rule_id_seq START 1000 OWNED BY civilservice.holiday_rule.id;
ALTER TABLE civilservice.holiday_rule ALTER id SET DEFAULT nextval('civilservice.holiday_rule_id_seq');
COMMENT ON TABLE civilservice.holiday_rule IS
  'Праздничные дни: holidays that are days off, defined by rule (a fixed day each year) with the years the rule is valid. A state or national holiday on a weekend moves the day off to the next working day (Трудовой кодекс, ст. 85); a religious day off never moves';
COMMENT ON COLUMN civilservice.holiday_rule.id IS 'Key (shipped rules below 1000)';
COMMENT ON COLUMN civilservice.holiday_rule.calendar_code IS 'Calendar the rule belongs to';
COMMENT ON COLUMN civilservice.holiday_rule.month IS 'Month of the holiday';
COMMENT ON COLUMN civilservice.holiday_rule.day IS 'Day of month of the holiday';
COMMENT ON COLUMN civilservice.holiday_rule.name IS 'Name of the holiday';
COMMENT ON COLUMN civilservice.holiday_rule.kind IS 'state (государственный праздник), national (национальный праздник) or religious (религиозный праздник, not moved from a weekend)';
COMMENT ON COLUMN civilservice.holiday_rule.first_year IS 'First year the rule applies';
COMMENT ON COLUMN civilservice.holiday_rule.last_year IS 'Last year the rule applies (NULL: still in force)';
COMMENT ON COLUMN civilservice.holiday_rule.source IS 'Legal source of the rule';
COMMENT ON COLUMN civilservice.holiday_rule.shipped IS 'True for rows shipped with the extension and not revised since (left out of pg_dump)';

CREATE TABLE civilservice.calendar_entry (
    id            integer PRIMARY KEY,
    calendar_code text    NOT NULL REFERENCES civilservice.calendar (code) ON UPDATE CASCADE,
    day           date    NOT NULL CHECK (day BETWEEN '1991-01-01' AND '2200-12-31'),
    kind          text    NOT NULL CHECK (kind IN ('religious_day_off', 'day_off', 'working_day')),
    name          text    NOT NULL,
    paired_day    date,
    estimated     boolean NOT NULL DEFAULT false,
    revoked       boolean NOT NULL DEFAULT false,
    source        text    NOT NULL,
    shipped       boolean NOT NULL DEFAULT false,
    CONSTRAINT calendar_entry_pair CHECK (paired_day IS NULL OR (kind <> 'religious_day_off' AND paired_day <> day))
);
CREATE SEQUENCE civilservice.calendar_entry_id_seq START 1000 OWNED BY civilservice.calendar_entry.id;
ALTER TABLE civilservice.calendar_entry ALTER id SET DEFAULT nextval('civilservice.calendar_entry_id_seq');
CREATE UNIQUE INDEX calendar_entry_day_key ON civilservice.calendar_entry (calendar_code, day) WHERE NOT revoked;
COMMENT ON TABLE civilservice.calendar_entry IS
  'Dated calendar entries: movable religious days off (Курбан айт) and transfers of days off by government decree or Minister of Labour order (перенос выходных дней). They override everything computed, including a carried-over holiday';
COMMENT ON COLUMN civilservice.calendar_entry.id IS 'Key (shipped entries below 1000)';
COMMENT ON COLUMN civilservice.calendar_entry.calendar_code IS 'Calendar the entry belongs to';
COMMENT ON COLUMN civilservice.calendar_entry.day IS 'The date concerned';
COMMENT ON COLUMN civilservice.calendar_entry.kind IS 'religious_day_off (not moved when on a weekend), day_off (a working day made a day off) or working_day (a day off made a working day)';
COMMENT ON COLUMN civilservice.calendar_entry.name IS 'What the entry is';
COMMENT ON COLUMN civilservice.calendar_entry.paired_day IS 'For a transfer, the other day of the pair (it may lie in another year)';
COMMENT ON COLUMN civilservice.calendar_entry.estimated IS 'True while the date is an estimate not yet confirmed (e.g. Kurban Ait before the Spiritual Administration of Muslims announces it)';
COMMENT ON COLUMN civilservice.calendar_entry.revoked IS 'True when the entry no longer applies (kept for history instead of being deleted)';
COMMENT ON COLUMN civilservice.calendar_entry.source IS 'Legal source of the entry';
COMMENT ON COLUMN civilservice.calendar_entry.shipped IS 'True for rows shipped with the extension and not revised since (left out of pg_dump)';

CREATE TABLE civilservice.rule_parameter (
    id          integer PRIMARY KEY,
    name        text    NOT NULL CHECK (name ~ '^[a-z][a-z0-9_]*$'),
    valid_from  date    NOT NULL,
    value       numeric NOT NULL,
    unit        text    NOT NULL CHECK (unit IN ('working_days', 'calendar_days', 'months', 'hours', 'minutes', 'count')),
    rule_point  text    NOT NULL,
    description text    NOT NULL,
    source      text    NOT NULL,
    shipped     boolean NOT NULL DEFAULT false,
    CONSTRAINT rule_parameter_name_valid_from_key UNIQUE (name, valid_from)
);
CREATE SEQUENCE civilservice.rule_parameter_id_seq START 1000 OWNED BY civilservice.rule_parameter.id;
ALTER TABLE civilservice.rule_parameter ALTER id SET DEFAULT nextval('civilservice.rule_parameter_id_seq');
COMMENT ON TABLE civilservice.rule_parameter IS
  'Параметры правил: every number of a rule as an effective-dated value with its legal source; a check uses the value in force on the date it concerns';
COMMENT ON COLUMN civilservice.rule_parameter.id IS 'Key (shipped values below 1000)';
COMMENT ON COLUMN civilservice.rule_parameter.name IS 'Parameter name, e.g. application_review_working_days';
COMMENT ON COLUMN civilservice.rule_parameter.valid_from IS 'First date the value is in force; it stays in force until the next valid_from of the same name';
COMMENT ON COLUMN civilservice.rule_parameter.value IS 'The value';
COMMENT ON COLUMN civilservice.rule_parameter.unit IS 'Unit of the value';
COMMENT ON COLUMN civilservice.rule_parameter.rule_point IS 'Point of the Rules (or of another act) that sets the value, e.g. п. 16';
COMMENT ON COLUMN civilservice.rule_parameter.description IS 'What the value limits';
COMMENT ON COLUMN civilservice.rule_parameter.source IS 'Legal source of the value';
COMMENT ON COLUMN civilservice.rule_parameter.shipped IS 'True for rows shipped with the extension and not revised since (left out of pg_dump)';

-- pg_dump keeps what the DBA added or revised, never the shipped rows.
SELECT pg_catalog.pg_extension_config_dump('civilservice.calendar', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('civilservice.holiday_rule', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('civilservice.holiday_rule_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.calendar_entry', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('civilservice.calendar_entry_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.rule_parameter', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('civilservice.rule_parameter_id_seq', '');

CREATE TRIGGER calendar_shipped BEFORE INSERT OR UPDATE OR DELETE ON civilservice.calendar
    FOR EACH ROW EXECUTE FUNCTION civilservice.shipped_row_guard('code');
CREATE TRIGGER holiday_rule_shipped BEFORE INSERT OR UPDATE OR DELETE ON civilservice.holiday_rule
    FOR EACH ROW EXECUTE FUNCTION civilservice.shipped_row_guard('id');
CREATE TRIGGER calendar_entry_shipped BEFORE INSERT OR UPDATE OR DELETE ON civilservice.calendar_entry
    FOR EACH ROW EXECUTE FUNCTION civilservice.shipped_row_guard('id');
CREATE TRIGGER rule_parameter_shipped BEFORE INSERT OR UPDATE OR DELETE ON civilservice.rule_parameter
    FOR EACH ROW EXECUTE FUNCTION civilservice.shipped_row_guard('id');
CREATE TRIGGER calendar_history AFTER UPDATE OR DELETE ON civilservice.calendar
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('code');
CREATE TRIGGER holiday_rule_history AFTER UPDATE OR DELETE ON civilservice.holiday_rule
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
CREATE TRIGGER calendar_entry_history AFTER UPDATE OR DELETE ON civilservice.calendar_entry
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
CREATE TRIGGER rule_parameter_history AFTER UPDATE OR DELETE ON civilservice.rule_parameter
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');

-- The engine caches the calendar per backend; any change to these tables
-- drops the cache in every backend (relcache invalidation, as Citus does for
-- its metadata), and at once in the changing transaction.
CREATE FUNCTION civilservice.calendar_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'cs_calendar_invalidate' LANGUAGE C;
COMMENT ON FUNCTION civilservice.calendar_invalidate() IS
  'Trigger: drops the cached production calendar and rule parameters in every backend after a change to their tables';
CREATE TRIGGER calendar_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.calendar
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();
CREATE TRIGGER holiday_rule_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.holiday_rule
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();
CREATE TRIGGER calendar_entry_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.calendar_entry
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();
CREATE TRIGGER rule_parameter_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.rule_parameter
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();

------------------------------------------------------------------------------
-- Shipped data. Sources: DESIGN section 4 and the acts named on each row.
------------------------------------------------------------------------------

INSERT INTO civilservice.calendar (code, name, weekend, first_year, last_year, confirmed_through, source, shipped)
VALUES ('kz', 'Производственный календарь Республики Казахстан (пятидневная рабочая неделя)', '{6,7}', 2016, 2030, 2026,
        'Трудовой кодекс РК от 23.11.2015 № 414-V, ст. 84–85; Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан»', true);

INSERT INTO civilservice.holiday_rule (id, calendar_code, month, day, name, kind, first_year, last_year, source, shipped) VALUES
 ( 1, 'kz',  1,  1, 'Новый год',                            'state',     1991, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 1; Трудовой кодекс РК, ст. 85', true),
 ( 2, 'kz',  1,  2, 'Новый год',                            'state',     1991, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 1; Трудовой кодекс РК, ст. 85', true),
 ( 3, 'kz',  1,  7, 'Православное Рождество',               'religious', 2006, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 2 (религиозный праздник, выходной день без переноса)', true),
 ( 4, 'kz',  3,  8, 'Международный женский день',           'state',     1991, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 1', true),
 ( 5, 'kz',  3, 22, 'Наурыз мейрамы',                       'state',     1991, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 1', true),
 ( 6, 'kz',  3, 21, 'Наурыз мейрамы',                       'state',     2010, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 1 (21–23 марта с 2010 года)', true),
 ( 7, 'kz',  3, 23, 'Наурыз мейрамы',                       'state',     2010, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 1 (21–23 марта с 2010 года)', true),
 ( 8, 'kz',  5,  1, 'Праздник единства народа Казахстана',  'state',     1991, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 1', true),
 ( 9, 'kz',  5,  7, 'День защитника Отечества',             'state',     2013, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 1 (с 2013 года)', true),
 (10, 'kz',  5,  9, 'День Победы',                          'state',     1991, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 1', true),
 (11, 'kz',  7,  6, 'День Столицы',                         'state',     2009, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 1 (с 2009 года)', true),
 (12, 'kz',  8, 30, 'День Конституции Республики Казахстан', 'national', 1996, 2025, 'Закон РК «О праздниках в Республике Казахстан», ст. 1 (по 2025 год; с 01.07.2026 действует новая Конституция)', true),
 (13, 'kz',  3, 15, 'День Конституции Республики Казахстан', 'national', 2027, NULL, 'Конституция РК, вступившая в силу 01.07.2026; Закон РК «О праздниках в Республике Казахстан» в новой редакции (15 марта с 2027 года)', true),
 (14, 'kz', 10, 25, 'День Республики',                      'national',  1994, 2008, 'Закон РК «О праздниках в Республике Казахстан» (национальный праздник 1994–2008 годов)', true),
 (15, 'kz', 10, 25, 'День Республики',                      'national',  2022, NULL, 'Закон РК «О праздниках в Республике Казахстан» в редакции 2022 года (восстановлен с 2022 года)', true),
 (16, 'kz', 12,  1, 'День Первого Президента Республики Казахстан', 'national', 2012, 2021, 'Закон РК «О праздниках в Республике Казахстан» (2012–2021; исключён в 2022 году)', true),
 (17, 'kz', 12, 16, 'День Независимости',                   'national',  1991, NULL, 'Закон РК «О праздниках в Республике Казахстан», ст. 1', true),
 (18, 'kz', 12, 17, 'День Независимости',                   'national',  1991, 2021, 'Закон РК «О праздниках в Республике Казахстан» (второй день по 2021 год; исключён в 2022 году)', true);

-- First day of Kurban Ait (religious day off, never moved).
INSERT INTO civilservice.calendar_entry (id, calendar_code, day, kind, name, estimated, source, shipped) VALUES
 ( 1, 'kz', '2015-09-24', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2015 года; Закон РК «О праздниках в Республике Казахстан», ст. 2', true),
 ( 2, 'kz', '2016-09-12', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2016 года; Закон РК «О праздниках в Республике Казахстан», ст. 2', true),
 ( 3, 'kz', '2017-09-01', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2017 года; Закон РК «О праздниках в Республике Казахстан», ст. 2', true),
 ( 4, 'kz', '2018-08-21', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2018 года; Закон РК «О праздниках в Республике Казахстан», ст. 2', true),
 ( 5, 'kz', '2019-08-11', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2019 года; Закон РК «О праздниках в Республике Казахстан», ст. 2', true),
 ( 6, 'kz', '2020-07-31', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2020 года; Закон РК «О праздниках в Республике Казахстан», ст. 2', true),
 ( 7, 'kz', '2021-07-20', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2021 года; Закон РК «О праздниках в Республике Казахстан», ст. 2', true),
 ( 8, 'kz', '2022-07-09', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2022 года; Закон РК «О праздниках в Республике Казахстан», ст. 2', true),
 ( 9, 'kz', '2023-06-28', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2023 года; Закон РК «О праздниках в Республике Казахстан», ст. 2', true),
 (10, 'kz', '2024-06-17', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2024 года (первоначальное объявление)', true),
 (11, 'kz', '2025-06-06', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2025 года; Закон РК «О праздниках в Республике Казахстан», ст. 2', true),
 (12, 'kz', '2026-05-27', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2026 года; Закон РК «О праздниках в Республике Казахстан», ст. 2', true),
 (13, 'kz', '2027-05-16', 'religious_day_off', 'Курбан айт (первый день)', true,  'Оценка по лунному календарю ДУМК; подлежит подтверждению', true),
 (14, 'kz', '2028-05-05', 'religious_day_off', 'Курбан айт (первый день)', true,  'Оценка по лунному календарю ДУМК; подлежит подтверждению', true),
 (15, 'kz', '2029-04-24', 'religious_day_off', 'Курбан айт (первый день)', true,  'Оценка по лунному календарю ДУМК; подлежит подтверждению', true),
 (16, 'kz', '2030-04-13', 'religious_day_off', 'Курбан айт (первый день)', true,  'Оценка по лунному календарю ДУМК; подлежит подтверждению', true);

-- The 2024 date was revised ten days ahead: the first announcement stays as
-- a revoked row, the revision is a row of its own.
UPDATE civilservice.calendar_entry SET revoked = true WHERE id = 10;
INSERT INTO civilservice.calendar_entry (id, calendar_code, day, kind, name, estimated, source, shipped) VALUES
 (20, 'kz', '2024-06-16', 'religious_day_off', 'Курбан айт (первый день)', false, 'Решение ДУМК о дате Курбан айта 2024 года (уточнено: 16 июня вместо ранее объявленного 17 июня); Закон РК «О праздниках в Республике Казахстан», ст. 2', true);

-- Transfers of days off (day made off <- day made working).
INSERT INTO civilservice.calendar_entry (id, calendar_code, day, kind, name, paired_day, source, shipped)
SELECT 100 + 2 * (n - 1) + k, 'kz',
       CASE k WHEN 0 THEN off_day ELSE work_day END,
       CASE k WHEN 0 THEN 'day_off' ELSE 'working_day' END,
       CASE k WHEN 0 THEN 'Перенос выходного дня с ' || to_char(work_day, 'DD.MM.YYYY')
              ELSE 'Рабочий день (выходной перенесён на ' || to_char(off_day, 'DD.MM.YYYY') || ')' END,
       CASE k WHEN 0 THEN work_day ELSE off_day END,
       src, true
FROM (VALUES
 ( 1, date '2016-03-07', date '2016-03-05', 'Постановление Правительства РК о переносе выходных дней в 2016 году'),
 ( 2, date '2017-03-20', date '2017-03-18', 'Постановление Правительства РК о переносе выходных дней в 2017 году'),
 ( 3, date '2017-07-07', date '2017-07-01', 'Постановление Правительства РК о переносе выходных дней в 2017 году'),
 ( 4, date '2018-03-09', date '2018-03-03', 'Постановление Правительства РК о переносе выходных дней в 2018 году'),
 ( 5, date '2018-04-30', date '2018-04-28', 'Постановление Правительства РК о переносе выходных дней в 2018 году'),
 ( 6, date '2018-05-08', date '2018-05-05', 'Постановление Правительства РК о переносе выходных дней в 2018 году'),
 ( 7, date '2018-08-31', date '2018-08-25', 'Постановление Правительства РК о переносе выходных дней в 2018 году'),
 ( 8, date '2018-12-31', date '2018-12-29', 'Постановление Правительства РК о переносе выходных дней в 2018 году'),
 ( 9, date '2019-05-10', date '2019-05-04', 'Постановление Правительства РК о переносе выходных дней в 2019 году'),
 (10, date '2020-01-03', date '2020-01-05', 'Постановление Правительства РК о переносе выходных дней в 2020 году'),
 (11, date '2020-05-08', date '2020-05-11', 'Постановление Правительства РК о переносе выходных дней в 2020 году (перенос дня, выходного за 9 мая)'),
 (12, date '2020-12-18', date '2020-12-20', 'Постановление Правительства РК о переносе выходных дней в 2020 году'),
 (13, date '2021-07-05', date '2021-07-03', 'Постановление Правительства РК о переносе выходных дней в 2021 году'),
 (14, date '2022-03-07', date '2022-03-05', 'Постановление Правительства РК о переносе выходных дней в 2022 году'),
 (15, date '2022-08-29', date '2022-08-27', 'Постановление Правительства РК о переносе выходных дней в 2022 году'),
 (16, date '2022-10-24', date '2022-10-22', 'Постановление Правительства РК о переносе выходных дней в 2022 году'),
 (17, date '2023-07-07', date '2023-07-01', 'Приказ Министра труда и социальной защиты населения РК о переносе выходных дней в 2023 году'),
 (18, date '2024-05-08', date '2024-05-04', 'Приказ Министра труда и социальной защиты населения РК о переносе выходных дней в 2024 году'),
 (19, date '2025-01-03', date '2025-01-05', 'Приказ Министра труда и социальной защиты населения РК о переносе выходных дней в 2025 году')
) AS t(n, off_day, work_day, src)
CROSS JOIN (VALUES (0), (1)) AS side(k);

INSERT INTO civilservice.rule_parameter (id, name, valid_from, value, unit, rule_point, description, source, shipped) VALUES
 (1, 'application_review_working_days', '2023-06-11', 10, 'working_days', 'п. 16',
  'Срок рассмотрения заявления о режиме гибкого рабочего времени: в течение десяти рабочих дней со дня поступления',
  'Правила применения дистанционной работы, комбинированной дистанционной работы, работы в режиме гибкого рабочего времени для государственных служащих (приказ Председателя АДГС РК от 29.05.2023 № 120), п. 16', true);


------------------------------------------------------------------------------
-- The engine (C). No SET search_path on these: they are called per row in
-- large queries, and the C code names every object schema-qualified.
------------------------------------------------------------------------------

CREATE FUNCTION civilservice.is_working_day(d date, cal text DEFAULT 'kz') RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_is_working_day' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.is_working_day(date, text) IS
  'True when d is a working day (рабочий день) of production calendar cal';

CREATE FUNCTION civilservice.add_working_days(d date, n integer, cal text DEFAULT 'kz') RETURNS date
    AS 'MODULE_PATHNAME', 'cs_add_working_days' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.add_working_days(date, integer, text) IS
  'For n > 0 the n-th working day strictly after d; for n < 0 the |n|-th working day strictly before d; for n = 0 d itself if it is a working day, else the next working day';

CREATE FUNCTION civilservice.next_working_day(d date, cal text DEFAULT 'kz') RETURNS date
    AS 'MODULE_PATHNAME', 'cs_next_working_day' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.next_working_day(date, text) IS
  'The first working day strictly after d';

CREATE FUNCTION civilservice.prev_working_day(d date, cal text DEFAULT 'kz') RETURNS date
    AS 'MODULE_PATHNAME', 'cs_prev_working_day' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.prev_working_day(date, text) IS
  'The last working day strictly before d';

CREATE FUNCTION civilservice.working_days_between(a date, b date, cal text DEFAULT 'kz') RETURNS integer
    AS 'MODULE_PATHNAME', 'cs_working_days_between' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.working_days_between(date, date, text) IS
  'Number of working days in [a, b); negative when b < a';

CREATE FUNCTION civilservice.working_days(r daterange, cal text DEFAULT 'kz') RETURNS integer
    AS 'MODULE_PATHNAME', 'cs_working_days_range' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.working_days(daterange, text) IS
  'Number of working days in the range (0 for an empty range; an unbounded range is an error)';

CREATE FUNCTION civilservice.calendar_days(year integer, cal text DEFAULT 'kz')
    RETURNS TABLE (day date, is_working boolean, reason text, source text)
    AS 'MODULE_PATHNAME', 'cs_calendar_days' LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 366;
COMMENT ON FUNCTION civilservice.calendar_days(integer, text) IS
  'The effective production calendar of a year: every day, whether it is a working day, why, and the legal source';

CREATE FUNCTION civilservice.rule_parameter_value(parameter text, on_date date) RETURNS numeric
    AS 'MODULE_PATHNAME', 'cs_rule_parameter_value' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.rule_parameter_value(text, date) IS
  'The value of a rule parameter in force on a date (the row with the latest valid_from not after it); an error when none is in force';

CREATE FUNCTION civilservice.review_deadline(received date, cal text DEFAULT 'kz') RETURNS date
    AS 'MODULE_PATHNAME', 'cs_review_deadline' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.review_deadline(date, text) IS
  'п. 16: last day to review an application for flexible working time received on that date: the N-th working day after receipt (N = application_review_working_days in force on that date, 10); a receipt on a day off counts from the next working day';

CREATE VIEW civilservice.calendar_year_status AS
SELECT c.code AS calendar_code,
       y.year,
       (c.confirmed_through IS NOT NULL AND y.year <= c.confirmed_through) AS transfers_published,
       (SELECT count(*) FROM civilservice.calendar_entry e
         WHERE e.calendar_code = c.code AND NOT e.revoked AND e.estimated
           AND e.day >= make_date(y.year, 1, 1) AND e.day < make_date(y.year + 1, 1, 1)) AS estimated_entries,
       CASE WHEN (c.confirmed_through IS NOT NULL AND y.year <= c.confirmed_through)
                 AND NOT EXISTS (SELECT 1 FROM civilservice.calendar_entry e
                                  WHERE e.calendar_code = c.code AND NOT e.revoked AND e.estimated
                                    AND e.day >= make_date(y.year, 1, 1) AND e.day < make_date(y.year + 1, 1, 1))
            THEN 'confirmed' ELSE 'provisional' END AS status,
       concat_ws('; ',
         CASE WHEN c.confirmed_through IS NULL OR y.year > c.confirmed_through
              THEN 'load the transfers of days off for ' || y.year || ' (or confirm there are none) and raise calendar.confirmed_through' END,
         CASE WHEN EXISTS (SELECT 1 FROM civilservice.calendar_entry e
                            WHERE e.calendar_code = c.code AND NOT e.revoked AND e.estimated
                              AND e.day >= make_date(y.year, 1, 1) AND e.day < make_date(y.year + 1, 1, 1))
              THEN 'confirm the estimated religious days off (set estimated = false, correct the date if needed)' END
       ) AS to_load
FROM civilservice.calendar c
CROSS JOIN LATERAL generate_series(c.first_year, c.last_year) AS y(year);
COMMENT ON VIEW civilservice.calendar_year_status IS
  'Per calendar and year: whether its data is confirmed or still provisional (estimated religious dates, transfers not yet published), and what a DBA has to load';
COMMENT ON COLUMN civilservice.calendar_year_status.calendar_code IS 'Calendar';
COMMENT ON COLUMN civilservice.calendar_year_status.year IS 'Year';
COMMENT ON COLUMN civilservice.calendar_year_status.transfers_published IS 'The transfers of days off for the year are published (calendar.confirmed_through)';
COMMENT ON COLUMN civilservice.calendar_year_status.estimated_entries IS 'Number of dated entries of the year that are still estimates';
COMMENT ON COLUMN civilservice.calendar_year_status.status IS 'confirmed or provisional';
COMMENT ON COLUMN civilservice.calendar_year_status.to_load IS 'What is missing for the year to be confirmed';
COMMENT ON SEQUENCE civilservice.holiday_rule_id_seq IS 'Keys of civilservice.holiday_rule';
COMMENT ON SEQUENCE civilservice.calendar_entry_id_seq IS 'Keys of civilservice.calendar_entry';
COMMENT ON SEQUENCE civilservice.rule_parameter_id_seq IS 'Keys of civilservice.rule_parameter';
