-- Violations (п. 21): their recomputation from attendance and the
-- candidates for cancellation of participation for systematic breach.

CREATE FUNCTION civilservice.recompute_violations(from_day date, to_day date, body bigint DEFAULT NULL)
    RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    n integer;
BEGIN
    IF from_day IS NULL OR to_day IS NULL OR to_day < from_day THEN
        RAISE EXCEPTION 'recompute_violations needs a period: from_day % to_day %', from_day, to_day
          USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- one recomputation at a time, so two never both insert a period
    PERFORM pg_advisory_xact_lock(8437291, 21);
    DELETE FROM civilservice.violation v
     WHERE v.source = 'computed' AND v.day BETWEEN from_day AND to_day AND (body IS NULL OR v.state_body_id = body);
    INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind, detail, source)
    SELECT a.state_body_id, a.employee_id, a.day, k.kind,
           format('%s: %s, %s–%s, present %s, schedule %s', a.day, a.expected,
                  coalesce(to_char(a.first_in, 'HH24:MI'), '—'), coalesce(to_char(a.last_out, 'HH24:MI'), '—'),
                  coalesce(to_char(a.time_present, 'HH24:MI'), '—'), coalesce(a.schedule::text, 'none')),
           'computed'
      FROM civilservice.attendance(from_day, to_day, body) a
      CROSS JOIN LATERAL unnest(a.breaches) k(kind)
     WHERE civilservice.counts_as_violation(k.kind);
    GET DIAGNOSTICS n = ROW_COUNT;
    INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind, detail, source)
    SELECT w.state_body_id, w.employee_id, w.week_start + 6, 'over_weekly_limit',
           format('ISO week %s-W%s: %s worked, limit %s', w.iso_year, lpad(w.iso_week::text, 2, '0'),
                  w.time_worked, w.weekly_limit),
           'computed'
      FROM civilservice.weekly_totals(from_day, to_day, body) w
     WHERE w.over_limit AND w.week_start + 6 BETWEEN from_day AND to_day;
    RETURN n;
END $$;
COMMENT ON FUNCTION civilservice.recompute_violations(date, date, bigint) IS
  'п. 21: replaces the computed violations of [from_day, to_day] (all bodies when body is NULL) by those attendance() and weekly_totals() find now (a week''s excess is recorded on its Sunday); manual violations are never touched; returns the number of daily violations recorded';

------------------------------------------------------------------------------
-- Candidates for cancellation (п. 21) and the employer's violations (п. 11)

CREATE FUNCTION civilservice.systematic_breaches(on_date date DEFAULT NULL)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, full_name text, act_id bigint, act_number text,
                   breaches integer, threshold integer, counted_from date, counted_to date, kinds text[])
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT ae.state_body_id, ae.employee_id, e.full_name, ac.id, ac.number,
           count(v.id)::integer, x.threshold, x.counted_from, x.on_day,
           array_agg(DISTINCT v.kind ORDER BY v.kind)
      FROM civilservice.act_employee ae
      JOIN civilservice.act ac ON ac.state_body_id = ae.state_body_id AND ac.id = ae.act_id
      JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
      JOIN civilservice.state_body b ON b.id = ae.state_body_id
      CROSS JOIN LATERAL (SELECT coalesce($1, CAST(now() AT TIME ZONE b.time_zone AS date)) AS on_day) t
      CROSS JOIN LATERAL (
          SELECT t.on_day,
                 civilservice.rule_parameter_value('systematic_breach_count', t.on_day)::integer AS threshold,
                 CAST(t.on_day - make_interval(months => civilservice.rule_parameter_value('systematic_breach_window_months', t.on_day)::integer) AS date) + 1 AS counted_from) x
      JOIN civilservice.violation v ON v.state_body_id = ae.state_body_id AND v.employee_id = ae.employee_id
                                   AND v.day BETWEEN x.counted_from AND x.on_day
     WHERE ac.regime = 'flexible' AND ac.status = 'signed' AND ae.effective_term @> x.on_day
     GROUP BY ae.state_body_id, ae.employee_id, e.full_name, ac.id, ac.number, x.threshold, x.counted_from, x.on_day
    HAVING count(v.id) >= x.threshold
     ORDER BY ae.state_body_id, count(v.id) DESC, ae.employee_id
$$;
COMMENT ON FUNCTION civilservice.systematic_breaches(date) IS
  'п. 21: employees on a signed flexible act in force on on_date (default: today in the body''s time zone) whose violations (computed and manual) within the window reach the threshold in force (systematic_breach_count within systematic_breach_window_months) — the candidates for cancellation by the authorized person';
