-- The organisation of a state body (п. 10, п. 12): its structural units as a
-- tree, the head of each unit over time, each employee's unit over time and
-- the first head of the body over time; from them, the direct head of an
-- employee on a date. The tables are records (src/org/org_records.sql); the
-- functions here are resolved when called.
--
-- Periods are daterange values like act.term and act_employee.effective_term:
-- [first day, day after the last), an open upper bound for "until further
-- notice". An employee's employment is daterange(employed_from, employed_to,
-- '[]'), and every period of the organisation lies inside it.
--
-- Writes of the organisation of one body, and recalls on the proposal of a
-- direct head of that body, are ordered by an advisory lock of the body (an
-- int4 pair of our own class, never the application's bigint keys): a recall
-- checks its proposer against the organisation as committed, and a change of
-- the organisation waits for recalls being checked against it.

CREATE FUNCTION civilservice.org_lock(state_body_id bigint, exclusive boolean) RETURNS void
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE SET search_path = pg_catalog AS $$
DECLARE
    -- the body's key folded into int4 (a collision only makes two bodies wait for each other)
    k integer := ((org_lock.state_body_id % 4294967296 + 4294967296) % 4294967296 - 2147483648)::integer;
BEGIN
    IF org_lock.exclusive THEN
        PERFORM pg_advisory_xact_lock(8437310, k);
    ELSE
        PERFORM pg_advisory_xact_lock_shared(8437310, k);
    END IF;
END $$;
COMMENT ON FUNCTION civilservice.org_lock(bigint, boolean) IS
  'п. 10, п. 12: takes the transaction-level advisory lock of a body''s organisation (class 8437310, the body''s key folded into int4): exclusive for a change of the units, heads, members or first head, shared for a recall checked against them';

-- PL/pgSQL throughout: the record tables these read do not exist yet when
-- the engine is installed, and a PL/pgSQL body is resolved when called.

-- The unit an employee belongs to on a day: the unit the employee is a
-- member of; failing that, the unit the employee heads (the lowest key when
-- several). NULL when neither.
CREATE FUNCTION civilservice.unit_of(state_body_id bigint, employee_id bigint, on_date date) RETURNS bigint
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
DECLARE
    u bigint;
BEGIN
    SELECT m.unit_id INTO u
      FROM civilservice.org_unit_member m
     WHERE m.state_body_id = $1 AND m.employee_id = $2 AND m.period @> $3;
    IF u IS NULL THEN
        SELECT min(h.unit_id) INTO u
          FROM civilservice.org_unit_head h
         WHERE h.state_body_id = $1 AND h.employee_id = $2 AND h.period @> $3;
    END IF;
    RETURN u;
END $$;
COMMENT ON FUNCTION civilservice.unit_of(bigint, bigint, date) IS
  'п. 10, п. 12: the structural unit of an employee (state body, employee) on a date: the unit the employee is a member of (org_unit_member); failing that, the unit the employee heads (the lowest key when several); NULL when neither';

CREATE FUNCTION civilservice.unit_head(state_body_id bigint, unit_id bigint, on_date date) RETURNS bigint
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    RETURN (SELECT h.employee_id FROM civilservice.org_unit_head h
             WHERE h.state_body_id = $1 AND h.unit_id = $2 AND h.period @> $3);
END $$;
COMMENT ON FUNCTION civilservice.unit_head(bigint, bigint, date) IS
  'п. 10: the head of a structural unit (state body, unit) on a date (руководитель структурного подразделения); NULL when the unit has none that day';

CREATE FUNCTION civilservice.first_head_on(state_body_id bigint, on_date date) RETURNS bigint
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    RETURN (SELECT f.employee_id FROM civilservice.first_head f
             WHERE f.state_body_id = $1 AND f.period @> $2);
END $$;
COMMENT ON FUNCTION civilservice.first_head_on(bigint, date) IS
  'п. 12: the first head of a state body on a date (первый руководитель государственного органа); NULL when none is recorded for that day';

-- п. 12: «по предложению непосредственного руководителя». The direct head is
-- derived, never stored: the head of the employee's unit; when the employee
-- is that head, or the unit has no head that day, the head of the nearest
-- ancestor unit that has one; above the top unit, the first head of the
-- body. Nobody is their own direct head.
CREATE FUNCTION civilservice.direct_head(state_body_id bigint, employee_id bigint, on_date date) RETURNS bigint
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
DECLARE
    u bigint;
    h bigint;
    steps integer := 0;
BEGIN
    u := civilservice.unit_of($1, $2, $3);
    WHILE u IS NOT NULL LOOP
        h := civilservice.unit_head($1, u, $3);
        IF h IS NOT NULL AND h <> $2 THEN
            RETURN h;
        END IF;
        SELECT o.parent_id INTO u FROM civilservice.org_unit o WHERE o.state_body_id = $1 AND o.id = u;
        steps := steps + 1;
        IF steps > 10000 THEN   -- cycles are refused (org_unit_no_cycle); never loop forever
            RAISE EXCEPTION 'the units of state body % form a cycle', $1 USING ERRCODE = 'data_corrupted';
        END IF;
    END LOOP;
    IF steps = 0 THEN
        RETURN NULL;            -- no unit that day: no direct head is known
    END IF;
    h := civilservice.first_head_on($1, $3);
    RETURN CASE WHEN h <> $2 THEN h END;
END $$;
COMMENT ON FUNCTION civilservice.direct_head(bigint, bigint, date) IS
  'п. 12: the direct head (непосредственный руководитель) of an employee (state body, employee) on a date: the head of the employee''s unit (unit_of); when the employee is that head or the unit has no head that day, the head of the nearest ancestor unit that has one; above the top unit, the first head of the body; NULL when none is known (no unit that day, no head above, or the employee is the first head)';

CREATE FUNCTION civilservice.employee_name(state_body_id bigint, employee_id bigint) RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    RETURN (SELECT format('%s (%s)', e.id, e.full_name) FROM civilservice.employee e
             WHERE e.state_body_id = $1 AND e.id = $2);
END $$;
COMMENT ON FUNCTION civilservice.employee_name(bigint, bigint) IS
  'An employee (state body, employee) as shown in the details of refusals: "<id> (<full name>)"; NULL when there is no such employee';

-- A unit's parent is a unit of the same body (foreign key) other than the
-- unit itself (CHECK org_unit_not_own_parent) and never one of its
-- descendants (here). The ancestors are walked one row at a time, each
-- locked FOR SHARE: two transactions that would close a cycle between them
-- wait for each other, and the second sees the first's parent (READ
-- COMMITTED) or fails to serialize (REPEATABLE READ, SERIALIZABLE).
CREATE FUNCTION civilservice.org_unit_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    p bigint;
    path bigint[];
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'org_unit' THEN
        RAISE EXCEPTION 'org_unit_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.org_unit'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    PERFORM civilservice.org_lock(NEW.state_body_id, true);
    IF TG_OP = 'UPDATE' AND (OLD.state_body_id, OLD.id) IS DISTINCT FROM (NEW.state_body_id, NEW.id) THEN
        PERFORM civilservice.refuse('п. 10, п. 12', 'check_violation', 'org_unit_key_kept', 'org_unit',
            'the key of a structural unit does not change',
            format('Unit %s of state body %s would become unit %s of state body %s.', OLD.id, OLD.state_body_id, NEW.id, NEW.state_body_id),
            'Create a new unit, move its members and heads to it, and leave the old one as it was.');
    END IF;
    IF NEW.parent_id = NEW.id THEN
        RETURN NEW;             -- the CHECK org_unit_not_own_parent refuses it
    END IF;
    p := NEW.parent_id;
    path := ARRAY[NEW.id];
    WHILE p IS NOT NULL LOOP
        path := path || p;
        IF p = NEW.id THEN
            PERFORM civilservice.refuse('п. 10, п. 12', 'check_violation', 'org_unit_no_cycle', 'org_unit',
                'a structural unit cannot be placed under itself or under one of its own subunits',
                format('Unit %s (%s) of state body %s under unit %s: the chain of parents %s returns to it.',
                       NEW.id, NEW.name_ru, NEW.state_body_id, NEW.parent_id, array_to_string(path, ' → ')),
                'Choose a parent that is not below this unit, or first move that subunit elsewhere.');
        END IF;
        SELECT o.parent_id INTO p FROM civilservice.org_unit o
         WHERE o.state_body_id = NEW.state_body_id AND o.id = p
           FOR SHARE;
        IF cardinality(path) > 10000 THEN
            RAISE EXCEPTION 'the units of state body % form a cycle', NEW.state_body_id USING ERRCODE = 'data_corrupted';
        END IF;
    END LOOP;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.org_unit_check() IS
  'Trigger: п. 10, п. 12 — the structural units of a body form a tree: a unit is never placed under itself or one of its subunits (org_unit_no_cycle); its key never changes (org_unit_key_kept)';

-- Heads of units, members of units and first heads: one check for the three
-- tables of dated assignments. The period lies inside the employee's
-- employment (<table>_employed); the one-at-a-time rule is an exclusion
-- constraint of each table, checked here first so that the refusal names
-- the point, the other row and the fix (the constraint stays, for
-- concurrent writers: the advisory lock orders them too).
CREATE FUNCTION civilservice.org_period_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    employment daterange;
    emp_name text;
    other record;
    point text;
    what text;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME NOT IN ('org_unit_head', 'org_unit_member', 'first_head') THEN
        RAISE EXCEPTION 'org_period_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.org_unit_head, org_unit_member or first_head'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF isempty(NEW.period) OR lower_inf(NEW.period) THEN
        RETURN NEW;             -- the CHECK <table>_period refuses it
    END IF;
    PERFORM civilservice.org_lock(NEW.state_body_id, true);
    IF TG_OP = 'UPDATE' AND OLD.state_body_id <> NEW.state_body_id THEN
        PERFORM civilservice.org_lock(OLD.state_body_id, true);
    END IF;
    point := CASE TG_TABLE_NAME WHEN 'first_head' THEN 'п. 12' ELSE 'п. 10, п. 12' END;
    -- first_head has no unit_id: read it through jsonb, in one expression for the three tables
    what := CASE TG_TABLE_NAME WHEN 'org_unit_head' THEN format('head of unit %s', to_jsonb(NEW) ->> 'unit_id')
                               WHEN 'org_unit_member' THEN format('member of unit %s', to_jsonb(NEW) ->> 'unit_id')
                               ELSE 'first head of the body' END;

    SELECT daterange(e.employed_from, e.employed_to, '[]'), format('%s (%s)', e.id, e.full_name)
      INTO employment, emp_name
      FROM civilservice.employee e
     WHERE e.state_body_id = NEW.state_body_id AND e.id = NEW.employee_id;
    -- an unknown employee is the foreign key's refusal
    IF employment IS NOT NULL AND NOT employment @> NEW.period THEN
        PERFORM civilservice.refuse(point, 'check_violation', TG_TABLE_NAME || '_employed', TG_TABLE_NAME,
            'an employee holds a place in the organisation only while employed',
            format('Employee %s of state body %s as %s for %s; employed %s.',
                   emp_name, NEW.state_body_id, what, NEW.period, employment),
            'Give a period inside the employment (employed_from .. employed_to), or correct the employment first.');
    END IF;

    IF TG_TABLE_NAME = 'org_unit_head' THEN
        SELECT h.id, h.employee_id, h.period INTO other FROM civilservice.org_unit_head h
         WHERE h.state_body_id = NEW.state_body_id AND h.unit_id = NEW.unit_id AND h.period && NEW.period
           AND h.id <> NEW.id LIMIT 1;
        IF FOUND THEN
            PERFORM civilservice.refuse(point, 'exclusion_violation', 'org_unit_head_one_at_a_time', 'org_unit_head',
                'a structural unit has at most one head at a time',
                format('Unit %s of state body %s: employee %s for %s, but employee %s is its head for %s (row %s).',
                       NEW.unit_id, NEW.state_body_id, emp_name, NEW.period,
                       civilservice.employee_name(NEW.state_body_id, other.employee_id), other.period, other.id),
                'End the period of the present head the day before the new head''s first day (UPDATE its period), then record the new head.');
        END IF;
    ELSIF TG_TABLE_NAME = 'org_unit_member' THEN
        SELECT m.id, m.unit_id, m.period INTO other FROM civilservice.org_unit_member m
         WHERE m.state_body_id = NEW.state_body_id AND m.employee_id = NEW.employee_id AND m.period && NEW.period
           AND m.id <> NEW.id LIMIT 1;
        IF FOUND THEN
            PERFORM civilservice.refuse(point, 'exclusion_violation', 'org_unit_member_one_unit', 'org_unit_member',
                'an employee belongs to at most one structural unit at a time',
                format('Employee %s of state body %s in unit %s for %s, but in unit %s for %s (row %s).',
                       emp_name, NEW.state_body_id, NEW.unit_id, NEW.period, other.unit_id, other.period, other.id),
                'End the present assignment the day before the transfer (UPDATE its period), then record the new unit.');
        END IF;
    ELSE
        SELECT f.id, f.employee_id, f.period INTO other FROM civilservice.first_head f
         WHERE f.state_body_id = NEW.state_body_id AND f.period && NEW.period
           AND f.id <> NEW.id LIMIT 1;
        IF FOUND THEN
            PERFORM civilservice.refuse(point, 'exclusion_violation', 'first_head_one_at_a_time', 'first_head',
                'a state body has one first head at a time',
                format('State body %s: employee %s for %s, but employee %s is its first head for %s (row %s).',
                       NEW.state_body_id, emp_name, NEW.period,
                       civilservice.employee_name(NEW.state_body_id, other.employee_id), other.period, other.id),
                'End the period of the present first head the day before the new one''s first day (UPDATE its period), then record the new first head.');
        END IF;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.org_period_check() IS
  'Trigger: п. 10, п. 12 — a head of a unit, a member of a unit or the first head of a body holds the place only while employed (<table>_employed); one head of a unit, one unit of an employee, one first head of a body at a time (the exclusion constraints org_unit_head_one_at_a_time, org_unit_member_one_unit, first_head_one_at_a_time, checked first here to name the other row)';

-- The periods of the organisation follow the employment: when an employee's
-- employment is shortened (a dismissal, a corrected date of hiring), the
-- employee's periods as head, member or first head are cut to it, the old
-- rows going to the history; a period left with no day inside the new
-- employment is refused, naming it, since deleting it would rewrite the past.
CREATE FUNCTION civilservice.org_follow_employment() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    employment daterange;
    t text;
    r record;
BEGIN
    IF TG_WHEN <> 'AFTER' OR TG_LEVEL <> 'ROW' OR TG_OP <> 'UPDATE'
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'employee' THEN
        RAISE EXCEPTION 'org_follow_employment() must be an AFTER UPDATE row trigger on civilservice.employee'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    employment := daterange(NEW.employed_from, NEW.employed_to, '[]');
    IF employment @> daterange(OLD.employed_from, OLD.employed_to, '[]') THEN
        RETURN NULL;
    END IF;
    PERFORM civilservice.org_lock(NEW.state_body_id, true);
    FOREACH t IN ARRAY ARRAY['org_unit_head', 'org_unit_member', 'first_head'] LOOP
        FOR r IN EXECUTE format(
            'SELECT id, period FROM civilservice.%I WHERE state_body_id OPERATOR(pg_catalog.=) $1 AND employee_id OPERATOR(pg_catalog.=) $2'
            ' AND NOT $3 OPERATOR(pg_catalog.@>) period FOR UPDATE', t)
            USING NEW.state_body_id, NEW.id, employment LOOP
            IF isempty(r.period * employment) THEN
                PERFORM civilservice.refuse(CASE t WHEN 'first_head' THEN 'п. 12' ELSE 'п. 10, п. 12' END,
                    'check_violation', t || '_employed', t,
                    'an employee holds a place in the organisation only while employed',
                    format('Employee %s (%s) of state body %s would be employed %s, which leaves no day of the period %s (%s row %s).',
                           NEW.id, NEW.full_name, NEW.state_body_id, employment, r.period, t, r.id),
                    'Delete or correct that row of the organisation first if it was recorded by mistake, then change the employment.');
            END IF;
            EXECUTE format('UPDATE civilservice.%I SET period = $1 WHERE state_body_id OPERATOR(pg_catalog.=) $2 AND id OPERATOR(pg_catalog.=) $3', t)
              USING r.period * employment, NEW.state_body_id, r.id;
        END LOOP;
    END LOOP;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.org_follow_employment() IS
  'Trigger: п. 10, п. 12 — when an employee''s employment is shortened, the employee''s periods as head of a unit, member of a unit or first head are cut to it (history kept); a period with no day left inside the employment is refused (<table>_employed)';
