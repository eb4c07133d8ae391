-- Reporting on acts: who is on which regime on a day, and which
-- participations end soon. Both read the stored days in effect, which
-- always equal participation_days().

CREATE FUNCTION civilservice.regimes_on(d date)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, full_name text, regime civilservice.regime,
                   act_id bigint, act_number text, basis civilservice.act_basis, term daterange)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT ae.state_body_id, ae.employee_id, e.full_name, a.regime, a.id, a.number, a.basis, ae.effective_term
      FROM civilservice.act_employee ae
      JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
      JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
     WHERE ae.effective_term @> d
     -- the order of п. 3: remote, combined remote, flexible
     ORDER BY ae.state_body_id, ae.employee_id, array_position(ARRAY['remote', 'combined_remote', 'flexible'], a.regime::text)
$$;
COMMENT ON FUNCTION civilservice.regimes_on(date) IS
  'Who works on which regime on a day (п. 4, 5, 13, 15): employee, regime, act, basis and the days in effect (extensions, caps and cancellation included)';

CREATE FUNCTION civilservice.expiring_acts(within_working_days integer DEFAULT 10)
    RETURNS TABLE (state_body_id bigint, act_id bigint, act_number text, regime civilservice.regime,
                   employee_id bigint, last_day date, working_days_left integer)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT x.state_body_id, x.act_id, x.number, x.regime, x.employee_id, x.last_day,
           civilservice.working_days_between(x.today + 1, x.last_day + 1, x.calendar_code)
      FROM (SELECT ae.state_body_id, ae.act_id, a.number, a.regime, ae.employee_id, b.calendar_code,
                   upper(ae.effective_term) - 1 AS last_day,
                   CAST(now() AT TIME ZONE b.time_zone AS date) AS today
              FROM civilservice.act_employee ae
              JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
              JOIN civilservice.state_body b ON b.id = ae.state_body_id
             WHERE a.status = 'signed' AND ae.effective_term IS NOT NULL) x
     WHERE x.last_day >= x.today
       AND x.last_day <= civilservice.add_working_days(x.today, within_working_days, x.calendar_code)
     ORDER BY x.last_day, x.state_body_id, x.act_id, x.employee_id
$$;
COMMENT ON FUNCTION civilservice.expiring_acts(integer) IS
  'Signed acts and employee participations (extensions included) whose last day falls within the next N working days, for renewal (п. 18 extensions, new acts)';
