-- Registries: state bodies (государственные органы) and their employees
-- (государственные служащие). Keys include state_body_id so every rule can
-- be scoped to one body. Types from sql/types.sql.

CREATE FUNCTION civilservice.time_zone_is_valid(tz text) RETURNS boolean
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    -- A full IANA name, Area/Location, exactly as the server's time zone
    -- database lists it: what pg_tzset() in the C code loads and what
    -- AT TIME ZONE reads as the same zone.  Not an abbreviation (ALMT, EST:
    -- AT TIME ZONE takes those as fixed offsets, pg_tzset() does not know
    -- most of them), not a POSIX string (UTC+5 means five hours WEST of
    -- Greenwich), not Etc/GMT+5 (the same inverted sign).
    SELECT tz OPERATOR(pg_catalog.~) '^[A-Z][A-Za-z_-]*(/[A-Za-z0-9_+-]+)+$'
       AND tz OPERATOR(pg_catalog.!~) '^Etc/GMT[+-]'
       AND EXISTS (SELECT FROM pg_catalog.pg_timezone_names n
                    WHERE n.name OPERATOR(pg_catalog.=) tz)
$$;
COMMENT ON FUNCTION civilservice.time_zone_is_valid(text) IS
  'п. 3: true when the text is a full IANA time zone name the server lists (Area/Location, e.g. Asia/Almaty) -- not an abbreviation (ALMT), not a POSIX string (UTC+5 is UTC-5), not Etc/GMT+N; never raises';

CREATE FUNCTION civilservice.employee_schedule(state_body_id bigint, employee_id bigint)
RETURNS civilservice.work_schedule
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT coalesce(e.work_schedule, b.work_schedule)
      FROM civilservice.employee e
      JOIN civilservice.state_body b ON b.id = e.state_body_id
     WHERE e.state_body_id = $1 AND e.id = $2
$$;
COMMENT ON FUNCTION civilservice.employee_schedule(bigint, bigint) IS
  'Working day of an employee: the employee''s own work_schedule, or the state body''s when it is NULL; NULL when there is no such employee';

-- Categories of positions (категории должностей: A-1, B-2, C-O-2, D-O-2,
-- E-1, ...) are stored in Latin letters. Texts, the action plan of the
-- Concept among them (L1074: «В-2, С-2, С-О-2, D-O-2, Е-1»), write them
-- with Cyrillic letters that look the same; a join on such a text would
-- drop rows silently. Every column holding a category folds what it is
-- given (trigger fold_position_category) before its CHECK reads it.
CREATE FUNCTION civilservice.position_category_fold(category text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT pg_catalog.translate(pg_catalog.upper(pg_catalog.regexp_replace($1, '\s+', '', 'g')),
                                'АВСЕНКМОРТХ‐‑‒–—−',
                                'ABCEHKMOPTX------')
$$;
COMMENT ON FUNCTION civilservice.position_category_fold(text) IS
  'A category of a position in Latin letters: upper case, blanks removed, the Cyrillic letters that look like Latin ones (А В С Е Н К М О Р Т Х) and the dashes (‐ ‑ ‒ – — −) replaced by their Latin and ASCII look-alikes, so ''С-О-2'' (Cyrillic) becomes ''C-O-2''; other text is returned as it is (and refused by position_category_is_valid)';

CREATE FUNCTION civilservice.position_category_is_valid(category text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT $1 OPERATOR(pg_catalog.~) '^[A-E](-[A-Z])?-[0-9]{1,2}$'
$$;
COMMENT ON FUNCTION civilservice.position_category_is_valid(text) IS
  'True when the text is a category of a position as stored: a Latin letter A–E, an optional Latin letter of the kind (O: regional, R: district, ...), and a number, separated by hyphens (A-1, B-2, C-O-2, D-O-2, E-1); the CHECK of every category column';

-- The trigger that folds the category columns named as its arguments.
CREATE FUNCTION civilservice.fold_position_category() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    col text;
    changes jsonb := '{}';
    v text;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_NARGS = 0 THEN
        RAISE EXCEPTION 'fold_position_category() must be a BEFORE INSERT OR UPDATE row trigger on a table of schema civilservice, given the category columns'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    FOREACH col IN ARRAY TG_ARGV LOOP
        IF NOT (to_jsonb(NEW) ? col) THEN
            RAISE EXCEPTION 'fold_position_category(): civilservice.% has no column %', TG_TABLE_NAME, col
              USING ERRCODE = 'trigger_protocol_violated';
        END IF;
        v := to_jsonb(NEW) ->> col;
        IF v IS NOT NULL AND civilservice.position_category_fold(v) IS DISTINCT FROM v THEN
            changes := changes || jsonb_build_object(col, civilservice.position_category_fold(v));
        END IF;
    END LOOP;
    IF changes <> '{}' THEN
        NEW := jsonb_populate_record(NEW, changes);
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.fold_position_category() IS
  'Trigger: folds the category columns given as arguments to Latin letters (position_category_fold) before the row is checked and stored, so categories typed or pasted with Cyrillic look-alikes (В-2, С-О-2, Е-1) join with the Latin ones';
