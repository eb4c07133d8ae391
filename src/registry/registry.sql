-- Registries: state bodies (государственные органы) and their employees
-- (государственные служащие). Keys include state_body_id so every rule can
-- be scoped to one body. Types from sql/types.sql.

CREATE FUNCTION civilservice.time_zone_is_valid(tz text) RETURNS boolean
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    PERFORM timestamptz '2000-01-01 00:00:00+00' AT TIME ZONE tz;
    RETURN true;
EXCEPTION WHEN invalid_parameter_value OR feature_not_supported THEN
    RETURN false;
END $$;
COMMENT ON FUNCTION civilservice.time_zone_is_valid(text) IS
  'True when the text is a time zone the server knows (e.g. Asia/Almaty); never raises';

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
