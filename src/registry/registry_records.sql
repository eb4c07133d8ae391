
CREATE SEQUENCE civilservice.state_body_id_seq;
CREATE TABLE civilservice.state_body (
    id            bigint NOT NULL DEFAULT nextval('civilservice.state_body_id_seq') PRIMARY KEY,
    bin           civilservice.bin NOT NULL CONSTRAINT state_body_bin_key UNIQUE,
    name_kk       text,
    name_ru       text NOT NULL CONSTRAINT state_body_name_ru CHECK (civilservice.checked(
                      btrim(name_ru, E' \t\n') <> '', 'п. 3', 'state_body_name_ru', 'state_body',
                      'a state body has its name in Russian', 'name_ru is blank.', 'Give the official name of the state body.')),
    time_zone     text NOT NULL DEFAULT 'Asia/Almaty'
                  CONSTRAINT state_body_time_zone_valid CHECK (civilservice.checked(
                      civilservice.time_zone_is_valid(time_zone), 'п. 3', 'state_body_time_zone_valid', 'state_body',
                      'unknown time zone of a state body', 'Time zone given: "' || time_zone || '".',
                      'Use a full IANA name such as Asia/Almaty (the whole country is UTC+5 since 1 March 2024); not an abbreviation (ALMT) nor an offset (UTC+5).')),
    calendar_code text NOT NULL DEFAULT 'kz'
                  REFERENCES civilservice.calendar (code) ON UPDATE CASCADE,
    work_schedule civilservice.work_schedule NOT NULL
                  DEFAULT '09:00-18:00, break 13:00-14:00'
);
ALTER SEQUENCE civilservice.state_body_id_seq OWNED BY civilservice.state_body.id;
COMMENT ON TABLE civilservice.state_body IS
  'Государственный орган: a state body (the employer, работодатель, п. 3), with its time zone, production calendar and standard working day';
COMMENT ON COLUMN civilservice.state_body.id IS 'Surrogate key of the state body';
COMMENT ON COLUMN civilservice.state_body.bin IS 'БИН: business identification number of the state body';
COMMENT ON COLUMN civilservice.state_body.name_kk IS 'Наименование на казахском языке: name in Kazakh';
COMMENT ON COLUMN civilservice.state_body.name_ru IS 'Наименование на русском языке: name in Russian';
COMMENT ON COLUMN civilservice.state_body.time_zone IS 'Часовой пояс: time zone in which the body''s working days are computed (default Asia/Almaty)';
COMMENT ON COLUMN civilservice.state_body.calendar_code IS 'Производственный календарь: production calendar of the body (default ''kz'')';
COMMENT ON COLUMN civilservice.state_body.work_schedule IS 'Режим рабочего времени по регламенту: the body''s standard working day (default 09:00-18:00, break 13:00-14:00)';
COMMENT ON SEQUENCE civilservice.state_body_id_seq IS 'Keys of civilservice.state_body';

CREATE SEQUENCE civilservice.employee_id_seq;
CREATE TABLE civilservice.employee (
    state_body_id     bigint NOT NULL REFERENCES civilservice.state_body (id),
    id                bigint NOT NULL DEFAULT nextval('civilservice.employee_id_seq'),
    iin               civilservice.iin NOT NULL,
    full_name         text NOT NULL CONSTRAINT employee_full_name CHECK (civilservice.checked(
                          btrim(full_name, E' \t\n') <> '', 'п. 3', 'employee_full_name', 'employee',
                          'an employee has a full name', 'full_name is blank.', 'Give the surname, name and patronymic.')),
    position          text,
    position_category text CONSTRAINT employee_position_category_valid CHECK (civilservice.checked(
                          civilservice.position_category_is_valid(position_category), 'п. 3', 'employee_position_category_valid', 'employee',
                          'unknown category of a position', 'Category given: "' || position_category || '".',
                          'Write the category as A-1, B-2, C-O-2, E-1 (Cyrillic look-alike letters are folded to Latin).')),
    is_authorized     boolean NOT NULL DEFAULT false,
    follows_reglament boolean NOT NULL DEFAULT false,
    work_schedule     civilservice.work_schedule,
    employed_from     date NOT NULL,
    employed_to       date,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT employee_employment_period CHECK (civilservice.checked(
        employed_to IS NULL OR employed_to >= employed_from, 'п. 3', 'employee_employment_period', 'employee',
        'employment ends on or after the day it starts',
        'Employed from ' || employed_from || ' to ' || employed_to || '.',
        'Check the dates: employed_to is the last day of employment, on or after employed_from.')),
    -- One person is employed at most once at a time in a body: the IIN is
    -- unique among the body's employees whose periods overlap (btree_gist
    -- on the int8 value of the IIN).
    CONSTRAINT employee_iin_current_excl EXCLUDE USING gist (
        state_body_id WITH =,
        (iin::bigint) WITH =,
        daterange(employed_from, employed_to, '[]') WITH &&)
);
ALTER SEQUENCE civilservice.employee_id_seq OWNED BY civilservice.employee.id;
CREATE INDEX employee_iin_idx ON civilservice.employee (iin);
COMMENT ON TABLE civilservice.employee IS
  'Государственный служащий: a civil servant (employee, п. 3) of a state body, with the period of employment';
COMMENT ON COLUMN civilservice.employee.state_body_id IS 'Государственный орган: the employing state body';
COMMENT ON COLUMN civilservice.employee.id IS 'Surrogate key of the employee (unique with state_body_id)';
COMMENT ON COLUMN civilservice.employee.iin IS 'ИИН: individual identification number; unique among the body''s employees at any one time';
COMMENT ON COLUMN civilservice.employee.full_name IS 'Фамилия, имя, отчество: full name';
COMMENT ON COLUMN civilservice.employee.position IS 'Должность: position held';
COMMENT ON COLUMN civilservice.employee.position_category IS 'Категория должности: category of the position, e.g. A-1, B-2, C-O-2, E-1, stored in Latin letters (Cyrillic look-alikes are folded on input)';
COMMENT ON COLUMN civilservice.employee.is_authorized IS 'Уполномоченное лицо (п. 3.7): has the right to appoint and dismiss, so may issue acts on remote work and flexible time while employed';
COMMENT ON COLUMN civilservice.employee.follows_reglament IS 'Режим работы по регламенту госоргана (п. 14): working time follows the body''s reglament, so flexible time does not apply';
COMMENT ON COLUMN civilservice.employee.work_schedule IS 'Режим рабочего времени: the employee''s own working day; NULL = the body''s (see civilservice.employee_schedule)';
COMMENT ON COLUMN civilservice.employee.employed_from IS 'Дата приёма: first day of employment';
COMMENT ON COLUMN civilservice.employee.employed_to IS 'Дата увольнения: last day of employment (NULL: currently employed); the days on a regime end with it (setting or moving it rewrites them)';
COMMENT ON SEQUENCE civilservice.employee_id_seq IS 'Keys of civilservice.employee';
COMMENT ON CONSTRAINT state_body_name_ru ON civilservice.state_body IS 'п. 3: the employer (работодатель) is named';
COMMENT ON CONSTRAINT state_body_time_zone_valid ON civilservice.state_body IS 'п. 16, п. 20: working days and times of the body are computed in a time zone the server knows';
COMMENT ON CONSTRAINT employee_full_name ON civilservice.employee IS 'п. 3: the employee (работник — государственный служащий) is named';
COMMENT ON CONSTRAINT employee_position_category_valid ON civilservice.employee IS 'п. 3: the category of the position, in Latin letters (A-1, B-2, C-O-2, E-1)';
COMMENT ON CONSTRAINT employee_employment_period ON civilservice.employee IS 'п. 3: employment ends on or after the day it starts; every check of an act uses these dates';
COMMENT ON CONSTRAINT employee_iin_current_excl ON civilservice.employee IS 'п. 3: one person is employed at most once at a time in a body';

CREATE TRIGGER state_body_history AFTER UPDATE OR DELETE ON civilservice.state_body
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
CREATE TRIGGER employee_history AFTER UPDATE OR DELETE ON civilservice.employee
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
CREATE TRIGGER employee_fold_position_category BEFORE INSERT OR UPDATE OF position_category ON civilservice.employee
    FOR EACH ROW EXECUTE FUNCTION civilservice.fold_position_category('position_category');
COMMENT ON TRIGGER employee_fold_position_category ON civilservice.employee IS
  'The category is stored in Latin letters: Cyrillic look-alikes (В-2, С-О-2, Е-1) are folded before the CHECK employee_position_category_valid';
