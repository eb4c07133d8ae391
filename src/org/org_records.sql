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
