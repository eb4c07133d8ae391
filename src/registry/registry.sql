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
