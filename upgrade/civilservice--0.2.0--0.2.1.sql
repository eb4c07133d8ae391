-- civilservice 0.2.0 -> 0.2.1 (ALTER EXTENSION civilservice UPDATE TO '0.2.1').
-- Installed as it is (not generated); section 2 is copied from the install
-- script make generates for 0.2.1. Once 0.2.1 is released, never edit it: a
-- later change goes into a script from 0.2.1. test/checks/upgrade.sh compares
-- a database upgraded by it with one where 0.2.1 was installed directly, so a
-- change of the sources that this script lacks fails make test.
--
-- 1. The engine: civilservice.concept_parameters_on(date), the parameters of
--    the Concept on any date; concept_parameter_status is it on CURRENT_DATE;
--    the comment of the constraint of indicator_source; the served bodies of
--    the session user and civilservice.indicator_progress_served(), the
--    indicators for the reporting views.
-- 2. civilservice.create_records() of 0.2.1 (its body is the records of
--    0.2.1, as make generates it from RECORD_PARTS).
-- 3. The records, when create_records() has run in this database: what 0.2.1
--    adds to them (the views civilservice_bi.concept_parameters and
--    civilservice_bi.indicator_progress), created as
--    their owner and granted as create_records() grants the schema, and not
--    a member of the extension. When it has not run, nothing: create_records()
--    of 0.2.1 creates everything.
\echo Use "ALTER EXTENSION civilservice UPDATE TO '0.2.1'" to load this file. \quit

------------------------------------------------------------------------------
-- 1. The engine

-- Every parameter on a date: what concept_parameter_status shows today, for
-- any day (the past for an audit, the future once implementing acts with a
-- later in_force_from are recorded).
CREATE FUNCTION civilservice.concept_parameters_on(on_date date)
RETURNS TABLE (name text, unit text, proposed_value numeric, concept_lines text, plan_item text, brought_by text[],
               checked boolean, status text, value numeric, point text, act_id bigint, in_force_from date,
               description text, decision text)
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT p.name, p.unit, p.proposed_value, p.concept_lines, p.plan_item, p.brought_by, p.checked,
           s.status, s.value, s.point, s.act_id, s.in_force_from, p.description, p.decision
      FROM civilservice.concept_parameter p
     CROSS JOIN LATERAL civilservice.concept_parameter_on(p.name, $1) s
     ORDER BY p.name
$$;
COMMENT ON FUNCTION civilservice.concept_parameters_on(date) IS
  'Every parameter of the Concept on a date, by name: its unit, proposed value, lines of the Concept, plan item, deliverables that bring it, whether writes are checked against it, and on that date its status (proposed or in_force), value, the point a refusal names, the implementing act and the day it came into force (civilservice.concept_parameter_on() for each); no row for a NULL date. civilservice.concept_parameter_status is this on CURRENT_DATE';

CREATE OR REPLACE VIEW civilservice.concept_parameter_status AS
SELECT s.name, s.unit, s.proposed_value, s.concept_lines, s.plan_item, s.brought_by, s.checked,
       s.status, s.value, s.point, s.act_id, s.in_force_from, s.description, s.decision
  FROM civilservice.concept_parameters_on(CURRENT_DATE) s;
COMMENT ON VIEW civilservice.concept_parameter_status IS
  'The parameters of the Concept today: status (proposed or in_force), the value in force, and the act that brought it (civilservice.concept_parameters_on(CURRENT_DATE); any other date: that function)';

-- the constraint of the domain indicator_source names its point, as every
-- other list of values does (0.2.0 left it without a comment)
COMMENT ON CONSTRAINT indicator_source_valid ON DOMAIN civilservice.indicator_source IS 'Концепция, L514: the accepted values (public_monitoring, servant_survey, catalogue, agency_report); any other is refused naming the point, with the list in the hint';

-- The same two answers for the session user (the role that logged in),
-- whatever role a statement runs as. A SECURITY DEFINER function that
-- serves reports runs as its owner, so it asks these to keep to the bodies
-- of whoever connected (civilservice.indicator_progress_served()). SET ROLE
-- does not change the session user: a superuser who sets a role still
-- counts as the superuser here.
CREATE FUNCTION civilservice.session_served_state_bodies(shipped_roles name[] DEFAULT NULL)
RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'cs_session_served_state_bodies'
    LANGUAGE C STABLE PARALLEL SAFE SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.session_served_state_bodies(name[]) IS
  'The state bodies the session user (the role that logged in) serves, as civilservice.served_state_bodies() answers for the current user: for functions running with their owner''s rights that serve the bodies of whoever connected';
CREATE FUNCTION civilservice.session_serves_every_state_body(
    shipped_roles name[] DEFAULT '{civilservice_admin,civilservice_national_auditor}')
RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_session_serves_every_state_body'
    LANGUAGE C STABLE PARALLEL SAFE SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.session_serves_every_state_body(name[]) IS
  'True when the session user (the role that logged in) serves every state body, as civilservice.serves_every_state_body() answers for the current user';

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


------------------------------------------------------------------------------
-- 2. create_records() of 0.2.1

-- civilservice.create_records(): the records of the state bodies as ordinary
-- tables (generated by make: the body below is src/*/*_records.sql, in the
-- order of RECORD_PARTS in the Makefile).
--
-- Why a call and not the install script: every object the install script
-- creates is a member of the extension. Members are left out of pg_dump
-- (only their rows are dumped, before their foreign keys and triggers can
-- be ordered around them) and DROP EXTENSION takes them away. Records
-- created by this call belong to the deployment: pg_dump dumps them like
-- any other table (schema, data, then indexes, constraints and triggers),
-- a restore needs nothing but CREATE EXTENSION and pg_restore, and DROP
-- EXTENSION is refused while they depend on it.
CREATE OR REPLACE FUNCTION civilservice.create_records() RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $create_records$
DECLARE
    expected text[] := ARRAY['history','state_body','employee','org_unit','org_unit_head','org_unit_member','first_head','emergency_case','flexible_application','act','act_employee','act_office_day','act_extension','recall','participation_cancellation','act_justification','equipment_provision','obligation_acknowledgement','access_event','access_event_rejected','absence','remote_time_record','availability_demand','violation','violation_queue','body_rule_parameter','body_concept_check','concept_finding','career_event','competition','vacancy','candidacy','shortlist','practical_assessment','education','training','internship','disciplinary_case','case_circumstance','performance_evaluation','premium','indicator_entry','role_body'];
    missing  text[];
BEGIN
    SELECT coalesce(array_agg(t ORDER BY t), '{}') INTO missing
      FROM unnest(expected) AS t
     WHERE pg_catalog.to_regclass('civilservice.' || t) IS NULL;
    IF cardinality(missing) = 0 THEN
        RETURN 'records present';
    END IF;
    IF cardinality(missing) < cardinality(expected) THEN
        RAISE EXCEPTION 'some record tables of civilservice are missing'
          USING ERRCODE = 'object_not_in_prerequisite_state',
                DETAIL = format('Missing: %s.', array_to_string(missing, ', ')),
                HINT = 'Restore them from a dump (pg_restore -t), or drop the other record tables and call civilservice.create_records() again.';
    END IF;
    EXECUTE $cs_records$

-- Every change to reference data and to legal documents is kept, append-only
-- and hash-chained (src/common/ledger.sql): only civilservice.keep_history()
-- writes a row, nobody updates, deletes or truncates one, and each row
-- carries the hash of the row before it in its chain (one chain per state
-- body, one for the reference data), so civilservice.verify_history() finds
-- a row edited, deleted or moved by someone who turned the guards off.
CREATE TABLE civilservice.history (
    id            bigserial PRIMARY KEY,
    state_body_id bigint,
    chain_seq     bigint      NOT NULL,
    prev_hash     bytea,
    hash          bytea       NOT NULL,
    table_name    text        NOT NULL,
    row_key       text        NOT NULL,
    operation     text        NOT NULL,
    changed_at    timestamptz NOT NULL,
    changed_by    text        NOT NULL,
    session_role  text        NOT NULL,
    old_row       jsonb       NOT NULL,
    new_row       jsonb,
    CONSTRAINT history_operation CHECK (civilservice.checked(operation IN ('UPDATE', 'DELETE'), 'история', 'history_operation', 'history',
        'a history row records an UPDATE or a DELETE', pg_catalog.format('operation = %s', operation),
        'Only civilservice.keep_history() writes history.')),
    CONSTRAINT history_chain_position UNIQUE NULLS NOT DISTINCT (state_body_id, chain_seq)
);
COMMENT ON TABLE civilservice.history IS
  'История изменений: the previous (and new) value of every updated or deleted row of the reference data and of the records of the state bodies. Append-only: written only by civilservice.keep_history(), never updated, deleted or truncated (23001, history_append_only, history_written_by_extension); hash-chained per state body, checked by civilservice.verify_history()';
COMMENT ON COLUMN civilservice.history.id IS 'Surrogate key, in order of writing (within a chain, in chain order)';
COMMENT ON COLUMN civilservice.history.state_body_id IS 'Государственный орган: the state body of the changed row (its id for civilservice.state_body); NULL for reference data such as the calendar. Each body has a chain of its own';
COMMENT ON COLUMN civilservice.history.chain_seq IS 'Position of the row in its chain (1, 2, 3, … per state body, without gaps)';
COMMENT ON COLUMN civilservice.history.prev_hash IS 'Hash of the row before it in its chain (NULL for the first)';
COMMENT ON COLUMN civilservice.history.hash IS 'SHA-256 of the canonical text of the row, prev_hash included (civilservice.history_digest())';
COMMENT ON COLUMN civilservice.history.table_name IS 'Table of the changed row (the partitioned table for a row of a partition)';
COMMENT ON COLUMN civilservice.history.row_key IS 'Key of the changed row within its state body, as text: the value of the key column, or a JSON array of the values of several';
COMMENT ON COLUMN civilservice.history.operation IS 'UPDATE or DELETE';
COMMENT ON COLUMN civilservice.history.changed_at IS 'When the change was made (transaction time)';
COMMENT ON COLUMN civilservice.history.changed_by IS 'Role the change was made as: the role set by SET ROLE, else the session user (inside a SECURITY DEFINER function of the deployment, still the session''s role, not the function''s owner)';
COMMENT ON COLUMN civilservice.history.session_role IS 'Session user (the role logged in, or set by SET SESSION AUTHORIZATION) of the change';
COMMENT ON COLUMN civilservice.history.old_row IS 'The row before the change';
COMMENT ON COLUMN civilservice.history.new_row IS 'The row after the change (NULL for DELETE)';
COMMENT ON CONSTRAINT history_operation ON civilservice.history IS 'история: a row records an UPDATE or a DELETE';
COMMENT ON CONSTRAINT history_chain_position ON civilservice.history IS
  'история: one row per position of a chain, so two writers never fork a chain (under REPEATABLE READ the later one is refused with 40001 and retries)';
CREATE INDEX history_table_row_idx ON civilservice.history (table_name, row_key);
COMMENT ON SEQUENCE civilservice.history_id_seq IS 'Keys of civilservice.history';
-- Nobody but keep_history() (SECURITY DEFINER) writes; readers are granted
-- SELECT by the deployment.
REVOKE ALL ON TABLE civilservice.history FROM PUBLIC;
REVOKE ALL ON SEQUENCE civilservice.history_id_seq FROM PUBLIC;
CREATE TRIGGER history_append_only BEFORE INSERT OR UPDATE OR DELETE ON civilservice.history
    FOR EACH ROW EXECUTE FUNCTION civilservice.history_append_only();
COMMENT ON TRIGGER history_append_only ON civilservice.history IS
  'история: rows are written only by civilservice.keep_history() and never updated or deleted (23001, history_written_by_extension, history_append_only); TRUNCATE is refused by records_not_truncated';

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
-- The organisation of a state body (п. 10, п. 12): structural units, their
-- heads, the employees' units and the first head, each over time; the direct
-- heads and the controllers of п. 10 derived from them. The functions and
-- triggers are in src/org/org.sql.

CREATE TABLE civilservice.org_unit (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    name_ru       text NOT NULL,
    name_kk       text,
    parent_id     bigint,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT org_unit_parent_fkey FOREIGN KEY (state_body_id, parent_id) REFERENCES civilservice.org_unit (state_body_id, id),
    CONSTRAINT org_unit_name CHECK (civilservice.checked(btrim(name_ru, E' \t\n') <> '', 'п. 10', 'org_unit_name', 'org_unit',
        'a structural unit has a name',
        format('Unit %s of state body %s has the name "%s".', id, state_body_id, name_ru),
        'Give the unit''s name in Russian (name_ru) as in the body''s structure.')),
    CONSTRAINT org_unit_not_own_parent CHECK (civilservice.checked(parent_id IS DISTINCT FROM id, 'п. 10, п. 12', 'org_unit_not_own_parent', 'org_unit',
        'a structural unit cannot be placed under itself',
        format('Unit %s (%s) of state body %s names itself as its parent.', id, name_ru, state_body_id),
        'Name the unit it belongs to as parent_id, or NULL for a unit directly under the body''s management.'))
);
COMMENT ON TABLE civilservice.org_unit IS
  'Структурное подразделение государственного органа (п. 10): the structural units of a body as a tree; a unit without a parent is a top unit, directly under the first head';
COMMENT ON COLUMN civilservice.org_unit.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.org_unit.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.org_unit.name_ru IS 'Наименование подразделения на русском языке';
COMMENT ON COLUMN civilservice.org_unit.name_kk IS 'Наименование подразделения на казахском языке';
COMMENT ON COLUMN civilservice.org_unit.parent_id IS 'Вышестоящее подразделение того же органа (NULL: a top unit); never the unit itself or one of its subunits';
COMMENT ON CONSTRAINT org_unit_parent_fkey ON civilservice.org_unit IS
  'п. 10, п. 12: the parent of a unit is a unit of the same state body';
COMMENT ON CONSTRAINT org_unit_name ON civilservice.org_unit IS
  'п. 10: a structural unit has a name';
COMMENT ON CONSTRAINT org_unit_not_own_parent ON civilservice.org_unit IS
  'п. 10, п. 12: a unit is not its own parent (a longer cycle is refused by the trigger org_unit_check under the name org_unit_no_cycle)';
CREATE INDEX org_unit_parent_idx ON civilservice.org_unit (state_body_id, parent_id);
COMMENT ON INDEX civilservice.org_unit_parent_idx IS 'The subunits of a unit; used when a unit is deleted or its key checked by the foreign key';
CREATE TRIGGER org_unit_check BEFORE INSERT OR UPDATE ON civilservice.org_unit
    FOR EACH ROW EXECUTE FUNCTION civilservice.org_unit_check();
CREATE TRIGGER org_unit_history AFTER UPDATE OR DELETE ON civilservice.org_unit
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER org_unit_check ON civilservice.org_unit IS 'п. 10, п. 12: no cycle of units (org_unit_no_cycle); the key is kept (org_unit_key_kept)';
COMMENT ON TRIGGER org_unit_history ON civilservice.org_unit IS 'Every change of a unit is kept';
COMMENT ON SEQUENCE civilservice.org_unit_id_seq IS 'Keys of civilservice.org_unit';

CREATE TABLE civilservice.org_unit_head (
    state_body_id bigint NOT NULL,
    id            bigserial,
    unit_id       bigint NOT NULL,
    employee_id   bigint NOT NULL,
    period        daterange NOT NULL,
    basis         text,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, unit_id) REFERENCES civilservice.org_unit (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT org_unit_head_period CHECK (civilservice.checked(
        coalesce(NOT isempty(period) AND NOT lower_inf(period) AND isfinite(lower(period))
                 AND (upper_inf(period) OR isfinite(upper(period))), false),
        'п. 10', 'org_unit_head_period', 'org_unit_head',
        'the period of a head of a unit has a first day',
        format('Employee %s as head of unit %s of state body %s for %s.', employee_id, unit_id, state_body_id, period),
        'Give the period as [first day, day after the last), e.g. ''[2026-01-05,)'' while it lasts.')),
    CONSTRAINT org_unit_head_one_at_a_time EXCLUDE USING gist
        (state_body_id WITH =, unit_id WITH =, period WITH &&)
);
COMMENT ON TABLE civilservice.org_unit_head IS
  'Руководитель структурного подразделения (п. 10) over time: who heads a unit during which days; at most one head of a unit at a time; an employee of the same body, employed through the period';
COMMENT ON COLUMN civilservice.org_unit_head.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.org_unit_head.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.org_unit_head.unit_id IS 'Структурное подразделение';
COMMENT ON COLUMN civilservice.org_unit_head.employee_id IS 'Руководитель подразделения (an employee of the same body)';
COMMENT ON COLUMN civilservice.org_unit_head.period IS 'Период руководства: [first day, day after the last); an open upper bound while it lasts; inside the employment';
COMMENT ON COLUMN civilservice.org_unit_head.basis IS 'Приказ о назначении или возложении обязанностей (optional)';
COMMENT ON CONSTRAINT org_unit_head_period ON civilservice.org_unit_head IS
  'п. 10: the period of a head has a finite first day and is not empty';
COMMENT ON CONSTRAINT org_unit_head_one_at_a_time ON civilservice.org_unit_head IS
  'п. 10: a structural unit has at most one head at a time (the trigger org_period_check names the other head first)';
CREATE INDEX org_unit_head_employee_idx ON civilservice.org_unit_head USING gist (state_body_id, employee_id, period);
COMMENT ON INDEX civilservice.org_unit_head_employee_idx IS 'The units an employee heads on a day (unit_of, the recall check)';
CREATE TRIGGER org_unit_head_check BEFORE INSERT OR UPDATE ON civilservice.org_unit_head
    FOR EACH ROW EXECUTE FUNCTION civilservice.org_period_check();
CREATE TRIGGER org_unit_head_history AFTER UPDATE OR DELETE ON civilservice.org_unit_head
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER org_unit_head_check ON civilservice.org_unit_head IS 'п. 10, п. 12: employed through the period (org_unit_head_employed); one head at a time (org_unit_head_one_at_a_time)';
COMMENT ON TRIGGER org_unit_head_history ON civilservice.org_unit_head IS 'Every change of a head''s period is kept';
COMMENT ON SEQUENCE civilservice.org_unit_head_id_seq IS 'Keys of civilservice.org_unit_head';

CREATE TABLE civilservice.org_unit_member (
    state_body_id bigint NOT NULL,
    id            bigserial,
    employee_id   bigint NOT NULL,
    unit_id       bigint NOT NULL,
    period        daterange NOT NULL,
    basis         text,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, unit_id) REFERENCES civilservice.org_unit (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT org_unit_member_period CHECK (civilservice.checked(
        coalesce(NOT isempty(period) AND NOT lower_inf(period) AND isfinite(lower(period))
                 AND (upper_inf(period) OR isfinite(upper(period))), false),
        'п. 10, п. 12', 'org_unit_member_period', 'org_unit_member',
        'the period of an employee in a unit has a first day',
        format('Employee %s in unit %s of state body %s for %s.', employee_id, unit_id, state_body_id, period),
        'Give the period as [first day, day after the last), e.g. ''[2026-01-05,)'' while it lasts.')),
    CONSTRAINT org_unit_member_one_unit EXCLUDE USING gist
        (state_body_id WITH =, employee_id WITH =, period WITH &&)
);
COMMENT ON TABLE civilservice.org_unit_member IS
  'Служащий в структурном подразделении (п. 10, п. 12) over time: the unit an employee works in during which days; at most one unit at a time, inside the employment';
COMMENT ON COLUMN civilservice.org_unit_member.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.org_unit_member.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.org_unit_member.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.org_unit_member.unit_id IS 'Структурное подразделение';
COMMENT ON COLUMN civilservice.org_unit_member.period IS 'Период работы в подразделении: [first day, day after the last); an open upper bound while it lasts; inside the employment';
COMMENT ON COLUMN civilservice.org_unit_member.basis IS 'Приказ о назначении или переводе (optional)';
COMMENT ON CONSTRAINT org_unit_member_period ON civilservice.org_unit_member IS
  'п. 10, п. 12: the period in a unit has a finite first day and is not empty';
COMMENT ON CONSTRAINT org_unit_member_one_unit ON civilservice.org_unit_member IS
  'п. 10, п. 12: an employee belongs to at most one structural unit at a time (the trigger org_period_check names the other unit first)';
CREATE INDEX org_unit_member_unit_idx ON civilservice.org_unit_member (state_body_id, unit_id);
COMMENT ON INDEX civilservice.org_unit_member_unit_idx IS 'The members of a unit';
CREATE TRIGGER org_unit_member_check BEFORE INSERT OR UPDATE ON civilservice.org_unit_member
    FOR EACH ROW EXECUTE FUNCTION civilservice.org_period_check();
CREATE TRIGGER org_unit_member_history AFTER UPDATE OR DELETE ON civilservice.org_unit_member
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER org_unit_member_check ON civilservice.org_unit_member IS 'п. 10, п. 12: employed through the period (org_unit_member_employed); one unit at a time (org_unit_member_one_unit)';
COMMENT ON TRIGGER org_unit_member_history ON civilservice.org_unit_member IS 'Every change of an employee''s unit is kept';
COMMENT ON SEQUENCE civilservice.org_unit_member_id_seq IS 'Keys of civilservice.org_unit_member';

CREATE TABLE civilservice.first_head (
    state_body_id bigint NOT NULL,
    id            bigserial,
    employee_id   bigint NOT NULL,
    period        daterange NOT NULL,
    basis         text,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT first_head_period CHECK (civilservice.checked(
        coalesce(NOT isempty(period) AND NOT lower_inf(period) AND isfinite(lower(period))
                 AND (upper_inf(period) OR isfinite(upper(period))), false),
        'п. 12', 'first_head_period', 'first_head',
        'the period of a first head has a first day',
        format('Employee %s as first head of state body %s for %s.', employee_id, state_body_id, period),
        'Give the period as [first day, day after the last), e.g. ''[2026-01-05,)'' while it lasts.')),
    CONSTRAINT first_head_one_at_a_time EXCLUDE USING gist
        (state_body_id WITH =, period WITH &&)
);
COMMENT ON TABLE civilservice.first_head IS
  'Первый руководитель государственного органа over time (п. 12: the direct head of the heads of the top units); one at a time, an employee of the body employed through the period. Its changes are the dates from which the Concept counts the release of corps "A" officials';
COMMENT ON COLUMN civilservice.first_head.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.first_head.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.first_head.employee_id IS 'Первый руководитель (an employee of the same body)';
COMMENT ON COLUMN civilservice.first_head.period IS 'Период: [first day, day after the last); an open upper bound while it lasts; inside the employment';
COMMENT ON COLUMN civilservice.first_head.basis IS 'Акт о назначении (optional)';
COMMENT ON CONSTRAINT first_head_period ON civilservice.first_head IS
  'п. 12: the period of a first head has a finite first day and is not empty';
COMMENT ON CONSTRAINT first_head_one_at_a_time ON civilservice.first_head IS
  'п. 12: a state body has one first head at a time (the trigger org_period_check names the other first head first)';
CREATE INDEX first_head_employee_idx ON civilservice.first_head (state_body_id, employee_id);
COMMENT ON INDEX civilservice.first_head_employee_idx IS 'The periods an employee was first head; used when the employment changes';
CREATE TRIGGER first_head_check BEFORE INSERT OR UPDATE ON civilservice.first_head
    FOR EACH ROW EXECUTE FUNCTION civilservice.org_period_check();
CREATE TRIGGER first_head_history AFTER UPDATE OR DELETE ON civilservice.first_head
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER first_head_check ON civilservice.first_head IS 'п. 12: employed through the period (first_head_employed); one first head at a time (first_head_one_at_a_time)';
COMMENT ON TRIGGER first_head_history ON civilservice.first_head IS 'Every change of a first head''s period is kept';
COMMENT ON SEQUENCE civilservice.first_head_id_seq IS 'Keys of civilservice.first_head';

-- The periods of the organisation follow the employment (org_follow_employment).
CREATE TRIGGER employee_org_periods AFTER UPDATE OF employed_from, employed_to ON civilservice.employee
    FOR EACH ROW EXECUTE FUNCTION civilservice.org_follow_employment();
COMMENT ON TRIGGER employee_org_periods ON civilservice.employee IS
  'п. 10, п. 12: a shortened employment cuts the employee''s periods as head, member or first head to it';

-- The changes of first head: the day a new first head takes office, with the
-- previous one (NULL for the first recorded).
CREATE VIEW civilservice.first_head_change AS
    SELECT f.state_body_id, lower(f.period) AS changed_on, f.employee_id AS new_head_id,
           (SELECT p.employee_id FROM civilservice.first_head p
             WHERE p.state_body_id = f.state_body_id AND upper(p.period) <= lower(f.period)
             ORDER BY upper(p.period) DESC LIMIT 1) AS previous_head_id
      FROM civilservice.first_head f;
COMMENT ON VIEW civilservice.first_head_change IS
  'Смена первого руководителя: each first head''s first day, with the previous first head of the body (NULL for the first recorded); the dates from which the Concept''s release window of corps "A" officials is counted';
COMMENT ON COLUMN civilservice.first_head_change.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.first_head_change.changed_on IS 'First day of the new first head';
COMMENT ON COLUMN civilservice.first_head_change.new_head_id IS 'The new first head (employee)';
COMMENT ON COLUMN civilservice.first_head_change.previous_head_id IS 'The first head before, NULL for the first recorded';

-- Direct heads of the employees employed on a day (п. 12), per body.
CREATE FUNCTION civilservice.direct_heads_on(on_date date, state_body_id bigint DEFAULT NULL)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, full_name text, unit_id bigint, unit_name text,
                   direct_head_id bigint, direct_head_name text)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT e.state_body_id, e.id, e.full_name, x.unit_id, u.name_ru, x.head_id, h.full_name
      FROM civilservice.employee e
      CROSS JOIN LATERAL (SELECT civilservice.unit_of(e.state_body_id, e.id, $1) AS unit_id,
                                 civilservice.direct_head(e.state_body_id, e.id, $1) AS head_id) x
      LEFT JOIN civilservice.org_unit u ON u.state_body_id = e.state_body_id AND u.id = x.unit_id
      LEFT JOIN civilservice.employee h ON h.state_body_id = e.state_body_id AND h.id = x.head_id
     WHERE ($2 IS NULL OR e.state_body_id = $2)
       AND daterange(e.employed_from, e.employed_to, '[]') @> $1
     ORDER BY e.state_body_id, e.id
$$;
COMMENT ON FUNCTION civilservice.direct_heads_on(date, bigint) IS
  'п. 12: every employee employed on a date (of one state body, or of all when NULL) with the unit (unit_of) and the direct head (direct_head) that day';

CREATE VIEW civilservice.direct_heads AS
    SELECT d.* FROM civilservice.state_body b
     CROSS JOIN LATERAL civilservice.direct_heads_on(CAST(now() AT TIME ZONE b.time_zone AS date), b.id) d;
COMMENT ON VIEW civilservice.direct_heads IS
  'п. 12: the direct head of every employee employed today (in the body''s time zone): direct_heads_on() for today';
COMMENT ON COLUMN civilservice.direct_heads.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.direct_heads.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.direct_heads.full_name IS 'ФИО служащего';
COMMENT ON COLUMN civilservice.direct_heads.unit_id IS 'Структурное подразделение служащего (unit_of), NULL when none';
COMMENT ON COLUMN civilservice.direct_heads.unit_name IS 'Наименование подразделения';
COMMENT ON COLUMN civilservice.direct_heads.direct_head_id IS 'Непосредственный руководитель (direct_head), NULL when none is known';
COMMENT ON COLUMN civilservice.direct_heads.direct_head_name IS 'ФИО непосредственного руководителя';
-- Emergency cases (п. 5). A case is decided by a state body or official for
-- a territory; each state body records the cases its acts rest on as its own
-- rows (state_body_id leads the key), so that capping one body's case never
-- changes another body's acts.
CREATE TABLE civilservice.emergency_case (
    state_body_id  bigint NOT NULL REFERENCES civilservice.state_body,
    id             bigserial,
    kind           civilservice.emergency_kind NOT NULL,
    decided_by     text NOT NULL CONSTRAINT emergency_case_decided_by CHECK (civilservice.checked(
                       btrim(decided_by, E' \t\n') <> '', 'п. 5', 'emergency_case_decided_by', 'emergency_case',
                       'an emergency case names the state body or official who decided it', 'decided_by is blank.',
                       'Name the state body or official whose decision introduced the case (п. 5: «по решению государственных органов или их должностных лиц»).')),
    decision_ref   text NOT NULL CONSTRAINT emergency_case_decision_ref CHECK (civilservice.checked(
                       btrim(decision_ref, E' \t\n') <> '', 'п. 5', 'emergency_case_decision_ref', 'emergency_case',
                       'an emergency case references the decision', 'decision_ref is blank.',
                       'Give the number and title of the decision.')),
    decision_date  date,
    starts_on      date NOT NULL,
    ends_on        date,
    description    text,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT emergency_case_ends_after_start CHECK (civilservice.checked(
        ends_on IS NULL OR ends_on >= starts_on, 'п. 5', 'emergency_case_ends_after_start', 'emergency_case',
        'a case is eliminated on or after the day it is introduced',
        'Case ' || id || ': starts on ' || starts_on || ', ends on ' || ends_on || '.',
        'Check the dates: ends_on is the last day of the case, on or after starts_on.'))
);
COMMENT ON TABLE civilservice.emergency_case IS
  'п. 5: случай, при котором уполномоченное лицо вправе в одностороннем порядке установить дистанционную или комбинированную работу; срок такого режима не может превышать дату ликвидации случая. Each state body records the cases its acts rest on';
COMMENT ON COLUMN civilservice.emergency_case.state_body_id IS 'Государственный орган, чьи акты основаны на случае (the case is the body''s record)';
COMMENT ON COLUMN civilservice.emergency_case.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.emergency_case.kind IS 'Вид случая (п. 5)';
COMMENT ON COLUMN civilservice.emergency_case.decided_by IS 'Государственный орган или должностное лицо, принявшие решение';
COMMENT ON COLUMN civilservice.emergency_case.decision_ref IS 'Реквизиты решения (номер, наименование)';
COMMENT ON COLUMN civilservice.emergency_case.decision_date IS 'Дата решения';
COMMENT ON COLUMN civilservice.emergency_case.starts_on IS 'Дата введения; an act on the case starts on or after it, and it never moves after the start of an act signed on it';
COMMENT ON COLUMN civilservice.emergency_case.ends_on IS 'Дата ликвидации (the last day of the case); NULL while unknown. Setting or moving it caps every signed act of the body on the case';
COMMENT ON COLUMN civilservice.emergency_case.description IS 'Free text: territory, measures';
COMMENT ON CONSTRAINT emergency_case_pkey ON civilservice.emergency_case IS
  'п. 5: a case is known by its state body and its id';
COMMENT ON CONSTRAINT emergency_case_decided_by ON civilservice.emergency_case IS
  'п. 5: a case is decided by a state body or its official, named here';
COMMENT ON CONSTRAINT emergency_case_decision_ref ON civilservice.emergency_case IS
  'п. 5: the decision that introduced the case is referenced';
COMMENT ON CONSTRAINT emergency_case_ends_after_start ON civilservice.emergency_case IS
  'п. 5: a case is eliminated on or after the day it is introduced';
CREATE TRIGGER emergency_case_history AFTER UPDATE OR DELETE ON civilservice.emergency_case
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
CREATE TRIGGER emergency_case_cap_acts AFTER UPDATE OF starts_on, ends_on ON civilservice.emergency_case
    FOR EACH ROW WHEN (NEW.starts_on IS DISTINCT FROM OLD.starts_on
                       OR NEW.ends_on IS NOT NULL AND NEW.ends_on IS DISTINCT FROM OLD.ends_on)
    EXECUTE FUNCTION civilservice.emergency_case_cap_acts();
COMMENT ON TRIGGER emergency_case_history ON civilservice.emergency_case IS 'Every change of a case is kept';
COMMENT ON TRIGGER emergency_case_cap_acts ON civilservice.emergency_case IS 'п. 5: the acts on the case lie within it: its start never moves past them, and they end with it';
COMMENT ON SEQUENCE civilservice.emergency_case_id_seq IS 'Keys of civilservice.emergency_case';
-- Applications for flexible time (п. 15–16)

CREATE TABLE civilservice.flexible_application (
    state_body_id      bigint NOT NULL REFERENCES civilservice.state_body,
    id                 bigserial,
    employee_id        bigint NOT NULL,
    received_at        timestamptz NOT NULL DEFAULT pg_catalog.now(),
    channel            civilservice.application_channel NOT NULL,
    reasons            text NOT NULL CONSTRAINT flexible_application_reasons CHECK (civilservice.checked(
                           btrim(reasons, E' \t\n') <> '',
                           'п. 15', 'flexible_application_reasons', 'flexible_application',
                           'the application states its reasons', 'The reasons are blank.',
                           'State why the employee asks for flexible working time (п. 15: the application states the reasons, the time regime and the period).')),
    requested_schedule civilservice.work_schedule NOT NULL,
    requested_period   daterange NOT NULL CONSTRAINT flexible_application_period_bounded CHECK (civilservice.checked(
                           NOT isempty(requested_period) AND NOT lower_inf(requested_period) AND NOT upper_inf(requested_period)
                           AND isfinite(lower(requested_period)) AND isfinite(upper(requested_period)),
                           'п. 15', 'flexible_application_period_bounded', 'flexible_application',
                           'the application states the period with a first and a last day',
                           'Requested period: ' || requested_period || '.',
                           'Give the period as [first day, day after the last day), e.g. ''[2026-04-01,2026-10-01)''.')),
    status             civilservice.application_status NOT NULL DEFAULT 'received',
    decided_at         timestamptz,
    rejection_reason   text,
    decided_by_role    name,
    decided_by_employee bigint,
    decided_for        bigint,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT flexible_application_decided_by_employee_fkey FOREIGN KEY (state_body_id, decided_by_employee)
        REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT flexible_application_rejection_reason CHECK (civilservice.checked(
        status <> 'rejected' OR btrim(coalesce(rejection_reason, '')) <> '',
        'п. 16', 'flexible_application_rejection_reason', 'flexible_application',
        'a rejected application states the reason of the refusal',
        'Application ' || id || ' of employee ' || employee_id || ': rejected without rejection_reason.',
        'Set rejection_reason together with status = ''rejected''.'))
);
COMMENT ON TABLE civilservice.flexible_application IS
  'п. 15–16: заявление служащего об установлении режима гибкого рабочего времени (причины, режим, период); рассматривается в течение десяти рабочих дней';
COMMENT ON COLUMN civilservice.flexible_application.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.flexible_application.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.flexible_application.employee_id IS 'Служащий, подавший заявление';
COMMENT ON COLUMN civilservice.flexible_application.received_at IS 'Дата и время поступления; the review deadline counts from it on the body''s calendar';
COMMENT ON COLUMN civilservice.flexible_application.channel IS 'Канал подачи (п. 15): e_qyzmet («Е-кызмет») or hr_information_system (ведомственная система управления персоналом); document_management_system or paper only for applications received before 11.07.2026 (application_electronic_only)';
COMMENT ON COLUMN civilservice.flexible_application.reasons IS 'Причины (п. 15)';
COMMENT ON COLUMN civilservice.flexible_application.requested_schedule IS 'Запрашиваемый режим рабочего времени (п. 15)';
COMMENT ON COLUMN civilservice.flexible_application.requested_period IS 'Запрашиваемый период; at most the cap of п. 18';
COMMENT ON COLUMN civilservice.flexible_application.status IS 'received, approved (set when an act listing it is signed), rejected, withdrawn (the last two final); frozen once a signed act lists it';
COMMENT ON COLUMN civilservice.flexible_application.decided_at IS 'When it was approved, rejected or withdrawn';
COMMENT ON COLUMN civilservice.flexible_application.rejection_reason IS 'Причина отказа (required when rejected)';
COMMENT ON COLUMN civilservice.flexible_application.decided_by_role IS 'п. 3.7, п. 16: the database role that decided it (approved: the role that signed the act; rejected, withdrawn: current_user); set by the database';
COMMENT ON COLUMN civilservice.flexible_application.decided_by_employee IS 'п. 3.7, п. 16: the employee that role is (civilservice.role_body); NULL for a superuser or the owner of the table without a mapping, or a withdrawal by a role of no employee; set by the database';
COMMENT ON COLUMN civilservice.flexible_application.decided_for IS 'п. 3.7: approved by an act signed by an authorized person acting for its issuer: that issuer; set by the database';
COMMENT ON CONSTRAINT flexible_application_reasons ON civilservice.flexible_application IS
  'п. 15: the application states its reasons';
COMMENT ON CONSTRAINT flexible_application_period_bounded ON civilservice.flexible_application IS
  'п. 15: the application states the period, with a first and a last day';
COMMENT ON CONSTRAINT flexible_application_decided_by_employee_fkey ON civilservice.flexible_application IS
  'п. 3.7, п. 16: the person who decided is an employee of the body';
COMMENT ON CONSTRAINT flexible_application_rejection_reason ON civilservice.flexible_application IS
  'п. 16: a rejected application states the reason of the refusal';
CREATE TRIGGER flexible_application_check BEFORE INSERT OR UPDATE OR DELETE ON civilservice.flexible_application
    FOR EACH ROW EXECUTE FUNCTION civilservice.flexible_application_check();
CREATE TRIGGER flexible_application_history AFTER UPDATE OR DELETE ON civilservice.flexible_application
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER flexible_application_check ON civilservice.flexible_application IS 'п. 18: the requested period at most the cap; п. 15: the electronic channel from 11.07.2026, approved only by signing an act, frozen once a signed act rests on it; п. 15, 16: rejected and withdrawn are final';
COMMENT ON TRIGGER flexible_application_history ON civilservice.flexible_application IS 'Every change of an application is kept';
COMMENT ON SEQUENCE civilservice.flexible_application_id_seq IS 'Keys of civilservice.flexible_application';

CREATE VIEW civilservice.application_queue AS
    SELECT q.state_body_id, q.id AS application_id, q.employee_id, e.full_name, q.channel,
           q.received_on, q.deadline, q.status,
           CASE WHEN q.status = 'received' THEN
               civilservice.working_days_between(q.today + 1, q.deadline + 1, q.calendar_code) END AS working_days_left
      FROM (SELECT fa.*, b.calendar_code,
                   CAST(fa.received_at AT TIME ZONE b.time_zone AS date) AS received_on,
                   civilservice.review_deadline(CAST(fa.received_at AT TIME ZONE b.time_zone AS date), b.calendar_code) AS deadline,
                   CAST(now() AT TIME ZONE b.time_zone AS date) AS today
              FROM civilservice.flexible_application fa
              JOIN civilservice.state_body b ON b.id = fa.state_body_id) q
      JOIN civilservice.employee e ON e.state_body_id = q.state_body_id AND e.id = q.employee_id;
COMMENT ON VIEW civilservice.application_queue IS
  'п. 16: applications for flexible time with the day received, the review deadline on the body''s calendar, and, while awaiting review, the working days after today up to the deadline (0 on the last day, negative when overdue)';
COMMENT ON COLUMN civilservice.application_queue.state_body_id IS 'State body (государственный орган)';
COMMENT ON COLUMN civilservice.application_queue.application_id IS 'Application for flexible working time (заявление, п. 15)';
COMMENT ON COLUMN civilservice.application_queue.employee_id IS 'Employee who filed the application';
COMMENT ON COLUMN civilservice.application_queue.full_name IS 'Employee''s full name (ФИО)';
COMMENT ON COLUMN civilservice.application_queue.channel IS 'Channel the application came through: e_qyzmet (Е-кызмет) or hr_information_system (п. 15); document_management_system or paper before 11.07.2026';
COMMENT ON COLUMN civilservice.application_queue.received_on IS 'Day received, in the body''s time zone';
COMMENT ON COLUMN civilservice.application_queue.deadline IS 'Review deadline: the 10th working day after receipt on the body''s calendar (п. 16)';
COMMENT ON COLUMN civilservice.application_queue.status IS 'received, approved, rejected or withdrawn';
COMMENT ON COLUMN civilservice.application_queue.working_days_left IS 'While awaiting review: working days after today up to the deadline (0 on the last day, negative when overdue)';
-- Acts (п. 4–6, 15, 17) and their lists of employees (п. 6.2, 17.2)

CREATE TABLE civilservice.act (
    state_body_id       bigint NOT NULL REFERENCES civilservice.state_body,
    id                  bigserial,
    number              text,
    act_date            date,
    issued_by           bigint,
    regime              civilservice.regime NOT NULL,
    basis               civilservice.act_basis,
    emergency_case_id   bigint,
    basis_text          text,
    term                daterange,
    place_of_work       text,
    fixed_working_time  civilservice.work_schedule,
    control_procedure   text,
    communication_means text,
    status              civilservice.act_status NOT NULL DEFAULT 'draft',
    signed_at           timestamptz,
    cancelled_on        date,
    cancel_reason       text,
    signed_by_role      name,
    signed_by_employee  bigint,
    signed_for          bigint,
    cancelled_by_role   name,
    cancelled_by_employee bigint,
    cancelled_for       bigint,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, issued_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT act_signed_by_employee_fkey FOREIGN KEY (state_body_id, signed_by_employee)
        REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT act_cancelled_by_employee_fkey FOREIGN KEY (state_body_id, cancelled_by_employee)
        REFERENCES civilservice.employee (state_body_id, id),
    -- п. 5: the case is the body's own; capping one body's case never touches another's acts
    CONSTRAINT act_emergency_case_fkey FOREIGN KEY (state_body_id, emergency_case_id)
        REFERENCES civilservice.emergency_case (state_body_id, id),
    CONSTRAINT act_basis_regime CHECK (civilservice.checked((basis = 'application') = (regime = 'flexible'),
        'п. 4, п. 5, п. 15', 'act_basis_regime', 'act', 'the basis of the act does not fit its regime',
        'Regime ' || regime || ', basis ' || basis || '.',
        'Remote and combined remote work rest on an agreement of the parties (п. 4) or an emergency case (п. 5); flexible time on the employee''s application (п. 15).')),
    CONSTRAINT act_emergency_case CHECK (civilservice.checked(
        CASE WHEN basis IS NOT DISTINCT FROM 'emergency' THEN status = 'draft' OR emergency_case_id IS NOT NULL
             ELSE emergency_case_id IS NULL END,
        'п. 5', 'act_emergency_case', 'act', 'only an act on the emergency basis references an emergency case, and a signed one must',
        'Basis ' || coalesce(basis, 'not given') || ', status ' || status || ', emergency case ' || coalesce(emergency_case_id::text, 'none') || '.',
        'Reference the body''s emergency case (emergency_case_id) on an act with basis emergency, and on no other act.')),
    -- a missing item is NULL here, and a NULL CHECK passes: hence coalesce
    CONSTRAINT act_contents CHECK (civilservice.checked(status = 'draft' OR coalesce(
        btrim(number, E' \t\n') <> '' AND act_date IS NOT NULL AND basis IS NOT NULL
        AND (basis <> 'agreement' OR btrim(basis_text, E' \t\n') <> '')
        AND NOT isempty(term) AND isfinite(lower(term)) AND isfinite(upper(term))
        AND CASE WHEN regime = 'flexible' THEN fixed_working_time IS NOT NULL
                 ELSE btrim(place_of_work, E' \t\n') <> '' END, false),
        CASE WHEN regime = 'flexible' THEN 'п. 17' ELSE 'п. 6' END, 'act_contents', 'act',
        'an act that is not a draft has all its contents',
        -- (a draft passes: its detail is not built)
        CASE WHEN status <> 'draft' THEN 'Act ' || coalesce(number, '(no number)') || ', status ' || status || '; missing:'
            || CASE WHEN coalesce(btrim(number, E' \t\n') <> '', false) THEN '' ELSE ' number' END
            || CASE WHEN act_date IS NOT NULL THEN '' ELSE ' act_date' END
            || CASE WHEN basis IS NOT NULL THEN '' ELSE ' basis' END
            || CASE WHEN basis IS DISTINCT FROM 'agreement' OR coalesce(btrim(basis_text, E' \t\n') <> '', false) THEN '' ELSE ' basis_text' END
            || CASE WHEN coalesce(NOT isempty(term) AND isfinite(lower(term)) AND isfinite(upper(term)), false) THEN '' ELSE ' term' END
            || CASE WHEN regime = 'flexible' THEN CASE WHEN fixed_working_time IS NOT NULL THEN '' ELSE ' fixed_working_time' END
                    ELSE CASE WHEN coalesce(btrim(place_of_work, E' \t\n') <> '', false) THEN '' ELSE ' place_of_work' END END || '.' END,
        'Insert the act as a draft, complete it (see validate_act()) and sign it with UPDATE ... SET status = ''signed''.')),
    CONSTRAINT act_cancellation CHECK (civilservice.checked(
        status <> 'cancelled' OR (cancelled_on IS NOT NULL AND btrim(coalesce(cancel_reason, '')) <> ''),
        'п. 21', 'act_cancellation', 'act', 'a cancelled act states the day it no longer applies and the reason',
        'Act ' || coalesce(number, id::text) || ': cancelled_on ' || coalesce(cancelled_on::text, 'not given')
            || ', cancel_reason ' || CASE WHEN btrim(coalesce(cancel_reason, '')) <> '' THEN 'given' ELSE 'not given' END || '.',
        'Set cancelled_on (the first day the act no longer applies) and cancel_reason together with status = ''cancelled'', or use civilservice.cancel_act().'))
);
COMMENT ON TABLE civilservice.act IS
  'Акт уполномоченного лица об установлении дистанционной, комбинированной дистанционной работы (п. 4–6) или режима гибкого рабочего времени (п. 15, 17); signed acts are never deleted and never change';
COMMENT ON COLUMN civilservice.act.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.act.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.act.number IS 'Номер акта';
COMMENT ON COLUMN civilservice.act.act_date IS 'Дата акта';
COMMENT ON COLUMN civilservice.act.issued_by IS 'Уполномоченное лицо (п. 3), employee of the same body with is_authorized';
COMMENT ON COLUMN civilservice.act.regime IS 'Режим: remote, combined_remote, flexible';
COMMENT ON COLUMN civilservice.act.basis IS 'Основание (п. 6.1, 17.1): agreement (п. 4), emergency (п. 5), application (п. 15)';
COMMENT ON COLUMN civilservice.act.emergency_case_id IS 'Случай п. 5, for the emergency basis: an emergency case of the same body (emergency_case (state_body_id, id))';
COMMENT ON COLUMN civilservice.act.basis_text IS 'Реквизиты основания (соглашение сторон и т. п.)';
COMMENT ON COLUMN civilservice.act.term IS 'Срок (п. 6.3) / период (п. 17.4), [first day, day after the last)';
COMMENT ON COLUMN civilservice.act.place_of_work IS 'Место выполнения работы (п. 6.4), remote and combined';
COMMENT ON COLUMN civilservice.act.fixed_working_time IS 'Фиксированное рабочее время (п. 17.3), flexible';
COMMENT ON COLUMN civilservice.act.control_procedure IS 'Порядок контроля (п. 10), optional';
COMMENT ON COLUMN civilservice.act.communication_means IS 'Средства связи (п. 10), optional';
COMMENT ON COLUMN civilservice.act.status IS 'draft (editable), signed (in force, immutable), cancelled (п. 21)';
COMMENT ON COLUMN civilservice.act.signed_at IS 'When it was signed (set by the database)';
COMMENT ON COLUMN civilservice.act.cancelled_on IS 'Дата отмены: first day the act no longer applies';
COMMENT ON COLUMN civilservice.act.cancel_reason IS 'Причина отмены';
COMMENT ON COLUMN civilservice.act.signed_by_role IS 'п. 3.7: the database role that signed it (current_user; set by the database)';
COMMENT ON COLUMN civilservice.act.signed_by_employee IS 'п. 3.7: the employee that role is (civilservice.role_body); NULL when a superuser or the owner of the table signed without a mapping (set by the database)';
COMMENT ON COLUMN civilservice.act.signed_for IS 'п. 3.7: the issuer the signer acted for, when an authorized person other than issued_by signed; NULL when the issuer signed (set by the database)';
COMMENT ON COLUMN civilservice.act.cancelled_by_role IS 'п. 21: the database role that cancelled it (set by the database)';
COMMENT ON COLUMN civilservice.act.cancelled_by_employee IS 'п. 21: the employee that role is (civilservice.role_body); NULL for a superuser or the owner of the table without a mapping (set by the database)';
COMMENT ON COLUMN civilservice.act.cancelled_for IS 'п. 3.7, п. 21: the issuer the canceller acted for, when an authorized person other than issued_by cancelled (set by the database)';
COMMENT ON CONSTRAINT act_pkey ON civilservice.act IS
  'п. 6, п. 17: an act is known by its state body and its id (ids are keys within a body)';
COMMENT ON CONSTRAINT act_emergency_case_fkey ON civilservice.act IS
  'п. 5: an act on the emergency basis rests on an emergency case of its own state body';
COMMENT ON CONSTRAINT act_basis_regime ON civilservice.act IS
  'п. 4, п. 5, п. 15: remote and combined remote work rest on an agreement of the parties (п. 4) or an emergency case (п. 5); flexible time on the employee''s application (п. 15)';
COMMENT ON CONSTRAINT act_emergency_case ON civilservice.act IS
  'п. 5: only an act on the emergency basis references an emergency case, and a signed one must';
COMMENT ON CONSTRAINT act_contents ON civilservice.act IS
  'п. 6, п. 17: a signed act has its number and date, its basis (with the agreement referenced, п. 4), a bounded term, and the place of work (п. 6.4) or the fixed working time (п. 17.3); the signing also refuses an empty list of employees (п. 6.2, 17.2) under this name';
COMMENT ON CONSTRAINT act_signed_by_employee_fkey ON civilservice.act IS
  'п. 3.7: the person who signed is an employee of the act''s body';
COMMENT ON CONSTRAINT act_cancelled_by_employee_fkey ON civilservice.act IS
  'п. 3.7, п. 21: the person who cancelled is an employee of the act''s body';
COMMENT ON CONSTRAINT act_cancellation ON civilservice.act IS
  'п. 21: a cancelled act states the day it no longer applies and the reason';

-- The list of employees (п. 6.2, 17.2). regime_group and effective_term are
-- kept by the database from participation_days() (src/acts/participation.sql);
-- the exclusion constraint then keeps an employee off two overlapping acts
-- of the same group (п. 13).
CREATE TABLE civilservice.act_employee (
    state_body_id  bigint NOT NULL,
    act_id         bigint NOT NULL,
    employee_id    bigint NOT NULL,
    application_id bigint,
    schedule_difference_reason text,
    regime_group   text CONSTRAINT act_employee_regime_group CHECK (civilservice.checked(regime_group IN ('remote', 'flexible'),
                       'п. 13', 'act_employee_regime_group', 'act_employee', 'unknown regime group',
                       'Regime group given: "' || regime_group || '".',
                       'Leave regime_group to the database: remote (remote and combined remote work) or flexible, set when the act is signed.')),
    effective_term daterange,
    PRIMARY KEY (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, act_id) REFERENCES civilservice.act (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    FOREIGN KEY (state_body_id, application_id) REFERENCES civilservice.flexible_application (state_body_id, id),
    CONSTRAINT act_employee_schedule_difference_reason CHECK (civilservice.checked(
        schedule_difference_reason IS NULL OR btrim(schedule_difference_reason, E' \t\n') <> '',
        'п. 15, п. 17.3', 'act_employee_schedule_difference_reason', 'act_employee',
        'a reason for a fixed working time other than the one applied for is not blank',
        'Act ' || act_id || ', employee ' || employee_id || ': the reason is blank.',
        'State the reason (e.g. the unit''s service needs agreed with the employee), or leave it NULL when the act keeps the requested schedule.')),
    CONSTRAINT act_employee_no_overlap EXCLUDE USING gist
        (state_body_id WITH =, employee_id WITH =, regime_group WITH =, effective_term WITH &&)
        WHERE (effective_term IS NOT NULL)
);
COMMENT ON TABLE civilservice.act_employee IS
  'Список служащих акта (п. 6.2, 17.2): one row per employee; for a flexible act, the employee''s own application (п. 15)';
COMMENT ON COLUMN civilservice.act_employee.state_body_id IS 'Государственный орган (the act''s and the employee''s)';
COMMENT ON COLUMN civilservice.act_employee.act_id IS 'Акт';
COMMENT ON COLUMN civilservice.act_employee.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.act_employee.application_id IS 'Заявление служащего (flexible acts, п. 15)';
COMMENT ON COLUMN civilservice.act_employee.schedule_difference_reason IS 'Причина расхождения (п. 15, 17.3): why the act''s fixed working time differs from the schedule requested in the application; required at signing when they differ';
COMMENT ON COLUMN civilservice.act_employee.regime_group IS 'remote (remote and combined remote) or flexible: п. 13 lets the two groups overlap, never two of one group; set from the act when it is signed (NULL on a draft); always participation_days()';
COMMENT ON COLUMN civilservice.act_employee.effective_term IS 'Days the employee is on the regime under this act: the term once signed, with extensions, capped by п. 5 and ended by cancellation; NULL on a draft; always participation_days()';
COMMENT ON CONSTRAINT act_employee_regime_group ON civilservice.act_employee IS
  'п. 13: the regime group is remote (remote and combined remote work) or flexible';
COMMENT ON CONSTRAINT act_employee_schedule_difference_reason ON civilservice.act_employee IS
  'п. 15, п. 17.3: a reason for a fixed working time other than the one applied for is not blank (the signing requires one when the schedules differ, act_employee_application)';
COMMENT ON CONSTRAINT act_employee_no_overlap ON civilservice.act_employee IS
  'п. 13: flexible time may be combined with remote work, but no employee is on two overlapping acts of one group (remote and combined remote, or flexible)';

CREATE TRIGGER act_guard BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_guard();
CREATE TRIGGER act_sign BEFORE UPDATE ON civilservice.act
    FOR EACH ROW WHEN (OLD.status = 'draft' AND NEW.status = 'signed') EXECUTE FUNCTION civilservice.act_sign();
CREATE TRIGGER act_effect AFTER UPDATE ON civilservice.act
    REFERENCING OLD TABLE AS old_acts NEW TABLE AS new_acts
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_effect();
CREATE TRIGGER act_history AFTER UPDATE OR DELETE ON civilservice.act
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
-- The list changes only on a draft: inserts and deletes are guarded at every
-- depth; updates by a statement of the application here, and at every depth
-- by act_employee_keys (the keys of a signed act's row never change). The
-- days in effect are checked for every insert and update, at every depth,
-- by act_employee_kept.
CREATE TRIGGER act_employee_guard_insert AFTER INSERT ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_guard();
CREATE TRIGGER act_employee_guard_update AFTER UPDATE ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT WHEN (pg_catalog.pg_trigger_depth() = 0) EXECUTE FUNCTION civilservice.act_employee_guard();
CREATE TRIGGER act_employee_guard_delete AFTER DELETE ON civilservice.act_employee
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_guard();
CREATE TRIGGER act_employee_keys BEFORE UPDATE OF state_body_id, act_id, employee_id, application_id, schedule_difference_reason
    ON civilservice.act_employee
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_employee_keys();
CREATE TRIGGER act_employee_kept_insert AFTER INSERT ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_kept();
CREATE TRIGGER act_employee_kept_update AFTER UPDATE ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_kept();
COMMENT ON TRIGGER act_guard ON civilservice.act IS 'Acts start as drafts; signed acts are only cancelled (п. 21) or capped (п. 5)';
COMMENT ON TRIGGER act_sign ON civilservice.act IS 'п. 4–6, 14, 15, 17, 18: the signing check, every problem listed';
COMMENT ON TRIGGER act_effect ON civilservice.act IS 'Signing, cancelling and capping write the days in effect of the employees';
COMMENT ON TRIGGER act_history ON civilservice.act IS 'Every change of an act is kept';
COMMENT ON TRIGGER act_employee_guard_insert ON civilservice.act_employee IS 'The list of a draft only; п. 14, п. 15';
COMMENT ON TRIGGER act_employee_guard_update ON civilservice.act_employee IS 'The list of a draft only; п. 14, п. 15 (statements of the application)';
COMMENT ON TRIGGER act_employee_guard_delete ON civilservice.act_employee IS 'The list of a draft only';
COMMENT ON TRIGGER act_employee_keys ON civilservice.act_employee IS 'The keys, the application and the schedule difference reason of a signed act''s row never change, at any depth';
COMMENT ON TRIGGER act_employee_kept_insert ON civilservice.act_employee IS 'Inserted rows carry the days of participation_days() (none on a draft)';
COMMENT ON TRIGGER act_employee_kept_update ON civilservice.act_employee IS 'Updated rows carry the days of participation_days(), whoever writes them';
-- The list itself never changes once the act is signed; its days in effect
-- are derived from the act, its extensions, its case, the cancellations and
-- the employment of the employee. Once derived, every change of them is kept
-- (the first derivation, at signing, is the act's own change and is kept
-- there).
CREATE TRIGGER act_employee_history AFTER UPDATE ON civilservice.act_employee
    FOR EACH ROW WHEN (OLD.effective_term IS NOT NULL
                       AND (OLD.effective_term IS DISTINCT FROM NEW.effective_term
                            OR OLD.regime_group IS DISTINCT FROM NEW.regime_group))
    EXECUTE FUNCTION civilservice.keep_history('act_id', 'employee_id');
COMMENT ON TRIGGER act_employee_history ON civilservice.act_employee IS
  'Every change of the days in effect of a signed act''s participation (an extension, a cancellation, an emergency cap, a dismissal) is kept in civilservice.history, key [act_id, employee_id]';

-- Participation ends at dismissal (п. 3: the employee is a civil servant):
-- when an employee's employment dates change, the days in effect of every
-- act listing them are derived again in the same transaction.
CREATE TRIGGER employee_participation AFTER UPDATE OF employed_from, employed_to ON civilservice.employee
    FOR EACH ROW WHEN (OLD.employed_from IS DISTINCT FROM NEW.employed_from OR OLD.employed_to IS DISTINCT FROM NEW.employed_to)
    EXECUTE FUNCTION civilservice.employee_participation();
COMMENT ON TRIGGER employee_participation ON civilservice.employee IS
  'п. 3, 6.2, 17.2: a participation ends at dismissal — the days in effect of the employee''s acts follow the employment dates in the same transaction, each rewritten row kept in history';
COMMENT ON SEQUENCE civilservice.act_id_seq IS 'Keys of civilservice.act';
-- Office days of combined remote acts (п. 3.1, п. 6)

CREATE TABLE civilservice.act_office_day (
    state_body_id bigint NOT NULL,
    id            bigserial,
    act_id        bigint NOT NULL,
    iso_weekday   smallint,
    period        daterange,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id) REFERENCES civilservice.act (state_body_id, id) ON DELETE CASCADE,
    CONSTRAINT act_office_day_what CHECK (civilservice.checked(
        (iso_weekday IS NULL) <> (period IS NULL)
        AND (iso_weekday IS NULL OR iso_weekday BETWEEN 1 AND 7)
        AND (period IS NULL OR (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)
                                AND isfinite(lower(period)) AND isfinite(upper(period)))),
        'п. 3.1', 'act_office_day_what', 'act_office_day',
        'an office day is either a weekday of the pattern or a dated period',
        format('ISO weekday %s, period %s.', coalesce(iso_weekday::text, 'none'), coalesce(period::text, 'none')),
        'Give iso_weekday (1 = Monday … 7 = Sunday) alone, or a bounded period alone, e.g. ''[2026-04-20,2026-04-25)''.'))
);
CREATE INDEX act_office_day_act_idx ON civilservice.act_office_day (state_body_id, act_id);
COMMENT ON TABLE civilservice.act_office_day IS
  'п. 3.1: комбинированная дистанционная работа — the days at the employer''s premises under a combined remote act, by ISO weekday of a pattern and/or by dated period; the act''s other days are remote. Part of the act: frozen once it is signed';
COMMENT ON COLUMN civilservice.act_office_day.state_body_id IS 'Государственный орган (the act''s)';
COMMENT ON COLUMN civilservice.act_office_day.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.act_office_day.act_id IS 'Акт о комбинированной дистанционной работе';
COMMENT ON COLUMN civilservice.act_office_day.iso_weekday IS 'День недели по месту нахождения работодателя, ISO (1 = Monday … 7 = Sunday), every week of the act''s days in effect; NULL for a dated period';
COMMENT ON COLUMN civilservice.act_office_day.period IS 'Период работы по месту нахождения работодателя, [first day, day after the last); NULL for a weekday of the pattern';
COMMENT ON CONSTRAINT act_office_day_what ON civilservice.act_office_day IS
  'п. 3.1: an office day is either an ISO weekday 1-7 of the pattern or a bounded dated period';
COMMENT ON INDEX civilservice.act_office_day_act_idx IS 'Office days of one act, as attendance() and the signing read them';
COMMENT ON SEQUENCE civilservice.act_office_day_id_seq IS 'Keys of civilservice.act_office_day';
CREATE TRIGGER act_office_day_guard BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act_office_day
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_office_day_guard();
CREATE TRIGGER act_office_day_history AFTER UPDATE OR DELETE ON civilservice.act_office_day
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER act_office_day_guard ON civilservice.act_office_day IS
  'п. 3.1, п. 6: office days of a combined remote act, only while it is a draft';
COMMENT ON TRIGGER act_office_day_history ON civilservice.act_office_day IS 'Every change of an office day is kept';

-- After act_sign (names sort so): its list of missing items comes first.
CREATE TRIGGER act_sign_office_days BEFORE UPDATE ON civilservice.act
    FOR EACH ROW WHEN (OLD.status = 'draft' AND NEW.status = 'signed') EXECUTE FUNCTION civilservice.act_sign_office_days();
COMMENT ON TRIGGER act_sign_office_days ON civilservice.act IS
  'п. 3.1, п. 6: a combined remote act is signed with its office days';
-- Extensions of flexible time by agreement of the parties (п. 18)

CREATE TABLE civilservice.act_extension (
    state_body_id  bigint NOT NULL,
    id             bigserial,
    act_id         bigint NOT NULL,
    employee_id    bigint,
    agreement_ref  text NOT NULL CONSTRAINT act_extension_agreement_ref CHECK (civilservice.checked(
                       btrim(agreement_ref, E' \t\n') <> '', 'п. 18', 'act_extension_agreement_ref', 'act_extension',
                       'an extension references the agreement of the parties', 'agreement_ref is blank.',
                       'Give the number and date of the agreement of the parties to extend (п. 18: «по соглашению сторон»).')),
    agreement_date date NOT NULL,
    period         daterange NOT NULL CONSTRAINT act_extension_period_bounded CHECK (civilservice.checked(
                       NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)
                       AND isfinite(lower(period)) AND isfinite(upper(period)),
                       'п. 18', 'act_extension_period_bounded', 'act_extension',
                       'an extension is a period with a first and a last day', 'Period given: ' || period || '.',
                       'Give the period as [first day, day after the last day); it starts the day after the extended period ends.')),
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id) REFERENCES civilservice.act (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id, employee_id) REFERENCES civilservice.act_employee (state_body_id, act_id, employee_id)
);
COMMENT ON TABLE civilservice.act_extension IS
  'п. 18: продление режима гибкого рабочего времени по соглашению сторон на следующий период (each at most the cap, contiguous with the period it extends); never changed or deleted';
COMMENT ON COLUMN civilservice.act_extension.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.act_extension.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.act_extension.act_id IS 'Продлеваемый акт (signed, flexible)';
COMMENT ON COLUMN civilservice.act_extension.employee_id IS 'Служащий, whose participation is extended; NULL extends every employee of the act';
COMMENT ON COLUMN civilservice.act_extension.agreement_ref IS 'Реквизиты соглашения сторон о продлении';
COMMENT ON COLUMN civilservice.act_extension.agreement_date IS 'Дата соглашения сторон: on or before the last day of the period it extends (п. 18: a running period is extended)';
COMMENT ON COLUMN civilservice.act_extension.period IS 'Период продления: starts the day after the extended period ends';
COMMENT ON CONSTRAINT act_extension_agreement_ref ON civilservice.act_extension IS
  'п. 18: an extension references the agreement of the parties';
COMMENT ON CONSTRAINT act_extension_period_bounded ON civilservice.act_extension IS
  'п. 18: an extension is a period with a first and a last day';
-- The extensions of an act, for participation_days() and the foreign keys.
CREATE INDEX act_extension_act_idx ON civilservice.act_extension (state_body_id, act_id, employee_id);
COMMENT ON INDEX civilservice.act_extension_act_idx IS
  'The extensions of an act and of one employee on it, read whenever the days in effect are derived (participation_days)';
CREATE TRIGGER act_extension_apply BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act_extension
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_extension_apply();
CREATE TRIGGER act_extension_extend AFTER INSERT ON civilservice.act_extension
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_extension_extend();
COMMENT ON TRIGGER act_extension_apply ON civilservice.act_extension IS 'п. 18: an extension of a signed flexible act, at most the cap, contiguous, agreed while the period runs, for employees employed then and not under the reglament (п. 14); never changed';
COMMENT ON TRIGGER act_extension_extend ON civilservice.act_extension IS 'п. 18: the prolonged days in effect are written once the extension is in';
COMMENT ON SEQUENCE civilservice.act_extension_id_seq IS 'Keys of civilservice.act_extension';
-- Recalls to the workplace (п. 12)

CREATE TABLE civilservice.recall (
    state_body_id bigint NOT NULL,
    id            bigserial,
    act_id        bigint NOT NULL,
    employee_id   bigint NOT NULL,
    initiated_by  civilservice.recall_initiator NOT NULL,
    proposed_by   bigint,
    reason        civilservice.recall_reason NOT NULL,
    notified_at   timestamptz,
    report_at     timestamptz NOT NULL,
    until         timestamptz,
    proposed_on   date,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id, employee_id) REFERENCES civilservice.act_employee (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, proposed_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT recall_proposed_by CHECK (civilservice.checked(
        (initiated_by = 'direct_head_proposal') = (proposed_by IS NOT NULL), 'п. 12', 'recall_proposed_by', 'recall',
        'a recall on the proposal of the direct head names the head, and only such a recall does',
        format('Recall of employee %s: initiated_by %s, proposed_by %s.', employee_id, initiated_by, coalesce(proposed_by::text, 'NULL')),
        'On the proposal of the direct head, set initiated_by = ''direct_head_proposal'' and name the head in proposed_by; a recall by the employer itself has proposed_by NULL.')),
    CONSTRAINT recall_proposed_on CHECK (civilservice.checked(
        proposed_on IS NULL OR proposed_by IS NOT NULL, 'п. 12', 'recall_proposed_on', 'recall',
        'only a recall on the proposal of the direct head has a day of proposal',
        format('Recall of employee %s: initiated_by %s, proposed_on %s without a proposer.', employee_id, initiated_by, proposed_on),
        'Leave proposed_on NULL for a recall by the employer itself, or name the direct head who proposed it in proposed_by.')),
    CONSTRAINT recall_until_after_report CHECK (civilservice.checked(
        until IS NULL OR until > report_at, 'п. 12', 'recall_until_after_report', 'recall',
        'a recall ends after the report time',
        format('Recall of employee %s: report at %s, until %s.', employee_id, report_at, until),
        'Set until later than report_at, or leave it NULL when the end is not fixed.')),
    CONSTRAINT recall_urgent_notice CHECK (civilservice.checked(
        reason <> 'urgent_work' OR (notified_at IS NOT NULL AND notified_at < report_at), 'п. 12', 'recall_urgent_notice', 'recall',
        'a recall for unforeseen urgent work needs advance notice',
        format('Recall of employee %s for urgent work: notified at %s, report at %s.', employee_id, coalesce(notified_at::text, 'never'), report_at),
        'Notify the employee first and set notified_at, with report_at late enough after it.'))
);
COMMENT ON TABLE civilservice.recall IS
  'п. 12: вызов служащего, работающего дистанционно, на рабочее место';
COMMENT ON COLUMN civilservice.recall.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.recall.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.recall.act_id IS 'Акт о дистанционной или комбинированной работе, по которому работает служащий';
COMMENT ON COLUMN civilservice.recall.employee_id IS 'Вызываемый служащий';
COMMENT ON COLUMN civilservice.recall.initiated_by IS 'Инициатор: работодатель или непосредственный руководитель (предложение)';
COMMENT ON COLUMN civilservice.recall.proposed_by IS 'Непосредственный руководитель, внёсший предложение';
COMMENT ON COLUMN civilservice.recall.reason IS 'Основание вызова (п. 12)';
COMMENT ON COLUMN civilservice.recall.notified_at IS 'Когда служащий уведомлён; for urgent work before report_at by at least urgent_recall_notice_minutes';
COMMENT ON COLUMN civilservice.recall.report_at IS 'Время явки на рабочее место';
COMMENT ON COLUMN civilservice.recall.until IS 'До какого времени (optional)';
COMMENT ON COLUMN civilservice.recall.proposed_on IS 'День предложения непосредственного руководителя (optional; NULL: the report day); the proposer is the direct head on that day';
COMMENT ON CONSTRAINT recall_proposed_by ON civilservice.recall IS
  'п. 12: a recall on the proposal of the direct head names the head, one by the employer does not (the trigger recall_check refuses under the same name a proposer who is not the recalled employee''s direct head that day, or the employee)';
COMMENT ON CONSTRAINT recall_proposed_on ON civilservice.recall IS
  'п. 12: only a proposal has a day of proposal (recall_check refuses under the same name one after the report day)';
COMMENT ON CONSTRAINT recall_until_after_report ON civilservice.recall IS
  'п. 12: the recall ends after the report time';
COMMENT ON CONSTRAINT recall_urgent_notice ON civilservice.recall IS
  'п. 12: a recall for unforeseen urgent work is notified before the report time (by at least urgent_recall_notice_minutes, checked by recall_check under the same name)';
CREATE TRIGGER recall_check BEFORE INSERT OR UPDATE ON civilservice.recall
    FOR EACH ROW EXECUTE FUNCTION civilservice.recall_check();
CREATE TRIGGER recall_history AFTER UPDATE OR DELETE ON civilservice.recall
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER recall_check ON civilservice.recall IS 'п. 12: a recall of an employee employed and working remotely that day; a proposal by the direct head that day; the minimum notice for urgent work';
COMMENT ON TRIGGER recall_history ON civilservice.recall IS 'Every change of a recall is kept';
COMMENT ON SEQUENCE civilservice.recall_id_seq IS 'Keys of civilservice.recall';

-- п. 10, next to the recalls of п. 12 (both read the organisation of
-- src/org/ for an employee on an act; this part comes after the acts):
-- «контроль режима рабочего времени работника осуществляется
-- руководителем структурного подразделения (в случае отсутствия
-- непосредственным руководителем) ... и службой управления персоналом».
-- Per employee on a signed act in effect on the day: the unit, its head,
-- the direct head, and the controller — the head of the unit, or the direct
-- head when the unit has no head that day or the employee heads it.
CREATE FUNCTION civilservice.controllers_on(on_date date, state_body_id bigint DEFAULT NULL)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, full_name text, act_id bigint, act_number text,
                   regime civilservice.regime, term daterange, control_procedure text, communication_means text,
                   unit_id bigint, unit_name text, unit_head_id bigint, unit_head_name text,
                   direct_head_id bigint, direct_head_name text, controller_id bigint, controller_name text)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT y.state_body_id, y.employee_id, e.full_name, y.act_id, a.number, a.regime, y.effective_term,
           a.control_procedure, a.communication_means,
           y.unit_id, u.name_ru, y.unit_head_id, uh.full_name, y.direct_head_id, dh.full_name,
           y.controller_id, c.full_name
      FROM (SELECT x.*,
                   CASE WHEN x.unit_head_id <> x.employee_id THEN x.unit_head_id ELSE x.direct_head_id END AS controller_id
              FROM (SELECT ae.state_body_id, ae.employee_id, ae.act_id, ae.effective_term, ou.unit_id,
                           civilservice.unit_head(ae.state_body_id, ou.unit_id, $1) AS unit_head_id,
                           civilservice.direct_head(ae.state_body_id, ae.employee_id, $1) AS direct_head_id
                      FROM civilservice.act_employee ae
                      CROSS JOIN LATERAL (SELECT civilservice.unit_of(ae.state_body_id, ae.employee_id, $1) AS unit_id) ou
                     WHERE ae.effective_term @> $1
                       AND ($2 IS NULL OR ae.state_body_id = $2)) x) y
      JOIN civilservice.act a ON a.state_body_id = y.state_body_id AND a.id = y.act_id
      JOIN civilservice.employee e ON e.state_body_id = y.state_body_id AND e.id = y.employee_id
      LEFT JOIN civilservice.org_unit u ON u.state_body_id = y.state_body_id AND u.id = y.unit_id
      LEFT JOIN civilservice.employee uh ON uh.state_body_id = y.state_body_id AND uh.id = y.unit_head_id
      LEFT JOIN civilservice.employee dh ON dh.state_body_id = y.state_body_id AND dh.id = y.direct_head_id
      LEFT JOIN civilservice.employee c ON c.state_body_id = y.state_body_id AND c.id = y.controller_id
     ORDER BY y.state_body_id, y.employee_id, y.act_id
$$;
COMMENT ON FUNCTION civilservice.controllers_on(date, bigint) IS
  'п. 10: per employee on a signed act in effect on a date (remote, combined remote or flexible; of one state body, or of all when NULL): the act with its control procedure and means of communication, the employee''s unit, its head, the direct head, and the controller of working time — the head of the unit, or the direct head when the unit has no head that day or the employee heads it (the HR service controls as well)';

CREATE VIEW civilservice.controllers AS
    SELECT c.* FROM civilservice.state_body b
     CROSS JOIN LATERAL civilservice.controllers_on(CAST(now() AT TIME ZONE b.time_zone AS date), b.id) c;
COMMENT ON VIEW civilservice.controllers IS
  'п. 10: who controls the working time of each employee on a signed act in effect today (in the body''s time zone): controllers_on() for today';
COMMENT ON COLUMN civilservice.controllers.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.controllers.employee_id IS 'Служащий на дистанционной, комбинированной дистанционной работе или в режиме гибкого рабочего времени';
COMMENT ON COLUMN civilservice.controllers.full_name IS 'ФИО служащего';
COMMENT ON COLUMN civilservice.controllers.act_id IS 'Акт, устанавливающий режим';
COMMENT ON COLUMN civilservice.controllers.act_number IS 'Номер акта';
COMMENT ON COLUMN civilservice.controllers.regime IS 'Режим: remote, combined_remote, flexible';
COMMENT ON COLUMN civilservice.controllers.term IS 'Days the employee is on the regime under the act (effective_term)';
COMMENT ON COLUMN civilservice.controllers.control_procedure IS 'Порядок контроля, set by the act (п. 10), optional';
COMMENT ON COLUMN civilservice.controllers.communication_means IS 'Способы коммуникации, set by the act (п. 10), optional';
COMMENT ON COLUMN civilservice.controllers.unit_id IS 'Структурное подразделение служащего (unit_of), NULL when none';
COMMENT ON COLUMN civilservice.controllers.unit_name IS 'Наименование подразделения';
COMMENT ON COLUMN civilservice.controllers.unit_head_id IS 'Руководитель структурного подразделения today, NULL when none';
COMMENT ON COLUMN civilservice.controllers.unit_head_name IS 'ФИО руководителя подразделения';
COMMENT ON COLUMN civilservice.controllers.direct_head_id IS 'Непосредственный руководитель (direct_head), NULL when none is known';
COMMENT ON COLUMN civilservice.controllers.direct_head_name IS 'ФИО непосредственного руководителя';
COMMENT ON COLUMN civilservice.controllers.controller_id IS 'п. 10: who controls the working time — the head of the unit, or the direct head when the unit has none or the employee heads it';
COMMENT ON COLUMN civilservice.controllers.controller_name IS 'ФИО контролирующего руководителя';
-- Cancellation of one employee's participation (п. 21)

CREATE TABLE civilservice.participation_cancellation (
    state_body_id bigint NOT NULL,
    id            bigserial,
    act_id        bigint NOT NULL,
    employee_id   bigint NOT NULL,
    cancelled_on  date NOT NULL,
    reason        text NOT NULL CONSTRAINT participation_cancellation_reason CHECK (civilservice.checked(
                      btrim(reason, E' \t\n') <> '', 'п. 21', 'participation_cancellation_reason', 'participation_cancellation',
                      'a cancellation states its reason', 'The reason is blank.',
                      'State the systematic violation of the regime''s conditions or of labour discipline the cancellation rests on (п. 21).')),
    cancelled_by  bigint NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    previous_term daterange,
    signed_by_role     name,
    signed_by_employee bigint,
    signed_for         bigint,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT participation_cancellation_signed_by_employee_fkey FOREIGN KEY (state_body_id, signed_by_employee)
        REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT participation_cancellation_once UNIQUE (state_body_id, act_id, employee_id),
    CONSTRAINT participation_cancellation_act_fkey
        FOREIGN KEY (state_body_id, act_id, employee_id) REFERENCES civilservice.act_employee (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, cancelled_by) REFERENCES civilservice.employee (state_body_id, id)
);
COMMENT ON TABLE civilservice.participation_cancellation IS
  'п. 21: отмена режима для одного служащего акта уполномоченным лицом (систематическое нарушение условий режима или трудовой дисциплины); the act and its other employees are unaffected; never changed or deleted';
COMMENT ON COLUMN civilservice.participation_cancellation.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.participation_cancellation.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.participation_cancellation.act_id IS 'Акт (signed)';
COMMENT ON COLUMN civilservice.participation_cancellation.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.participation_cancellation.cancelled_on IS 'First day the employee is no longer on the regime';
COMMENT ON COLUMN civilservice.participation_cancellation.reason IS 'Причина отмены';
COMMENT ON COLUMN civilservice.participation_cancellation.cancelled_by IS 'Уполномоченное лицо (п. 3, 21), an authorized employee of the same body';
COMMENT ON COLUMN civilservice.participation_cancellation.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.participation_cancellation.previous_term IS 'The days the employee was on the regime before the cancellation (set by the database)';
COMMENT ON COLUMN civilservice.participation_cancellation.signed_by_role IS 'п. 3.7, п. 21: the database role that recorded the decision (current_user; set by the database)';
COMMENT ON COLUMN civilservice.participation_cancellation.signed_by_employee IS 'п. 3.7, п. 21: the employee that role is (civilservice.role_body); NULL for a superuser or the owner of the table without a mapping (set by the database)';
COMMENT ON COLUMN civilservice.participation_cancellation.signed_for IS 'п. 3.7: cancelled_by, when another authorized person of the body signed acting for them (set by the database)';
COMMENT ON CONSTRAINT participation_cancellation_signed_by_employee_fkey ON civilservice.participation_cancellation IS
  'п. 3.7, п. 21: the person who signed is an employee of the body';
COMMENT ON CONSTRAINT participation_cancellation_reason ON civilservice.participation_cancellation IS
  'п. 21: a cancellation states its reason';
COMMENT ON CONSTRAINT participation_cancellation_once ON civilservice.participation_cancellation IS
  'п. 21: a participation is cancelled once';
COMMENT ON CONSTRAINT participation_cancellation_act_fkey ON civilservice.participation_cancellation IS
  'п. 21: what is cancelled is the participation of an employee listed on the act';
CREATE TRIGGER participation_cancellation_apply BEFORE INSERT OR UPDATE OR DELETE ON civilservice.participation_cancellation
    FOR EACH ROW EXECUTE FUNCTION civilservice.participation_cancellation_apply();
CREATE TRIGGER participation_cancellation_end AFTER INSERT ON civilservice.participation_cancellation
    FOR EACH ROW EXECUTE FUNCTION civilservice.participation_cancellation_end();
COMMENT ON TRIGGER participation_cancellation_apply ON civilservice.participation_cancellation IS 'п. 21: by the authorized person, within the days in effect of a signed act; never changed';
COMMENT ON TRIGGER participation_cancellation_end ON civilservice.participation_cancellation IS 'п. 21: the days in effect end the day before, once the cancellation is in';
COMMENT ON SEQUENCE civilservice.participation_cancellation_id_seq IS 'Keys of civilservice.participation_cancellation';
-- Reporting on acts

CREATE VIEW civilservice.current_regimes AS
    SELECT * FROM civilservice.regimes_on(CAST(now() AT TIME ZONE 'Asia/Almaty' AS date));
COMMENT ON VIEW civilservice.current_regimes IS
  'regimes_on() for today (Kazakhstan time, UTC+5)';
COMMENT ON COLUMN civilservice.current_regimes.state_body_id IS 'State body (государственный орган)';
COMMENT ON COLUMN civilservice.current_regimes.employee_id IS 'Employee (государственный служащий)';
COMMENT ON COLUMN civilservice.current_regimes.full_name IS 'Employee''s full name (ФИО)';
COMMENT ON COLUMN civilservice.current_regimes.regime IS 'Regime: remote, combined_remote or flexible (п. 3)';
COMMENT ON COLUMN civilservice.current_regimes.act_id IS 'The act that sets the regime (акт уполномоченного лица)';
COMMENT ON COLUMN civilservice.current_regimes.act_number IS 'Number of the act';
COMMENT ON COLUMN civilservice.current_regimes.basis IS 'Basis of the act: agreement (п. 4), emergency (п. 5) or application (п. 15)';
COMMENT ON COLUMN civilservice.current_regimes.term IS 'Days the employee is on the regime: the term with extensions, capped by the emergency case, ended by cancellation';
-- The duties on the regimes (п. 7, 8, 22): what was considered when remote
-- work is applied, what the employer provided, the employees'
-- acknowledgements of the obligations of п. 22, and the signing check of п. 22.

-- п. 7: при применении дистанционной работы учитываются специфика работы и
-- технические возможности. One record per remote or combined remote act,
-- written while the act is a draft; not a condition of signing.
CREATE TABLE civilservice.act_justification (
    state_body_id   bigint NOT NULL REFERENCES civilservice.state_body (id),
    id              bigserial,
    act_id          bigint NOT NULL,
    work_specifics  text NOT NULL,
    technical_means text NOT NULL,
    considered_by   bigint,
    considered_on   date,
    recorded_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT act_justification_act_key UNIQUE (state_body_id, act_id),
    CONSTRAINT act_justification_act_fkey FOREIGN KEY (state_body_id, act_id)
        REFERENCES civilservice.act (state_body_id, id) ON DELETE CASCADE,
    FOREIGN KEY (state_body_id, considered_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT act_justification_contents CHECK (civilservice.checked(
        btrim(work_specifics, E' \t\n') <> '' AND btrim(technical_means, E' \t\n') <> '',
        'п. 7', 'act_justification_contents', 'act_justification',
        'the specifics of the work and the technical means considered are both stated',
        format('Act %s of body %s: specifics of the work %s, technical means %s.', act_id, state_body_id,
               CASE WHEN btrim(work_specifics, E' \t\n') <> '' THEN 'given' ELSE 'empty' END,
               CASE WHEN btrim(technical_means, E' \t\n') <> '' THEN 'given' ELSE 'empty' END),
        'State what in the duties suits remote work and which technical means (equipment, access, communication) they need.'))
);
COMMENT ON TABLE civilservice.act_justification IS
  'п. 7: учёт специфики работы и технических возможностей при применении дистанционной или комбинированной дистанционной работы: what was considered for a remote or combined remote act; recorded while the act is a draft, never changed once it is signed; not a condition of signing (see remote_acts_without_justification)';
COMMENT ON COLUMN civilservice.act_justification.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.act_justification.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.act_justification.act_id IS 'Акт о дистанционной или комбинированной дистанционной работе (one record per act)';
COMMENT ON COLUMN civilservice.act_justification.work_specifics IS 'Специфика работы: what in the duties allows them to be performed remotely';
COMMENT ON COLUMN civilservice.act_justification.technical_means IS 'Технические возможности, необходимые для выполнения должностных обязанностей';
COMMENT ON COLUMN civilservice.act_justification.considered_by IS 'Who considered them (an employee of the body, e.g. the head of the unit or the HR service), optional';
COMMENT ON COLUMN civilservice.act_justification.considered_on IS 'When they were considered, optional';
COMMENT ON COLUMN civilservice.act_justification.recorded_at IS 'When the record was written';
COMMENT ON CONSTRAINT act_justification_act_key ON civilservice.act_justification IS
  'п. 7: one record of what was considered per act';
COMMENT ON CONSTRAINT act_justification_act_fkey ON civilservice.act_justification IS
  'п. 7: the record belongs to an act of the same body; deleting a draft deletes it';
COMMENT ON CONSTRAINT act_justification_contents ON civilservice.act_justification IS
  'п. 7: both the specifics of the work and the technical means are stated';
CREATE TRIGGER act_justification_guard BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act_justification
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_justification_guard();
CREATE TRIGGER act_justification_history AFTER UPDATE OR DELETE ON civilservice.act_justification
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER act_justification_guard ON civilservice.act_justification IS
  'п. 7: a remote or combined remote act only (act_justification_remote_act); frozen once the act is signed (act_justification_frozen)';
COMMENT ON TRIGGER act_justification_history ON civilservice.act_justification IS 'Every change of the record is kept';
COMMENT ON SEQUENCE civilservice.act_justification_id_seq IS 'Keys of civilservice.act_justification';

CREATE VIEW civilservice.remote_acts_without_justification AS
SELECT a.state_body_id, a.id AS act_id, a.number, a.act_date, a.regime, a.status, a.term, a.signed_at
  FROM civilservice.act a
 WHERE a.regime IN ('remote', 'combined_remote') AND a.status <> 'draft'
   AND NOT EXISTS (SELECT FROM civilservice.act_justification j
                    WHERE j.state_body_id = a.state_body_id AND j.act_id = a.id);
COMMENT ON VIEW civilservice.remote_acts_without_justification IS
  'п. 7: signed (or since cancelled) remote and combined remote acts with no record of the specifics of the work and the technical means considered';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.act_id IS 'Акт';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.number IS 'Номер акта';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.act_date IS 'Дата акта';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.regime IS 'remote or combined_remote';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.status IS 'signed or cancelled';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.term IS 'Срок (п. 6.3)';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.signed_at IS 'When it was signed';

-- п. 8: работодатель обеспечивает работника оборудованием, объектами
-- информатизации, услугами связи и иными средствами и несёт расходы по их
-- установлению и обслуживанию (wording of order No. 52, from 11.07.2026).
CREATE TABLE civilservice.equipment_provision (
    state_body_id    bigint NOT NULL REFERENCES civilservice.state_body (id),
    id               bigserial,
    employee_id      bigint NOT NULL,
    kind             civilservice.equipment_kind NOT NULL,
    description      text NOT NULL,
    inventory_number text,
    provided_on      date NOT NULL,
    returned_on      date,
    costs_borne_by   civilservice.cost_payer NOT NULL DEFAULT 'employer',
    cost_agreement   text,
    document         text NOT NULL,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT equipment_provision_described CHECK (civilservice.checked(
        btrim(description, E' \t\n') <> '' AND btrim(document, E' \t\n') <> '',
        'п. 8', 'equipment_provision_described', 'equipment_provision',
        'a provision says what was provided and by which document',
        format('Employee %s, provided on %s: description %s, document %s.', employee_id, provided_on,
               CASE WHEN btrim(description, E' \t\n') <> '' THEN 'given' ELSE 'empty' END,
               CASE WHEN btrim(document, E' \t\n') <> '' THEN 'given' ELSE 'empty' END),
        'Describe the equipment, object of informatization, communication service or other means, and give the document (act of transfer, contract, order).')),
    CONSTRAINT equipment_provision_period CHECK (civilservice.checked(
        returned_on IS NULL OR returned_on >= provided_on,
        'п. 8', 'equipment_provision_period', 'equipment_provision',
        'what was provided is returned on or after the day it was provided',
        format('Provided on %s, returned on %s.', provided_on, returned_on),
        'Correct the dates; leave returned_on NULL while the employee still has it.')),
    CONSTRAINT equipment_provision_cost_agreement CHECK (civilservice.checked(
        costs_borne_by = 'employer' OR btrim(coalesce(cost_agreement, ''), E' \t\n') <> '',
        'п. 8', 'equipment_provision_cost_agreement', 'equipment_provision',
        'costs not borne by the employer rest on a recorded agreement of the parties',
        format('Employee %s, provided on %s, costs borne by: %s; no agreement given.', employee_id, provided_on, costs_borne_by),
        'Give the agreement (its number and date, what each party pays) in cost_agreement, or set costs_borne_by = ''employer''.'))
);
CREATE INDEX equipment_provision_employee_idx ON civilservice.equipment_provision (state_body_id, employee_id, provided_on);
COMMENT ON TABLE civilservice.equipment_provision IS
  'п. 8: обеспечение работника оборудованием, объектами информатизации, услугами связи и иными средствами: what the employer provided to which employee, when, returned when, and who bears the costs of installing and maintaining it (from 11.07.2026 the employer only, before that what the parties agreed)';
COMMENT ON COLUMN civilservice.equipment_provision.state_body_id IS 'Государственный орган (работодатель)';
COMMENT ON COLUMN civilservice.equipment_provision.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.equipment_provision.employee_id IS 'Служащий, которому предоставлено';
COMMENT ON COLUMN civilservice.equipment_provision.kind IS 'Вид: equipment, informatization_object, communication_service, other';
COMMENT ON COLUMN civilservice.equipment_provision.description IS 'Наименование: what was provided (model, service, licence)';
COMMENT ON COLUMN civilservice.equipment_provision.inventory_number IS 'Инвентарный номер, for equipment and objects of informatization';
COMMENT ON COLUMN civilservice.equipment_provision.provided_on IS 'Дата предоставления';
COMMENT ON COLUMN civilservice.equipment_provision.returned_on IS 'Дата возврата (NULL: still with the employee)';
COMMENT ON COLUMN civilservice.equipment_provision.costs_borne_by IS 'Кто несёт расходы по установлению и обслуживанию: employer (from 11.07.2026 always), employee or shared (before, by agreement)';
COMMENT ON COLUMN civilservice.equipment_provision.cost_agreement IS 'Соглашение сторон о расходах, when the employer does not bear them all';
COMMENT ON COLUMN civilservice.equipment_provision.document IS 'Документ: act of transfer, contract or order';
COMMENT ON CONSTRAINT equipment_provision_described ON civilservice.equipment_provision IS
  'п. 8: what was provided and the document are stated';
COMMENT ON CONSTRAINT equipment_provision_period ON civilservice.equipment_provision IS
  'п. 8: returned on or after the day it was provided';
COMMENT ON CONSTRAINT equipment_provision_cost_agreement ON civilservice.equipment_provision IS
  'п. 8: costs not borne by the employer rest on a recorded agreement (allowed only before 11.07.2026, equipment_provision_costs_employer)';
COMMENT ON INDEX civilservice.equipment_provision_employee_idx IS 'What an employee has been provided, by date';
CREATE TRIGGER equipment_provision_check BEFORE INSERT OR UPDATE ON civilservice.equipment_provision
    FOR EACH ROW EXECUTE FUNCTION civilservice.equipment_provision_check();
CREATE TRIGGER equipment_provision_history AFTER UPDATE OR DELETE ON civilservice.equipment_provision
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER equipment_provision_check ON civilservice.equipment_provision IS
  'п. 8: from 11.07.2026 (the wording of order No. 52) the employer bears the costs (equipment_provision_costs_employer)';
COMMENT ON TRIGGER equipment_provision_history ON civilservice.equipment_provision IS 'Every change of a provision is kept';
COMMENT ON SEQUENCE civilservice.equipment_provision_id_seq IS 'Keys of civilservice.equipment_provision';

-- Per remote or combined remote act: each listed employee and what the
-- employer provided that the employee holds during the act's term (a draft
-- without a term: what the employee holds now). An employee provided with
-- nothing has one row with the provision columns NULL.
CREATE VIEW civilservice.act_equipment AS
SELECT a.state_body_id, a.id AS act_id, a.number AS act_number, a.regime, a.status, a.term,
       ae.employee_id, e.full_name,
       p.id AS provision_id, p.kind, p.description, p.inventory_number, p.provided_on, p.returned_on,
       p.costs_borne_by, p.document
  FROM civilservice.act a
  JOIN civilservice.act_employee ae ON ae.state_body_id = a.state_body_id AND ae.act_id = a.id
  JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
  LEFT JOIN civilservice.equipment_provision p
         ON p.state_body_id = ae.state_body_id AND p.employee_id = ae.employee_id
        AND coalesce(pg_catalog.daterange(p.provided_on, p.returned_on, '[]') && a.term, p.returned_on IS NULL)
 WHERE a.regime IN ('remote', 'combined_remote');
COMMENT ON VIEW civilservice.act_equipment IS
  'п. 8: per remote or combined remote act, each employee on it and what the employer provided that the employee holds during the act''s term (NULL provision columns: nothing provided)';
COMMENT ON COLUMN civilservice.act_equipment.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.act_equipment.act_id IS 'Акт';
COMMENT ON COLUMN civilservice.act_equipment.act_number IS 'Номер акта';
COMMENT ON COLUMN civilservice.act_equipment.regime IS 'remote or combined_remote';
COMMENT ON COLUMN civilservice.act_equipment.status IS 'draft, signed or cancelled';
COMMENT ON COLUMN civilservice.act_equipment.term IS 'Срок акта (п. 6.3)';
COMMENT ON COLUMN civilservice.act_equipment.employee_id IS 'Служащий в списке акта';
COMMENT ON COLUMN civilservice.act_equipment.full_name IS 'ФИО';
COMMENT ON COLUMN civilservice.act_equipment.provision_id IS 'Provision (civilservice.equipment_provision), NULL when nothing was provided';
COMMENT ON COLUMN civilservice.act_equipment.kind IS 'Вид предоставленного';
COMMENT ON COLUMN civilservice.act_equipment.description IS 'Наименование';
COMMENT ON COLUMN civilservice.act_equipment.inventory_number IS 'Инвентарный номер';
COMMENT ON COLUMN civilservice.act_equipment.provided_on IS 'Дата предоставления';
COMMENT ON COLUMN civilservice.act_equipment.returned_on IS 'Дата возврата';
COMMENT ON COLUMN civilservice.act_equipment.costs_borne_by IS 'Кто несёт расходы';
COMMENT ON COLUMN civilservice.act_equipment.document IS 'Документ';

-- п. 22: работникам необходимо соблюдать законодательство о государственной
-- службе, информационной безопасности, Этический кодекс и ограничения,
-- связанные с пребыванием на государственной службе. The employee's
-- acknowledgement of a wording of п. 22; the wording in force on the act's
-- date must be acknowledged by every employee on it before it is signed.
CREATE TABLE civilservice.obligation_acknowledgement (
    state_body_id   bigint NOT NULL REFERENCES civilservice.state_body (id),
    id              bigserial,
    employee_id     bigint NOT NULL,
    rule_wording_id integer NOT NULL REFERENCES civilservice.rule_wording (id),
    acknowledged_on date NOT NULL,
    channel         civilservice.acknowledgement_channel NOT NULL,
    document        text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT obligation_acknowledgement_once UNIQUE (state_body_id, employee_id, rule_wording_id),
    CONSTRAINT obligation_acknowledgement_document CHECK (civilservice.checked(
        btrim(document, E' \t\n') <> '',
        'п. 22', 'obligation_acknowledgement_document', 'obligation_acknowledgement',
        'an acknowledgement names the document the employee signed',
        format('Employee %s, acknowledged on %s through %s, no document given.', employee_id, acknowledged_on, channel),
        'Give the sheet of acknowledgement or the electronic document (its number and date).'))
);
COMMENT ON TABLE civilservice.obligation_acknowledgement IS
  'п. 22: ознакомление служащего с обязанностью соблюдать законодательство о государственной службе, информационной безопасности, Этический кодекс государственных служащих и ограничения, связанные с пребыванием на государственной службе: which wording of п. 22 the employee acknowledged, when and how; every employee on a remote, combined remote or flexible act has acknowledged the wording in force on the act date before it is signed';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.rule_wording_id IS 'Редакция п. 22, с которой ознакомлен (civilservice.rule_wording; it covers the dates its point and valid_from are in force)';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.acknowledged_on IS 'Дата ознакомления: on or before the date of an act it covers';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.channel IS 'Способ: paper, e_qyzmet, hr_information_system, electronic_document';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.document IS 'Лист ознакомления или электронный документ (номер, дата)';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.recorded_at IS 'When the record was written';
COMMENT ON CONSTRAINT obligation_acknowledgement_once ON civilservice.obligation_acknowledgement IS
  'п. 22: one acknowledgement per employee and wording';
COMMENT ON CONSTRAINT obligation_acknowledgement_document ON civilservice.obligation_acknowledgement IS
  'п. 22: an acknowledgement names the document the employee signed';
CREATE TRIGGER obligation_acknowledgement_guard BEFORE INSERT OR UPDATE OR DELETE ON civilservice.obligation_acknowledgement
    FOR EACH ROW EXECUTE FUNCTION civilservice.obligation_acknowledgement_guard();
CREATE TRIGGER obligation_acknowledgement_history AFTER UPDATE OR DELETE ON civilservice.obligation_acknowledgement
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER obligation_acknowledgement_guard ON civilservice.obligation_acknowledgement IS
  'п. 22: of a wording of п. 22, not before its order (obligation_acknowledgement_wording); never changed once an act was signed on it (obligation_acknowledgement_relied_on)';
COMMENT ON TRIGGER obligation_acknowledgement_history ON civilservice.obligation_acknowledgement IS 'Every change of an acknowledgement is kept';
COMMENT ON SEQUENCE civilservice.obligation_acknowledgement_id_seq IS 'Keys of civilservice.obligation_acknowledgement';

-- Who on an act lacks the acknowledgement of the wording of п. 22 in force
-- on its date (or on on_date when given: the signing passes the date being
-- signed). LANGUAGE sql without SET, like participation_days(): every name
-- and operator is schema-qualified.
CREATE FUNCTION civilservice.unacknowledged_employees(state_body_id bigint, act_id bigint, on_date date DEFAULT NULL)
    RETURNS TABLE (employee_id bigint, full_name text, wording_point text, wording_valid_from date, wording_source text)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    -- one index probe per employee: the acknowledgements of the wordings
    -- with the point and valid_from in force (the shipped one, and the
    -- body's own if it has one)
    SELECT ae.employee_id,
           (SELECT e.full_name FROM civilservice.employee e
             WHERE e.state_body_id OPERATOR(pg_catalog.=) ae.state_body_id AND e.id OPERATOR(pg_catalog.=) ae.employee_id),
           w.point, w.valid_from, w.source
      FROM civilservice.act a
      CROSS JOIN LATERAL civilservice.rule_wording_on('п. 22', COALESCE($3, a.act_date)) w
      JOIN civilservice.act_employee ae
        ON ae.state_body_id OPERATOR(pg_catalog.=) a.state_body_id AND ae.act_id OPERATOR(pg_catalog.=) a.id
     WHERE a.state_body_id OPERATOR(pg_catalog.=) $1 AND a.id OPERATOR(pg_catalog.=) $2
       AND NOT EXISTS (
           SELECT FROM civilservice.obligation_acknowledgement k
            WHERE k.state_body_id OPERATOR(pg_catalog.=) ae.state_body_id
              AND k.employee_id OPERATOR(pg_catalog.=) ae.employee_id
              AND k.rule_wording_id OPERATOR(pg_catalog.=) ANY (
                  ARRAY(SELECT kw.id FROM civilservice.rule_wording kw
                         WHERE kw.point OPERATOR(pg_catalog.=) w.point
                           AND kw.valid_from OPERATOR(pg_catalog.=) w.valid_from))
              AND k.acknowledged_on OPERATOR(pg_catalog.<=) COALESCE($3, a.act_date)
           OFFSET 0)  -- kept a subplan: a probe of the key per employee, not a scan of every acknowledgement
$$;
COMMENT ON FUNCTION civilservice.unacknowledged_employees(bigint, bigint, date) IS
  'п. 22: the employees on an act (state body, act) without an acknowledgement, dated on or before the act date (or on_date), of the wording of п. 22 in force on that date, with that wording; no rows when every one has it (or the act has no date). The same check the signing runs';

-- The signing check of п. 22. Named after act_sign so that it fires after
-- it: an incomplete act is refused for its missing items first.
CREATE TRIGGER act_sign_obligations BEFORE UPDATE ON civilservice.act
    FOR EACH ROW WHEN (OLD.status = 'draft' AND NEW.status = 'signed')
    EXECUTE FUNCTION civilservice.act_sign_obligations();
COMMENT ON TRIGGER act_sign_obligations ON civilservice.act IS
  'п. 22: every employee on the act has acknowledged the wording of п. 22 in force on the act date (act_employee_obligations_acknowledged)';

-- Access-control (СКУД) events (п. 20). Loaded with COPY, which the
-- library runs itself (src/events/copy.c); checked by the trigger
-- access_event_employee for every other write.
CREATE TABLE civilservice.access_event (
    state_body_id bigint NOT NULL,
    employee_id   bigint NOT NULL,
    at            timestamptz NOT NULL,
    -- Collation "C": the key compares these bytewise, which made COPY
    -- into the table about 8% faster than the database's collation.
    direction     text COLLATE "C" NOT NULL,
    device_id     text COLLATE "C" NOT NULL,
    source        text NOT NULL DEFAULT 'skud',
    -- Time-leading key: badge feeds arrive in time order, so index inserts
    -- go to the right edge of the index (append-mostly); measured much
    -- cheaper for COPY than an employee-leading key. Declared on the
    -- parent: every partition, however created or restored, gets it.
    CONSTRAINT access_event_pkey PRIMARY KEY (state_body_id, employee_id, at, direction, device_id),
    CONSTRAINT access_event_direction CHECK (direction IN ('in', 'out'))
) PARTITION BY RANGE (at);
COMMENT ON TABLE civilservice.access_event IS
  'События СКУД (п. 20): passages of employees through the access-control system, one row per badge event; partitioned by month of at (bounds at 00:00 UTC+5), with the primary key (state_body_id, employee_id, at, direction, device_id), so a resent event is stored once. Load with COPY (see README)';
COMMENT ON COLUMN civilservice.access_event.state_body_id IS 'Государственный орган: the state body whose access-control system recorded the event';
COMMENT ON COLUMN civilservice.access_event.employee_id IS 'Государственный служащий: the employee (civilservice.employee (state_body_id, id)) who passed';
COMMENT ON COLUMN civilservice.access_event.at IS 'Время прохода: instant of the passage, as recorded by the device';
COMMENT ON COLUMN civilservice.access_event.direction IS 'Направление: ''in'' (вход) or ''out'' (выход)';
COMMENT ON COLUMN civilservice.access_event.device_id IS 'Считыватель (турникет): identifier of the badge reader in the access-control system';
COMMENT ON COLUMN civilservice.access_event.source IS 'Источник: system the event came from (default ''skud''; e.g. a manual correction by the HR service)';
COMMENT ON CONSTRAINT access_event_pkey ON civilservice.access_event IS
  'One row per event (п. 20): a resend of the same body, instant, employee, device and direction is the same event';
COMMENT ON CONSTRAINT access_event_direction ON civilservice.access_event IS
  'п. 20: the direction is ''in'' or ''out''';

-- The rule access_event_employee (п. 20: the event is of an employee of the
-- state body) is kept by two triggers of that name, as a foreign key is by
-- its pair of triggers: one checks every write of an event, the other
-- refuses to delete or re-key an employee who has events.
CREATE TRIGGER access_event_employee BEFORE INSERT OR UPDATE ON civilservice.access_event
    FOR EACH ROW EXECUTE FUNCTION civilservice.access_event_check();
COMMENT ON TRIGGER access_event_employee ON civilservice.access_event IS
  'п. 20: the event is complete, its direction is in or out, its employee is one of the state body''s; COPY into the table is run by the library, which applies the same checks and skips resent events';
CREATE TRIGGER access_event_employee BEFORE DELETE OR UPDATE OF state_body_id, id ON civilservice.employee
    FOR EACH ROW EXECUTE FUNCTION civilservice.access_event_employee_guard();
COMMENT ON TRIGGER access_event_employee ON civilservice.employee IS
  'п. 20: an employee who has access-control events is neither deleted nor re-keyed';
CREATE TRIGGER access_event_employee_truncate BEFORE TRUNCATE ON civilservice.employee
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.access_event_employee_guard();
COMMENT ON TRIGGER access_event_employee_truncate ON civilservice.employee IS
  'п. 20: the employees are not truncated while access-control events exist';
CREATE TRIGGER employee_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.employee
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.employee_invalidate();
COMMENT ON TRIGGER employee_invalidate ON civilservice.employee IS
  'Drops the cached employee keys of the access-control event checks (п. 20) in every backend when a change commits';

-- The default partition and the months of the Rules so far and ahead;
-- later months by civilservice.ensure_access_event_partitions() (monthly).
SELECT count(*) FROM civilservice.ensure_access_event_partitions('2024-01-01', 48);

-- Rows a load set aside (civilservice.access_event_rejects = 'divert').
CREATE TABLE civilservice.access_event_rejected (
    id              bigserial PRIMARY KEY,
    state_body_id   bigint,
    employee_id     bigint,
    at              timestamptz,
    direction       text,
    device_id       text,
    source          text,
    reason          text NOT NULL,
    sqlstate        text NOT NULL,
    constraint_name text,
    loaded_at       timestamptz NOT NULL DEFAULT now(),
    loaded_by       text NOT NULL DEFAULT current_user
);
COMMENT ON TABLE civilservice.access_event_rejected IS
  'Отклонённые события СКУД (п. 20): rows of a load refused by the rules while civilservice.access_event_rejects = ''divert'', as loaded, with the reason; fix them and load them again';
COMMENT ON COLUMN civilservice.access_event_rejected.id IS 'Surrogate key, in order of rejection';
COMMENT ON COLUMN civilservice.access_event_rejected.state_body_id IS 'Государственный орган: state body of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.employee_id IS 'Employee of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.at IS 'Instant of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.direction IS 'Direction of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.device_id IS 'Badge reader of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.source IS 'Source of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.reason IS 'Why the row was refused (the error message and detail, naming п. 20)';
COMMENT ON COLUMN civilservice.access_event_rejected.sqlstate IS 'SQLSTATE the row would have raised (23503 unknown employee, 23514 direction, 23502 null value)';
COMMENT ON COLUMN civilservice.access_event_rejected.constraint_name IS 'Rule the row violates (access_event_employee, access_event_direction, access_event_complete for a missing value)';
COMMENT ON COLUMN civilservice.access_event_rejected.loaded_at IS 'Start of the transaction of the load';
COMMENT ON COLUMN civilservice.access_event_rejected.loaded_by IS 'Database role that ran the load';
COMMENT ON SEQUENCE civilservice.access_event_rejected_id_seq IS 'Keys of civilservice.access_event_rejected';
-- Absences of employees (п. 20, 21): the days an employee is away by a
-- document — leave, sick leave, business trip, secondment, training.

CREATE TABLE civilservice.absence (
    state_body_id   bigint NOT NULL REFERENCES civilservice.state_body (id),
    id              bigserial,
    employee_id     bigint NOT NULL,
    kind            civilservice.absence_kind NOT NULL,
    period          daterange NOT NULL,
    document_number text NOT NULL,
    document_date   date NOT NULL,
    note            text,
    recorded_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by     text NOT NULL DEFAULT current_user,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT absence_period CHECK (civilservice.checked(
        NOT isempty(period) AND NOT lower_inf(period) AND isfinite(lower(period))
        AND (upper_inf(period) OR isfinite(upper(period))),
        'п. 20', 'absence_period', 'absence', 'an absence has a first day',
        format('Period %s.', period),
        'Give the period as [first day, day after the last), e.g. ''[2026-04-13,2026-04-25)''; leave the end open only while it is unknown (an open sick-leave certificate).')),
    CONSTRAINT absence_document CHECK (civilservice.checked(
        btrim(document_number, E' \t\n') <> '' AND isfinite(document_date),
        'п. 20', 'absence_document', 'absence', 'an absence rests on a document with its number and date',
        format('Document number %s, date %s.', coalesce(quote_literal(document_number), 'none'), document_date),
        'Give the number and date of the order, certificate or travel document.')),
    CONSTRAINT absence_no_overlap EXCLUDE USING gist (state_body_id WITH =, employee_id WITH =, period WITH &&)
);
COMMENT ON TABLE civilservice.absence IS
  'Отсутствие служащего по документу: отпуск, временная нетрудоспособность, командировка, откомандирование, обучение. attendance() gives its working days the status absent with no breach, so an employee away is never a violator (п. 20, 21)';
COMMENT ON COLUMN civilservice.absence.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.absence.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.absence.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.absence.kind IS 'Вид отсутствия (absence_kind)';
COMMENT ON COLUMN civilservice.absence.period IS 'Период отсутствия, [first day, day after the last), calendar days in the body''s time zone; an open end while it is not known (an open sick-leave certificate)';
COMMENT ON COLUMN civilservice.absence.document_number IS 'Номер документа: приказ об отпуске, листок нетрудоспособности, приказ о командировке и т. п.';
COMMENT ON COLUMN civilservice.absence.document_date IS 'Дата документа';
COMMENT ON COLUMN civilservice.absence.note IS 'Примечание';
COMMENT ON COLUMN civilservice.absence.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.absence.recorded_by IS 'Database role that recorded it';
COMMENT ON CONSTRAINT absence_period ON civilservice.absence IS
  'п. 20: an absence has a first day; its end is finite or not yet known';
COMMENT ON CONSTRAINT absence_document ON civilservice.absence IS
  'п. 20: an absence rests on a document with its number and date';
COMMENT ON CONSTRAINT absence_no_overlap ON civilservice.absence IS
  'п. 20: an employee has one absence at a time (absence_check refuses first, naming the absence met)';
COMMENT ON SEQUENCE civilservice.absence_id_seq IS 'Keys of civilservice.absence';
CREATE TRIGGER absence_check BEFORE INSERT OR UPDATE ON civilservice.absence
    FOR EACH ROW EXECUTE FUNCTION civilservice.absence_check();
CREATE TRIGGER absence_history AFTER UPDATE OR DELETE ON civilservice.absence
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER absence_check ON civilservice.absence IS
  'п. 20: inside the employment (absence_within_employment); no overlap with another absence of the employee (absence_no_overlap)';
COMMENT ON TRIGGER absence_history ON civilservice.absence IS 'Every change of an absence is kept';

------------------------------------------------------------------------------
-- Remote time records (п. 9)

CREATE TABLE civilservice.remote_time_record (
    state_body_id bigint NOT NULL,
    id            bigserial,
    employee_id   bigint NOT NULL,
    day           date NOT NULL,
    started_at    timestamptz NOT NULL,
    ended_at      timestamptz NOT NULL,
    reported_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    note          text,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT remote_time_record_one_per_day UNIQUE (state_body_id, employee_id, day),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT remote_time_record_order CHECK (civilservice.checked(
        ended_at > started_at AND isfinite(started_at) AND isfinite(ended_at),
        'п. 9', 'remote_time_record_order', 'remote_time_record', 'a remote time record ends after it starts',
        format('Day %s: started %s, ended %s.', day, started_at, ended_at),
        'Give the start and the end of the work of that day, the end after the start.'))
);
COMMENT ON TABLE civilservice.remote_time_record IS
  'п. 9: фиксированный учёт рабочего времени при дистанционной работе — the working time a remote worker reports for a day; attendance uses it instead of badge events on remote days';
COMMENT ON COLUMN civilservice.remote_time_record.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.remote_time_record.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.remote_time_record.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.remote_time_record.day IS 'Рабочий день, to which the record belongs (the day the work started, in the body''s time zone)';
COMMENT ON COLUMN civilservice.remote_time_record.started_at IS 'Начало работы';
COMMENT ON COLUMN civilservice.remote_time_record.ended_at IS 'Окончание работы';
COMMENT ON COLUMN civilservice.remote_time_record.reported_at IS 'When the record was entered';
COMMENT ON COLUMN civilservice.remote_time_record.note IS 'Примечание';
COMMENT ON CONSTRAINT remote_time_record_order ON civilservice.remote_time_record IS
  'п. 9: a remote time record ends after it starts';
COMMENT ON CONSTRAINT remote_time_record_one_per_day ON civilservice.remote_time_record IS
  'п. 9: one record of the working time per employee and day';
CREATE TRIGGER remote_time_record_check BEFORE INSERT OR UPDATE ON civilservice.remote_time_record
    FOR EACH ROW EXECUTE FUNCTION civilservice.remote_time_record_check();
CREATE TRIGGER remote_time_record_history AFTER UPDATE OR DELETE ON civilservice.remote_time_record
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER remote_time_record_check ON civilservice.remote_time_record IS
  'п. 9: the record lies on its day in the body''s time zone (remote_time_record_day), within the session limit (remote_time_record_length) and inside the employment (remote_time_record_within_employment)';
COMMENT ON TRIGGER remote_time_record_history ON civilservice.remote_time_record IS 'Every change of a time record is kept';

------------------------------------------------------------------------------
-- Demands of availability outside working time (п. 11)

CREATE TABLE civilservice.availability_demand (
    state_body_id   bigint NOT NULL,
    id              bigserial,
    employee_id     bigint NOT NULL,
    demanded_by     bigint NOT NULL,
    demanded_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    kind            text NOT NULL CONSTRAINT availability_demand_kind CHECK (civilservice.checked(
                        kind IN ('be_reachable', 'work'), 'п. 11', 'availability_demand_kind', 'availability_demand',
                        'a demand is to be reachable or to work', format('Kind %s.', quote_literal(kind)),
                        'Give kind be_reachable (быть на связи) or work (выполнять работу).')),
    required_from   timestamptz NOT NULL,
    required_to     timestamptz,
    legal_exception text CONSTRAINT availability_demand_legal_exception CHECK (civilservice.checked(
                        legal_exception IN ('art_32_p_4'), 'п. 11', 'availability_demand_legal_exception', 'availability_demand',
                        'the only exception is art. 32 p. 4 of the Law "On civil service"',
                        format('Exception %s.', quote_literal(legal_exception)),
                        'Give legal_exception art_32_p_4 with its justification, or leave it NULL.')),
    justification   text,
    detail          text,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    FOREIGN KEY (state_body_id, demanded_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT availability_demand_period CHECK (civilservice.checked(
        required_to IS NULL OR required_to > required_from, 'п. 11', 'availability_demand_period', 'availability_demand',
        'a demand ends after it starts', format('Required from %s to %s.', required_from, required_to),
        'Give required_to after required_from, or leave it NULL for a single moment.')),
    CONSTRAINT availability_demand_justification CHECK (civilservice.checked(
        legal_exception IS NULL OR btrim(coalesce(justification, '')) <> '', 'п. 11', 'availability_demand_justification', 'availability_demand',
        'a demand under art. 32 p. 4 states its justification', format('Exception %s without a justification.', legal_exception),
        'Say in justification why art. 32 p. 4 of the Law "On civil service" applies.'))
);
COMMENT ON TABLE civilservice.availability_demand IS
  'п. 11: требования работодателя быть на связи или выполнять работу; outside working time they are allowed only under art. 32 p. 4 of the Law "On civil service" (see after_hours_demands)';
COMMENT ON COLUMN civilservice.availability_demand.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.availability_demand.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.availability_demand.employee_id IS 'Служащий, от которого потребовали';
COMMENT ON COLUMN civilservice.availability_demand.demanded_by IS 'Кто потребовал (employee of the same body)';
COMMENT ON COLUMN civilservice.availability_demand.demanded_at IS 'Когда потребовал';
COMMENT ON COLUMN civilservice.availability_demand.kind IS 'be_reachable (быть на связи) or work (выполнять работу)';
COMMENT ON COLUMN civilservice.availability_demand.required_from IS 'From when the employee had to be reachable or work';
COMMENT ON COLUMN civilservice.availability_demand.required_to IS 'Until when; NULL for a single moment';
COMMENT ON COLUMN civilservice.availability_demand.legal_exception IS 'Исключение, на которое сослался работодатель: art_32_p_4 (ст. 32 п. 4 Закона «О государственной службе»), or NULL';
COMMENT ON COLUMN civilservice.availability_demand.justification IS 'Обоснование исключения, required with legal_exception';
COMMENT ON COLUMN civilservice.availability_demand.detail IS 'Подробности';
COMMENT ON CONSTRAINT availability_demand_kind ON civilservice.availability_demand IS 'п. 11: be_reachable or work';
COMMENT ON CONSTRAINT availability_demand_legal_exception ON civilservice.availability_demand IS 'п. 11: the exception of art. 32 p. 4 of the Law "On civil service", or none';
COMMENT ON CONSTRAINT availability_demand_period ON civilservice.availability_demand IS 'п. 11: a demand ends after it starts';
COMMENT ON CONSTRAINT availability_demand_justification ON civilservice.availability_demand IS 'п. 11: the exception of art. 32 p. 4 comes with its justification';
CREATE TRIGGER availability_demand_check BEFORE INSERT OR UPDATE ON civilservice.availability_demand
    FOR EACH ROW EXECUTE FUNCTION civilservice.availability_demand_check();
CREATE TRIGGER availability_demand_history AFTER UPDATE OR DELETE ON civilservice.availability_demand
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER availability_demand_check ON civilservice.availability_demand IS
  'п. 11: a demand concerns an employee while employed (availability_demand_within_employment)';
COMMENT ON TRIGGER availability_demand_history ON civilservice.availability_demand IS 'Every change of a demand is kept';

CREATE VIEW civilservice.after_hours_demands AS
    SELECT d.state_body_id, d.id AS demand_id, d.employee_id, e.full_name, d.demanded_by, d.demanded_at, d.kind,
           l.local_from, l.local_to, sch.schedule,
           CASE WHEN NOT civilservice.is_working_day(CAST(l.local_from AS date), b.calendar_code) THEN 'day_off'
                WHEN sch.schedule IS NOT NULL AND CAST(l.local_from AS time) < civilservice.day_start(sch.schedule) THEN 'before_working_time'
                ELSE 'after_working_time' END AS outside
      FROM civilservice.availability_demand d
      JOIN civilservice.state_body b ON b.id = d.state_body_id
      JOIN civilservice.employee e ON e.state_body_id = d.state_body_id AND e.id = d.employee_id
      CROSS JOIN LATERAL (SELECT d.required_from AT TIME ZONE b.time_zone AS local_from,
                                 coalesce(d.required_to, d.required_from) AT TIME ZONE b.time_zone AS local_to) l
      CROSS JOIN LATERAL (
          SELECT coalesce((SELECT ac.fixed_working_time
                             FROM civilservice.act_employee ae
                             JOIN civilservice.act ac ON ac.state_body_id = ae.state_body_id AND ac.id = ae.act_id
                            WHERE ae.state_body_id = d.state_body_id AND ae.employee_id = d.employee_id
                              AND ae.regime_group = 'flexible' AND ae.effective_term @> CAST(l.local_from AS date)),
                          e.work_schedule, b.work_schedule) AS schedule) sch
     WHERE d.legal_exception IS NULL
       AND (NOT civilservice.is_working_day(CAST(l.local_from AS date), b.calendar_code)
            OR CAST(l.local_to AS date) > CAST(l.local_from AS date)
            OR sch.schedule IS NOT NULL
               AND (CAST(l.local_from AS time) < civilservice.day_start(sch.schedule)
                    OR CAST(l.local_to AS time) > civilservice.day_end(sch.schedule)));
COMMENT ON VIEW civilservice.after_hours_demands IS
  'п. 11: demands that an employee be reachable or work outside working time (a day off, or before the start or after the end of the schedule in force, in the body''s time zone) without the exception of art. 32 p. 4 of the Law "On civil service" — violations of the employer';
COMMENT ON COLUMN civilservice.after_hours_demands.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.after_hours_demands.demand_id IS 'The demand (availability_demand.id)';
COMMENT ON COLUMN civilservice.after_hours_demands.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.after_hours_demands.full_name IS 'ФИО служащего';
COMMENT ON COLUMN civilservice.after_hours_demands.demanded_by IS 'Кто потребовал';
COMMENT ON COLUMN civilservice.after_hours_demands.demanded_at IS 'Когда потребовал';
COMMENT ON COLUMN civilservice.after_hours_demands.kind IS 'be_reachable or work';
COMMENT ON COLUMN civilservice.after_hours_demands.local_from IS 'Required from, in the body''s local time';
COMMENT ON COLUMN civilservice.after_hours_demands.local_to IS 'Required until, in the body''s local time';
COMMENT ON COLUMN civilservice.after_hours_demands.schedule IS 'Schedule in force that day (flexible act''s fixed working time, the employee''s or the body''s)';
COMMENT ON COLUMN civilservice.after_hours_demands.outside IS 'day_off, before_working_time or after_working_time';
COMMENT ON SEQUENCE civilservice.remote_time_record_id_seq IS 'Keys of civilservice.remote_time_record';
COMMENT ON SEQUENCE civilservice.availability_demand_id_seq IS 'Keys of civilservice.availability_demand';

-- attendance() reads recalls in order of employee, and one employee's through
-- this index only (п. 12); the key of recall is by body and id.
CREATE INDEX recall_employee_idx ON civilservice.recall (state_body_id, employee_id, report_at);
COMMENT ON INDEX civilservice.recall_employee_idx IS
  'Recalls of one employee (п. 12), as attendance() reads them';
-- Violations (п. 21), computed from attendance and entered by the HR service;
-- the queue of days whose violations are to be recomputed; a state body's own
-- values of the rule parameters of its policy (п. 20, 21).

CREATE TABLE civilservice.violation (
    state_body_id bigint NOT NULL,
    id            bigserial,
    employee_id   bigint NOT NULL,
    day           date NOT NULL,
    kind          text NOT NULL CONSTRAINT violation_kind CHECK (civilservice.checked(
                      civilservice.counts_as_violation(kind), 'п. 21', 'violation_kind', 'violation',
                      'a violation is of a kind that counts as one',
                      format('Kind "%s" is not a code of civilservice.breach_kind that counts as a violation.', kind),
                      'Use a kind of civilservice.breach_kind with counts_as_violation (labour_discipline or regime_condition for what the HR service documents).')),
    detail        text,
    source        text NOT NULL DEFAULT 'manual' CONSTRAINT violation_source CHECK (civilservice.checked(
                      source IN ('computed', 'manual'), 'п. 21', 'violation_source', 'violation',
                      'a violation is computed or manual',
                      format('Source "%s" is neither computed nor manual.', source),
                      'Leave source out (manual) when the HR service enters a violation; computed ones are written by recompute_violations() and refresh_violations().')),
    recorded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by   text NOT NULL DEFAULT current_user,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id)
);
CREATE INDEX violation_employee_day_idx ON civilservice.violation (state_body_id, employee_id, day);
-- one computed violation per employee, day and kind: a recomputation
-- changes only what changed
CREATE UNIQUE INDEX violation_computed_key ON civilservice.violation (state_body_id, employee_id, day, kind) WHERE source = 'computed';
COMMENT ON TABLE civilservice.violation IS
  'Нарушения (п. 21): computed from attendance (source computed: one per employee, day and kind, kept current by recompute_violations() and refresh_violations(), which delete those no longer found, insert new ones and leave the others alone) and entered by the HR service (source manual, never touched by a recomputation); every change is kept in history';
COMMENT ON COLUMN civilservice.violation.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.violation.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.violation.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.violation.day IS 'Дата нарушения';
COMMENT ON COLUMN civilservice.violation.kind IS 'Вид нарушения, a code of breach_kind that counts as a violation';
COMMENT ON COLUMN civilservice.violation.detail IS 'Подробности';
COMMENT ON COLUMN civilservice.violation.source IS 'computed (from attendance) or manual (HR service: labour discipline, regime conditions)';
COMMENT ON COLUMN civilservice.violation.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.violation.recorded_by IS 'Database role that recorded it';
COMMENT ON CONSTRAINT violation_kind ON civilservice.violation IS 'п. 21: a violation is of a kind of breach_kind that counts as a violation';
COMMENT ON CONSTRAINT violation_source ON civilservice.violation IS 'п. 21: a violation is computed (from attendance) or manual (documented by the HR service)';
COMMENT ON INDEX civilservice.violation_computed_key IS 'п. 21: one computed violation per employee, day and kind';
CREATE TRIGGER violation_history AFTER UPDATE OR DELETE ON civilservice.violation
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER violation_history ON civilservice.violation IS
  'Every change to a violation, computed or manual, is kept in civilservice.history; a recomputation changes only the computed violations that changed, so the history holds real changes only';
COMMENT ON SEQUENCE civilservice.violation_id_seq IS 'Keys of civilservice.violation';

------------------------------------------------------------------------------
-- The days whose violations are to be recomputed (п. 20, 21)

CREATE TABLE civilservice.violation_queue (
    state_body_id bigint NOT NULL,
    id            bigserial,
    employee_id   bigint NOT NULL,
    days          daterange NOT NULL CONSTRAINT violation_queue_days CHECK (civilservice.checked(
                      NOT isempty(days) AND NOT lower_inf(days) AND NOT upper_inf(days), 'п. 21', 'violation_queue_days', 'violation_queue',
                      'the days to recompute are a finite period',
                      format('Days %s of employee %s of state body %s.', days, employee_id, state_body_id),
                      'Give the first and the last day touched; civilservice.queue_violation_days() clamps the days to the last ten years.')),
    source_table  text NOT NULL,
    queued_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id) ON DELETE CASCADE
);
CREATE INDEX violation_queue_employee_idx ON civilservice.violation_queue (state_body_id, employee_id);
COMMENT ON TABLE civilservice.violation_queue IS
  'п. 20, 21: days of an employee whose violations are to be recomputed, written in the same transaction as the change that touched them (a load or correction of badge events, a remote time record, a recall, a signed or cancelled act, a list of employees, a changed employment or schedule) by the triggers *_violation_queue_*; civilservice.refresh_violations() recomputes the days that have ended and removes them';
COMMENT ON COLUMN civilservice.violation_queue.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.violation_queue.id IS 'Key within the body, in order of queueing';
COMMENT ON COLUMN civilservice.violation_queue.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.violation_queue.days IS 'The days touched (at most the last ten years, up to the body''s today)';
COMMENT ON COLUMN civilservice.violation_queue.source_table IS 'The table whose change touched the days';
COMMENT ON COLUMN civilservice.violation_queue.queued_at IS 'When the change was made (transaction time)';
COMMENT ON CONSTRAINT violation_queue_days ON civilservice.violation_queue IS 'п. 21: the days to recompute are a finite, non-empty period';
CREATE TRIGGER violation_queue_history AFTER UPDATE OR DELETE ON civilservice.violation_queue
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER violation_queue_history ON civilservice.violation_queue IS
  'Every removal from the queue (its recomputation) is kept in civilservice.history';
COMMENT ON SEQUENCE civilservice.violation_queue_id_seq IS 'Keys of civilservice.violation_queue';

-- The sources of attendance queue the days they touch. One generic trigger
-- function; its arguments name the employee column and the day or period
-- column(s) of the table, then the columns whose change matters on UPDATE.
CREATE TRIGGER access_event_violation_queue_insert AFTER INSERT ON civilservice.access_event
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'at');
CREATE TRIGGER access_event_violation_queue_update AFTER UPDATE ON civilservice.access_event
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'at');
CREATE TRIGGER access_event_violation_queue_delete AFTER DELETE ON civilservice.access_event
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'at');
CREATE TRIGGER remote_time_record_violation_queue_insert AFTER INSERT ON civilservice.remote_time_record
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'day');
CREATE TRIGGER remote_time_record_violation_queue_update AFTER UPDATE ON civilservice.remote_time_record
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'day', '', 'started_at', 'ended_at');
CREATE TRIGGER remote_time_record_violation_queue_delete AFTER DELETE ON civilservice.remote_time_record
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'day');
CREATE TRIGGER recall_violation_queue_insert AFTER INSERT ON civilservice.recall
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'report_at', 'until');
CREATE TRIGGER recall_violation_queue_update AFTER UPDATE ON civilservice.recall
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'report_at', 'until');
CREATE TRIGGER recall_violation_queue_delete AFTER DELETE ON civilservice.recall
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'report_at', 'until');
CREATE TRIGGER act_employee_violation_queue_insert AFTER INSERT ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'effective_term');
CREATE TRIGGER act_employee_violation_queue_update AFTER UPDATE ON civilservice.act_employee
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'effective_term', '', 'regime_group');
CREATE TRIGGER act_employee_violation_queue_delete AFTER DELETE ON civilservice.act_employee
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'effective_term');
CREATE TRIGGER absence_violation_queue_insert AFTER INSERT ON civilservice.absence
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'period');
CREATE TRIGGER absence_violation_queue_update AFTER UPDATE ON civilservice.absence
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'period', '', 'kind');
CREATE TRIGGER absence_violation_queue_delete AFTER DELETE ON civilservice.absence
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'period');
CREATE TRIGGER employee_violation_queue_update AFTER UPDATE ON civilservice.employee
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('id', 'employed_from', 'employed_to', 'work_schedule');
COMMENT ON TRIGGER access_event_violation_queue_insert ON civilservice.access_event IS 'п. 20, 21: a load (COPY or INSERT) queues the days of its events (and the day before each, a night belongs to the day it started) for the recomputation of violations';
COMMENT ON TRIGGER access_event_violation_queue_update ON civilservice.access_event IS 'п. 20, 21: a correction of events queues the days before and after it';
COMMENT ON TRIGGER access_event_violation_queue_delete ON civilservice.access_event IS 'п. 20, 21: deleted events queue their days';
COMMENT ON TRIGGER remote_time_record_violation_queue_insert ON civilservice.remote_time_record IS 'п. 9, 21: a remote time record queues its day';
COMMENT ON TRIGGER remote_time_record_violation_queue_update ON civilservice.remote_time_record IS 'п. 9, 21: a corrected remote time record queues its days';
COMMENT ON TRIGGER remote_time_record_violation_queue_delete ON civilservice.remote_time_record IS 'п. 9, 21: a deleted remote time record queues its day';
COMMENT ON TRIGGER recall_violation_queue_insert ON civilservice.recall IS 'п. 12, 21: a recall queues the days it covers';
COMMENT ON TRIGGER recall_violation_queue_update ON civilservice.recall IS 'п. 12, 21: a changed recall queues the days before and after';
COMMENT ON TRIGGER recall_violation_queue_delete ON civilservice.recall IS 'п. 12, 21: a deleted recall queues its days';
COMMENT ON TRIGGER act_employee_violation_queue_insert ON civilservice.act_employee IS 'п. 6, 17, 21: an employee put on an act in effect queues the days in effect';
COMMENT ON TRIGGER act_employee_violation_queue_update ON civilservice.act_employee IS 'п. 5, 18, 21: signing, an extension, a cap or a cancellation changes the days in effect and queues them, before and after';
COMMENT ON TRIGGER act_employee_violation_queue_delete ON civilservice.act_employee IS 'п. 6, 17, 21: an employee taken off an act queues the days in effect';
COMMENT ON TRIGGER absence_violation_queue_insert ON civilservice.absence IS 'п. 20, 21: a leave, sick leave, trip, secondment or training entered late queues its days: their violations are recomputed and disappear';
COMMENT ON TRIGGER absence_violation_queue_update ON civilservice.absence IS 'п. 20, 21: a corrected absence queues its days before and after';
COMMENT ON TRIGGER absence_violation_queue_delete ON civilservice.absence IS 'п. 20, 21: a deleted absence queues its days';
-- Signing, cancelling or capping an act rewrites the days in effect of its
-- list, which the triggers of act_employee queue; the office days of a
-- combined act change only while it is a draft (act_office_day_frozen).
COMMENT ON TRIGGER employee_violation_queue_update ON civilservice.employee IS 'п. 20, 21: a changed employment period or schedule queues the days of the employment, before and after';

------------------------------------------------------------------------------
-- A state body's own values of the rule parameters of its policy (п. 20, 21)

CREATE TABLE civilservice.body_rule_parameter (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body,
    id            bigserial,
    name          text NOT NULL CONSTRAINT body_rule_parameter_settable CHECK (civilservice.checked(
                      civilservice.body_rule_parameter_settable(name), civilservice.body_rule_parameter_point(name),
                      'body_rule_parameter_settable', 'body_rule_parameter',
                      'a state body sets only the rule parameters of its own policy',
                      format('Parameter "%s" of state body %s: %s.', name, state_body_id, civilservice.body_rule_parameter_bounds_text(name)),
                      'The national values (civilservice.rule_parameter) are the law''s; see civilservice.rule_parameter_body_policy for what a body sets.')),
    valid_from    date NOT NULL CONSTRAINT body_rule_parameter_valid_from CHECK (civilservice.checked(
                      isfinite(valid_from), civilservice.body_rule_parameter_point(name),
                      'body_rule_parameter_valid_from', 'body_rule_parameter',
                      'a state body''s value of a rule parameter is in force from a date',
                      format('Parameter "%s" of state body %s is given valid_from %s.', name, state_body_id, valid_from),
                      'Give the date of the body''s decision from which the value applies.')),
    value         numeric NOT NULL CONSTRAINT body_rule_parameter_bounds CHECK (civilservice.checked(
                      civilservice.body_rule_parameter_fits(name, value), civilservice.body_rule_parameter_point(name),
                      'body_rule_parameter_bounds', 'body_rule_parameter',
                      'a state body''s value of a rule parameter is outside its bounds',
                      format('Parameter "%s" of state body %s is given %s; %s.', name, state_body_id, value, civilservice.body_rule_parameter_bounds_text(name)),
                      'Give a value within the bounds (civilservice.rule_parameter_body_policy).')),
    source        text NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by   text NOT NULL DEFAULT current_user,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT body_rule_parameter_valid_from_key UNIQUE (state_body_id, name, valid_from)
);
COMMENT ON TABLE civilservice.body_rule_parameter IS
  'Параметры правил органа: a state body''s own value of a rule parameter of its policy (civilservice.rule_parameter_body_policy: the п. 21 threshold and window, the п. 20 session limit), in force for that body from valid_from until its next row of the same name, whatever the national value (civilservice.rule_parameter) does meanwhile; read by rule_parameter_value(name, on_date, body) and cs_rule_parameter_body()';
COMMENT ON COLUMN civilservice.body_rule_parameter.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.body_rule_parameter.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.body_rule_parameter.name IS 'Parameter name, one of civilservice.rule_parameter_body_policy';
COMMENT ON COLUMN civilservice.body_rule_parameter.valid_from IS 'First date the body''s value is in force';
COMMENT ON COLUMN civilservice.body_rule_parameter.value IS 'The body''s value, within the bounds of rule_parameter_body_policy';
COMMENT ON COLUMN civilservice.body_rule_parameter.source IS 'The body''s decision that sets the value (order, number, date)';
COMMENT ON COLUMN civilservice.body_rule_parameter.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.body_rule_parameter.recorded_by IS 'Database role that recorded it';
COMMENT ON CONSTRAINT body_rule_parameter_settable ON civilservice.body_rule_parameter IS 'п. 20, 21: a body sets only the parameters of its policy (rule_parameter_body_policy)';
COMMENT ON CONSTRAINT body_rule_parameter_valid_from ON civilservice.body_rule_parameter IS 'п. 20, 21: the body''s value is in force from a finite date';
COMMENT ON CONSTRAINT body_rule_parameter_bounds ON civilservice.body_rule_parameter IS 'п. 20, 21: the body''s value is within the bounds of rule_parameter_body_policy (months 1–120, count 1–1000, hours 1–24 in whole minutes)';
COMMENT ON CONSTRAINT body_rule_parameter_valid_from_key ON civilservice.body_rule_parameter IS 'One value of a body per parameter and valid_from';
COMMENT ON SEQUENCE civilservice.body_rule_parameter_id_seq IS 'Keys of civilservice.body_rule_parameter';
CREATE TRIGGER body_rule_parameter_history AFTER UPDATE OR DELETE ON civilservice.body_rule_parameter
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER body_rule_parameter_history ON civilservice.body_rule_parameter IS 'Every change to a body''s value is kept in civilservice.history';
CREATE TRIGGER body_rule_parameter_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.body_rule_parameter
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();
COMMENT ON TRIGGER body_rule_parameter_invalidate ON civilservice.body_rule_parameter IS
  'A body''s value changes the parameters in force: drop the cached parameters in every backend (at commit) and in this one at once';
-- The bodies' side of the Concept's checks: the mode a body chooses for a
-- proposed rule, and the findings of the checks that warn. The parameters,
-- acts and the check itself are in src/concept/concept.sql.

CREATE TABLE civilservice.body_concept_check (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    parameter     text NOT NULL REFERENCES civilservice.concept_parameter (name),
    valid_from    date NOT NULL,
    mode          text NOT NULL CONSTRAINT body_concept_check_mode CHECK (civilservice.checked(mode IN ('off', 'warn', 'enforce'),
        'Концепция', 'body_concept_check_mode', 'body_concept_check', 'unknown mode of a check of the Concept',
        format('Mode given: "%s".', mode),
        'Use off (not checked), warn (a warning and a finding) or enforce (refused), for a rule still proposed.')),
    reason        text,
    PRIMARY KEY (state_body_id, parameter, valid_from),
    CONSTRAINT body_concept_check_date_finite CHECK (civilservice.checked(isfinite(valid_from),
        'Концепция', 'body_concept_check_date_finite', 'body_concept_check', 'a choice is in force from a calendar date',
        format('valid_from %s.', valid_from), 'Give the first day the choice applies.'))
);
COMMENT ON TABLE civilservice.body_concept_check IS
  'How a state body applies a rule of the Concept while it is proposed: off, warn (the default without a row) or enforce (e.g. a body piloting the new selection, plan item 13.2), from valid_from until its next row. Once an implementing act brings the rule into force it is enforced whatever the body chose';
COMMENT ON COLUMN civilservice.body_concept_check.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.body_concept_check.parameter IS 'The parameter of the Concept (civilservice.concept_parameter)';
COMMENT ON COLUMN civilservice.body_concept_check.valid_from IS 'First day the choice applies';
COMMENT ON COLUMN civilservice.body_concept_check.mode IS 'off, warn or enforce';
COMMENT ON COLUMN civilservice.body_concept_check.reason IS 'Why (e.g. the order on the pilot)';
COMMENT ON CONSTRAINT body_concept_check_mode ON civilservice.body_concept_check IS 'A check of the Concept is off, warn or enforce';
COMMENT ON CONSTRAINT body_concept_check_date_finite ON civilservice.body_concept_check IS 'A choice applies from a calendar date';
CREATE TRIGGER body_concept_check_history AFTER UPDATE OR DELETE ON civilservice.body_concept_check
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('parameter', 'valid_from');
COMMENT ON TRIGGER body_concept_check_history ON civilservice.body_concept_check IS 'Every change of a body''s choice is kept';

-- Append-only: a finding is cleared by a later row, never updated.
CREATE TABLE civilservice.concept_finding (
    state_body_id   bigint NOT NULL REFERENCES civilservice.state_body (id),
    id              bigserial,
    parameter       text NOT NULL REFERENCES civilservice.concept_parameter (name),
    constraint_name text NOT NULL,
    table_name      text NOT NULL,
    record_id       bigint,
    on_date         date NOT NULL,
    status          text NOT NULL,
    mode            text NOT NULL,
    cleared         boolean NOT NULL DEFAULT false,
    message         text NOT NULL,
    detail          text,
    found_at        timestamptz NOT NULL DEFAULT now(),
    found_by        name NOT NULL DEFAULT current_user,
    PRIMARY KEY (state_body_id, id)
);
COMMENT ON TABLE civilservice.concept_finding IS
  'Findings of the checks of the Concept that warn: a record that breaks a rule still proposed is kept, and the finding is recorded here by civilservice.concept_check(); when the record is corrected a later row clears it. Append-only; civilservice.concept_findings_open lists what is still open';
COMMENT ON COLUMN civilservice.concept_finding.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.concept_finding.id IS 'Key within the body, in the order of recording';
COMMENT ON COLUMN civilservice.concept_finding.parameter IS 'The parameter of the Concept';
COMMENT ON COLUMN civilservice.concept_finding.constraint_name IS 'The check (the constraint name a refusal would carry)';
COMMENT ON COLUMN civilservice.concept_finding.table_name IS 'The table of the record';
COMMENT ON COLUMN civilservice.concept_finding.record_id IS 'The key of the record within the body (NULL when the check concerns no one record)';
COMMENT ON COLUMN civilservice.concept_finding.on_date IS 'The date the check concerns';
COMMENT ON COLUMN civilservice.concept_finding.status IS 'Status of the parameter on that date (proposed)';
COMMENT ON COLUMN civilservice.concept_finding.mode IS 'Mode of the check (warn)';
COMMENT ON COLUMN civilservice.concept_finding.cleared IS 'True for a row that clears the previous finding of the same record and check';
COMMENT ON COLUMN civilservice.concept_finding.message IS 'What the check found';
COMMENT ON COLUMN civilservice.concept_finding.detail IS 'The values concerned';
COMMENT ON COLUMN civilservice.concept_finding.found_at IS 'When';
COMMENT ON COLUMN civilservice.concept_finding.found_by IS 'The database role whose write was checked';
COMMENT ON SEQUENCE civilservice.concept_finding_id_seq IS 'Keys of civilservice.concept_finding';
CREATE INDEX concept_finding_record_idx ON civilservice.concept_finding (state_body_id, table_name, record_id, constraint_name, id);
COMMENT ON INDEX civilservice.concept_finding_record_idx IS 'The last finding of a record and check (concept_check, concept_findings_open)';

CREATE TRIGGER concept_finding_append_only BEFORE UPDATE OR DELETE ON civilservice.concept_finding
    FOR EACH ROW EXECUTE FUNCTION civilservice.concept_finding_append_only();
COMMENT ON TRIGGER concept_finding_append_only ON civilservice.concept_finding IS 'Findings are never changed or deleted';

CREATE VIEW civilservice.concept_findings_open AS
SELECT f.state_body_id, f.parameter, f.constraint_name, f.table_name, f.record_id, f.on_date,
       f.message, f.detail, f.found_at, f.found_by,
       s.status AS status_today, civilservice.concept_check_mode(f.state_body_id, f.parameter, CURRENT_DATE) AS mode_today
  FROM (SELECT DISTINCT ON (state_body_id, table_name, record_id, constraint_name) *
          FROM civilservice.concept_finding
         ORDER BY state_body_id, table_name, record_id, constraint_name, id DESC) f
 CROSS JOIN LATERAL civilservice.concept_parameter_on(f.parameter, CURRENT_DATE) s
 WHERE NOT f.cleared;
COMMENT ON VIEW civilservice.concept_findings_open IS
  'Записи, нарушающие предлагаемые правила Концепции: the records that break a rule of the Concept while it is proposed and have not been corrected, with the rule''s status and the body''s mode today (a finding whose rule is now in force is a record made before the law: it is kept, and the next write of it is refused)';
COMMENT ON COLUMN civilservice.concept_findings_open.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.concept_findings_open.parameter IS 'The parameter of the Concept';
COMMENT ON COLUMN civilservice.concept_findings_open.constraint_name IS 'The check';
COMMENT ON COLUMN civilservice.concept_findings_open.table_name IS 'The table of the record';
COMMENT ON COLUMN civilservice.concept_findings_open.record_id IS 'The record';
COMMENT ON COLUMN civilservice.concept_findings_open.on_date IS 'The date the check concerned';
COMMENT ON COLUMN civilservice.concept_findings_open.message IS 'What was found';
COMMENT ON COLUMN civilservice.concept_findings_open.detail IS 'The values concerned';
COMMENT ON COLUMN civilservice.concept_findings_open.found_at IS 'When';
COMMENT ON COLUMN civilservice.concept_findings_open.found_by IS 'Whose write';
COMMENT ON COLUMN civilservice.concept_findings_open.status_today IS 'Status of the parameter today';
COMMENT ON COLUMN civilservice.concept_findings_open.mode_today IS 'Mode of the check for the body today';
-- career: part of the Concept 2024–2029 (filled by its module)
--
-- Career events of the employees of a body (Концепция, L401–L469): dated,
-- each with its legal basis. The checks are in src/career/career.sql.

CREATE TABLE civilservice.career_event (
    state_body_id       bigint NOT NULL REFERENCES civilservice.state_body (id),
    id                  bigserial,
    employee_id         bigint NOT NULL,
    kind                text NOT NULL,
    event_on            date NOT NULL,
    term                daterange,
    basis               text,
    is_promotion        boolean NOT NULL DEFAULT false,
    position            text,
    position_category   text,
    position_kind       text,
    corps               text,
    ground              text,
    other_state_body_id bigint REFERENCES civilservice.state_body (id),
    probation_months    integer,
    legal_basis         text NOT NULL,
    note                text,
    recorded_at         timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by         text NOT NULL DEFAULT current_user,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT career_event_kind CHECK (civilservice.checked(
        kind IN ('appointment', 'release', 'transfer', 'secondment', 'secondment_in', 'adviser_extension'),
        'Концепция, L403, L456, L464, L469', 'career_event_kind', 'career_event', 'unknown kind of career event',
        format('Kind given: "%s".', kind),
        'Use appointment, release, transfer, secondment, secondment_in or adviser_extension.')),
    CONSTRAINT career_event_basis CHECK (civilservice.checked(
        CASE WHEN kind = 'appointment' THEN coalesce(basis IN ('competition', 'non_competitive', 'temporary_without_competition', 'transfer',
                                                         'rotation', 'reserve', 'early_career_graduate', 'pension_age_adviser', 'promotion'), false)
             ELSE basis IS NULL END,
        'Концепция, L403, L412, L464', 'career_event_basis', 'career_event', 'an appointment has a basis of the list; other events have none',
        format('Kind %s, basis "%s".', kind, coalesce(basis, 'none')),
        'For an appointment use competition, non_competitive, temporary_without_competition, transfer, rotation, reserve, early_career_graduate, pension_age_adviser or promotion; leave basis empty for other kinds.')),
    CONSTRAINT career_event_ground CHECK (civilservice.checked(
        CASE WHEN kind = 'release' THEN coalesce(ground IN ('own_wish', 'disciplinary', 'head_change', 'term_end', 'age_limit', 'transfer', 'other'), false)
             ELSE ground IS NULL END,
        'Концепция, L456', 'career_event_ground', 'career_event', 'a release has a ground of the list; other events have none',
        format('Kind %s, ground "%s".', kind, coalesce(ground, 'none')),
        'For a release use own_wish, disciplinary, head_change, term_end, age_limit, transfer or other; leave ground empty for other kinds.')),
    CONSTRAINT career_event_promotion CHECK (civilservice.checked(NOT is_promotion OR kind = 'appointment',
        'Концепция, L179', 'career_event_promotion', 'career_event', 'only an appointment is a promotion',
        format('Kind %s marked as a promotion.', kind), 'Set is_promotion only on the appointment to the higher position.')),
    CONSTRAINT career_event_corps CHECK (civilservice.checked(corps IS NULL OR corps IN ('A', 'B'),
        'Концепция, L454, L456', 'career_event_corps', 'career_event', 'the corps is A or B',
        format('Corps given: "%s".', corps), 'Use A (корпус «А») or B (корпус «Б»), Latin letters.')),
    CONSTRAINT career_event_position_kind CHECK (civilservice.checked(position_kind IS NULL OR position_kind IN ('adviser', 'other'),
        'Концепция, L464', 'career_event_position_kind', 'career_event', 'the kind of a position is adviser or other',
        format('Position kind given: "%s".', position_kind), 'Use adviser (советник) or other.')),
    CONSTRAINT career_event_position_category_valid CHECK (civilservice.checked(
        civilservice.position_category_is_valid(position_category), 'Концепция, L454', 'career_event_position_category_valid', 'career_event',
        'unknown category of a position', format('Category given: "%s".', position_category),
        'Write the category as A-1, B-2, C-O-2, E-1 (Cyrillic look-alike letters are folded to Latin).')),
    CONSTRAINT career_event_other_body CHECK (civilservice.checked(
        CASE WHEN kind IN ('transfer', 'secondment', 'secondment_in') THEN coalesce(other_state_body_id <> state_body_id, false)
             ELSE true END,
        'Концепция, L412, L469', 'career_event_other_body', 'career_event',
        'a transfer or secondment names the other state body, not the employee''s own',
        format('Kind %s of state body %s, other state body %s.', kind, state_body_id, coalesce(other_state_body_id::text, 'none')),
        'Give other_state_body_id: the destination of a transfer, the host of a secondment, the home body of a secondment_in.')),
    CONSTRAINT career_event_term CHECK (civilservice.checked(
        CASE WHEN term IS NULL THEN NOT (kind IN ('secondment', 'secondment_in', 'adviser_extension')
                                         OR (kind = 'appointment' AND basis IS NOT DISTINCT FROM 'temporary_without_competition'))
             ELSE NOT isempty(term) AND NOT lower_inf(term) AND isfinite(lower(term)) AND NOT upper_inf(term) AND isfinite(upper(term))
                  AND lower(term) >= event_on END,
        'Концепция, L403, L464, L469', 'career_event_term', 'career_event',
        'a temporary appointment, a secondment and an extension have a finite term starting on or after the event',
        format('Kind %s, basis %s, event on %s, term %s.', kind, coalesce(basis, 'none'), event_on, coalesce(term::text, 'none')),
        'Give the term as [first day, day after the last), e.g. ''[2025-12-01,2026-03-01)''; an open-ended term is refused.')),
    CONSTRAINT career_event_probation CHECK (civilservice.checked(
        probation_months IS NULL OR (kind = 'appointment' AND probation_months BETWEEN 1 AND 12),
        'Концепция, L401', 'career_event_probation', 'career_event', 'a probation belongs to an appointment and lasts 1 to 12 months',
        format('Kind %s, probation %s months.', kind, probation_months), 'Leave probation_months empty (the institution is being abolished).')),
    CONSTRAINT career_event_legal_basis CHECK (civilservice.checked(btrim(legal_basis, E' \t\n') <> '',
        'Концепция', 'career_event_legal_basis', 'career_event', 'a career event rests on an act',
        'legal_basis is blank.', 'Give the order: its number and date, e.g. Приказ № 45-к от 01.12.2025.')),
    CONSTRAINT career_event_dates_finite CHECK (civilservice.checked(isfinite(event_on),
        'Концепция', 'career_event_dates_finite', 'career_event', 'a career event has a calendar date',
        format('Event on %s.', event_on), 'Give a calendar date, not infinity.')),
    CONSTRAINT career_event_secondment_no_overlap EXCLUDE USING gist
        (state_body_id WITH =, employee_id WITH =, term WITH &&) WHERE (kind = 'secondment')
);
COMMENT ON TABLE civilservice.career_event IS
  'Кадровое событие служащего (Концепция 2024–2029): appointment (назначение), release (освобождение от должности), transfer (перевод в другой орган), secondment (откомандирование: recorded at the home body, other_state_body_id = host), secondment_in (прикомандирование: the host''s record of the same person as its employee for the term), adviser_extension (продление пребывания советника пенсионного возраста); dated, each with its legal basis. A secondment gives the home body''s attendance() the status absent, kind secondment, on its days';
COMMENT ON COLUMN civilservice.career_event.state_body_id IS 'Государственный орган: the employing (home) body';
COMMENT ON COLUMN civilservice.career_event.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.career_event.employee_id IS 'Служащий (an employee of the body, employed on event_on)';
COMMENT ON COLUMN civilservice.career_event.kind IS 'Вид события: appointment, release, transfer, secondment, secondment_in, adviser_extension';
COMMENT ON COLUMN civilservice.career_event.event_on IS 'Дата события: the day of the appointment, release or transfer; the day of the order for a term';
COMMENT ON COLUMN civilservice.career_event.term IS 'Срок: [first day, day after the last) of a temporary appointment, secondment or extension; "не более N месяцев" means upper(term) <= lower(term) + N months (exclusive end, clamped to a shorter month''s end)';
COMMENT ON COLUMN civilservice.career_event.basis IS 'Основание назначения (appointments only): competition, non_competitive, temporary_without_competition (L403), transfer, rotation, reserve, early_career_graduate, pension_age_adviser (L464), promotion';
COMMENT ON COLUMN civilservice.career_event.is_promotion IS 'Назначение на вышестоящую должность (appointments only)';
COMMENT ON COLUMN civilservice.career_event.position IS 'Должность';
COMMENT ON COLUMN civilservice.career_event.position_category IS 'Категория должности, e.g. A-1, B-2, stored in Latin letters (Cyrillic look-alikes folded)';
COMMENT ON COLUMN civilservice.career_event.position_kind IS 'Вид должности: adviser (советник, L464) or other; an appointment with basis pension_age_adviser is to an adviser position';
COMMENT ON COLUMN civilservice.career_event.corps IS 'Корпус: A or B; the corps of the latest appointment is the employee''s corps (civilservice.corps_on)';
COMMENT ON COLUMN civilservice.career_event.ground IS 'Основание освобождения (releases only): own_wish, disciplinary, head_change (L456, corps "A" only), term_end, age_limit, transfer, other';
COMMENT ON COLUMN civilservice.career_event.other_state_body_id IS 'Другой орган: destination of a transfer, host of a secondment, home body of a secondment_in';
COMMENT ON COLUMN civilservice.career_event.probation_months IS 'Испытательный срок в месяцах (appointments only; the institution is abolished, L401: checked by probation_abolished)';
COMMENT ON COLUMN civilservice.career_event.legal_basis IS 'Правовое основание: the order (number and date)';
COMMENT ON COLUMN civilservice.career_event.note IS 'Примечание';
COMMENT ON COLUMN civilservice.career_event.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.career_event.recorded_by IS 'Database role that recorded it';
COMMENT ON CONSTRAINT career_event_kind ON civilservice.career_event IS 'The kinds of career event';
COMMENT ON CONSTRAINT career_event_basis ON civilservice.career_event IS 'Концепция, L403, L412, L464: an appointment has a basis of the list; other kinds none';
COMMENT ON CONSTRAINT career_event_ground ON civilservice.career_event IS 'Концепция, L456: a release has a ground of the list; other kinds none';
COMMENT ON CONSTRAINT career_event_promotion ON civilservice.career_event IS 'Only an appointment is a promotion';
COMMENT ON CONSTRAINT career_event_corps ON civilservice.career_event IS 'Концепция, L454, L456: the corps is A or B';
COMMENT ON CONSTRAINT career_event_position_kind ON civilservice.career_event IS 'Концепция, L464: adviser or other';
COMMENT ON CONSTRAINT career_event_position_category_valid ON civilservice.career_event IS 'The category of the position is valid (folded to Latin letters by career_event_fold_position_category)';
COMMENT ON CONSTRAINT career_event_other_body ON civilservice.career_event IS 'Концепция, L412, L469: a transfer or secondment names another state body';
COMMENT ON CONSTRAINT career_event_term ON civilservice.career_event IS 'Концепция, L403, L464, L469: a temporary appointment, secondment or extension has a finite term starting on or after the event (open-ended refused)';
COMMENT ON CONSTRAINT career_event_probation ON civilservice.career_event IS 'Концепция, L401: a probation belongs to an appointment';
COMMENT ON CONSTRAINT career_event_legal_basis ON civilservice.career_event IS 'A career event rests on an act';
COMMENT ON CONSTRAINT career_event_dates_finite ON civilservice.career_event IS 'A career event has a calendar date';
COMMENT ON CONSTRAINT career_event_secondment_no_overlap ON civilservice.career_event IS
  'Концепция, L469: one secondment of an employee at a time (career_event_check refuses first, naming the secondment met)';
COMMENT ON SEQUENCE civilservice.career_event_id_seq IS 'Keys of civilservice.career_event';
CREATE INDEX career_event_employee_idx ON civilservice.career_event (state_body_id, employee_id, event_on);
COMMENT ON INDEX civilservice.career_event_employee_idx IS 'The events of an employee in order (corps_on, the adviser check, the secondments attendance() reads)';
CREATE INDEX career_event_other_body_idx ON civilservice.career_event (other_state_body_id) WHERE other_state_body_id IS NOT NULL;
COMMENT ON INDEX civilservice.career_event_other_body_idx IS 'The events naming another body; used when a state body is deleted or its key checked';
CREATE TRIGGER career_event_fold_position_category BEFORE INSERT OR UPDATE OF position_category ON civilservice.career_event
    FOR EACH ROW EXECUTE FUNCTION civilservice.fold_position_category('position_category');
COMMENT ON TRIGGER career_event_fold_position_category ON civilservice.career_event IS
  'The category is stored in Latin letters: Cyrillic look-alikes are folded before the CHECK career_event_position_category_valid';
CREATE TRIGGER career_event_check BEFORE INSERT OR UPDATE ON civilservice.career_event
    FOR EACH ROW EXECUTE FUNCTION civilservice.career_event_check();
COMMENT ON TRIGGER career_event_check ON civilservice.career_event IS
  'Концепция, L401, L403, L456, L464, L469: employed on the day; the caps of P3, P6, P7 and the window of P4/P5 through concept_check; no overlapping secondments';
CREATE TRIGGER career_event_history AFTER UPDATE OR DELETE ON civilservice.career_event
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER career_event_history ON civilservice.career_event IS 'Every change of a career event is kept';

CREATE VIEW civilservice.corps_a_release_windows AS
    SELECT w.* FROM civilservice.corps_a_release_windows_on(CURRENT_DATE) w;
COMMENT ON VIEW civilservice.corps_a_release_windows IS
  'Концепция, L456 (P4/P5): today''s release windows of corps "A" officials after the latest change of the first head, with their state (not_yet_open, open, closing within corps_a_window_closing_days() days, lapsed); corps_a_release_windows_on(date) for any day';
COMMENT ON COLUMN civilservice.corps_a_release_windows.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.corps_a_release_windows.employee_id IS 'Служащий корпуса «А»';
COMMENT ON COLUMN civilservice.corps_a_release_windows.full_name IS 'ФИО';
COMMENT ON COLUMN civilservice.corps_a_release_windows.head_changed_on IS 'First day of the latest first head';
COMMENT ON COLUMN civilservice.corps_a_release_windows.window_opens IS 'First day a release on the ground head_change is allowed (change + 3 months)';
COMMENT ON COLUMN civilservice.corps_a_release_windows.window_closes IS 'Last day it is allowed (change + 12 months)';
COMMENT ON COLUMN civilservice.corps_a_release_windows.state IS 'not_yet_open, open, closing, lapsed';

-- A secondment is an absence at the home body (attendance() reads it from
-- here): recording, correcting or deleting one queues its days for the
-- recomputation of violations, as an absence does.
CREATE TRIGGER career_event_violation_queue_insert AFTER INSERT ON civilservice.career_event
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'term');
CREATE TRIGGER career_event_violation_queue_update AFTER UPDATE ON civilservice.career_event
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'term', '', 'kind');
CREATE TRIGGER career_event_violation_queue_delete AFTER DELETE ON civilservice.career_event
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'term');
COMMENT ON TRIGGER career_event_violation_queue_insert ON civilservice.career_event IS 'Концепция, L469; п. 20, 21: a secondment queues its days: the home body''s violations on them are recomputed and disappear';
COMMENT ON TRIGGER career_event_violation_queue_update ON civilservice.career_event IS 'Концепция, L469; п. 20, 21: a corrected secondment queues its days before and after';
COMMENT ON TRIGGER career_event_violation_queue_delete ON civilservice.career_event IS 'Концепция, L469; п. 20, 21: a deleted secondment queues its days';
-- selection: part of the Concept 2024–2029 (filled by its module)
--
-- Competitions, their vacancies (one per place), candidacies, the list of
-- two per vacancy (P2, L399) and the practical-assessment stage (P1, L399);
-- the reports of indicator 3 (candidates per place, L579) and of the share
-- of internal competitions over five years (L166). Candidates are persons,
-- not employees (CONCEPT §5.2 W4): no foreign key to civilservice.employee.

CREATE TABLE civilservice.competition (
    state_body_id     bigint NOT NULL REFERENCES civilservice.state_body (id),
    id                bigserial,
    kind              text NOT NULL CONSTRAINT competition_kind CHECK (civilservice.checked(
                          kind IN ('internal', 'general', 'universal'),
                          'Концепция, L397', 'competition_kind', 'competition', 'unknown kind of competition',
                          format('Kind given: "%s".', kind),
                          'Use internal (among civil servants), general (open to all) or universal (the Concept''s competition for all candidates).')),
    announced_on      date NOT NULL,
    places            integer NOT NULL CONSTRAINT competition_places CHECK (civilservice.checked(
                          places > 0, 'Концепция, L579', 'competition_places', 'competition',
                          'a competition is announced for at least one place',
                          format('Places given: %s.', places), 'Give the number of vacant positions put to the competition.')),
    position          text,
    position_category text CONSTRAINT competition_position_category_valid CHECK (civilservice.checked(
                          civilservice.position_category_is_valid(position_category), 'Концепция, L397', 'competition_position_category_valid', 'competition',
                          'unknown category of a position', format('Category given: "%s".', position_category),
                          'Write the category as A-1, B-2, C-O-2, E-1 (Cyrillic look-alike letters are folded to Latin).')),
    status            text NOT NULL DEFAULT 'announced' CONSTRAINT competition_status CHECK (civilservice.checked(
                          status IN ('announced', 'in_progress', 'completed', 'cancelled'),
                          'Концепция, L397', 'competition_status', 'competition', 'unknown status of a competition',
                          format('Status given: "%s".', status), 'Use announced, in_progress, completed or cancelled.')),
    legal_basis       text,
    announcement      text,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT competition_announced_finite CHECK (civilservice.checked(isfinite(announced_on),
        'Концепция, L579', 'competition_announced_finite', 'competition', 'a competition is announced on a calendar date',
        format('Announced on %s.', announced_on), 'Give the day the announcement was published.'))
);
CREATE INDEX competition_announced_idx ON civilservice.competition (state_body_id, announced_on);
COMMENT ON TABLE civilservice.competition IS
  'Конкурс на занятие административной государственной должности: a competition of a state body (I5): its kind (внутренний, общий, универсальный — L166, L397), the day it was announced, the number of places (вакантных должностей) and its status; one vacancy per place (civilservice.vacancy)';
COMMENT ON COLUMN civilservice.competition.state_body_id IS 'Государственный орган (the hiring body)';
COMMENT ON COLUMN civilservice.competition.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.competition.kind IS 'Вид конкурса: internal (внутренний, among civil servants), general (общий), universal (универсальный, L397)';
COMMENT ON COLUMN civilservice.competition.announced_on IS 'Дата объявления конкурса: the year of indicator 3 and the window of the internal share are read from it';
COMMENT ON COLUMN civilservice.competition.places IS 'Количество мест: vacant positions put to the competition (> 0), the denominator of indicator 3';
COMMENT ON COLUMN civilservice.competition.position IS 'Должность';
COMMENT ON COLUMN civilservice.competition.position_category IS 'Категория должности, in Latin letters (A-1, B-2, C-O-2; Cyrillic look-alikes folded)';
COMMENT ON COLUMN civilservice.competition.status IS 'announced, in_progress, completed or cancelled (a cancelled competition counts in no report)';
COMMENT ON COLUMN civilservice.competition.legal_basis IS 'Правовое основание (order on the competition)';
COMMENT ON COLUMN civilservice.competition.announcement IS 'Объявление: reference of the published announcement (e.g. its number on the portal)';
COMMENT ON CONSTRAINT competition_kind ON civilservice.competition IS 'Концепция, L166, L397: internal, general or universal';
COMMENT ON CONSTRAINT competition_places ON civilservice.competition IS 'Концепция, L579: at least one place';
COMMENT ON CONSTRAINT competition_position_category_valid ON civilservice.competition IS 'The category of the position, in Latin letters';
COMMENT ON CONSTRAINT competition_status ON civilservice.competition IS 'announced, in_progress, completed or cancelled';
COMMENT ON CONSTRAINT competition_announced_finite ON civilservice.competition IS 'Announced on a calendar date';
COMMENT ON INDEX civilservice.competition_announced_idx IS 'Competitions of a body by the day announced (indicator 3, internal share)';
COMMENT ON SEQUENCE civilservice.competition_id_seq IS 'Keys of civilservice.competition';
CREATE TRIGGER competition_fold_position_category BEFORE INSERT OR UPDATE OF position_category ON civilservice.competition
    FOR EACH ROW EXECUTE FUNCTION civilservice.fold_position_category('position_category');
COMMENT ON TRIGGER competition_fold_position_category ON civilservice.competition IS
  'The category is stored in Latin letters (before the CHECK competition_position_category_valid)';
-- fires after competition_fold_position_category (triggers fire in name order)
CREATE TRIGGER competition_kind_check BEFORE INSERT OR UPDATE OF kind, announced_on, position_category ON civilservice.competition
    FOR EACH ROW EXECUTE FUNCTION civilservice.competition_kind_check();
COMMENT ON TRIGGER competition_kind_check ON civilservice.competition IS
  'Концепция, L397, L898 (plan 12.1): no internal competition for a corps "B" position once the abolition applies (competition_internal_abolished)';
CREATE TRIGGER competition_history AFTER UPDATE OR DELETE ON civilservice.competition
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER competition_history ON civilservice.competition IS 'Every change of a competition is kept';

-- One vacancy per place: the list of two (P2) is per vacancy.
CREATE TABLE civilservice.vacancy (
    state_body_id     bigint NOT NULL REFERENCES civilservice.state_body (id),
    id                bigserial,
    competition_id    bigint NOT NULL,
    place_no          integer NOT NULL CONSTRAINT vacancy_place_no CHECK (civilservice.checked(
                          place_no > 0, 'Концепция, L399', 'vacancy_place_no', 'vacancy',
                          'places of a competition are numbered from 1', format('Place given: %s.', place_no),
                          'Give a place number from 1 to the number of places of the competition.')),
    position          text,
    position_category text CONSTRAINT vacancy_position_category_valid CHECK (civilservice.checked(
                          civilservice.position_category_is_valid(position_category), 'Концепция, L399', 'vacancy_position_category_valid', 'vacancy',
                          'unknown category of a position', format('Category given: "%s".', position_category),
                          'Write the category as A-1, B-2, C-O-2, E-1 (Cyrillic look-alike letters are folded to Latin).')),
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT vacancy_place_key UNIQUE (state_body_id, competition_id, place_no),
    CONSTRAINT vacancy_competition_fkey FOREIGN KEY (state_body_id, competition_id)
        REFERENCES civilservice.competition (state_body_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE civilservice.vacancy IS
  'Вакантная должность, выставленная на конкурс: one place of a competition (created by the competition, place_no 1..places); the list of suitable candidates (P2, L399) is per vacancy';
COMMENT ON COLUMN civilservice.vacancy.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.vacancy.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.vacancy.competition_id IS 'Конкурс';
COMMENT ON COLUMN civilservice.vacancy.place_no IS 'Номер места в конкурсе (1..places)';
COMMENT ON COLUMN civilservice.vacancy.position IS 'Должность (the competition''s, unless told otherwise)';
COMMENT ON COLUMN civilservice.vacancy.position_category IS 'Категория должности, in Latin letters';
COMMENT ON CONSTRAINT vacancy_place_no ON civilservice.vacancy IS 'Places are numbered from 1';
COMMENT ON CONSTRAINT vacancy_position_category_valid ON civilservice.vacancy IS 'The category of the position, in Latin letters';
COMMENT ON CONSTRAINT vacancy_place_key ON civilservice.vacancy IS 'One vacancy per place of a competition';
COMMENT ON CONSTRAINT vacancy_competition_fkey ON civilservice.vacancy IS 'A vacancy is a place of a competition of the same body; deleting the competition deletes its vacancies';
COMMENT ON SEQUENCE civilservice.vacancy_id_seq IS 'Keys of civilservice.vacancy';
CREATE TRIGGER vacancy_check BEFORE INSERT OR UPDATE ON civilservice.vacancy
    FOR EACH ROW EXECUTE FUNCTION civilservice.vacancy_check();
COMMENT ON TRIGGER vacancy_check ON civilservice.vacancy IS 'A vacancy is one of the places of its competition (vacancy_place_of_competition)';
CREATE TRIGGER vacancy_fold_position_category BEFORE INSERT OR UPDATE OF position_category ON civilservice.vacancy
    FOR EACH ROW EXECUTE FUNCTION civilservice.fold_position_category('position_category');
COMMENT ON TRIGGER vacancy_fold_position_category ON civilservice.vacancy IS
  'The category is stored in Latin letters (before the CHECK vacancy_position_category_valid)';
CREATE TRIGGER vacancy_history AFTER UPDATE OR DELETE ON civilservice.vacancy
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER vacancy_history ON civilservice.vacancy IS 'Every change of a vacancy is kept';
CREATE TRIGGER competition_vacancies AFTER INSERT OR UPDATE OF places ON civilservice.competition
    FOR EACH ROW EXECUTE FUNCTION civilservice.competition_vacancies();
COMMENT ON TRIGGER competition_vacancies ON civilservice.competition IS
  'One vacancy per place: created with the competition, following a change of places';

-- A candidate is a person (IIN), not an employee: an applicant may be a
-- civil servant of another body or come from the private sector (L397).
CREATE TABLE civilservice.candidacy (
    state_body_id  bigint NOT NULL REFERENCES civilservice.state_body (id),
    id             bigserial,
    competition_id bigint NOT NULL,
    iin            civilservice.iin NOT NULL,
    full_name      text NOT NULL CONSTRAINT candidacy_full_name CHECK (civilservice.checked(
                       btrim(full_name, E' \t\n') <> '', 'Концепция, L579', 'candidacy_full_name', 'candidacy',
                       'a candidate has a full name', 'full_name is blank.', 'Give the surname, name and patronymic.')),
    applied_on     date NOT NULL,
    channel        text NOT NULL CONSTRAINT candidacy_channel CHECK (civilservice.checked(
                       channel IN ('e_qyzmet', 'departmental_his', 'paper'),
                       'Концепция, L160', 'candidacy_channel', 'candidacy', 'unknown channel of an application',
                       format('Channel given: "%s".', channel),
                       'Use e_qyzmet (the portal Е-қызмет), departmental_his (the body''s HR information system) or paper.')),
    outcome        text NOT NULL DEFAULT 'in_progress' CONSTRAINT candidacy_outcome CHECK (civilservice.checked(
                       outcome IN ('in_progress', 'not_admitted', 'failed_central_stages', 'not_selected', 'selected', 'withdrawn'),
                       'Концепция, L399', 'candidacy_outcome', 'candidacy', 'unknown outcome of a candidacy',
                       format('Outcome given: "%s".', outcome),
                       'Use in_progress, not_admitted, failed_central_stages, not_selected, selected or withdrawn.')),
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT candidacy_person_key UNIQUE (state_body_id, competition_id, iin),
    CONSTRAINT candidacy_competition_fkey FOREIGN KEY (state_body_id, competition_id)
        REFERENCES civilservice.competition (state_body_id, id),
    CONSTRAINT candidacy_applied_finite CHECK (civilservice.checked(isfinite(applied_on),
        'Концепция, L579', 'candidacy_applied_finite', 'candidacy', 'an application is filed on a calendar date',
        format('Applied on %s.', applied_on), 'Give the day the application was filed.'))
);
COMMENT ON TABLE civilservice.candidacy IS
  'Кандидат (участник конкурса): a person''s application to a competition (I5, I6), whatever their employment: candidates are not employees (no link to civilservice.employee, CONCEPT §5.2 W4); one per person per competition; the numerator of indicator 3';
COMMENT ON COLUMN civilservice.candidacy.state_body_id IS 'Государственный орган (of the competition)';
COMMENT ON COLUMN civilservice.candidacy.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.candidacy.competition_id IS 'Конкурс';
COMMENT ON COLUMN civilservice.candidacy.iin IS 'ИИН кандидата: one candidacy per person per competition; not readable by the reporting role';
COMMENT ON COLUMN civilservice.candidacy.full_name IS 'Фамилия, имя, отчество кандидата';
COMMENT ON COLUMN civilservice.candidacy.applied_on IS 'Дата подачи заявления';
COMMENT ON COLUMN civilservice.candidacy.channel IS 'Канал подачи: e_qyzmet (портал Е-қызмет, L160), departmental_his (ведомственная ИС), paper';
COMMENT ON COLUMN civilservice.candidacy.outcome IS 'Итог: in_progress, not_admitted, failed_central_stages (automated initial stages, L399), not_selected, selected, withdrawn';
COMMENT ON CONSTRAINT candidacy_full_name ON civilservice.candidacy IS 'A candidate is named';
COMMENT ON CONSTRAINT candidacy_channel ON civilservice.candidacy IS 'Концепция, L160: the portal, the departmental system or paper';
COMMENT ON CONSTRAINT candidacy_outcome ON civilservice.candidacy IS 'The outcomes of a candidacy';
COMMENT ON CONSTRAINT candidacy_person_key ON civilservice.candidacy IS 'One candidacy per person (IIN) per competition';
COMMENT ON CONSTRAINT candidacy_competition_fkey ON civilservice.candidacy IS 'A candidacy is for a competition of the same body';
COMMENT ON CONSTRAINT candidacy_applied_finite ON civilservice.candidacy IS 'Filed on a calendar date';
COMMENT ON SEQUENCE civilservice.candidacy_id_seq IS 'Keys of civilservice.candidacy';
CREATE TRIGGER candidacy_history AFTER UPDATE OR DELETE ON civilservice.candidacy
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER candidacy_history ON civilservice.candidacy IS 'Every change of a candidacy is kept';

-- P2: the list of suitable candidates sent to the practical assessment.
CREATE TABLE civilservice.shortlist (
    state_body_id  bigint NOT NULL REFERENCES civilservice.state_body (id),
    id             bigserial,
    vacancy_id     bigint NOT NULL,
    candidacy_id   bigint NOT NULL,
    shortlisted_on date NOT NULL,
    list_no        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT shortlist_candidacy_key UNIQUE (state_body_id, candidacy_id),
    CONSTRAINT shortlist_list_no_key UNIQUE (state_body_id, vacancy_id, list_no),
    CONSTRAINT shortlist_vacancy_fkey FOREIGN KEY (state_body_id, vacancy_id)
        REFERENCES civilservice.vacancy (state_body_id, id),
    CONSTRAINT shortlist_candidacy_fkey FOREIGN KEY (state_body_id, candidacy_id)
        REFERENCES civilservice.candidacy (state_body_id, id)
);
COMMENT ON TABLE civilservice.shortlist IS
  'Список подходящих кандидатов (Концепция, L399, P2): the candidates who passed the automated initial stages and are sent to the hiring body for the practical assessment, per vacancy — at most shortlist_max_per_vacancy (2) per vacancy; a third warns while the rule is proposed (kept, with a finding) and is refused when enforced';
COMMENT ON COLUMN civilservice.shortlist.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.shortlist.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.shortlist.vacancy_id IS 'Вакантная должность (a place of the competition)';
COMMENT ON COLUMN civilservice.shortlist.candidacy_id IS 'Кандидат (a candidacy to the competition of the vacancy); on one list only';
COMMENT ON COLUMN civilservice.shortlist.shortlisted_on IS 'Дата включения в список: the day the check of P2 is made on';
COMMENT ON COLUMN civilservice.shortlist.list_no IS 'Номер в списке: assigned by the trigger (one more than the highest of the vacancy), unique per vacancy';
COMMENT ON CONSTRAINT shortlist_candidacy_key ON civilservice.shortlist IS 'A candidacy is on one list';
COMMENT ON CONSTRAINT shortlist_list_no_key ON civilservice.shortlist IS 'Positions in the list of a vacancy are distinct (also guards the count under REPEATABLE READ)';
COMMENT ON CONSTRAINT shortlist_vacancy_fkey ON civilservice.shortlist IS 'The list is per vacancy of the same body';
COMMENT ON CONSTRAINT shortlist_candidacy_fkey ON civilservice.shortlist IS 'A candidacy of the same body';
COMMENT ON SEQUENCE civilservice.shortlist_id_seq IS 'Keys of civilservice.shortlist';
CREATE INDEX shortlist_vacancy_idx ON civilservice.shortlist (state_body_id, vacancy_id);
COMMENT ON INDEX civilservice.shortlist_vacancy_idx IS 'The list of a vacancy (shortlist_check counts it)';
CREATE TRIGGER shortlist_check BEFORE INSERT OR UPDATE ON civilservice.shortlist
    FOR EACH ROW EXECUTE FUNCTION civilservice.shortlist_check();
COMMENT ON TRIGGER shortlist_check ON civilservice.shortlist IS
  'Концепция, L399: at most 2 per vacancy (shortlist_max_per_vacancy), the vacancy locked first; the candidate applied to the competition of the vacancy (shortlist_same_competition)';
CREATE TRIGGER shortlist_history AFTER UPDATE OR DELETE ON civilservice.shortlist
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER shortlist_history ON civilservice.shortlist IS 'Every change of the list is kept';

-- P1: the practical-assessment stage, per shortlisted candidate.
CREATE TABLE civilservice.practical_assessment (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    shortlist_id  bigint NOT NULL,
    directed_on   date NOT NULL,
    last_day      date NOT NULL,
    remote        boolean NOT NULL DEFAULT false,
    result        text CONSTRAINT practical_assessment_result CHECK (civilservice.checked(
                      result IN ('passed', 'failed', 'did_not_appear'),
                      'Концепция, L399', 'practical_assessment_result', 'practical_assessment', 'unknown result of a practical assessment',
                      format('Result given: "%s".', result), 'Use passed, failed or did_not_appear; leave it NULL while the stage is open.')),
    result_on     date,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT practical_assessment_shortlist_key UNIQUE (state_body_id, shortlist_id),
    CONSTRAINT practical_assessment_shortlist_fkey FOREIGN KEY (state_body_id, shortlist_id)
        REFERENCES civilservice.shortlist (state_body_id, id),
    CONSTRAINT practical_assessment_period CHECK (civilservice.checked(
        last_day >= directed_on AND isfinite(directed_on) AND isfinite(last_day),
        'Концепция, L399', 'practical_assessment_period', 'practical_assessment',
        'the stage ends on or after its first day',
        format('Directed on %s, last day %s.', directed_on, last_day),
        'last_day is the last day of the stage, on or after directed_on (its first day).')),
    CONSTRAINT practical_assessment_result_dated CHECK (civilservice.checked(
        (result IS NULL) = (result_on IS NULL) AND (result_on IS NULL OR result_on >= directed_on),
        'Концепция, L399', 'practical_assessment_result_dated', 'practical_assessment',
        'a result is dated, on or after the first day of the stage',
        format('Result %s on %s; directed on %s.', coalesce(result, 'none'), coalesce(result_on::text, 'no date'), directed_on),
        'Give result and result_on together (both NULL while the stage is open).'))
);
COMMENT ON TABLE civilservice.practical_assessment IS
  'Этап практической оценки (Концепция, L399, P1): a shortlisted candidate directed to the hiring body, «в течение не более трех рабочих дней с возможностью прохождения в дистанционном формате»; the days are counted on the hiring body''s production calendar whatever the candidate''s place (W4): the first day is a working day and counts as day 1, the last day is at most practical_assessment_deadline()';
COMMENT ON COLUMN civilservice.practical_assessment.state_body_id IS 'Государственный орган (the hiring body, whose calendar counts)';
COMMENT ON COLUMN civilservice.practical_assessment.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.practical_assessment.shortlist_id IS 'Кандидат из списка (civilservice.shortlist); one stage per entry';
COMMENT ON COLUMN civilservice.practical_assessment.directed_on IS 'Дата направления: the first day of the stage (day 1)';
COMMENT ON COLUMN civilservice.practical_assessment.last_day IS 'Последний день этапа (inclusive)';
COMMENT ON COLUMN civilservice.practical_assessment.remote IS 'В дистанционном формате (L399); the candidate is no employee, so no act of remote work applies';
COMMENT ON COLUMN civilservice.practical_assessment.result IS 'Результат: passed, failed, did_not_appear; NULL while the stage is open';
COMMENT ON COLUMN civilservice.practical_assessment.result_on IS 'Дата результата';
COMMENT ON CONSTRAINT practical_assessment_result ON civilservice.practical_assessment IS 'passed, failed or did_not_appear';
COMMENT ON CONSTRAINT practical_assessment_shortlist_key ON civilservice.practical_assessment IS 'One stage per shortlisted candidate';
COMMENT ON CONSTRAINT practical_assessment_shortlist_fkey ON civilservice.practical_assessment IS 'The stage is of a shortlisted candidate of the same body';
COMMENT ON CONSTRAINT practical_assessment_period ON civilservice.practical_assessment IS 'The stage ends on or after its first day';
COMMENT ON CONSTRAINT practical_assessment_result_dated ON civilservice.practical_assessment IS 'A result has its date, on or after the first day';
COMMENT ON SEQUENCE civilservice.practical_assessment_id_seq IS 'Keys of civilservice.practical_assessment';
CREATE TRIGGER practical_assessment_check BEFORE INSERT OR UPDATE OF directed_on, last_day ON civilservice.practical_assessment
    FOR EACH ROW EXECUTE FUNCTION civilservice.practical_assessment_check();
COMMENT ON TRIGGER practical_assessment_check ON civilservice.practical_assessment IS
  'Концепция, L399: first day a working day (practical_assessment_first_working_day), at most 3 working days (practical_assessment_max_working_days), on the hiring body''s calendar';
CREATE TRIGGER practical_assessment_history AFTER UPDATE OR DELETE ON civilservice.practical_assessment
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER practical_assessment_history ON civilservice.practical_assessment IS 'Every change of a stage is kept';

------------------------------------------------------------------------------
-- Reports

-- Open stages past their deadline on a date.
CREATE FUNCTION civilservice.practical_assessments_overdue_on(on_date date)
    RETURNS TABLE (state_body_id bigint, practical_assessment_id bigint, competition_id bigint, vacancy_id bigint,
                   candidacy_id bigint, full_name text, directed_on date, last_day date, deadline date, days_overdue integer)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT p.state_body_id, p.id, v.competition_id, s.vacancy_id, s.candidacy_id, c.full_name,
           p.directed_on, p.last_day, d.deadline, $1 - d.deadline
      FROM civilservice.practical_assessment p
      JOIN civilservice.shortlist s ON s.state_body_id = p.state_body_id AND s.id = p.shortlist_id
      JOIN civilservice.vacancy v ON v.state_body_id = s.state_body_id AND v.id = s.vacancy_id
      JOIN civilservice.candidacy c ON c.state_body_id = s.state_body_id AND c.id = s.candidacy_id
     CROSS JOIN LATERAL (SELECT civilservice.practical_assessment_deadline(p.state_body_id, p.directed_on) AS deadline) d
     WHERE p.result IS NULL AND d.deadline < $1
     ORDER BY p.state_body_id, d.deadline, p.id
$$;
COMMENT ON FUNCTION civilservice.practical_assessments_overdue_on(date) IS
  'Концепция, L399 (P1): practical-assessment stages with no result yet whose last allowed day (practical_assessment_deadline) is before the given date, with the days overdue';

CREATE VIEW civilservice.practical_assessments_overdue AS
    SELECT * FROM civilservice.practical_assessments_overdue_on(CURRENT_DATE);
COMMENT ON VIEW civilservice.practical_assessments_overdue IS
  'Концепция, L399 (P1): open practical-assessment stages (no result) whose last allowed day has passed today (CURRENT_DATE)';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.practical_assessment_id IS 'Этап практической оценки';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.competition_id IS 'Конкурс';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.vacancy_id IS 'Вакантная должность';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.candidacy_id IS 'Кандидат';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.full_name IS 'ФИО кандидата';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.directed_on IS 'Дата направления (day 1)';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.last_day IS 'Последний день этапа as recorded';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.deadline IS 'Last allowed day (practical_assessment_deadline)';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.days_overdue IS 'Calendar days since the last allowed day';

-- Indicator 3 (L579): «Количество кандидатов на одно место».
CREATE FUNCTION civilservice.candidates_per_place(year integer)
    RETURNS TABLE (state_body_id bigint, competitions bigint, places bigint, candidacies bigint, candidates_per_place numeric)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    WITH c AS (
        SELECT x.state_body_id, x.places,
               (SELECT count(*) FROM civilservice.candidacy a
                 WHERE a.state_body_id = x.state_body_id AND a.competition_id = x.id) AS candidacies
          FROM civilservice.competition x
         WHERE x.announced_on >= make_date($1, 1, 1) AND x.announced_on < make_date($1 + 1, 1, 1)
           AND x.status <> 'cancelled'),
    g AS (
        SELECT c.state_body_id, count(*) AS competitions, sum(c.places)::bigint AS places, sum(c.candidacies)::bigint AS candidacies
          FROM c GROUP BY GROUPING SETS ((c.state_body_id), ()))
    SELECT g.state_body_id, g.competitions, g.places, g.candidacies,
           round(g.candidacies::numeric / NULLIF(g.places, 0), 2)
      FROM g
     ORDER BY g.state_body_id NULLS LAST
$$;
COMMENT ON FUNCTION civilservice.candidates_per_place(integer) IS
  'Индикатор 3 «Количество кандидатов на одно место» (Концепция, L579, L848; target 2024: 2,5): per state body and national (state_body_id NULL, Σ candidacies ÷ Σ places, not an average of the bodies), for the competitions announced in the year. Decision (CONCEPT §2.3.2): applicants ÷ places announced — every candidacy filed counts, whatever its stage or outcome; the places are those of the competitions announced in the year, including competitions without any candidate; cancelled competitions count in neither. Rounded to 2 decimals; NULL with no places';

-- L166: «почти половина (46%) всех конкурсов в последние пять лет были внутренними».
CREATE FUNCTION civilservice.internal_competition_share(on_date date)
    RETURNS TABLE (state_body_id bigint, competitions bigint, internal bigint, internal_percent numeric)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT x.state_body_id, count(*), count(*) FILTER (WHERE x.kind = 'internal'),
           round(100.0 * count(*) FILTER (WHERE x.kind = 'internal') / NULLIF(count(*), 0), 1)
      FROM civilservice.competition x
     WHERE x.announced_on > ($1 - interval '5 years')::date AND x.announced_on <= $1
       AND x.status <> 'cancelled'
     GROUP BY GROUPING SETS ((x.state_body_id), ())
     ORDER BY x.state_body_id NULLS LAST
$$;
COMMENT ON FUNCTION civilservice.internal_competition_share(date) IS
  'Доля внутренних конкурсов за последние пять лет (Концепция, L166; 46% in the Concept''s analysis): per state body and national (state_body_id NULL, Σ internal ÷ Σ competitions), over the competitions announced in the five years ending on the date — announced_on in (date − 5 years, date] — counted by competitions, not places; cancelled competitions are left out';
-- personnel: the records the Concept 2024–2029 counts on (indicators 2, 4
-- and 5; I16, I17, I23, I25; P8, P9). The trigger functions and the
-- functions that read these tables are in src/personnel/personnel.sql.

------------------------------------------------------------------------------
-- Education (I17; indicator 4, L598)

CREATE TABLE civilservice.education (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    level         text NOT NULL CONSTRAINT education_level_valid CHECK (civilservice.checked(
        level IN ('secondary', 'bachelor', 'master', 'phd', 'doctor_by_profile', 'candidate_of_sciences', 'doctor_of_sciences'),
        'Концепция, L598', 'education_level_valid', 'education', 'unknown level of education',
        format('Level given: "%s".', level),
        'Use secondary, bachelor, master, phd, doctor_by_profile, candidate_of_sciences or doctor_of_sciences.')),
    specialty     text,
    institution   text,
    awarded_on    date NOT NULL,
    document      text NOT NULL,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT education_awarded_on_finite CHECK (civilservice.checked(isfinite(awarded_on),
        'Концепция, L598', 'education_awarded_on_finite', 'education', 'an award has a calendar date',
        format('awarded_on %s.', awarded_on), 'Give the date of the diploma.')),
    CONSTRAINT education_document_given CHECK (civilservice.checked(btrim(document, E' \t\n') <> '',
        'Концепция, L598', 'education_document_given', 'education', 'an education record names its document',
        'document is blank.', 'Give the series and number of the diploma (or of the decision awarding the degree).'))
);
CREATE INDEX education_employee_idx ON civilservice.education (state_body_id, employee_id, awarded_on);
COMMENT ON TABLE civilservice.education IS
  'Образование и учёные степени (Концепция, L598, L410; I17): the education of an employee, one row per diploma or degree. Of the person: the award may be dated before the employment, not after its end. Indicator 4 counts master, phd, doctor_by_profile and the scientific degrees (civilservice.holds_degree)';
COMMENT ON COLUMN civilservice.education.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.education.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.education.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.education.level IS 'Уровень: secondary (среднее), bachelor (бакалавр), master (магистр), phd (доктор философии PhD), doctor_by_profile (доктор по профилю), candidate_of_sciences (кандидат наук), doctor_of_sciences (доктор наук); «ученая степень» (L598) = candidate or doctor of sciences';
COMMENT ON COLUMN civilservice.education.specialty IS 'Специальность';
COMMENT ON COLUMN civilservice.education.institution IS 'Организация образования (or the body awarding the degree)';
COMMENT ON COLUMN civilservice.education.awarded_on IS 'Дата выдачи диплома (присуждения степени); before the employment is allowed, not after its end';
COMMENT ON COLUMN civilservice.education.document IS 'Документ: series and number of the diploma';
COMMENT ON CONSTRAINT education_level_valid ON civilservice.education IS 'L598: the levels of education and degrees';
COMMENT ON CONSTRAINT education_awarded_on_finite ON civilservice.education IS 'An award has a calendar date';
COMMENT ON CONSTRAINT education_document_given ON civilservice.education IS 'The diploma is named';
COMMENT ON INDEX civilservice.education_employee_idx IS 'An employee''s education by date (holds_degree, indicator 4)';
COMMENT ON SEQUENCE civilservice.education_id_seq IS 'Keys of civilservice.education';
CREATE TRIGGER education_check BEFORE INSERT OR UPDATE ON civilservice.education
    FOR EACH ROW EXECUTE FUNCTION civilservice.personnel_learning_check();
CREATE TRIGGER education_history AFTER UPDATE OR DELETE ON civilservice.education
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER education_check ON civilservice.education IS
  'The award is dated before the end of the employment (education_awarded_before_employment_end)';
COMMENT ON TRIGGER education_history ON civilservice.education IS 'Every change of an education record is kept';

------------------------------------------------------------------------------
-- Training (I16; indicator 5, L617)

CREATE TABLE civilservice.training (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    kind          text NOT NULL CONSTRAINT training_kind_valid CHECK (civilservice.checked(
        kind IN ('retraining', 'qualification_upgrade', 'practice_oriented', 'public_speaking', 'political_programme', 'masters_without_leave'),
        'Концепция, L187, L436', 'training_kind_valid', 'training', 'unknown kind of training',
        format('Kind given: "%s".', kind),
        'Use retraining, qualification_upgrade, practice_oriented, public_speaking, political_programme or masters_without_leave.')),
    provider      text,
    period        daterange NOT NULL,
    completed_on  date,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT training_period CHECK (civilservice.checked(
        NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)
        AND isfinite(lower(period)) AND isfinite(upper(period)),
        'Концепция, L617', 'training_period', 'training', 'a training has a first and a last day',
        format('Period given: %s.', period),
        'Give the period as daterange(first day, day after the last day).')),
    CONSTRAINT training_completed_on CHECK (civilservice.checked(
        completed_on IS NULL OR (isfinite(completed_on) AND (isempty(period) OR lower_inf(period) OR completed_on >= lower(period))),
        'Концепция, L617', 'training_completed_on', 'training', 'a training is completed on or after its first day',
        format('Period %s, completed on %s.', period, completed_on),
        'Give the day of the certificate (within or after the period), or leave completed_on NULL while it is not completed.'))
);
CREATE INDEX training_employee_idx ON civilservice.training (state_body_id, employee_id, completed_on);
COMMENT ON TABLE civilservice.training IS
  'Обучение (Концепция, L187, L436, L617; I16): retraining, qualification upgrade, practice-oriented training, public-speaking courses, programmes for political servants, master''s studies without leaving work; inside the employment. Indicator 5 counts completions in the year (completed_on)';
COMMENT ON COLUMN civilservice.training.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.training.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.training.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.training.kind IS 'Вид: retraining (переподготовка), qualification_upgrade (повышение квалификации), practice_oriented (практико-ориентированное обучение), public_speaking (курсы публичных выступлений, L436), political_programme (программы для политических служащих), masters_without_leave (магистратура без отрыва от работы)';
COMMENT ON COLUMN civilservice.training.provider IS 'Организатор обучения, e.g. Академия государственного управления';
COMMENT ON COLUMN civilservice.training.period IS 'Период обучения: [first day, day after the last day)';
COMMENT ON COLUMN civilservice.training.completed_on IS 'Дата завершения (certificate); on or after the first day, possibly after the last; NULL while not completed';
COMMENT ON CONSTRAINT training_kind_valid ON civilservice.training IS 'L187, L436: the kinds of training';
COMMENT ON CONSTRAINT training_period ON civilservice.training IS 'A training has a finite first and last day';
COMMENT ON CONSTRAINT training_completed_on ON civilservice.training IS 'Completed on or after the first day of the period';
COMMENT ON INDEX civilservice.training_employee_idx IS 'An employee''s training by completion (indicator 5)';
COMMENT ON SEQUENCE civilservice.training_id_seq IS 'Keys of civilservice.training';
CREATE TRIGGER training_check BEFORE INSERT OR UPDATE ON civilservice.training
    FOR EACH ROW EXECUTE FUNCTION civilservice.personnel_learning_check();
CREATE TRIGGER training_history AFTER UPDATE OR DELETE ON civilservice.training
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER training_check ON civilservice.training IS
  'Inside the employment (training_within_employment), completed within it (training_completed_within_employment)';
COMMENT ON TRIGGER training_history ON civilservice.training IS 'Every change of a training record is kept';

------------------------------------------------------------------------------
-- Internships (I16; indicator 5, L434, L617)

CREATE TABLE civilservice.internship (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    kind          text NOT NULL CONSTRAINT internship_kind_valid CHECK (civilservice.checked(
        kind IN ('intra_agency', 'inter_agency', 'foreign'),
        'Концепция, L434', 'internship_kind_valid', 'internship', 'unknown kind of internship',
        format('Kind given: "%s".', kind),
        'Use intra_agency, inter_agency or foreign.')),
    host          text,
    period        daterange NOT NULL,
    completed_on  date,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT internship_period CHECK (civilservice.checked(
        NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)
        AND isfinite(lower(period)) AND isfinite(upper(period)),
        'Концепция, L617', 'internship_period', 'internship', 'an internship has a first and a last day',
        format('Period given: %s.', period),
        'Give the period as daterange(first day, day after the last day).')),
    CONSTRAINT internship_completed_on CHECK (civilservice.checked(
        completed_on IS NULL OR (isfinite(completed_on) AND (isempty(period) OR lower_inf(period) OR completed_on >= lower(period))),
        'Концепция, L617', 'internship_completed_on', 'internship', 'an internship is completed on or after its first day',
        format('Period %s, completed on %s.', period, completed_on),
        'Give the day it was completed (within or after the period), or leave completed_on NULL while it is not completed.'))
);
CREATE INDEX internship_employee_idx ON civilservice.internship (state_body_id, employee_id, completed_on);
COMMENT ON TABLE civilservice.internship IS
  'Стажировка (Концепция, L191, L434, L617; I16): intra-agency, inter-agency and foreign internships, inside the employment. Indicator 5 counts completions in the year (completed_on)';
COMMENT ON COLUMN civilservice.internship.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.internship.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.internship.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.internship.kind IS 'Вид: intra_agency (внутриведомственная), inter_agency (межведомственная), foreign (зарубежная)';
COMMENT ON COLUMN civilservice.internship.host IS 'Принимающая организация';
COMMENT ON COLUMN civilservice.internship.period IS 'Период стажировки: [first day, day after the last day)';
COMMENT ON COLUMN civilservice.internship.completed_on IS 'Дата завершения; on or after the first day, possibly after the last; NULL while not completed';
COMMENT ON CONSTRAINT internship_kind_valid ON civilservice.internship IS 'L434: the kinds of internship';
COMMENT ON CONSTRAINT internship_period ON civilservice.internship IS 'An internship has a finite first and last day';
COMMENT ON CONSTRAINT internship_completed_on ON civilservice.internship IS 'Completed on or after the first day of the period';
COMMENT ON INDEX civilservice.internship_employee_idx IS 'An employee''s internships by completion (indicator 5)';
COMMENT ON SEQUENCE civilservice.internship_id_seq IS 'Keys of civilservice.internship';
CREATE TRIGGER internship_check BEFORE INSERT OR UPDATE ON civilservice.internship
    FOR EACH ROW EXECUTE FUNCTION civilservice.personnel_learning_check();
CREATE TRIGGER internship_history AFTER UPDATE OR DELETE ON civilservice.internship
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER internship_check ON civilservice.internship IS
  'Inside the employment (internship_within_employment), completed within it (internship_completed_within_employment)';
COMMENT ON TRIGGER internship_history ON civilservice.internship IS 'Every change of an internship record is kept';

------------------------------------------------------------------------------
-- Disciplinary cases and their circumstances (I23, I25; N1, N1a; indicator 2)

CREATE TABLE civilservice.disciplinary_case (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    offence_kind  text NOT NULL CONSTRAINT disciplinary_case_offence_kind_valid CHECK (civilservice.checked(
        offence_kind IN ('ethics', 'discrediting', 'corruption', 'other'),
        'Концепция, L557', 'disciplinary_case_offence_kind_valid', 'disciplinary_case', 'unknown kind of offence',
        format('Kind given: "%s".', offence_kind),
        'Use ethics (нарушение Этического кодекса), discrediting (проступок, дискредитирующий государственную службу), corruption or other.')),
    misconduct_on date NOT NULL,
    decided_on    date,
    outcome       text CONSTRAINT disciplinary_case_outcome_valid CHECK (civilservice.checked(
        outcome IS NULL OR outcome IN ('sanction', 'limited_to_previous_sanction', 'non_disciplinary_measure', 'released_necessity', 'not_established'),
        'Концепция, L505', 'disciplinary_case_outcome_valid', 'disciplinary_case', 'unknown outcome of a disciplinary case',
        format('Outcome given: "%s".', outcome),
        'Use sanction, limited_to_previous_sanction, non_disciplinary_measure, released_necessity or not_established.')),
    sanction_kind text,
    valid_until   date,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT disciplinary_case_dates CHECK (civilservice.checked(
        isfinite(misconduct_on) AND (decided_on IS NULL OR (isfinite(decided_on) AND decided_on >= misconduct_on))
        AND (valid_until IS NULL OR isfinite(valid_until)),
        'Концепция, L505', 'disciplinary_case_dates', 'disciplinary_case', 'a case is decided on or after the day of the misconduct, on calendar dates',
        format('Misconduct on %s, decided on %s, valid until %s.', misconduct_on, decided_on, valid_until),
        'Correct the dates.')),
    CONSTRAINT disciplinary_case_decided CHECK (civilservice.checked(
        (decided_on IS NULL) = (outcome IS NULL),
        'Концепция, L505', 'disciplinary_case_decided', 'disciplinary_case', 'a decided case has an outcome and an undecided one has none',
        format('Decided on %s, outcome %s.', coalesce(decided_on::text, 'NULL'), coalesce(outcome, 'NULL')),
        'Give both decided_on and outcome when the case is decided, neither before.')),
    CONSTRAINT disciplinary_case_sanction_kind CHECK (civilservice.checked(
        (outcome IS NOT DISTINCT FROM 'sanction') = (btrim(coalesce(sanction_kind, ''), E' \t\n') <> ''),
        'Концепция, L505', 'disciplinary_case_sanction_kind', 'disciplinary_case', 'a sanction names its kind, and only a sanction does',
        format('Outcome %s, sanction kind %s.', coalesce(outcome, 'NULL'), coalesce(sanction_kind, 'NULL')),
        'Give sanction_kind (e.g. замечание, выговор, строгий выговор) exactly when the outcome is sanction.')),
    CONSTRAINT disciplinary_case_valid_until CHECK (civilservice.checked(
        valid_until IS NULL OR (outcome IS NOT DISTINCT FROM 'sanction' AND valid_until >= decided_on),
        'Концепция, L505', 'disciplinary_case_valid_until', 'disciplinary_case', 'only a sanction has a last day in force, on or after its decision',
        format('Outcome %s, decided on %s, valid until %s.', coalesce(outcome, 'NULL'), coalesce(decided_on::text, 'NULL'), valid_until),
        'Leave valid_until NULL unless the outcome is sanction; then give a day on or after decided_on.'))
);
CREATE INDEX disciplinary_case_employee_idx ON civilservice.disciplinary_case (state_body_id, employee_id, decided_on);
COMMENT ON TABLE civilservice.disciplinary_case IS
  'Дисциплинарное дело (Концепция, L247–250, L503–507, L1169–1179; I23, I25): the misconduct of an employee and its decision. A sanction is in force from decided_on to valid_until (civilservice.active_sanctions). Indicator 2 counts the employees with a case of kind ethics or discrediting decided in the year with an outcome other than not_established';
COMMENT ON COLUMN civilservice.disciplinary_case.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.disciplinary_case.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.disciplinary_case.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.disciplinary_case.offence_kind IS 'Вид проступка: ethics (нарушение Этического кодекса, L557), discrediting (проступок, дискредитирующий государственную службу, L123), corruption (коррупционное правонарушение), other';
COMMENT ON COLUMN civilservice.disciplinary_case.misconduct_on IS 'Дата совершения проступка (within the employment)';
COMMENT ON COLUMN civilservice.disciplinary_case.decided_on IS 'Дата решения; NULL while the case is open. The year of indicator 2';
COMMENT ON COLUMN civilservice.disciplinary_case.outcome IS 'Решение: sanction (наложено взыскание), limited_to_previous_sanction (ограничиться ранее наложенным взысканием, N1a, L505), non_disciplinary_measure (меры, не связанные с взысканием, L505), released_necessity (освобождение от ответственности: предотвращение опасности ущерба, L507), not_established (проступок не установлен); NULL until decided';
COMMENT ON COLUMN civilservice.disciplinary_case.sanction_kind IS 'Вид взыскания, exactly when the outcome is sanction';
COMMENT ON COLUMN civilservice.disciplinary_case.valid_until IS 'Срок действия взыскания: its last day in force. N1 (L505): computed as decided_on + sanction_validity_months when that parameter has a value on decided_on; the parameter has no value until the law sets one (the Concept announces differentiated terms without a value), and until then it is entered from the decision';
COMMENT ON CONSTRAINT disciplinary_case_offence_kind_valid ON civilservice.disciplinary_case IS 'L557, L123: the kinds of offence';
COMMENT ON CONSTRAINT disciplinary_case_outcome_valid ON civilservice.disciplinary_case IS 'L505, L507: the outcomes of a case';
COMMENT ON CONSTRAINT disciplinary_case_dates ON civilservice.disciplinary_case IS 'Decided on or after the misconduct; calendar dates';
COMMENT ON CONSTRAINT disciplinary_case_decided ON civilservice.disciplinary_case IS 'An outcome exactly when decided';
COMMENT ON CONSTRAINT disciplinary_case_sanction_kind ON civilservice.disciplinary_case IS 'A sanction names its kind; other outcomes do not';
COMMENT ON CONSTRAINT disciplinary_case_valid_until ON civilservice.disciplinary_case IS 'Only a sanction has a last day in force, on or after its decision';
COMMENT ON INDEX civilservice.disciplinary_case_employee_idx IS 'An employee''s cases by decision (active_sanctions, N1a, indicator 2)';
COMMENT ON SEQUENCE civilservice.disciplinary_case_id_seq IS 'Keys of civilservice.disciplinary_case';
CREATE TRIGGER disciplinary_case_check BEFORE INSERT OR UPDATE ON civilservice.disciplinary_case
    FOR EACH ROW EXECUTE FUNCTION civilservice.disciplinary_case_check();
CREATE TRIGGER disciplinary_case_history AFTER UPDATE OR DELETE ON civilservice.disciplinary_case
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER disciplinary_case_check ON civilservice.disciplinary_case IS
  'Within the employment; N1 valid_until computed or required; N1a limited_to_previous_sanction (concept_check); L507 released_necessity rests on prevention_of_harm';
COMMENT ON TRIGGER disciplinary_case_history ON civilservice.disciplinary_case IS 'Every change of a case is kept';

CREATE TABLE civilservice.case_circumstance (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    case_id       bigint NOT NULL,
    kind          text NOT NULL CONSTRAINT case_circumstance_kind_valid CHECK (civilservice.checked(
        kind IN ('excluding', 'mitigating', 'aggravating'),
        'Концепция, L250', 'case_circumstance_kind_valid', 'case_circumstance', 'unknown kind of circumstance',
        format('Kind given: "%s".', kind),
        'Use excluding (исключающее), mitigating (смягчающее) or aggravating (отягчающее).')),
    code          text NOT NULL CONSTRAINT case_circumstance_code_given CHECK (civilservice.checked(
        code ~ '^[a-z][a-z0-9_]*$',
        'Концепция, L250', 'case_circumstance_code_given', 'case_circumstance', 'a circumstance has a code of lower-case Latin letters, digits and _',
        format('Code given: "%s".', code),
        'Give a code such as prevention_of_harm, first_offence, repeated_offence.')),
    description   text,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT case_circumstance_case_fkey FOREIGN KEY (state_body_id, case_id)
        REFERENCES civilservice.disciplinary_case (state_body_id, id) ON DELETE CASCADE
);
CREATE INDEX case_circumstance_case_idx ON civilservice.case_circumstance (state_body_id, case_id, kind);
COMMENT ON TABLE civilservice.case_circumstance IS
  'Обстоятельства, исключающие, смягчающие или отягчающие дисциплинарную ответственность (Концепция, L250, L1173): the circumstances considered in a case. excluding prevention_of_harm is the ground of released_necessity (L507); an aggravating one excludes limited_to_previous_sanction (N1a)';
COMMENT ON COLUMN civilservice.case_circumstance.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.case_circumstance.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.case_circumstance.case_id IS 'Дисциплинарное дело';
COMMENT ON COLUMN civilservice.case_circumstance.kind IS 'excluding (исключающее), mitigating (смягчающее), aggravating (отягчающее)';
COMMENT ON COLUMN civilservice.case_circumstance.code IS 'Код обстоятельства, e.g. prevention_of_harm (предотвращение опасности ущерба, которая не могла быть устранена иными способами, L507)';
COMMENT ON COLUMN civilservice.case_circumstance.description IS 'Описание';
COMMENT ON CONSTRAINT case_circumstance_kind_valid ON civilservice.case_circumstance IS 'L250: excluding, mitigating, aggravating';
COMMENT ON CONSTRAINT case_circumstance_code_given ON civilservice.case_circumstance IS 'A circumstance has a code';
COMMENT ON CONSTRAINT case_circumstance_case_fkey ON civilservice.case_circumstance IS 'A circumstance belongs to a case of the same body; deleting the case deletes it';
COMMENT ON INDEX civilservice.case_circumstance_case_idx IS 'The circumstances of a case by kind (N1a, L507)';
COMMENT ON SEQUENCE civilservice.case_circumstance_id_seq IS 'Keys of civilservice.case_circumstance';
CREATE TRIGGER case_circumstance_check BEFORE INSERT OR UPDATE OR DELETE ON civilservice.case_circumstance
    FOR EACH ROW EXECUTE FUNCTION civilservice.case_circumstance_check();
CREATE TRIGGER case_circumstance_history AFTER UPDATE OR DELETE ON civilservice.case_circumstance
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER case_circumstance_check ON civilservice.case_circumstance IS
  'N1a: an aggravating circumstance under limited_to_previous_sanction (concept_check); L507: the ground of released_necessity is kept';
COMMENT ON TRIGGER case_circumstance_history ON civilservice.case_circumstance IS 'Every change of a circumstance is kept';

------------------------------------------------------------------------------
-- Quarterly performance evaluation (P8, P9; I14; L179)

CREATE TABLE civilservice.performance_evaluation (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    quarter       date NOT NULL,
    rating        text NOT NULL CONSTRAINT performance_evaluation_rating_valid CHECK (civilservice.checked(
        rating IN ('high', 'satisfactory', 'unsatisfactory'),
        'Концепция, L179', 'performance_evaluation_rating_valid', 'performance_evaluation', 'unknown rating of a quarterly evaluation',
        format('Rating given: "%s".', rating),
        'Use high, satisfactory or unsatisfactory.')),
    decided_on    date,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT performance_evaluation_quarter_start CHECK (civilservice.checked(
        isfinite(quarter) AND quarter = date_trunc('quarter', quarter)::date,
        'Концепция, L179', 'performance_evaluation_quarter_start', 'performance_evaluation', 'a quarter is given by its first day',
        format('Quarter given: %s.', quarter),
        'Give 1 January, 1 April, 1 July or 1 October of the year.')),
    CONSTRAINT performance_evaluation_decided_on CHECK (civilservice.checked(
        decided_on IS NULL OR (isfinite(decided_on) AND decided_on >= quarter),
        'Концепция, L179', 'performance_evaluation_decided_on', 'performance_evaluation', 'an evaluation is decided on or after the first day of its quarter',
        format('Quarter %s, decided on %s.', quarter, decided_on),
        'Give the day of the decision, on or after the first day of the quarter.')),
    CONSTRAINT performance_evaluation_one_per_quarter UNIQUE (state_body_id, employee_id, quarter)
);
COMMENT ON TABLE civilservice.performance_evaluation IS
  'Ежеквартальная оценка деятельности (Концепция, L179; I14): one rating per employee and calendar quarter, for a quarter with at least one day of employment. Read by promotion_candidates (P8) and demotion_candidates (P9), which report and never refuse';
COMMENT ON COLUMN civilservice.performance_evaluation.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.performance_evaluation.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.performance_evaluation.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.performance_evaluation.quarter IS 'Квартал: its first day (1 January, 1 April, 1 July, 1 October)';
COMMENT ON COLUMN civilservice.performance_evaluation.rating IS 'Оценка: high (высокие результаты), satisfactory, unsatisfactory (неудовлетворительная)';
COMMENT ON COLUMN civilservice.performance_evaluation.decided_on IS 'Дата решения об оценке (optional); on or after the first day of the quarter';
COMMENT ON CONSTRAINT performance_evaluation_rating_valid ON civilservice.performance_evaluation IS 'L179: high, satisfactory, unsatisfactory';
COMMENT ON CONSTRAINT performance_evaluation_quarter_start ON civilservice.performance_evaluation IS 'A quarter is given by its first day';
COMMENT ON CONSTRAINT performance_evaluation_decided_on ON civilservice.performance_evaluation IS 'Decided on or after the quarter starts';
COMMENT ON CONSTRAINT performance_evaluation_one_per_quarter ON civilservice.performance_evaluation IS 'L179: one evaluation per employee and quarter';
COMMENT ON INDEX civilservice.performance_evaluation_one_per_quarter IS 'One evaluation per employee and quarter; an employee''s evaluations by quarter (P8, P9)';
COMMENT ON SEQUENCE civilservice.performance_evaluation_id_seq IS 'Keys of civilservice.performance_evaluation';
CREATE TRIGGER performance_evaluation_check BEFORE INSERT OR UPDATE ON civilservice.performance_evaluation
    FOR EACH ROW EXECUTE FUNCTION civilservice.performance_evaluation_check();
CREATE TRIGGER performance_evaluation_history AFTER UPDATE OR DELETE ON civilservice.performance_evaluation
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER performance_evaluation_check ON civilservice.performance_evaluation IS
  'The employee is employed in the quarter (performance_evaluation_employed)';
COMMENT ON TRIGGER performance_evaluation_history ON civilservice.performance_evaluation IS 'Every change of an evaluation is kept';

------------------------------------------------------------------------------
-- Quarterly premiums (P10; L445, L950)

CREATE TABLE civilservice.premium (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    quarter       date NOT NULL,
    amount        numeric(14,2) NOT NULL,
    awarded_on    date NOT NULL,
    basis         text NOT NULL,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT premium_quarter_start CHECK (civilservice.checked(
        isfinite(quarter) AND quarter = date_trunc('quarter', quarter)::date,
        'Концепция, L445', 'premium_quarter_start', 'premium', 'a quarter is given by its first day',
        format('Quarter given: %s.', quarter),
        'Give 1 January, 1 April, 1 July or 1 October of the year.')),
    CONSTRAINT premium_amount_positive CHECK (civilservice.checked(amount > 0,
        'Концепция, L445', 'premium_amount_positive', 'premium', 'a premium is a positive amount',
        format('Amount given: %s.', amount), 'Give the amount in tenge, greater than zero.')),
    CONSTRAINT premium_awarded_on CHECK (civilservice.checked(
        isfinite(awarded_on) AND awarded_on >= quarter,
        'Концепция, L445', 'premium_awarded_on', 'premium', 'a premium is awarded on or after the first day of its quarter',
        format('Quarter %s, awarded on %s.', quarter, awarded_on), 'Give the date of the order awarding it.')),
    CONSTRAINT premium_basis_given CHECK (civilservice.checked(btrim(basis, E' \t\n') <> '',
        'Концепция, L445', 'premium_basis_given', 'premium', 'a premium names its order',
        'basis is blank.', 'Give the number and date of the order.'))
);
CREATE INDEX premium_employee_quarter_idx ON civilservice.premium (state_body_id, employee_id, quarter);
COMMENT ON TABLE civilservice.premium IS
  'Ежеквартальная премия (Концепция, L445, L950; P10): «отказ от бонусирования в пользу ежеквартальных премий» — the premiums of an employee per calendar quarter; at most premium_max_per_quarter (1) per employee and quarter, checked as a rule of the Concept (a warning and a finding while proposed, refused once the act of deliverable 14d is in force)';
COMMENT ON COLUMN civilservice.premium.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.premium.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.premium.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.premium.quarter IS 'Квартал, за который выплачена премия: its first day';
COMMENT ON COLUMN civilservice.premium.amount IS 'Сумма, тенге';
COMMENT ON COLUMN civilservice.premium.awarded_on IS 'Дата приказа о премировании: the date the cap is checked on';
COMMENT ON COLUMN civilservice.premium.basis IS 'Приказ: number and date';
COMMENT ON CONSTRAINT premium_quarter_start ON civilservice.premium IS 'A quarter is given by its first day';
COMMENT ON CONSTRAINT premium_amount_positive ON civilservice.premium IS 'A premium is a positive amount';
COMMENT ON CONSTRAINT premium_awarded_on ON civilservice.premium IS 'Awarded on or after the quarter starts';
COMMENT ON CONSTRAINT premium_basis_given ON civilservice.premium IS 'The order is named';
COMMENT ON INDEX civilservice.premium_employee_quarter_idx IS 'An employee''s premiums by quarter (premium_max_per_quarter)';
COMMENT ON SEQUENCE civilservice.premium_id_seq IS 'Keys of civilservice.premium';
CREATE TRIGGER premium_check BEFORE INSERT OR UPDATE ON civilservice.premium
    FOR EACH ROW EXECUTE FUNCTION civilservice.premium_check();
CREATE TRIGGER premium_history AFTER UPDATE OR DELETE ON civilservice.premium
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER premium_check ON civilservice.premium IS
  'Employed in the quarter (premium_employed); P10: at most premium_max_per_quarter per employee and quarter (concept_check, premium_max_per_quarter)';
COMMENT ON TRIGGER premium_history ON civilservice.premium IS 'Every change of a premium is kept';
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
-- Reporting views for BI tools: the schema civilservice_bi.
--
-- BI tools list tables and views, not set-returning functions. Each view of
-- this schema answers one management question over the records of the state
-- bodies. The views run with the rights of their owner (the owner of the
-- records, who created them with create_records()), so a BI login needs no
-- privilege on the record tables: each view keeps only the rows of the bodies
-- the querying user serves (a function in a view sees the querying user as
-- current_user). They are security barriers: a condition the user adds
-- (a leaky function in WHERE) never sees a row of another body.
-- The schema holds nothing else; USAGE and SELECT go to the reader, the
-- auditors and the administrator.

CREATE SCHEMA civilservice_bi;
COMMENT ON SCHEMA civilservice_bi IS
  'Отчётные представления для BI / Reporting views for BI tools: one view per management question, each showing only the rows of the state bodies the querying user serves (all bodies for civilservice_admin and civilservice_national_auditor); read by civilservice_reader, civilservice_auditor, civilservice_national_auditor and civilservice_admin';

------------------------------------------------------------------------------
-- State bodies and employees (without the IIN)

CREATE VIEW civilservice_bi.state_bodies WITH (security_barrier) AS
    SELECT b.id AS state_body_id, b.bin::text AS bin, b.name_ru, b.name_kk, b.time_zone, b.calendar_code,
           CAST(now() AT TIME ZONE b.time_zone AS date) AS today
      FROM civilservice.state_body b
     WHERE (SELECT civilservice.serves_every_state_body())
        OR b.id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[]);
COMMENT ON VIEW civilservice_bi.state_bodies IS
  'Государственные органы / State bodies: the bodies the user serves, with their time zone, production calendar and today''s date there';
COMMENT ON COLUMN civilservice_bi.state_bodies.state_body_id IS 'Государственный орган / State body (key used by every view of the schema)';
COMMENT ON COLUMN civilservice_bi.state_bodies.bin IS 'БИН / Business identification number';
COMMENT ON COLUMN civilservice_bi.state_bodies.name_ru IS 'Наименование на русском / Name in Russian';
COMMENT ON COLUMN civilservice_bi.state_bodies.name_kk IS 'Наименование на казахском / Name in Kazakh';
COMMENT ON COLUMN civilservice_bi.state_bodies.time_zone IS 'Часовой пояс / Time zone of the body''s working days';
COMMENT ON COLUMN civilservice_bi.state_bodies.calendar_code IS 'Производственный календарь / Production calendar';
COMMENT ON COLUMN civilservice_bi.state_bodies.today IS 'Сегодня в часовом поясе органа / Today in the body''s time zone';

CREATE VIEW civilservice_bi.employees WITH (security_barrier) AS
    SELECT e.state_body_id, e.id AS employee_id, e.full_name, e.position, e.position_category,
           e.is_authorized, e.follows_reglament, e.employed_from, e.employed_to,
           e.employed_from <= t.today AND (e.employed_to IS NULL OR e.employed_to >= t.today) AS employed_today
      FROM civilservice.employee e
      JOIN civilservice.state_body b ON b.id = e.state_body_id
     CROSS JOIN LATERAL (SELECT CAST(now() AT TIME ZONE b.time_zone AS date) AS today) t
     WHERE (SELECT civilservice.serves_every_state_body())
        OR e.state_body_id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[]);
COMMENT ON VIEW civilservice_bi.employees IS
  'Служащие (без ИИН) / Employees without their IIN: position, category, authorized person (п. 3), reglament (п. 14), employment';
COMMENT ON COLUMN civilservice_bi.employees.state_body_id IS 'Государственный орган / State body';
COMMENT ON COLUMN civilservice_bi.employees.employee_id IS 'Служащий / Employee (key within the body)';
COMMENT ON COLUMN civilservice_bi.employees.full_name IS 'ФИО / Full name';
COMMENT ON COLUMN civilservice_bi.employees.position IS 'Должность / Position';
COMMENT ON COLUMN civilservice_bi.employees.position_category IS 'Категория должности / Category of the position (A-1, B-2, …)';
COMMENT ON COLUMN civilservice_bi.employees.is_authorized IS 'Уполномоченное лицо (п. 3) / Authorized person';
COMMENT ON COLUMN civilservice_bi.employees.follows_reglament IS 'Работает по регламенту (п. 14) / Works by the body''s reglament (no flexible time)';
COMMENT ON COLUMN civilservice_bi.employees.employed_from IS 'Принят с / Employed from';
COMMENT ON COLUMN civilservice_bi.employees.employed_to IS 'Последний день работы / Last day of employment (NULL: employed)';
COMMENT ON COLUMN civilservice_bi.employees.employed_today IS 'Работает сегодня / Employed today (the body''s time zone)';

------------------------------------------------------------------------------
-- Regimes: today, and on each day of a bounded window

CREATE VIEW civilservice_bi.regimes_today WITH (security_barrier) AS
    SELECT ae.state_body_id, t.today AS day, ae.employee_id, e.full_name, a.regime, a.id AS act_id, a.number AS act_number,
           a.basis, lower(ae.effective_term) AS first_day, upper(ae.effective_term) - 1 AS last_day
      FROM civilservice.act_employee ae
      JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
      JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
      JOIN civilservice.state_body b ON b.id = ae.state_body_id
     CROSS JOIN LATERAL (SELECT CAST(now() AT TIME ZONE b.time_zone AS date) AS today) t
     WHERE ae.effective_term @> t.today
       AND ((SELECT civilservice.serves_every_state_body())
            OR ae.state_body_id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[]));
COMMENT ON VIEW civilservice_bi.regimes_today IS
  'Режимы работы сегодня / Working-time regimes today: who works remotely, combined remotely or on flexible time today in the body''s time zone (п. 3, 4, 5, 13, 15), by the days in effect of each act (extensions, emergency caps and cancellations included)';
COMMENT ON COLUMN civilservice_bi.regimes_today.state_body_id IS 'Государственный орган / State body';
COMMENT ON COLUMN civilservice_bi.regimes_today.day IS 'Дата (сегодня в часовом поясе органа) / The date: today in the body''s time zone';
COMMENT ON COLUMN civilservice_bi.regimes_today.employee_id IS 'Служащий / Employee';
COMMENT ON COLUMN civilservice_bi.regimes_today.full_name IS 'ФИО / Full name';
COMMENT ON COLUMN civilservice_bi.regimes_today.regime IS 'Режим: remote, combined_remote, flexible / Regime (п. 3)';
COMMENT ON COLUMN civilservice_bi.regimes_today.act_id IS 'Акт / The act that sets the regime';
COMMENT ON COLUMN civilservice_bi.regimes_today.act_number IS 'Номер акта / Number of the act';
COMMENT ON COLUMN civilservice_bi.regimes_today.basis IS 'Основание: agreement (п. 4), emergency (п. 5), application (п. 15) / Basis of the act';
COMMENT ON COLUMN civilservice_bi.regimes_today.first_day IS 'Первый день режима / First day on the regime';
COMMENT ON COLUMN civilservice_bi.regimes_today.last_day IS 'Последний день режима / Last day on the regime (extensions, caps and cancellations included)';

-- A chosen date: a view over the days of a bounded window (a BI tool filters
-- on day), not a per-user parameter table, which a reading role would have
-- to write. The window: one year before today to three months after it
-- (Kazakhstan time); civilservice.regimes_on(d) answers any other date for a
-- role that reads the records.
CREATE VIEW civilservice_bi.regimes_on WITH (security_barrier) AS
    SELECT ae.state_body_id, s.day, ae.employee_id, e.full_name, a.regime, a.id AS act_id, a.number AS act_number,
           a.basis, lower(ae.effective_term) AS first_day, upper(ae.effective_term) - 1 AS last_day
      FROM (SELECT CAST(d AS date) AS day
              FROM generate_series(CAST(now() AT TIME ZONE 'Asia/Almaty' AS date) - interval '1 year',
                                   CAST(now() AT TIME ZONE 'Asia/Almaty' AS date) + interval '3 months',
                                   interval '1 day') d) s
      JOIN civilservice.act_employee ae ON ae.effective_term @> s.day
      JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
      JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
     WHERE (SELECT civilservice.serves_every_state_body())
        OR ae.state_body_id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[]);
COMMENT ON VIEW civilservice_bi.regimes_on IS
  'Режимы работы на дату / Working-time regimes on a date: one row per employee, regime and day of the window from one year before today to three months after it (Kazakhstan time); filter on day (WHERE day = ''2026-05-04''). The same rows as civilservice.regimes_on(day)';
COMMENT ON COLUMN civilservice_bi.regimes_on.state_body_id IS 'Государственный орган / State body';
COMMENT ON COLUMN civilservice_bi.regimes_on.day IS 'Дата / The date (within the window: a year back, three months ahead)';
COMMENT ON COLUMN civilservice_bi.regimes_on.employee_id IS 'Служащий / Employee';
COMMENT ON COLUMN civilservice_bi.regimes_on.full_name IS 'ФИО / Full name';
COMMENT ON COLUMN civilservice_bi.regimes_on.regime IS 'Режим: remote, combined_remote, flexible / Regime (п. 3)';
COMMENT ON COLUMN civilservice_bi.regimes_on.act_id IS 'Акт / The act that sets the regime';
COMMENT ON COLUMN civilservice_bi.regimes_on.act_number IS 'Номер акта / Number of the act';
COMMENT ON COLUMN civilservice_bi.regimes_on.basis IS 'Основание: agreement (п. 4), emergency (п. 5), application (п. 15) / Basis of the act';
COMMENT ON COLUMN civilservice_bi.regimes_on.first_day IS 'Первый день режима / First day on the regime';
COMMENT ON COLUMN civilservice_bi.regimes_on.last_day IS 'Последний день режима / Last day on the regime';

------------------------------------------------------------------------------
-- Applications (п. 15, 16)

CREATE VIEW civilservice_bi.application_queue WITH (security_barrier) AS
    SELECT q.state_body_id, q.id AS application_id, q.employee_id, e.full_name, q.channel, q.received_on, q.deadline,
           q.status, q.decided_on,
           CASE WHEN q.status = 'received' THEN
               civilservice.working_days_between(q.today + 1, q.deadline + 1, q.calendar_code) END AS working_days_left,
           q.status = 'received' AND q.today > q.deadline AS overdue,
           q.status = 'received' AND q.today = q.deadline AS due_today,
           CASE WHEN q.status IN ('approved', 'rejected') THEN q.decided_on > q.deadline END AS decided_late
      FROM (SELECT fa.state_body_id, fa.id, fa.employee_id, fa.channel, fa.status, b.calendar_code,
                   CAST(fa.received_at AT TIME ZONE b.time_zone AS date) AS received_on,
                   CAST(fa.decided_at AT TIME ZONE b.time_zone AS date) AS decided_on,
                   civilservice.review_deadline(CAST(fa.received_at AT TIME ZONE b.time_zone AS date), b.calendar_code) AS deadline,
                   CAST(now() AT TIME ZONE b.time_zone AS date) AS today
              FROM civilservice.flexible_application fa
              JOIN civilservice.state_body b ON b.id = fa.state_body_id
             WHERE (SELECT civilservice.serves_every_state_body())
                OR fa.state_body_id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[])) q
      JOIN civilservice.employee e ON e.state_body_id = q.state_body_id AND e.id = q.employee_id;
COMMENT ON VIEW civilservice_bi.application_queue IS
  'Очередь заявлений (п. 16) / The queue of applications for flexible time: the day received, the review deadline (ten working days on the body''s production calendar), the working days left, and whether the review is overdue, due today, or was decided late';
COMMENT ON COLUMN civilservice_bi.application_queue.state_body_id IS 'Государственный орган / State body';
COMMENT ON COLUMN civilservice_bi.application_queue.application_id IS 'Заявление (п. 15) / Application';
COMMENT ON COLUMN civilservice_bi.application_queue.employee_id IS 'Служащий / Employee who applied';
COMMENT ON COLUMN civilservice_bi.application_queue.full_name IS 'ФИО / Full name';
COMMENT ON COLUMN civilservice_bi.application_queue.channel IS 'Канал подачи / Channel: e_qyzmet, hr_information_system (and before 11.07.2026 document_management_system, paper)';
COMMENT ON COLUMN civilservice_bi.application_queue.received_on IS 'Дата поступления / Day received, in the body''s time zone';
COMMENT ON COLUMN civilservice_bi.application_queue.deadline IS 'Срок рассмотрения (п. 16) / Review deadline: the 10th working day after receipt';
COMMENT ON COLUMN civilservice_bi.application_queue.status IS 'Статус / Status: received, approved, rejected, withdrawn';
COMMENT ON COLUMN civilservice_bi.application_queue.decided_on IS 'Дата решения / Day decided (approved by signing the act, or rejected), in the body''s time zone';
COMMENT ON COLUMN civilservice_bi.application_queue.working_days_left IS 'Осталось рабочих дней / While awaiting review: working days after today up to the deadline (0 on the last day, negative when overdue)';
COMMENT ON COLUMN civilservice_bi.application_queue.overdue IS 'Просрочено / Awaiting review after the deadline';
COMMENT ON COLUMN civilservice_bi.application_queue.due_today IS 'Срок сегодня / Awaiting review, and today is the deadline';
COMMENT ON COLUMN civilservice_bi.application_queue.decided_late IS 'Решено с нарушением срока / Approved or rejected after the deadline (NULL while not decided)';

------------------------------------------------------------------------------
-- Acts and participations ending soon (п. 18)

CREATE VIEW civilservice_bi.expiring_acts WITH (security_barrier) AS
    SELECT x.state_body_id, x.act_id, x.act_number, x.regime, x.employee_id, x.full_name, x.last_day, x.act_last_day,
           civilservice.working_days_between(x.today + 1, x.last_day + 1, x.calendar_code) AS working_days_left
      FROM (SELECT ae.state_body_id, ae.act_id, a.number AS act_number, a.regime, ae.employee_id, e.full_name, b.calendar_code,
                   upper(ae.effective_term) - 1 AS last_day, upper(a.term) - 1 AS act_last_day,
                   CAST(now() AT TIME ZONE b.time_zone AS date) AS today
              FROM civilservice.act_employee ae
              JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
              JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
              JOIN civilservice.state_body b ON b.id = ae.state_body_id
             WHERE a.status = 'signed' AND ae.effective_term IS NOT NULL AND NOT isempty(ae.effective_term)
               AND ((SELECT civilservice.serves_every_state_body())
                    OR ae.state_body_id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[]))) x
     WHERE x.last_day >= x.today;
COMMENT ON VIEW civilservice_bi.expiring_acts IS
  'Истекающие акты и участия / Acts and participations ending: every participation of a signed act whose last day in effect is today or later, with the working days left; WHERE working_days_left <= N gives those ending within N working days (as civilservice.expiring_acts(N)), for extensions (п. 18) or new acts';
COMMENT ON COLUMN civilservice_bi.expiring_acts.state_body_id IS 'Государственный орган / State body';
COMMENT ON COLUMN civilservice_bi.expiring_acts.act_id IS 'Акт / Act';
COMMENT ON COLUMN civilservice_bi.expiring_acts.act_number IS 'Номер акта / Number of the act';
COMMENT ON COLUMN civilservice_bi.expiring_acts.regime IS 'Режим / Regime: remote, combined_remote, flexible';
COMMENT ON COLUMN civilservice_bi.expiring_acts.employee_id IS 'Служащий / Employee';
COMMENT ON COLUMN civilservice_bi.expiring_acts.full_name IS 'ФИО / Full name';
COMMENT ON COLUMN civilservice_bi.expiring_acts.last_day IS 'Последний день участия / Last day the employee is on the regime (extensions, caps and cancellations included)';
COMMENT ON COLUMN civilservice_bi.expiring_acts.act_last_day IS 'Последний день срока акта / Last day of the act''s own term (without extensions)';
COMMENT ON COLUMN civilservice_bi.expiring_acts.working_days_left IS 'Осталось рабочих дней / Working days after today up to the last day (0: it ends before the next working day)';

------------------------------------------------------------------------------
-- Violations (п. 21): per month and kind; how fresh they are; the candidates

CREATE VIEW civilservice_bi.violations_monthly WITH (security_barrier) AS
    SELECT v.state_body_id, CAST(date_trunc('month', v.day) AS date) AS month, v.kind, k.description AS kind_description,
           count(*)::integer AS violations,
           count(*) FILTER (WHERE v.source = 'manual')::integer AS manual,
           count(DISTINCT v.employee_id)::integer AS employees,
           count(DISTINCT (v.employee_id, v.day))::integer AS employee_days
      FROM civilservice.violation v
      LEFT JOIN civilservice.breach_kind k ON k.kind = v.kind
     WHERE (SELECT civilservice.serves_every_state_body())
        OR v.state_body_id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[])
     GROUP BY v.state_body_id, CAST(date_trunc('month', v.day) AS date), v.kind, k.description;
COMMENT ON VIEW civilservice_bi.violations_monthly IS
  'Нарушения по месяцам и видам / Violations per state body, month and kind (п. 21), computed and manual, as stored (see violation_freshness for the days still to be recomputed)';
COMMENT ON COLUMN civilservice_bi.violations_monthly.state_body_id IS 'Государственный орган / State body';
COMMENT ON COLUMN civilservice_bi.violations_monthly.month IS 'Месяц (первый день) / Month (its first day)';
COMMENT ON COLUMN civilservice_bi.violations_monthly.kind IS 'Вид нарушения / Kind of violation (civilservice.breach_kind)';
COMMENT ON COLUMN civilservice_bi.violations_monthly.kind_description IS 'Описание вида / What the kind means';
COMMENT ON COLUMN civilservice_bi.violations_monthly.violations IS 'Нарушений / Violations (rows)';
COMMENT ON COLUMN civilservice_bi.violations_monthly.manual IS 'Из них внесено кадровой службой / Of them entered by the HR service (manual)';
COMMENT ON COLUMN civilservice_bi.violations_monthly.employees IS 'Служащих / Distinct employees';
COMMENT ON COLUMN civilservice_bi.violations_monthly.employee_days IS 'Человеко-дней / Distinct employee-days';

CREATE VIEW civilservice_bi.violation_freshness WITH (security_barrier) AS
    SELECT b.id AS state_body_id, count(q.id)::integer AS pending_entries,
           count(DISTINCT q.employee_id)::integer AS pending_employees,
           min(lower(q.days)) AS oldest_pending_day, min(q.queued_at) AS oldest_queued_at
      FROM civilservice.state_body b
      LEFT JOIN civilservice.violation_queue q ON q.state_body_id = b.id
     WHERE (SELECT civilservice.serves_every_state_body())
        OR b.id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[])
     GROUP BY b.id;
COMMENT ON VIEW civilservice_bi.violation_freshness IS
  'Актуальность нарушений / How fresh the stored violations are, per state body: the entries of civilservice.violation_queue still awaiting refresh_violations() (pg_cron runs it every few minutes); no entries: the violations are current up to yesterday';
COMMENT ON COLUMN civilservice_bi.violation_freshness.state_body_id IS 'Государственный орган / State body';
COMMENT ON COLUMN civilservice_bi.violation_freshness.pending_entries IS 'Записей в очереди / Entries awaiting recomputation';
COMMENT ON COLUMN civilservice_bi.violation_freshness.pending_employees IS 'Служащих в очереди / Employees with days awaiting recomputation';
COMMENT ON COLUMN civilservice_bi.violation_freshness.oldest_pending_day IS 'Самый ранний день в очереди / Earliest day awaiting recomputation (NULL: none): violations before it are current';
COMMENT ON COLUMN civilservice_bi.violation_freshness.oldest_queued_at IS 'Когда поставлена самая старая запись / When the oldest entry was queued';

-- The candidates of п. 21, as civilservice.systematic_breaches() counts them,
-- from the violations as stored: a view never writes, so it does not run
-- refresh_violations() first; the freshness columns say what is pending.
CREATE VIEW civilservice_bi.cancellation_candidates WITH (security_barrier) AS
    SELECT c.state_body_id, c.employee_id, c.full_name, c.act_id, c.act_number, c.breaches, c.threshold,
           c.counted_from, c.counted_to, c.kinds, c.violations,
           (SELECT count(DISTINCT d)::integer
              FROM civilservice.violation_queue q
             CROSS JOIN LATERAL generate_series(greatest(lower(q.days), c.counted_from), least(upper(q.days) - 1, c.counted_to), interval '1 day') d
             WHERE q.state_body_id = c.state_body_id AND q.employee_id = c.employee_id) AS pending_days,
           (SELECT min(lower(q.days)) FROM civilservice.violation_queue q WHERE q.state_body_id = c.state_body_id) AS oldest_pending_day
      FROM (SELECT ae.state_body_id, ae.employee_id, e.full_name, ac.id AS act_id, ac.number AS act_number,
                   count(DISTINCT CASE WHEN v.source = 'manual' AND v.kind IN ('labour_discipline', 'regime_condition')
                                       THEN 'incident ' || v.id ELSE 'day ' || v.day END)::integer AS breaches,
                   x.threshold, x.counted_from, x.on_day AS counted_to,
                   array_agg(DISTINCT v.kind ORDER BY v.kind) AS kinds,
                   count(v.id)::integer AS violations
              FROM civilservice.act_employee ae
              JOIN civilservice.act ac ON ac.state_body_id = ae.state_body_id AND ac.id = ae.act_id
              JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
              JOIN civilservice.state_body b ON b.id = ae.state_body_id
             CROSS JOIN LATERAL (SELECT CAST(now() AT TIME ZONE b.time_zone AS date) AS on_day) t
             CROSS JOIN LATERAL (
                   SELECT t.on_day,
                          civilservice.rule_parameter_value('systematic_breach_count', t.on_day, ae.state_body_id)::integer AS threshold,
                          CAST(t.on_day - make_interval(months => civilservice.rule_parameter_value('systematic_breach_window_months', t.on_day, ae.state_body_id)::integer) AS date) + 1 AS counted_from) x
              JOIN civilservice.violation v ON v.state_body_id = ae.state_body_id AND v.employee_id = ae.employee_id
                                           AND v.day BETWEEN x.counted_from AND x.on_day
             WHERE ac.regime = 'flexible' AND ac.status = 'signed' AND ae.effective_term @> x.on_day
               AND ((SELECT civilservice.serves_every_state_body())
                    OR ae.state_body_id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[]))
             GROUP BY ae.state_body_id, ae.employee_id, e.full_name, ac.id, ac.number, x.threshold, x.counted_from, x.on_day
            HAVING count(DISTINCT CASE WHEN v.source = 'manual' AND v.kind IN ('labour_discipline', 'regime_condition')
                                       THEN 'incident ' || v.id ELSE 'day ' || v.day END) >= x.threshold) c;
COMMENT ON VIEW civilservice_bi.cancellation_candidates IS
  'Кандидаты на отмену режима (п. 21) / Candidates for cancellation: employees on a signed flexible act in force today whose breaches in the body''s window reach the body''s threshold, counted as civilservice.systematic_breaches() counts them (days with a violation plus documented incidents) but from the violations AS STORED — the view does not run refresh_violations(); pending_days and oldest_pending_day say how fresh they are';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.state_body_id IS 'Государственный орган / State body';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.employee_id IS 'Служащий / Employee';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.full_name IS 'ФИО / Full name';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.act_id IS 'Акт гибкого графика / The flexible act in force';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.act_number IS 'Номер акта / Number of the act';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.breaches IS 'Нарушений (дней и инцидентов) / Breaches: days with a violation plus documented incidents';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.threshold IS 'Порог органа / The body''s threshold (systematic_breach_count)';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.counted_from IS 'Начало окна / First day of the window';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.counted_to IS 'Конец окна (сегодня) / Last day of the window: today in the body''s time zone';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.kinds IS 'Виды нарушений / Kinds of the violations';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.violations IS 'Записей нарушений / Violation rows';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.pending_days IS 'Дней окна в очереди пересчёта / Days of the employee''s window still awaiting recomputation (0: counted from current violations)';
COMMENT ON COLUMN civilservice_bi.cancellation_candidates.oldest_pending_day IS 'Самый ранний день в очереди органа / Earliest day of the body awaiting recomputation (NULL: none)';

------------------------------------------------------------------------------
-- Cancellations (п. 21): of one participation, and of whole acts

CREATE VIEW civilservice_bi.cancellations WITH (security_barrier) AS
    SELECT c.state_body_id, c.cancellation, c.act_id, c.act_number, c.regime, c.employee_id, c.full_name,
           c.cancelled_on, c.reason, c.cancelled_by, cb.full_name AS cancelled_by_name, c.signed_by_role,
           c.acting_for, c.previous_term, c.employees
      FROM (SELECT pc.state_body_id, 'participation'::text AS cancellation, pc.act_id, a.number AS act_number, a.regime,
                   pc.employee_id, e.full_name, pc.cancelled_on, pc.reason, coalesce(pc.signed_by_employee, pc.cancelled_by) AS cancelled_by,
                   pc.signed_by_role, pc.signed_for AS acting_for, pc.previous_term, 1 AS employees
              FROM civilservice.participation_cancellation pc
              JOIN civilservice.act a ON a.state_body_id = pc.state_body_id AND a.id = pc.act_id
              JOIN civilservice.employee e ON e.state_body_id = pc.state_body_id AND e.id = pc.employee_id
            UNION ALL
            SELECT a.state_body_id, 'act', a.id, a.number, a.regime, NULL, NULL, a.cancelled_on, a.cancel_reason,
                   a.cancelled_by_employee, a.cancelled_by_role, a.cancelled_for, a.term,
                   (SELECT count(*)::integer FROM civilservice.act_employee ae
                     WHERE ae.state_body_id = a.state_body_id AND ae.act_id = a.id)
              FROM civilservice.act a
             WHERE a.status = 'cancelled') c
      LEFT JOIN civilservice.employee cb ON cb.state_body_id = c.state_body_id AND cb.id = c.cancelled_by
     WHERE (SELECT civilservice.serves_every_state_body())
        OR c.state_body_id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[]);
COMMENT ON VIEW civilservice_bi.cancellations IS
  'Отмены (п. 21) / Cancellations: of one employee''s participation (participation) and of whole acts (act), with the day, the reason and who signed';
COMMENT ON COLUMN civilservice_bi.cancellations.state_body_id IS 'Государственный орган / State body';
COMMENT ON COLUMN civilservice_bi.cancellations.cancellation IS 'Что отменено / What was cancelled: participation (one employee) or act (the whole act)';
COMMENT ON COLUMN civilservice_bi.cancellations.act_id IS 'Акт / Act';
COMMENT ON COLUMN civilservice_bi.cancellations.act_number IS 'Номер акта / Number of the act';
COMMENT ON COLUMN civilservice_bi.cancellations.regime IS 'Режим / Regime';
COMMENT ON COLUMN civilservice_bi.cancellations.employee_id IS 'Служащий (для отмены участия) / Employee (a participation; NULL for an act)';
COMMENT ON COLUMN civilservice_bi.cancellations.full_name IS 'ФИО служащего / Employee''s full name';
COMMENT ON COLUMN civilservice_bi.cancellations.cancelled_on IS 'Дата отмены / Day of the cancellation (a participation: first day off the regime; an act: the regime ends the day before)';
COMMENT ON COLUMN civilservice_bi.cancellations.reason IS 'Причина / Reason';
COMMENT ON COLUMN civilservice_bi.cancellations.cancelled_by IS 'Подписавший (служащий) / The employee who signed (for a participation without a recorded signature: the authorized person named)';
COMMENT ON COLUMN civilservice_bi.cancellations.cancelled_by_name IS 'ФИО подписавшего / Full name of who signed';
COMMENT ON COLUMN civilservice_bi.cancellations.signed_by_role IS 'Роль базы данных / The database role that signed';
COMMENT ON COLUMN civilservice_bi.cancellations.acting_for IS 'За кого подписано / The authorized person named, when another signed for them (п. 3.7)';
COMMENT ON COLUMN civilservice_bi.cancellations.previous_term IS 'Срок до отмены / Days in effect before the cancellation (a participation), the act''s term (an act)';
COMMENT ON COLUMN civilservice_bi.cancellations.employees IS 'Служащих затронуто / Employees concerned (1 for a participation, the act''s list for an act)';

------------------------------------------------------------------------------
-- Demands outside working time (п. 11)

CREATE VIEW civilservice_bi.after_hours_demands WITH (security_barrier) AS
    SELECT d.state_body_id, d.id AS demand_id, d.employee_id, e.full_name, d.demanded_by, db.full_name AS demanded_by_name,
           d.demanded_at, d.kind, l.local_from, l.local_to, sch.schedule::text AS schedule,
           CASE WHEN NOT civilservice.is_working_day(CAST(l.local_from AS date), b.calendar_code) THEN 'day_off'
                WHEN sch.schedule IS NOT NULL AND CAST(l.local_from AS time) < civilservice.day_start(sch.schedule) THEN 'before_working_time'
                ELSE 'after_working_time' END AS outside
      FROM civilservice.availability_demand d
      JOIN civilservice.state_body b ON b.id = d.state_body_id
      JOIN civilservice.employee e ON e.state_body_id = d.state_body_id AND e.id = d.employee_id
      LEFT JOIN civilservice.employee db ON db.state_body_id = d.state_body_id AND db.id = d.demanded_by
     CROSS JOIN LATERAL (SELECT d.required_from AT TIME ZONE b.time_zone AS local_from,
                                coalesce(d.required_to, d.required_from) AT TIME ZONE b.time_zone AS local_to) l
     CROSS JOIN LATERAL (
          SELECT coalesce((SELECT ac.fixed_working_time
                             FROM civilservice.act_employee ae
                             JOIN civilservice.act ac ON ac.state_body_id = ae.state_body_id AND ac.id = ae.act_id
                            WHERE ae.state_body_id = d.state_body_id AND ae.employee_id = d.employee_id
                              AND ae.regime_group = 'flexible' AND ae.effective_term @> CAST(l.local_from AS date)),
                          e.work_schedule, b.work_schedule) AS schedule) sch
     WHERE d.legal_exception IS NULL
       AND (NOT civilservice.is_working_day(CAST(l.local_from AS date), b.calendar_code)
            OR CAST(l.local_to AS date) > CAST(l.local_from AS date)
            OR sch.schedule IS NOT NULL
               AND (CAST(l.local_from AS time) < civilservice.day_start(sch.schedule)
                    OR CAST(l.local_to AS time) > civilservice.day_end(sch.schedule)))
       AND ((SELECT civilservice.serves_every_state_body())
            OR d.state_body_id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[]));
COMMENT ON VIEW civilservice_bi.after_hours_demands IS
  'Требования вне рабочего времени (п. 11) / Demands outside working time: demands that an employee be reachable or work on a day off, before or after the schedule in force (the body''s time zone), without the exception of art. 32 p. 4 of the Law "On civil service" — violations of the employer';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.state_body_id IS 'Государственный орган / State body';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.demand_id IS 'Требование / The demand';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.employee_id IS 'Служащий / Employee demanded of';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.full_name IS 'ФИО служащего / Employee''s full name';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.demanded_by IS 'Кто потребовал / Employee who demanded';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.demanded_by_name IS 'ФИО потребовавшего / Full name of who demanded';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.demanded_at IS 'Когда потребовал / When demanded';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.kind IS 'Вид: be_reachable (быть на связи), work (выполнять работу) / Kind of demand';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.local_from IS 'С (местное время) / Required from, the body''s local time';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.local_to IS 'По (местное время) / Required until, the body''s local time';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.schedule IS 'График в тот день / Schedule in force that day (the flexible act''s, the employee''s or the body''s)';
COMMENT ON COLUMN civilservice_bi.after_hours_demands.outside IS 'Вне рабочего времени: day_off, before_working_time, after_working_time / Why it is outside working time';

------------------------------------------------------------------------------
-- The Concept 2024–2029: the action plan and the open findings

CREATE VIEW civilservice_bi.concept_plan_status WITH (security_barrier) AS
    SELECT s.item_no, s.direction, s.code, s.year, s.forms, s.deadline_text, s.executors, s.due, s.last_working_day,
           s.state, s.state_since, s.overdue, s.due_soon, s.act_id, s.act_reference, s.act_adopted_on, s.parameters
      FROM civilservice.concept_plan_status(CAST(now() AT TIME ZONE 'Asia/Almaty' AS date)) s;
COMMENT ON VIEW civilservice_bi.concept_plan_status IS
  'Исполнение плана действий Концепции / The Concept''s action plan today (Kazakhstan time): each deliverable with its deadline, state, whether it is overdue or due within 20 working days, and the implementing act; national, the same for every body (civilservice.concept_plan_status(today))';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.item_no IS 'Пункт плана / Item of the plan';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.direction IS 'Направление / Direction of the Concept';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.code IS 'Код результата / Deliverable';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.year IS 'Год (ежегодные) / Year of a recurring deliverable';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.forms IS 'Форма завершения / Form of completion';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.deadline_text IS 'Срок по плану / Deadline as the plan words it';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.executors IS 'Исполнители / Executors';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.due IS 'Срок / Due date';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.last_working_day IS 'Последний рабочий день срока / Last working day by the due date';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.state IS 'Состояние / State: not_started, in_progress, submitted, adopted';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.state_since IS 'С какой даты / Since when';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.overdue IS 'Просрочено / Past due and neither adopted nor submitted';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.due_soon IS 'Срок скоро / Due within 20 working days, neither adopted nor submitted';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.act_id IS 'Принятый акт / The implementing act adopted';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.act_reference IS 'Реквизиты акта / Reference of the act';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.act_adopted_on IS 'Дата принятия акта / Day the act was adopted';
COMMENT ON COLUMN civilservice_bi.concept_plan_status.parameters IS 'Параметры Концепции / Parameters of the Concept the deliverable brings into force';

CREATE VIEW civilservice_bi.concept_findings_open WITH (security_barrier) AS
    SELECT f.state_body_id, f.parameter, f.constraint_name, f.table_name, f.record_id, f.on_date,
           f.message, f.detail, f.found_at, s.status AS status_today,
           civilservice.concept_check_mode(f.state_body_id, f.parameter, CAST(now() AT TIME ZONE 'Asia/Almaty' AS date)) AS mode_today
      FROM (SELECT DISTINCT ON (cf.state_body_id, cf.table_name, cf.record_id, cf.constraint_name) cf.*
              FROM civilservice.concept_finding cf
             WHERE (SELECT civilservice.serves_every_state_body())
                OR cf.state_body_id = ANY ((SELECT civilservice.served_state_bodies('{civilservice_admin,civilservice_hr,civilservice_authorized,civilservice_auditor,civilservice_reader}'))::bigint[])
             ORDER BY cf.state_body_id, cf.table_name, cf.record_id, cf.constraint_name, cf.id DESC) f
     CROSS JOIN LATERAL civilservice.concept_parameter_on(f.parameter, CAST(now() AT TIME ZONE 'Asia/Almaty' AS date)) s
     WHERE NOT f.cleared;
COMMENT ON VIEW civilservice_bi.concept_findings_open IS
  'Открытые замечания по Концепции / Open findings of the Concept''s checks: records that break a rule of the Concept while it is proposed and were not corrected, with the rule''s status and the body''s mode today';
COMMENT ON COLUMN civilservice_bi.concept_findings_open.state_body_id IS 'Государственный орган / State body';
COMMENT ON COLUMN civilservice_bi.concept_findings_open.parameter IS 'Параметр Концепции / Parameter of the Concept';
COMMENT ON COLUMN civilservice_bi.concept_findings_open.constraint_name IS 'Проверка / The check (the constraint a refusal would name)';
COMMENT ON COLUMN civilservice_bi.concept_findings_open.table_name IS 'Таблица записи / Table of the record';
COMMENT ON COLUMN civilservice_bi.concept_findings_open.record_id IS 'Запись / Key of the record within the body';
COMMENT ON COLUMN civilservice_bi.concept_findings_open.on_date IS 'Дата проверки / Date the check concerned';
COMMENT ON COLUMN civilservice_bi.concept_findings_open.message IS 'Что найдено / What was found';
COMMENT ON COLUMN civilservice_bi.concept_findings_open.detail IS 'Значения / The values concerned';
COMMENT ON COLUMN civilservice_bi.concept_findings_open.found_at IS 'Когда / When found';
COMMENT ON COLUMN civilservice_bi.concept_findings_open.status_today IS 'Статус параметра сегодня / Status of the parameter today: proposed, in_force';
COMMENT ON COLUMN civilservice_bi.concept_findings_open.mode_today IS 'Режим проверки органа сегодня / The body''s mode of the check today: off, warn, enforce';

-- The parameters of the Concept on a date: one row per parameter and day of
-- the Concept's term (2024–2029), civilservice.concept_parameters_on(day) for
-- each day. A filter on day is pushed into the series of days, so a date
-- picker computes one day only.
CREATE VIEW civilservice_bi.concept_parameters WITH (security_barrier) AS
    SELECT d.day, d.day = CAST(now() AT TIME ZONE 'Asia/Almaty' AS date) AS is_today,
           p.name AS parameter, p.status, p.value, p.unit, p.proposed_value, p.point, p.act_id, p.in_force_from,
           p.concept_lines, p.plan_item, pg_catalog.array_to_string(p.brought_by, ', ') AS brought_by, p.checked,
           p.description, p.decision
      FROM (SELECT CAST(g AS date) AS day
              FROM generate_series(timestamp '2024-01-01', timestamp '2029-12-31', interval '1 day') g) d
     CROSS JOIN LATERAL civilservice.concept_parameters_on(d.day) p;
COMMENT ON VIEW civilservice_bi.concept_parameters IS
  'Параметры Концепции на дату / The parameters of the Concept 2024–2029 on a date: one row per parameter and day from 1 January 2024 to 31 December 2029, with its status (proposed or in force by an implementing act), the value in force and the act; filter on day (WHERE day = ''2027-01-01'') or on is_today; national, the same for every body (civilservice.concept_parameters_on(day))';
COMMENT ON COLUMN civilservice_bi.concept_parameters.day IS 'Дата / The date (1 January 2024 to 31 December 2029)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.is_today IS 'Сегодня / Whether the date is today (Kazakhstan time)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.parameter IS 'Параметр Концепции / Parameter of the Concept, e.g. secondment_max_months';
COMMENT ON COLUMN civilservice_bi.concept_parameters.status IS 'Статус на дату / Status on the date: proposed (предложен), in_force (действует)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.value IS 'Значение на дату / The value on the date: the implementing act''s, else the Concept''s (NULL: neither gives one)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.unit IS 'Единица / Unit: working_days, months, years, count, flag';
COMMENT ON COLUMN civilservice_bi.concept_parameters.proposed_value IS 'Значение по Концепции / The value the Concept proposes';
COMMENT ON COLUMN civilservice_bi.concept_parameters.point IS 'Основание / What a refusal names: the lines of the Concept while proposed, the act once in force';
COMMENT ON COLUMN civilservice_bi.concept_parameters.act_id IS 'Реализующий акт / The implementing act in force on the date (NULL while proposed)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.in_force_from IS 'Действует с / Since when it is in force (NULL while proposed)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.concept_lines IS 'Строки Концепции / Lines of the Concept that state the value';
COMMENT ON COLUMN civilservice_bi.concept_parameters.plan_item IS 'Пункт плана действий / Item of the action plan that implements it';
COMMENT ON COLUMN civilservice_bi.concept_parameters.brought_by IS 'Результаты плана / Deliverables of the plan whose act brings it into force, comma-separated';
COMMENT ON COLUMN civilservice_bi.concept_parameters.checked IS 'Проверяется / Whether writes are checked against it';
COMMENT ON COLUMN civilservice_bi.concept_parameters.description IS 'Что ограничивает / What the value limits';
COMMENT ON COLUMN civilservice_bi.concept_parameters.decision IS 'Решение по толкованию / The decision on an open question of its reading';

-- The target indicators of the Concept: computed with the owner's rights by
-- civilservice.indicator_progress_served(), kept to the bodies the session
-- serves; the national rows are the whole nation.
CREATE VIEW civilservice_bi.indicator_progress WITH (security_barrier) AS
    SELECT p.year, p.state_body_id, p.indicator_no, p.name, p.unit, p.direction, p.target, p.actual, p.gap,
           p.achieved, p.previous_actual, p.trend
      FROM civilservice.indicator_progress_served() p;
COMMENT ON VIEW civilservice_bi.indicator_progress IS
  'Целевые индикаторы Концепции / The target indicators of the Concept 2024–2029 against their actuals, per year, for the whole nation (state_body_id NULL: Σ numerators ÷ Σ denominators over every body) and for each body the connected role serves: target, actual, gap, whether achieved (direction-aware) and the trend (civilservice.indicator_progress_served())';
COMMENT ON COLUMN civilservice_bi.indicator_progress.year IS 'Год / Year 2024–2029';
COMMENT ON COLUMN civilservice_bi.indicator_progress.state_body_id IS 'Государственный орган (NULL — по стране) / State body (NULL: the nation)';
COMMENT ON COLUMN civilservice_bi.indicator_progress.indicator_no IS 'Номер индикатора / Number of the indicator (1–7)';
COMMENT ON COLUMN civilservice_bi.indicator_progress.name IS 'Целевой индикатор / The indicator as the Concept words it';
COMMENT ON COLUMN civilservice_bi.indicator_progress.unit IS 'Единица / Unit: percent or persons';
COMMENT ON COLUMN civilservice_bi.indicator_progress.direction IS 'Направление / Direction: up or down';
COMMENT ON COLUMN civilservice_bi.indicator_progress.target IS 'Цель года / Target of the year';
COMMENT ON COLUMN civilservice_bi.indicator_progress.actual IS 'Факт / Actual (NULL without data)';
COMMENT ON COLUMN civilservice_bi.indicator_progress.gap IS 'Отклонение / Actual minus target';
COMMENT ON COLUMN civilservice_bi.indicator_progress.achieved IS 'Достигнуто / Achieved (up: actual ≥ target; down: actual ≤ target)';
COMMENT ON COLUMN civilservice_bi.indicator_progress.previous_actual IS 'Факт прошлого года / Actual of the year before';
COMMENT ON COLUMN civilservice_bi.indicator_progress.trend IS 'Динамика / Trend: improving, worsening, unchanged';

------------------------------------------------------------------------------
-- Who reads the schema: the reader, the auditors and the administrator

REVOKE ALL ON SCHEMA civilservice_bi FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA civilservice_bi FROM PUBLIC;
GRANT USAGE ON SCHEMA civilservice_bi
   TO civilservice_reader, civilservice_auditor, civilservice_national_auditor, civilservice_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA civilservice_bi
   TO civilservice_reader, civilservice_auditor, civilservice_national_auditor, civilservice_admin;

-- Tenancy: the roles of the database mapped to the state bodies they serve
-- (src/security/security.sql). This part runs after every other record
-- part: it secures every record table that exists by then.
CREATE TABLE civilservice.role_body (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    role_name     name NOT NULL,
    employee_id   bigint,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT role_body_role_key UNIQUE (state_body_id, role_name),
    CONSTRAINT role_body_employee FOREIGN KEY (state_body_id, employee_id)
        REFERENCES civilservice.employee (state_body_id, id)
);
CREATE INDEX role_body_role_name_idx ON civilservice.role_body (role_name);
COMMENT ON TABLE civilservice.role_body IS
  'Роли и государственные органы: which database role serves which state body, and, for a person who signs, that person''s employee row. A member of the role reads and writes the body''s rows as far as the shipped roles the mapped role belongs to allow (row-level security); written by civilservice_admin only';
COMMENT ON COLUMN civilservice.role_body.state_body_id IS 'Государственный орган: the state body served';
COMMENT ON COLUMN civilservice.role_body.id IS 'Surrogate key of the mapping (unique with state_body_id)';
COMMENT ON COLUMN civilservice.role_body.role_name IS 'Database role (a login or a group) that serves the body; its members serve it too';
COMMENT ON COLUMN civilservice.role_body.employee_id IS 'The employee who is that person (for a role of one person who signs: an authorized person, п. 3); NULL for a group or a system';
COMMENT ON CONSTRAINT role_body_role_key ON civilservice.role_body IS 'A role is mapped to a body once';
COMMENT ON CONSTRAINT role_body_employee ON civilservice.role_body IS 'The person is an employee of the body served';
COMMENT ON SEQUENCE civilservice.role_body_id_seq IS 'Keys of civilservice.role_body';

CREATE TRIGGER role_body_check BEFORE INSERT OR UPDATE ON civilservice.role_body
    FOR EACH ROW EXECUTE FUNCTION civilservice.role_body_check();
CREATE TRIGGER role_body_history AFTER UPDATE OR DELETE ON civilservice.role_body
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
CREATE TRIGGER role_body_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.role_body
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.role_body_invalidate();
COMMENT ON TRIGGER role_body_invalidate ON civilservice.role_body IS 'The cached mappings of every backend are dropped (served_state_bodies, signer_employee)';
COMMENT ON TRIGGER role_body_check ON civilservice.role_body IS 'A mapping names a role of the cluster (role_body_role)';
COMMENT ON TRIGGER role_body_history ON civilservice.role_body IS 'Every change of a mapping is kept';

-- Grants, row-level security, views with the caller's rights.
SELECT civilservice.secure_records();

-- The last records part: guards over every record table created before it
-- (src/common/ledger.sql).

-- Corrections and deletions of badge events (п. 20) are kept in the history
-- like every other change of a record. An event has no id: its key within
-- the body is (employee_id, at, direction, device_id). A row trigger on the
-- partitioned table is cloned to every partition, present and future.
CREATE TRIGGER access_event_history AFTER UPDATE OR DELETE ON civilservice.access_event
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('employee_id', 'at', 'direction', 'device_id');
COMMENT ON TRIGGER access_event_history ON civilservice.access_event IS
  'п. 20: every correction or deletion of a badge event is kept in civilservice.history (key: employee_id, at, direction, device_id); events moved from the default partition into their month are not changes';

-- No record is truncated: TRUNCATE leaves no history.
SELECT count(*) FROM civilservice.guard_records_truncate();
$cs_records$;
    -- new sessions find the operators of iin, bin and work_schedule
    -- (src/security/setup.sql); where the caller may not alter the
    -- database, it is told what the owner runs instead
    BEGIN
        RAISE NOTICE '%', civilservice.configure_search_path();
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'search_path of database % not set: %', quote_ident(current_database()), SQLERRM
          USING HINT = format('As the owner of the database: SELECT civilservice.configure_search_path(); or ALTER DATABASE %I SET search_path = "$user", public, civilservice;', current_database());
    END;
    RETURN 'records created';
END $create_records$;
COMMENT ON FUNCTION civilservice.create_records() IS
  'Creates the records of the state bodies (state bodies, employees, acts and their lists, applications, extensions, recalls, emergency cases, cancellations, badge events and their partitions, time records, violations, demands, history) as ordinary tables owned by the caller, with their constraints, triggers and views. Creating them also appends civilservice to the search_path of the database (configure_search_path(), NOTICE). Call it once after CREATE EXTENSION; it does nothing when they exist (idempotent), and is not needed after a restore (pg_dump carries them)';
REVOKE ALL ON FUNCTION civilservice.create_records() FROM PUBLIC;

------------------------------------------------------------------------------
-- 3. The records of this database

DO $upgrade$
DECLARE
    records_owner name;
BEGIN
    -- create_records() creates the schema civilservice_bi with the records
    SELECT pg_catalog.pg_get_userbyid(n.nspowner) INTO records_owner
      FROM pg_catalog.pg_namespace n WHERE n.nspname OPERATOR(pg_catalog.=) 'civilservice_bi';
    IF records_owner IS NULL THEN
        RAISE NOTICE 'civilservice 0.2.1: no records in this database yet; civilservice.create_records() creates them';
        RETURN;
    END IF;
    IF pg_catalog.to_regclass('civilservice_bi.concept_parameters') IS NULL THEN
    -- as the owner of the records, as create_records() would have created it
    PERFORM pg_catalog.set_config('role', records_owner, true);
    EXECUTE $rec$
-- The parameters of the Concept on a date: one row per parameter and day of
-- the Concept's term (2024–2029), civilservice.concept_parameters_on(day) for
-- each day. A filter on day is pushed into the series of days, so a date
-- picker computes one day only.
CREATE VIEW civilservice_bi.concept_parameters WITH (security_barrier) AS
    SELECT d.day, d.day = CAST(now() AT TIME ZONE 'Asia/Almaty' AS date) AS is_today,
           p.name AS parameter, p.status, p.value, p.unit, p.proposed_value, p.point, p.act_id, p.in_force_from,
           p.concept_lines, p.plan_item, pg_catalog.array_to_string(p.brought_by, ', ') AS brought_by, p.checked,
           p.description, p.decision
      FROM (SELECT CAST(g AS date) AS day
              FROM generate_series(timestamp '2024-01-01', timestamp '2029-12-31', interval '1 day') g) d
     CROSS JOIN LATERAL civilservice.concept_parameters_on(d.day) p;
COMMENT ON VIEW civilservice_bi.concept_parameters IS
  'Параметры Концепции на дату / The parameters of the Concept 2024–2029 on a date: one row per parameter and day from 1 January 2024 to 31 December 2029, with its status (proposed or in force by an implementing act), the value in force and the act; filter on day (WHERE day = ''2027-01-01'') or on is_today; national, the same for every body (civilservice.concept_parameters_on(day))';
COMMENT ON COLUMN civilservice_bi.concept_parameters.day IS 'Дата / The date (1 January 2024 to 31 December 2029)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.is_today IS 'Сегодня / Whether the date is today (Kazakhstan time)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.parameter IS 'Параметр Концепции / Parameter of the Concept, e.g. secondment_max_months';
COMMENT ON COLUMN civilservice_bi.concept_parameters.status IS 'Статус на дату / Status on the date: proposed (предложен), in_force (действует)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.value IS 'Значение на дату / The value on the date: the implementing act''s, else the Concept''s (NULL: neither gives one)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.unit IS 'Единица / Unit: working_days, months, years, count, flag';
COMMENT ON COLUMN civilservice_bi.concept_parameters.proposed_value IS 'Значение по Концепции / The value the Concept proposes';
COMMENT ON COLUMN civilservice_bi.concept_parameters.point IS 'Основание / What a refusal names: the lines of the Concept while proposed, the act once in force';
COMMENT ON COLUMN civilservice_bi.concept_parameters.act_id IS 'Реализующий акт / The implementing act in force on the date (NULL while proposed)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.in_force_from IS 'Действует с / Since when it is in force (NULL while proposed)';
COMMENT ON COLUMN civilservice_bi.concept_parameters.concept_lines IS 'Строки Концепции / Lines of the Concept that state the value';
COMMENT ON COLUMN civilservice_bi.concept_parameters.plan_item IS 'Пункт плана действий / Item of the action plan that implements it';
COMMENT ON COLUMN civilservice_bi.concept_parameters.brought_by IS 'Результаты плана / Deliverables of the plan whose act brings it into force, comma-separated';
COMMENT ON COLUMN civilservice_bi.concept_parameters.checked IS 'Проверяется / Whether writes are checked against it';
COMMENT ON COLUMN civilservice_bi.concept_parameters.description IS 'Что ограничивает / What the value limits';
COMMENT ON COLUMN civilservice_bi.concept_parameters.decision IS 'Решение по толкованию / The decision on an open question of its reading';
REVOKE ALL ON civilservice_bi.concept_parameters FROM PUBLIC;
GRANT SELECT ON civilservice_bi.concept_parameters
   TO civilservice_reader, civilservice_auditor, civilservice_national_auditor, civilservice_admin;
$rec$;
    RESET ROLE;
    -- a record, not a member of the extension (created during ALTER EXTENSION
    -- it became one): pg_dump dumps it with the records
    ALTER EXTENSION civilservice DROP VIEW civilservice_bi.concept_parameters;
    RAISE NOTICE 'civilservice 0.2.1: view civilservice_bi.concept_parameters added to the records';
    END IF;
    IF pg_catalog.to_regclass('civilservice_bi.indicator_progress') IS NULL THEN
    PERFORM pg_catalog.set_config('role', records_owner, true);
    EXECUTE $rec$
-- The target indicators of the Concept: computed with the owner's rights by
-- civilservice.indicator_progress_served(), kept to the bodies the session
-- serves; the national rows are the whole nation.
CREATE VIEW civilservice_bi.indicator_progress WITH (security_barrier) AS
    SELECT p.year, p.state_body_id, p.indicator_no, p.name, p.unit, p.direction, p.target, p.actual, p.gap,
           p.achieved, p.previous_actual, p.trend
      FROM civilservice.indicator_progress_served() p;
COMMENT ON VIEW civilservice_bi.indicator_progress IS
  'Целевые индикаторы Концепции / The target indicators of the Concept 2024–2029 against their actuals, per year, for the whole nation (state_body_id NULL: Σ numerators ÷ Σ denominators over every body) and for each body the connected role serves: target, actual, gap, whether achieved (direction-aware) and the trend (civilservice.indicator_progress_served())';
COMMENT ON COLUMN civilservice_bi.indicator_progress.year IS 'Год / Year 2024–2029';
COMMENT ON COLUMN civilservice_bi.indicator_progress.state_body_id IS 'Государственный орган (NULL — по стране) / State body (NULL: the nation)';
COMMENT ON COLUMN civilservice_bi.indicator_progress.indicator_no IS 'Номер индикатора / Number of the indicator (1–7)';
COMMENT ON COLUMN civilservice_bi.indicator_progress.name IS 'Целевой индикатор / The indicator as the Concept words it';
COMMENT ON COLUMN civilservice_bi.indicator_progress.unit IS 'Единица / Unit: percent or persons';
COMMENT ON COLUMN civilservice_bi.indicator_progress.direction IS 'Направление / Direction: up or down';
COMMENT ON COLUMN civilservice_bi.indicator_progress.target IS 'Цель года / Target of the year';
COMMENT ON COLUMN civilservice_bi.indicator_progress.actual IS 'Факт / Actual (NULL without data)';
COMMENT ON COLUMN civilservice_bi.indicator_progress.gap IS 'Отклонение / Actual minus target';
COMMENT ON COLUMN civilservice_bi.indicator_progress.achieved IS 'Достигнуто / Achieved (up: actual ≥ target; down: actual ≤ target)';
COMMENT ON COLUMN civilservice_bi.indicator_progress.previous_actual IS 'Факт прошлого года / Actual of the year before';
COMMENT ON COLUMN civilservice_bi.indicator_progress.trend IS 'Динамика / Trend: improving, worsening, unchanged';

REVOKE ALL ON civilservice_bi.indicator_progress FROM PUBLIC;
GRANT SELECT ON civilservice_bi.indicator_progress
   TO civilservice_reader, civilservice_auditor, civilservice_national_auditor, civilservice_admin;
$rec$;
    RESET ROLE;
    ALTER EXTENSION civilservice DROP VIEW civilservice_bi.indicator_progress;
    RAISE NOTICE 'civilservice 0.2.1: view civilservice_bi.indicator_progress added to the records';
    END IF;
END
$upgrade$;
