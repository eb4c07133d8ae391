-- The national production calendar (производственный календарь) and the
-- effective-dated rule parameters. The engine is C (src/calendar/calendar.c);
-- these tables are its data, the shipped rows are in calendar_data.sql.
-- DESIGN section 4; Rules п. 16.
--
-- Two kinds of rows live side by side in each reference table:
--   shipped rows (shipped = true), written by the extension's install or
--     update script only, never changed or deleted afterwards, and left out
--     of pg_dump (CREATE EXTENSION writes them again);
--   the body's own rows (shipped = false), which a DBA inserts, updates and
--     deletes (with history), which pg_dump keeps, and which take precedence
--     over the shipped row with the same natural key.
-- The *_in_force views below say which rows are in force; the engine, the
-- functions and calendar_year_status read them, so the precedence is written
-- once per table.


CREATE TABLE civilservice.calendar (
    code              text     PRIMARY KEY
                      CONSTRAINT calendar_code_check CHECK (civilservice.checked(code ~ '^[a-z][a-z0-9_]{0,31}$',
        'производственный календарь', 'calendar_code_check', 'calendar', 'a calendar code is lower-case Latin letters, digits and _',
        format('Code given: "%s".', code),
        'Give a code such as kz or kz_astana (a letter first, at most 32 characters).')),
    name              text     NOT NULL,
    weekend           smallint[] NOT NULL DEFAULT '{6,7}'
                      CONSTRAINT calendar_weekend_check CHECK (civilservice.checked(weekend <@ '{1,2,3,4,5,6,7}'::smallint[] AND cardinality(weekend) < 7 AND array_ndims(weekend) = 1,
        'производственный календарь', 'calendar_weekend_check', 'calendar', 'the weekend is a list of ISO weekdays, not every day',
        format('Weekend given: %s.', weekend),
        'Give ISO weekdays 1 (Monday) to 7 (Sunday), e.g. {6,7}.')),
    first_year        integer  NOT NULL
                      CONSTRAINT calendar_first_year_check CHECK (civilservice.checked(first_year BETWEEN 1991 AND 2200,
        'производственный календарь', 'calendar_first_year_check', 'calendar', 'a calendar covers years from 1991 to 2200',
        format('First year given: %s.', first_year),
        'Give a first year between 1991 and 2200.')),
    last_year         integer  NOT NULL,
    confirmed_through integer,
    source            text     NOT NULL,
    shipped           boolean  NOT NULL DEFAULT false,
    CONSTRAINT calendar_years CHECK (civilservice.checked(last_year BETWEEN first_year AND first_year + 199,
        'производственный календарь', 'calendar_years', 'calendar', 'the last year of a calendar is not before its first year, and at most 199 years after it',
        format('Years given: %s to %s.', first_year, last_year),
        'Give a last year from the first year to 199 years later.')),
    CONSTRAINT calendar_confirmed_years CHECK (civilservice.checked(confirmed_through IS NULL OR confirmed_through <= last_year,
        'производственный календарь', 'calendar_confirmed_years', 'calendar', 'a calendar is confirmed at most through its last year',
        format('Confirmed through %s, last year %s.', confirmed_through, last_year),
        'Lower confirmed_through or extend last_year.'))
);
COMMENT ON TABLE civilservice.calendar IS
  'Производственный календарь: a production calendar by code (''kz'' is the national one), with its weekend days and the years it covers. A shipped calendar is never updated: its code is the key other tables refer to, so a body revises its attributes with a row of civilservice.calendar_revision; a calendar of the body''s own is updated in place';
COMMENT ON COLUMN civilservice.calendar.code IS 'Calendar code used by every calendar function (default ''kz'')';
COMMENT ON COLUMN civilservice.calendar.name IS 'Name of the calendar';
COMMENT ON COLUMN civilservice.calendar.weekend IS 'Выходные дни недели: ISO days of the week that are days off (1 = Monday .. 7 = Sunday); {6,7} for the 5-day week, {7} for a 6-day week';
COMMENT ON COLUMN civilservice.calendar.first_year IS 'First year the calendar covers; dates before it are refused';
COMMENT ON COLUMN civilservice.calendar.last_year IS 'Last year the calendar covers; dates after it are refused';
COMMENT ON COLUMN civilservice.calendar.confirmed_through IS 'Last year whose day-off transfers are published (decree or order issued, or none); later years are provisional';
COMMENT ON COLUMN civilservice.calendar.source IS 'Legal source of the calendar';
COMMENT ON COLUMN civilservice.calendar.shipped IS 'True for rows written by the extension''s script: never changed or deleted, left out of pg_dump (CREATE EXTENSION writes them again). A body''s own rows are false';

CREATE TABLE civilservice.calendar_revision (
    code              text     PRIMARY KEY REFERENCES civilservice.calendar (code),
    name              text,
    weekend           smallint[]
                      CONSTRAINT calendar_revision_weekend_check CHECK (civilservice.checked(weekend <@ '{1,2,3,4,5,6,7}'::smallint[] AND cardinality(weekend) < 7 AND array_ndims(weekend) = 1,
        'производственный календарь', 'calendar_revision_weekend_check', 'calendar_revision', 'the weekend is a list of ISO weekdays, not every day',
        format('Weekend given: %s.', weekend),
        'Give ISO weekdays 1 (Monday) to 7 (Sunday), e.g. {6,7}.')),
    first_year        integer
                      CONSTRAINT calendar_revision_first_year_check CHECK (civilservice.checked(first_year BETWEEN 1991 AND 2200,
        'производственный календарь', 'calendar_revision_first_year_check', 'calendar_revision', 'a calendar covers years from 1991 to 2200',
        format('First year given: %s.', first_year),
        'Give a first year between 1991 and 2200.')),
    last_year         integer,
    confirmed_through integer,
    source            text     NOT NULL,
    CONSTRAINT calendar_revision_revises CHECK (civilservice.checked(num_nonnulls(name, weekend, first_year, last_year, confirmed_through) > 0,
        'производственный календарь', 'calendar_revision_revises', 'calendar_revision', 'a revision of a calendar revises at least one of its attributes',
        format('Revision of calendar %s gives no attribute.', code),
        'Give the name, weekend, first_year, last_year or confirmed_through that the body revises.'))
);
COMMENT ON TABLE civilservice.calendar_revision IS
  'A body''s revision of a shipped production calendar: each column that is not NULL takes precedence over the same attribute of the shipped row (e.g. confirmed_through raised once the transfers of a year are published, last_year widened once its holidays are loaded). One row per shipped calendar, updated in place with history; all its rows are the body''s and are dumped. A calendar of the body''s own is revised by UPDATE instead';
COMMENT ON COLUMN civilservice.calendar_revision.code IS 'The shipped calendar revised';
COMMENT ON COLUMN civilservice.calendar_revision.name IS 'Name in force instead of the shipped one (NULL: the shipped name)';
COMMENT ON COLUMN civilservice.calendar_revision.weekend IS 'Weekend days in force instead of the shipped ones, ISO days of the week (NULL: the shipped weekend)';
COMMENT ON COLUMN civilservice.calendar_revision.first_year IS 'First covered year in force instead of the shipped one (NULL: the shipped first year)';
COMMENT ON COLUMN civilservice.calendar_revision.last_year IS 'Last covered year in force instead of the shipped one (NULL: the shipped last year)';
COMMENT ON COLUMN civilservice.calendar_revision.confirmed_through IS 'Last year with published transfers in force instead of the shipped one (NULL: the shipped value)';
COMMENT ON COLUMN civilservice.calendar_revision.source IS 'Legal source of the revision (the decree, order or decision that the body applies); it is also the source of the weekend days when the weekend is revised';

CREATE TABLE civilservice.holiday_rule (
    id            integer  PRIMARY KEY,
    calendar_code text     NOT NULL REFERENCES civilservice.calendar (code) ON UPDATE CASCADE,
    month         smallint NOT NULL
                  CONSTRAINT holiday_rule_month_check CHECK (civilservice.checked(month BETWEEN 1 AND 12,
        'Закон «О праздниках в РК»', 'holiday_rule_month_check', 'holiday_rule', 'a month is from 1 to 12',
        format('Month given: %s.', month),
        'Give the month of the holiday, 1 to 12.')),
    day           smallint NOT NULL,
    name          text     NOT NULL,
    kind          text     NOT NULL
                  CONSTRAINT holiday_rule_kind_check CHECK (civilservice.checked(kind IN ('state', 'national', 'religious'),
        'Закон «О праздниках в РК»', 'holiday_rule_kind_check', 'holiday_rule', 'unknown kind of holiday',
        format('Kind given: "%s".', kind),
        'Use state (государственный), national (национальный) or religious (религиозный).')),
    first_year    integer  NOT NULL,
    last_year     integer,
    replaces      integer,
    revoked       boolean  NOT NULL DEFAULT false,
    source        text     NOT NULL,
    shipped       boolean  NOT NULL DEFAULT false,
    CONSTRAINT holiday_rule_day CHECK (civilservice.checked(day BETWEEN 1 AND extract(day FROM make_date(2000, month, 1) + interval '1 month - 1 day'),
        'Закон «О праздниках в РК»', 'holiday_rule_day', 'holiday_rule', 'the day of a holiday is a day of its month',
        format('Day %s of month %s.', day, month),
        'Give a day that exists in the month (29 February counts).')),
    CONSTRAINT holiday_rule_years CHECK (civilservice.checked(last_year IS NULL OR last_year >= first_year,
        'Закон «О праздниках в РК»', 'holiday_rule_years', 'holiday_rule', 'a holiday rule ends on or after the year it starts',
        format('Years %s to %s.', first_year, last_year),
        'Give a last year not before the first year, or NULL while it applies.')),
    CONSTRAINT holiday_rule_shipped_id CHECK (civilservice.checked(shipped = (id < 1000),
        'производственный календарь', 'holiday_rule_shipped_id', 'holiday_rule', 'keys below 1000 are those of rows shipped with the extension',
        format('Key %s, shipped %s.', id, shipped),
        'Leave id to its default (a body''s own rows are numbered from 1000).'))
);
CREATE SEQUENCE civilservice.holiday_rule_id_seq START 1000 OWNED BY civilservice.holiday_rule.id;
ALTER TABLE civilservice.holiday_rule ALTER id SET DEFAULT nextval('civilservice.holiday_rule_id_seq');
CREATE UNIQUE INDEX holiday_rule_replaces_key ON civilservice.holiday_rule (replaces);
COMMENT ON TABLE civilservice.holiday_rule IS
  'Праздничные дни: holidays that are days off, defined by rule (a fixed day each year) with the years the rule is valid. A state or national holiday on a weekend moves the day off to the next working day (Трудовой кодекс, ст. 85); a religious day off never moves. A shipped rule is never updated: a body''s own rule with replaces = its id takes its place (other days, years or name), or cancels it when revoked; at most one such rule per shipped rule, updated in place with history';
COMMENT ON COLUMN civilservice.holiday_rule.id IS 'Key (below 1000 for shipped rules, from 1000 for a body''s own)';
COMMENT ON COLUMN civilservice.holiday_rule.calendar_code IS 'Calendar the rule belongs to';
COMMENT ON COLUMN civilservice.holiday_rule.month IS 'Month of the holiday';
COMMENT ON COLUMN civilservice.holiday_rule.day IS 'Day of month of the holiday';
COMMENT ON COLUMN civilservice.holiday_rule.name IS 'Name of the holiday';
COMMENT ON COLUMN civilservice.holiday_rule.kind IS 'state (государственный праздник), national (национальный праздник) or religious (религиозный праздник, not moved from a weekend)';
COMMENT ON COLUMN civilservice.holiday_rule.first_year IS 'First year the rule applies';
COMMENT ON COLUMN civilservice.holiday_rule.last_year IS 'Last year the rule applies (NULL: still in force)';
COMMENT ON COLUMN civilservice.holiday_rule.replaces IS 'For a body''s own rule: the shipped rule of the same calendar it takes the place of (NULL: a rule of its own)';
COMMENT ON COLUMN civilservice.holiday_rule.revoked IS 'True when the rule no longer applies (kept for history instead of being deleted); a revoked rule that replaces a shipped one cancels it';
COMMENT ON COLUMN civilservice.holiday_rule.source IS 'Legal source of the rule';
COMMENT ON COLUMN civilservice.holiday_rule.shipped IS 'True for rows written by the extension''s script: never changed or deleted, left out of pg_dump (CREATE EXTENSION writes them again). A body''s own rows are false';

CREATE TABLE civilservice.calendar_entry (
    id            integer PRIMARY KEY,
    calendar_code text    NOT NULL REFERENCES civilservice.calendar (code) ON UPDATE CASCADE,
    day           date    NOT NULL
                  CONSTRAINT calendar_entry_day_check CHECK (civilservice.checked(day BETWEEN '1991-01-01' AND '2200-12-31',
        'производственный календарь', 'calendar_entry_day_check', 'calendar_entry', 'a calendar entry is a day from 1991 to 2200',
        format('Day given: %s.', day),
        'Give a day between 1991-01-01 and 2200-12-31.')),
    kind          text    NOT NULL
                  CONSTRAINT calendar_entry_kind_check CHECK (civilservice.checked(kind IN ('religious_day_off', 'day_off', 'working_day'),
        'производственный календарь', 'calendar_entry_kind_check', 'calendar_entry', 'unknown kind of calendar entry',
        format('Kind given: "%s".', kind),
        'Use day_off (a transferred day off), working_day (a transferred working day) or religious_day_off.')),
    name          text    NOT NULL,
    paired_day    date,
    estimated     boolean NOT NULL DEFAULT false,
    revoked       boolean NOT NULL DEFAULT false,
    source        text    NOT NULL,
    shipped       boolean NOT NULL DEFAULT false,
    CONSTRAINT calendar_entry_pair CHECK (civilservice.checked(paired_day IS NULL OR (kind <> 'religious_day_off' AND paired_day <> day),
        'производственный календарь', 'calendar_entry_pair', 'calendar_entry', 'a transfer pairs two different days; a religious day off is not transferred',
        format('Day %s (%s) paired with %s.', day, kind, paired_day),
        'Give the other day of the transfer, or no pair for a religious day off.')),
    CONSTRAINT calendar_entry_shipped_id CHECK (civilservice.checked(shipped = (id < 1000),
        'производственный календарь', 'calendar_entry_shipped_id', 'calendar_entry', 'keys below 1000 are those of rows shipped with the extension',
        format('Key %s, shipped %s.', id, shipped),
        'Leave id to its default (a body''s own rows are numbered from 1000).'))
);
CREATE SEQUENCE civilservice.calendar_entry_id_seq START 1000 OWNED BY civilservice.calendar_entry.id;
ALTER TABLE civilservice.calendar_entry ALTER id SET DEFAULT nextval('civilservice.calendar_entry_id_seq');
-- One shipped and one body's entry in force per day: the body's takes precedence.
CREATE UNIQUE INDEX calendar_entry_day_key ON civilservice.calendar_entry (calendar_code, day, shipped) WHERE NOT revoked;
COMMENT ON TABLE civilservice.calendar_entry IS
  'Dated calendar entries: movable religious days off (Курбан айт) and transfers of days off by government decree or Minister of Labour order (перенос выходных дней). They override everything computed, including a carried-over holiday. A shipped entry is never updated: any row of the body''s own for the same calendar and day takes precedence over it, the one in force if any (to correct it), else a revoked one (to cancel it); deleting the body''s rows of a day brings the shipped entry back';
COMMENT ON COLUMN civilservice.calendar_entry.id IS 'Key (below 1000 for shipped entries, from 1000 for a body''s own)';
COMMENT ON COLUMN civilservice.calendar_entry.calendar_code IS 'Calendar the entry belongs to';
COMMENT ON COLUMN civilservice.calendar_entry.day IS 'The date concerned';
COMMENT ON COLUMN civilservice.calendar_entry.kind IS 'religious_day_off (not moved when on a weekend), day_off (a working day made a day off) or working_day (a day off made a working day)';
COMMENT ON COLUMN civilservice.calendar_entry.name IS 'What the entry is';
COMMENT ON COLUMN civilservice.calendar_entry.paired_day IS 'For a transfer, the other day of the pair (it may lie in another year)';
COMMENT ON COLUMN civilservice.calendar_entry.estimated IS 'True while the date is an estimate not yet confirmed (e.g. Kurban Ait before the Spiritual Administration of Muslims announces it)';
COMMENT ON COLUMN civilservice.calendar_entry.revoked IS 'True when the entry no longer applies (kept for history instead of being deleted); a revoked row of the body''s own cancels the shipped entry of its day';
COMMENT ON COLUMN civilservice.calendar_entry.source IS 'Legal source of the entry';
COMMENT ON COLUMN civilservice.calendar_entry.shipped IS 'True for rows written by the extension''s script: never changed or deleted, left out of pg_dump (CREATE EXTENSION writes them again). A body''s own rows are false';

-- The bounds of a rule parameter's value by its unit: every number of a
-- rule is a count of days, months, hours, minutes or occurrences, and a
-- check converts it to an integer or an interval.
CREATE FUNCTION civilservice.rule_parameter_unit_bounds(unit text) RETURNS numrange
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT CASE $1 WHEN 'working_days' THEN numrange(1, 366, '[]')
                   WHEN 'calendar_days' THEN numrange(1, 3660, '[]')
                   WHEN 'months' THEN numrange(1, 120, '[]')
                   WHEN 'hours' THEN numrange(1, 168, '[]')
                   WHEN 'minutes' THEN numrange(0, 1440, '[]')
                   WHEN 'count' THEN numrange(1, 1000, '[]')
                   WHEN 'flag' THEN numrange(0, 1, '[]') END
$$;
COMMENT ON FUNCTION civilservice.rule_parameter_unit_bounds(text) IS
  'The values a rule parameter of a unit may take: working_days 1–366, calendar_days 1–3660, months 1–120, hours 1–168 (a week), minutes 0–1440 (a day), count 1–1000, flag 0 or 1 (a rule that is off or on from valid_from); NULL for an unknown unit';

CREATE FUNCTION civilservice.rule_parameter_unit_bounds_text(unit text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT CASE WHEN civilservice.rule_parameter_unit_bounds($1) IS NULL THEN format('%s is not a unit of a rule parameter', $1)
                ELSE format('a value in %s is from %s to %s%s', $1,
                            lower(civilservice.rule_parameter_unit_bounds($1)), upper(civilservice.rule_parameter_unit_bounds($1)),
                            CASE WHEN $1 = 'hours' THEN ', in whole minutes' ELSE ', a whole number' END) END
$$;
COMMENT ON FUNCTION civilservice.rule_parameter_unit_bounds_text(text) IS
  'The bounds of a unit of rule parameters, as said in the detail of a refusal';

CREATE FUNCTION civilservice.rule_parameter_value_fits(unit text, value numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT coalesce($2 <@ civilservice.rule_parameter_unit_bounds($1), false)
       AND CASE WHEN $1 = 'hours' THEN $2 * 60 = trunc($2 * 60) ELSE $2 = trunc($2) END
$$;
COMMENT ON FUNCTION civilservice.rule_parameter_value_fits(text, numeric) IS
  'True when value is within the bounds of unit (rule_parameter_unit_bounds) and whole (hours: whole minutes): the CHECK rule_parameter_value_bounds';

CREATE TABLE civilservice.rule_parameter (
    id          integer PRIMARY KEY,
    name        text    NOT NULL
                CONSTRAINT rule_parameter_name_check CHECK (civilservice.checked(name ~ '^[a-z][a-z0-9_]*$',
        coalesce(rule_point, 'параметры'), 'rule_parameter_name_check', 'rule_parameter', 'a parameter name is lower-case Latin letters, digits and _',
        format('Name given: "%s".', name),
        'Give a name such as flexible_period_months.')),
    valid_from  date    NOT NULL,
    value       numeric NOT NULL,
    unit        text    NOT NULL
                CONSTRAINT rule_parameter_unit_check CHECK (civilservice.checked(unit IN ('working_days', 'calendar_days', 'months', 'hours', 'minutes', 'count', 'flag'),
        coalesce(rule_point, 'параметры'), 'rule_parameter_unit_check', 'rule_parameter', 'unknown unit of a rule parameter',
        format('Unit given: "%s".', unit),
        'Use working_days, calendar_days, months, hours, minutes, count or flag.')),
    rule_point  text    NOT NULL,
    description text    NOT NULL,
    source      text    NOT NULL,
    shipped     boolean NOT NULL DEFAULT false,
    -- one shipped and one body's value per name and date: the body's takes precedence
    CONSTRAINT rule_parameter_name_valid_from_key UNIQUE (name, valid_from, shipped),
    CONSTRAINT rule_parameter_shipped_id CHECK (civilservice.checked(shipped = (id < 1000),
        coalesce(rule_point, 'параметры'), 'rule_parameter_shipped_id', 'rule_parameter', 'keys below 1000 are those of rows shipped with the extension',
        format('Key %s, shipped %s.', id, shipped),
        'Leave id to its default (a body''s own rows are numbered from 1000).')),
    -- a value a check can use: no negative or absurd number reaches a
    -- month computation or an integer conversion
    CONSTRAINT rule_parameter_value_bounds CHECK (civilservice.checked(
        civilservice.rule_parameter_value_fits(unit, value), rule_point, 'rule_parameter_value_bounds', 'rule_parameter',
        'the value of a rule parameter is outside the bounds of its unit',
        format('%s = %s %s; %s', name, value, unit, civilservice.rule_parameter_unit_bounds_text(unit)),
        'Give a value within the bounds of the unit (whole numbers except hours, which are whole minutes).'))
);
CREATE SEQUENCE civilservice.rule_parameter_id_seq START 1000 OWNED BY civilservice.rule_parameter.id;
ALTER TABLE civilservice.rule_parameter ALTER id SET DEFAULT nextval('civilservice.rule_parameter_id_seq');
COMMENT ON TABLE civilservice.rule_parameter IS
  'Параметры правил: every number of a rule as an effective-dated value with its legal source; a check uses the value in force on the date it concerns. A shipped value is never updated: a body''s own row with the same name and valid_from takes precedence over it; a later valid_from changes the value from that date on';
COMMENT ON COLUMN civilservice.rule_parameter.id IS 'Key (below 1000 for shipped values, from 1000 for a body''s own)';
COMMENT ON COLUMN civilservice.rule_parameter.name IS 'Parameter name, e.g. application_review_working_days';
COMMENT ON COLUMN civilservice.rule_parameter.valid_from IS 'First date the value is in force; it stays in force until the next valid_from of the same name';
COMMENT ON COLUMN civilservice.rule_parameter.value IS 'The value';
COMMENT ON COLUMN civilservice.rule_parameter.unit IS 'Unit of the value';
COMMENT ON COLUMN civilservice.rule_parameter.rule_point IS 'Point of the Rules (or of another act) that sets the value, e.g. п. 16';
COMMENT ON COLUMN civilservice.rule_parameter.description IS 'What the value limits';
COMMENT ON COLUMN civilservice.rule_parameter.source IS 'Legal source of the value';
COMMENT ON COLUMN civilservice.rule_parameter.shipped IS 'True for rows written by the extension''s script: never changed or deleted, left out of pg_dump (CREATE EXTENSION writes them again). A body''s own rows are false';

COMMENT ON SEQUENCE civilservice.holiday_rule_id_seq IS 'Keys of a body''s own rows of civilservice.holiday_rule (shipped rows are below 1000)';
COMMENT ON SEQUENCE civilservice.calendar_entry_id_seq IS 'Keys of a body''s own rows of civilservice.calendar_entry (shipped rows are below 1000)';
COMMENT ON SEQUENCE civilservice.rule_parameter_id_seq IS 'Keys of a body''s own rows of civilservice.rule_parameter (shipped rows are below 1000)';

-- pg_dump keeps the body's rows, never the shipped ones (the install script
-- writes those again). It writes the data of these tables in the order of
-- their foreign keys, but a parallel pg_restore does not wait on that order:
-- the rules or entries of a calendar of the body's own may then be loaded
-- before the calendar and be refused. Rows that revise shipped data refer
-- to shipped rows only, which CREATE EXTENSION has written before any data.
SELECT pg_catalog.pg_extension_config_dump('civilservice.calendar', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('civilservice.calendar_revision', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.holiday_rule', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('civilservice.holiday_rule_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.calendar_entry', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('civilservice.calendar_entry_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.rule_parameter', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('civilservice.rule_parameter_id_seq', '');

-- Shipped rows are never changed (shipped_row_guard, src/common/common.sql);
-- every change to a body's row is kept in history.
CREATE TRIGGER calendar_shipped_row BEFORE INSERT OR UPDATE OR DELETE ON civilservice.calendar
    FOR EACH ROW EXECUTE FUNCTION civilservice.shipped_row_guard('code');
CREATE TRIGGER holiday_rule_shipped_row BEFORE INSERT OR UPDATE OR DELETE ON civilservice.holiday_rule
    FOR EACH ROW EXECUTE FUNCTION civilservice.shipped_row_guard('id');
CREATE TRIGGER calendar_entry_shipped_row BEFORE INSERT OR UPDATE OR DELETE ON civilservice.calendar_entry
    FOR EACH ROW EXECUTE FUNCTION civilservice.shipped_row_guard('id');
CREATE TRIGGER rule_parameter_shipped_row BEFORE INSERT OR UPDATE OR DELETE ON civilservice.rule_parameter
    FOR EACH ROW EXECUTE FUNCTION civilservice.shipped_row_guard('id');
CREATE TRIGGER calendar_shipped_row_truncate BEFORE TRUNCATE ON civilservice.calendar
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.shipped_row_guard('code');
CREATE TRIGGER holiday_rule_shipped_row_truncate BEFORE TRUNCATE ON civilservice.holiday_rule
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.shipped_row_guard('id');
CREATE TRIGGER calendar_entry_shipped_row_truncate BEFORE TRUNCATE ON civilservice.calendar_entry
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.shipped_row_guard('id');
CREATE TRIGGER rule_parameter_shipped_row_truncate BEFORE TRUNCATE ON civilservice.rule_parameter
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.shipped_row_guard('id');
CREATE TRIGGER calendar_history AFTER UPDATE OR DELETE ON civilservice.calendar
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('code');
CREATE TRIGGER calendar_revision_history AFTER UPDATE OR DELETE ON civilservice.calendar_revision
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('code');
CREATE TRIGGER holiday_rule_history AFTER UPDATE OR DELETE ON civilservice.holiday_rule
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
CREATE TRIGGER calendar_entry_history AFTER UPDATE OR DELETE ON civilservice.calendar_entry
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
CREATE TRIGGER rule_parameter_history AFTER UPDATE OR DELETE ON civilservice.rule_parameter
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');

COMMENT ON TRIGGER calendar_shipped_row ON civilservice.calendar IS 'A shipped calendar is never updated or deleted; no INSERT takes its code';
COMMENT ON TRIGGER holiday_rule_shipped_row ON civilservice.holiday_rule IS 'A shipped rule is never updated or deleted; no INSERT takes its id';
COMMENT ON TRIGGER calendar_entry_shipped_row ON civilservice.calendar_entry IS 'A shipped entry is never updated or deleted; no INSERT takes its id';
COMMENT ON TRIGGER rule_parameter_shipped_row ON civilservice.rule_parameter IS 'A shipped value is never updated or deleted; no INSERT takes its id';
COMMENT ON TRIGGER calendar_shipped_row_truncate ON civilservice.calendar IS 'TRUNCATE would delete the shipped calendars';
COMMENT ON TRIGGER holiday_rule_shipped_row_truncate ON civilservice.holiday_rule IS 'TRUNCATE would delete the shipped rules';
COMMENT ON TRIGGER calendar_entry_shipped_row_truncate ON civilservice.calendar_entry IS 'TRUNCATE would delete the shipped entries';
COMMENT ON TRIGGER rule_parameter_shipped_row_truncate ON civilservice.rule_parameter IS 'TRUNCATE would delete the shipped values';
COMMENT ON TRIGGER calendar_revision_history ON civilservice.calendar_revision IS 'Every change to a revision is kept in civilservice.history';
COMMENT ON CONSTRAINT holiday_rule_shipped_id ON civilservice.holiday_rule IS 'Keys below 1000 are kept for shipped rules, so a later version of the extension can ship new ones';
COMMENT ON CONSTRAINT calendar_entry_shipped_id ON civilservice.calendar_entry IS 'Keys below 1000 are kept for shipped entries, so a later version of the extension can ship new ones';
COMMENT ON CONSTRAINT rule_parameter_shipped_id ON civilservice.rule_parameter IS 'Keys below 1000 are kept for shipped values, so a later version of the extension can ship new ones';
COMMENT ON CONSTRAINT rule_parameter_value_bounds ON civilservice.rule_parameter IS 'The point of the row (п. 16, 18, 19, 21, …): the value is within the bounds of its unit (civilservice.rule_parameter_unit_bounds) and whole, so no negative or huge value reaches a check';
COMMENT ON CONSTRAINT rule_parameter_name_valid_from_key ON civilservice.rule_parameter IS 'One shipped and one body''s value per name and valid_from; the body''s takes precedence';
COMMENT ON CONSTRAINT calendar_revision_revises ON civilservice.calendar_revision IS 'A revision revises at least one attribute';
COMMENT ON INDEX civilservice.calendar_entry_day_key IS 'One shipped and one body''s entry in force per calendar and day; the body''s takes precedence';
COMMENT ON INDEX civilservice.holiday_rule_replaces_key IS 'At most one rule of the body''s own per shipped rule it replaces';

-- A revision must leave the calendar valid, and revises a shipped calendar
-- only (a body's own calendar is updated in place: one way to change it).
CREATE FUNCTION civilservice.calendar_revision_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    cal record;
    first_y integer;
    last_y integer;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'calendar_revision' THEN
        RAISE EXCEPTION 'calendar_revision_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.calendar_revision'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT c.shipped, c.first_year, c.last_year, c.confirmed_through INTO cal
      FROM civilservice.calendar c WHERE c.code OPERATOR(pg_catalog.=) NEW.code;
    IF NOT FOUND THEN
        RETURN NEW;     -- the foreign key refuses it
    END IF;
    IF NOT cal.shipped THEN
        RAISE EXCEPTION 'calendar "%" is the body''s own and is not revised by civilservice.calendar_revision', NEW.code
          USING ERRCODE = 'check_violation', CONSTRAINT = 'calendar_revision_valid',
                SCHEMA = 'civilservice', TABLE = 'calendar_revision',
                DETAIL = 'A revision takes precedence over the attributes of a calendar shipped with the extension.',
                HINT = 'Update the row of civilservice.calendar itself.';
    END IF;
    first_y := coalesce(NEW.first_year, cal.first_year);
    last_y := coalesce(NEW.last_year, cal.last_year);
    IF last_y NOT BETWEEN first_y AND first_y OPERATOR(pg_catalog.+) 199 THEN
        RAISE EXCEPTION 'the revision of calendar "%" would cover the years % to %', NEW.code, first_y, last_y
          USING ERRCODE = 'check_violation', CONSTRAINT = 'calendar_revision_valid',
                SCHEMA = 'civilservice', TABLE = 'calendar_revision',
                DETAIL = 'A calendar covers at least its first year and at most 200 years.',
                HINT = 'Give first_year and last_year in order (NULL keeps the shipped value).';
    END IF;
    IF coalesce(NEW.confirmed_through, cal.confirmed_through) OPERATOR(pg_catalog.>) last_y THEN
        RAISE EXCEPTION 'the revision of calendar "%" confirms the transfers through %, after its last year %',
            NEW.code, coalesce(NEW.confirmed_through, cal.confirmed_through), last_y
          USING ERRCODE = 'check_violation', CONSTRAINT = 'calendar_revision_valid',
                SCHEMA = 'civilservice', TABLE = 'calendar_revision',
                DETAIL = 'Only a covered year can have its transfers published.',
                HINT = 'Widen last_year in the same revision, or lower confirmed_through.';
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.calendar_revision_check() IS
  'Trigger: a revision of a calendar revises a shipped calendar only and leaves its years and confirmed_through valid (the checks of civilservice.calendar, over the attributes in force)';
CREATE TRIGGER calendar_revision_valid BEFORE INSERT OR UPDATE ON civilservice.calendar_revision
    FOR EACH ROW EXECUTE FUNCTION civilservice.calendar_revision_check();
COMMENT ON TRIGGER calendar_revision_valid ON civilservice.calendar_revision IS 'A revision revises a shipped calendar and leaves it valid';

-- A body's rule replaces a shipped rule of its own calendar, never another
-- body's rule: the shipped row it points to is always there (it is never
-- deleted, and CREATE EXTENSION writes it before a restore adds the rule).
-- A trigger rather than a foreign key: a table referring to itself makes
-- pg_dump warn of circular foreign keys on every dump of its data.
CREATE FUNCTION civilservice.holiday_rule_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    target record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'holiday_rule' THEN
        RAISE EXCEPTION 'holiday_rule_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.holiday_rule'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF NEW.replaces IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT r.shipped, r.calendar_code INTO target
      FROM civilservice.holiday_rule r WHERE r.id OPERATOR(pg_catalog.=) NEW.replaces;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'holiday rule % does not exist', NEW.replaces
          USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'holiday_rule_replaces',
                SCHEMA = 'civilservice', TABLE = 'holiday_rule', COLUMN = 'replaces',
                DETAIL = 'replaces names the shipped rule that the body''s own rule takes the place of.',
                HINT = 'Give the id of a shipped rule of the same calendar (civilservice.holiday_rule WHERE shipped).';
    END IF;
    IF NEW.shipped OR NOT target.shipped OR target.calendar_code OPERATOR(pg_catalog.<>) NEW.calendar_code THEN
        RAISE EXCEPTION 'a holiday rule of calendar "%" cannot replace holiday rule %', NEW.calendar_code, NEW.replaces
          USING ERRCODE = 'check_violation', CONSTRAINT = 'holiday_rule_replaces',
                SCHEMA = 'civilservice', TABLE = 'holiday_rule', COLUMN = 'replaces',
                DETAIL = format('Rule %s is %s, of calendar "%s"; a body''s own rule replaces a shipped rule of its own calendar.',
                                NEW.replaces, CASE WHEN target.shipped THEN 'shipped' ELSE 'the body''s own' END,
                                target.calendar_code),
                HINT = 'Update or revoke a rule of the body''s own instead of replacing it.';
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.holiday_rule_check() IS
  'Trigger: holiday_rule.replaces names an existing shipped rule of the same calendar (the foreign key of replaces, with the rule that it is shipped)';
CREATE TRIGGER holiday_rule_replaces BEFORE INSERT OR UPDATE ON civilservice.holiday_rule
    FOR EACH ROW EXECUTE FUNCTION civilservice.holiday_rule_check();
COMMENT ON TRIGGER holiday_rule_replaces ON civilservice.holiday_rule IS 'replaces names a shipped rule of the same calendar';

-- The engine caches the calendar per backend; any change to these tables
-- drops the cache in every backend (relcache invalidation, as Citus does for
-- its metadata), and at once in the changing transaction.
CREATE FUNCTION civilservice.calendar_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'cs_calendar_invalidate' LANGUAGE C;
COMMENT ON FUNCTION civilservice.calendar_invalidate() IS
  'Trigger: drops the cached production calendar and rule parameters (national and the bodies'' own, civilservice.body_rule_parameter) in every backend after a change to their tables';
CREATE TRIGGER calendar_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.calendar
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();
CREATE TRIGGER calendar_revision_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.calendar_revision
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();
COMMENT ON TRIGGER calendar_revision_invalidate ON civilservice.calendar_revision IS 'A revision changes the calendar in force: drop the cached calendar in every backend';
CREATE TRIGGER holiday_rule_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.holiday_rule
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();
CREATE TRIGGER calendar_entry_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.calendar_entry
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();
CREATE TRIGGER rule_parameter_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.rule_parameter
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();

------------------------------------------------------------------------------
-- What is in force: the precedence of a body's rows over shipped ones, once
-- per table. The engine (calendar.c), rule_parameter_value, calendar_days
-- and calendar_year_status read these views.
------------------------------------------------------------------------------

CREATE VIEW civilservice.calendar_in_force AS
SELECT c.code,
       coalesce(r.name, c.name) AS name,
       coalesce(r.weekend, c.weekend) AS weekend,
       coalesce(r.first_year, c.first_year) AS first_year,
       coalesce(r.last_year, c.last_year) AS last_year,
       coalesce(r.confirmed_through, c.confirmed_through) AS confirmed_through,
       CASE WHEN r.weekend IS NOT NULL THEN r.source ELSE c.source END AS weekend_source,
       c.shipped,
       r.code IS NOT NULL AS revised
FROM civilservice.calendar c
LEFT JOIN civilservice.calendar_revision r ON r.code = c.code;
COMMENT ON VIEW civilservice.calendar_in_force IS
  'Production calendars as in force: each attribute of the body''s revision (civilservice.calendar_revision) that is not NULL takes precedence over the shipped one';
COMMENT ON COLUMN civilservice.calendar_in_force.code IS 'Calendar code';
COMMENT ON COLUMN civilservice.calendar_in_force.name IS 'Name in force';
COMMENT ON COLUMN civilservice.calendar_in_force.weekend IS 'Weekend days in force (ISO days of the week)';
COMMENT ON COLUMN civilservice.calendar_in_force.first_year IS 'First covered year in force';
COMMENT ON COLUMN civilservice.calendar_in_force.last_year IS 'Last covered year in force';
COMMENT ON COLUMN civilservice.calendar_in_force.confirmed_through IS 'Last year with published transfers, in force';
COMMENT ON COLUMN civilservice.calendar_in_force.weekend_source IS 'Legal source of the weekend days: the revision''s when it revises the weekend, else the calendar''s';
COMMENT ON COLUMN civilservice.calendar_in_force.shipped IS 'The calendar is shipped with the extension';
COMMENT ON COLUMN civilservice.calendar_in_force.revised IS 'A body''s revision applies';

CREATE VIEW civilservice.holiday_rule_in_force AS
SELECT r.id, r.calendar_code, r.month, r.day, r.name, r.kind, r.first_year, r.last_year, r.source, r.shipped
FROM civilservice.holiday_rule r
WHERE NOT r.revoked
  AND NOT EXISTS (SELECT FROM civilservice.holiday_rule b WHERE b.replaces = r.id);
COMMENT ON VIEW civilservice.holiday_rule_in_force IS
  'Holiday rules in force: not revoked, and not replaced by a rule of the body''s own (a revoked replacement cancels the shipped rule)';
COMMENT ON COLUMN civilservice.holiday_rule_in_force.id IS 'Key of the rule';
COMMENT ON COLUMN civilservice.holiday_rule_in_force.calendar_code IS 'Calendar the rule belongs to';
COMMENT ON COLUMN civilservice.holiday_rule_in_force.month IS 'Month of the holiday';
COMMENT ON COLUMN civilservice.holiday_rule_in_force.day IS 'Day of month of the holiday';
COMMENT ON COLUMN civilservice.holiday_rule_in_force.name IS 'Name of the holiday';
COMMENT ON COLUMN civilservice.holiday_rule_in_force.kind IS 'state, national or religious';
COMMENT ON COLUMN civilservice.holiday_rule_in_force.first_year IS 'First year the rule applies';
COMMENT ON COLUMN civilservice.holiday_rule_in_force.last_year IS 'Last year the rule applies (NULL: still in force)';
COMMENT ON COLUMN civilservice.holiday_rule_in_force.source IS 'Legal source of the rule';
COMMENT ON COLUMN civilservice.holiday_rule_in_force.shipped IS 'The rule is shipped with the extension';

CREATE VIEW civilservice.calendar_entry_in_force AS
SELECT e.id, e.calendar_code, e.day, e.kind, e.name, e.paired_day, e.estimated, e.source, e.shipped
FROM civilservice.calendar_entry e
WHERE NOT e.revoked
  AND (NOT e.shipped
       OR NOT EXISTS (SELECT FROM civilservice.calendar_entry b
                       WHERE NOT b.shipped AND b.calendar_code = e.calendar_code AND b.day = e.day));
COMMENT ON VIEW civilservice.calendar_entry_in_force IS
  'Dated calendar entries in force: not revoked, and for a shipped entry no row of the body''s own for the same calendar and day (the body''s row corrects it, or cancels it when revoked)';
COMMENT ON COLUMN civilservice.calendar_entry_in_force.id IS 'Key of the entry';
COMMENT ON COLUMN civilservice.calendar_entry_in_force.calendar_code IS 'Calendar the entry belongs to';
COMMENT ON COLUMN civilservice.calendar_entry_in_force.day IS 'The date concerned';
COMMENT ON COLUMN civilservice.calendar_entry_in_force.kind IS 'religious_day_off, day_off or working_day';
COMMENT ON COLUMN civilservice.calendar_entry_in_force.name IS 'What the entry is';
COMMENT ON COLUMN civilservice.calendar_entry_in_force.paired_day IS 'For a transfer, the other day of the pair';
COMMENT ON COLUMN civilservice.calendar_entry_in_force.estimated IS 'The date is an estimate not yet confirmed';
COMMENT ON COLUMN civilservice.calendar_entry_in_force.source IS 'Legal source of the entry';
COMMENT ON COLUMN civilservice.calendar_entry_in_force.shipped IS 'The entry is shipped with the extension';

CREATE VIEW civilservice.rule_parameter_in_force AS
SELECT p.id, p.name, p.valid_from, p.value, p.unit, p.rule_point, p.description, p.source, p.shipped
FROM civilservice.rule_parameter p
WHERE NOT p.shipped
   OR NOT EXISTS (SELECT FROM civilservice.rule_parameter b
                   WHERE NOT b.shipped AND b.name = p.name AND b.valid_from = p.valid_from);
COMMENT ON VIEW civilservice.rule_parameter_in_force IS
  'Rule parameter values in force: for each name and valid_from the body''s own value if there is one, else the shipped value';
COMMENT ON COLUMN civilservice.rule_parameter_in_force.id IS 'Key of the value';
COMMENT ON COLUMN civilservice.rule_parameter_in_force.name IS 'Parameter name';
COMMENT ON COLUMN civilservice.rule_parameter_in_force.valid_from IS 'First date the value is in force';
COMMENT ON COLUMN civilservice.rule_parameter_in_force.value IS 'The value';
COMMENT ON COLUMN civilservice.rule_parameter_in_force.unit IS 'Unit of the value';
COMMENT ON COLUMN civilservice.rule_parameter_in_force.rule_point IS 'Point of the Rules that sets the value';
COMMENT ON COLUMN civilservice.rule_parameter_in_force.description IS 'What the value limits';
COMMENT ON COLUMN civilservice.rule_parameter_in_force.source IS 'Legal source of the value';
COMMENT ON COLUMN civilservice.rule_parameter_in_force.shipped IS 'The value is shipped with the extension';

------------------------------------------------------------------------------
-- The engine (C). No SET search_path on these: they are called per row in
-- large queries, and the C code names every object schema-qualified.
--
-- They read the calendar in force as last committed (a change of the calling
-- transaction included), whatever the isolation level: the calendar is law,
-- not a record read under the transaction's snapshot. Each backend caches it
-- and takes in committed changes at the first call of each statement.
-- STABLE: within a statement a call gives the same result for the same
-- arguments; the cache is no state a caller can observe.
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
  'The effective production calendar of a year: every day, whether it is a working day, why, and the legal source (computed from the data in force as last committed, as the other calendar functions count)';

CREATE FUNCTION civilservice.rule_parameter_value(parameter text, on_date date) RETURNS numeric
    AS 'MODULE_PATHNAME', 'cs_rule_parameter_value' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.rule_parameter_value(text, date) IS
  'The value of a rule parameter in force on a date: among the values in force (civilservice.rule_parameter_in_force: a body''s own value takes precedence over the shipped one of the same name and valid_from), the one with the latest valid_from not after the date; an error when none is in force';

CREATE FUNCTION civilservice.rule_parameter_value(parameter text, on_date date, body bigint) RETURNS numeric
    AS 'MODULE_PATHNAME', 'cs_rule_parameter_value_body' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.rule_parameter_value(text, date, bigint) IS
  'The value of a rule parameter in force on a date for a state body: the body''s own value (civilservice.body_rule_parameter) with the latest valid_from not after the date, from that date until the body''s next row whatever the national value does meanwhile; else the national value (rule_parameter_value(parameter, on_date)); NULL body: the national value; NULL parameter or date: NULL';

-- The parameters a state body sets for itself, with the bounds of its own
-- values: the Rules leave these measures to the body (п. 20: how its
-- accounting pairs badge events; п. 21: what is "systematic"). The other
-- parameters are the law's (the Labour Code, the Rules) and the same for
-- every body.
CREATE VIEW civilservice.rule_parameter_body_policy (name, unit, min_value, max_value, rule_point, description) AS
VALUES ('systematic_breach_count', 'count', 1::numeric, 1000::numeric, 'п. 21',
        'Days with a violation (or documented incidents) within the window that make a breach systematic'),
       ('systematic_breach_window_months', 'months', 1, 120, 'п. 21',
        'Calendar months, ending on the day of the check, over which violations are counted'),
       ('attendance_max_session_hours', 'hours', 1, 24, 'п. 20',
        'Longest time between an entry and an exit that the body''s accounting counts as one presence'),
       ('attendance_absence_tolerance_minutes', 'minutes', 0, 240, 'п. 17.3, п. 20',
        'Time out allowed during the fixed working time before it is a breach (absent_during_fixed_time)');
COMMENT ON VIEW civilservice.rule_parameter_body_policy IS
  'Rule parameters that are a state body''s own policy: a body sets its value in civilservice.body_rule_parameter, within these bounds (whole numbers, hours in whole minutes); every other parameter is national';
COMMENT ON COLUMN civilservice.rule_parameter_body_policy.name IS 'Parameter name (civilservice.rule_parameter.name)';
COMMENT ON COLUMN civilservice.rule_parameter_body_policy.unit IS 'Unit of the value';
COMMENT ON COLUMN civilservice.rule_parameter_body_policy.min_value IS 'Smallest value a body may set';
COMMENT ON COLUMN civilservice.rule_parameter_body_policy.max_value IS 'Largest value a body may set';
COMMENT ON COLUMN civilservice.rule_parameter_body_policy.rule_point IS 'Point of the Rules that leaves the measure to the body';
COMMENT ON COLUMN civilservice.rule_parameter_body_policy.description IS 'What the value sets';

CREATE FUNCTION civilservice.body_rule_parameter_settable(parameter text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT EXISTS (SELECT FROM civilservice.rule_parameter_body_policy p WHERE p.name = $1)
$$;
COMMENT ON FUNCTION civilservice.body_rule_parameter_settable(text) IS
  'True when a state body may set its own value of the parameter (civilservice.rule_parameter_body_policy): the CHECK body_rule_parameter_settable';

CREATE FUNCTION civilservice.body_rule_parameter_fits(parameter text, value numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT coalesce((SELECT $2 BETWEEN p.min_value AND p.max_value
                            AND CASE WHEN p.unit = 'hours' THEN $2 * 60 = trunc($2 * 60) ELSE $2 = trunc($2) END
                       FROM civilservice.rule_parameter_body_policy p WHERE p.name = $1), true)
$$;
COMMENT ON FUNCTION civilservice.body_rule_parameter_fits(text, numeric) IS
  'True when value is within the bounds a body may set for the parameter (whole; hours in whole minutes); true for a parameter that is not body policy (the CHECK body_rule_parameter_settable refuses that): the CHECK body_rule_parameter_bounds';

CREATE FUNCTION civilservice.body_rule_parameter_bounds_text(parameter text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT coalesce((SELECT format('a body sets %s from %s to %s %s%s', p.name, p.min_value, p.max_value, p.unit,
                                   CASE WHEN p.unit = 'hours' THEN ', in whole minutes' ELSE ', a whole number' END)
                       FROM civilservice.rule_parameter_body_policy p WHERE p.name = $1),
                    format('a body sets only %s', (SELECT string_agg(p.name, ', ' ORDER BY p.name) FROM civilservice.rule_parameter_body_policy p)))
$$;
COMMENT ON FUNCTION civilservice.body_rule_parameter_bounds_text(text) IS
  'What a body may set for a parameter, as said in the detail of a refusal';

CREATE FUNCTION civilservice.body_rule_parameter_point(parameter text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT coalesce((SELECT p.rule_point FROM civilservice.rule_parameter_body_policy p WHERE p.name = $1),
                    (SELECT string_agg(DISTINCT x.point, ', ' ORDER BY x.point) FROM civilservice.rule_parameter_body_policy p CROSS JOIN LATERAL unnest(string_to_array(p.rule_point, ', ')) AS x (point)))
$$;
COMMENT ON FUNCTION civilservice.body_rule_parameter_point(text) IS
  'The point of the Rules that leaves a parameter to the body (all such points for a parameter that is not body policy), named by the refusals of body_rule_parameter';

CREATE FUNCTION civilservice.review_deadline(received date, cal text DEFAULT 'kz') RETURNS date
    AS 'MODULE_PATHNAME', 'cs_review_deadline' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.review_deadline(date, text) IS
  'п. 16: last day to review an application for flexible working time received on that date: the N-th working day after receipt (N = application_review_working_days in force on that date, 10); a receipt on a day off counts from the next working day';

CREATE VIEW civilservice.calendar_year_status AS
SELECT c.code AS calendar_code,
       y.year,
       (c.confirmed_through IS NOT NULL AND y.year <= c.confirmed_through) AS transfers_published,
       e.estimated_entries,
       CASE WHEN (c.confirmed_through IS NOT NULL AND y.year <= c.confirmed_through) AND e.estimated_entries = 0
            THEN 'confirmed' ELSE 'provisional' END AS status,
       concat_ws('; ',
         CASE WHEN c.confirmed_through IS NULL OR y.year > c.confirmed_through
              THEN 'load the transfers of days off for ' || y.year || ' (or confirm there are none) and raise confirmed_through'
                   || CASE WHEN c.shipped THEN ' in civilservice.calendar_revision' ELSE ' of the calendar' END END,
         CASE WHEN e.estimated_entries > 0
              THEN 'confirm the estimated religious days off (insert the body''s own entry for the day with estimated = false; if the date differs, a revoked entry for the estimated day and an entry for the announced one)' END
       ) AS to_load
FROM civilservice.calendar_in_force c
CROSS JOIN LATERAL generate_series(c.first_year, c.last_year) AS y(year)
CROSS JOIN LATERAL (SELECT count(*) AS estimated_entries FROM civilservice.calendar_entry_in_force x
                     WHERE x.calendar_code = c.code AND x.estimated
                       AND x.day >= make_date(y.year, 1, 1) AND x.day < make_date(y.year + 1, 1, 1)) AS e;
COMMENT ON VIEW civilservice.calendar_year_status IS
  'Per calendar and year, over the data in force (a body''s revisions included): whether its data is confirmed or still provisional (estimated religious dates, transfers not yet published), and what a DBA has to load';
COMMENT ON COLUMN civilservice.calendar_year_status.calendar_code IS 'Calendar';
COMMENT ON COLUMN civilservice.calendar_year_status.year IS 'Year';
COMMENT ON COLUMN civilservice.calendar_year_status.transfers_published IS 'The transfers of days off for the year are published (confirmed_through in force)';
COMMENT ON COLUMN civilservice.calendar_year_status.estimated_entries IS 'Number of dated entries in force in the year that are still estimates';
COMMENT ON COLUMN civilservice.calendar_year_status.status IS 'confirmed or provisional';
COMMENT ON COLUMN civilservice.calendar_year_status.to_load IS 'What is missing for the year to be confirmed';
