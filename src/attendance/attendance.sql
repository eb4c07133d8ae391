-- Working-time control (п. 9–11, 19–21): remote time records, attendance
-- against the regime, violations, availability demands, and the
-- cancellation of one employee's participation for systematic breach.

INSERT INTO civilservice.rule_parameter (id, name, valid_from, value, unit, rule_point, description, source, shipped) VALUES
 (6, 'systematic_breach_count', '2023-06-11', 3, 'count', 'п. 21',
  'Систематическое нарушение: не менее стольких нарушений (вычисленных и внесённых кадровой службой) за окно systematic_breach_window_months',
  'Правила, п. 21 (критерий систематичности устанавливает государственный орган; по умолчанию — три и более нарушения за месяц)', true),
 (7, 'systematic_breach_window_months', '2023-06-11', 1, 'months', 'п. 21',
  'Окно, в котором считаются нарушения для п. 21: столько календарных месяцев, заканчивая днём проверки',
  'Правила, п. 21 (политика органа)', true),
 (8, 'attendance_max_session_hours', '2023-06-11', 16, 'hours', 'п. 20',
  'Наибольшая длительность пребывания между входом и выходом, которую учёт считает одним присутствием; вход и выход дальше друг от друга считаются непарными',
  'Правила, п. 20 (политика учёта органа)', true);

------------------------------------------------------------------------------
-- Kinds of breach, violations (п. 9, 17, 19–21)

CREATE VIEW civilservice.breach_kind (kind, counts_as_violation, rule_point, description) AS
VALUES ('no_show', true, 'п. 20', 'No badge event on a day the employee is expected at the office (or recalled to it)'),
       ('late_arrival', true, 'п. 17.3, 20', 'First entry after the start window of the schedule in force'),
       ('left_before_core_end', true, 'п. 17.3', 'Last exit during the fixed working time (core hours)'),
       ('left_before_end_window', true, 'п. 20', 'Last exit before the end window of the schedule opens'),
       ('short_hours', true, 'п. 19', 'Worked time inside the span, less the break, below the daily hours of the schedule'),
       ('over_daily_limit', true, 'п. 9, 19', 'Time worked (present or reported, the break excluded) above the daily limit in force'),
       ('over_weekly_limit', true, 'п. 19', 'Time over an ISO week above the weekly limit in force (recorded on the week''s last day)'),
       ('no_time_record', true, 'п. 9', 'A remote working day without the remote worker''s time record'),
       ('present_on_remote_day', false, 'п. 12', 'Badge events on a remote day without a recall (informational)'),
       ('present_on_day_off', false, 'п. 20', 'Badge events on a day off (informational)'),
       ('unpaired_events', false, 'п. 20', 'An entry without its exit or an exit without its entry (informational: the time present counts paired events only)'),
       ('labour_discipline', true, 'п. 21', 'Нарушение трудовой дисциплины, entered by the HR service'),
       ('regime_condition', true, 'п. 21', 'Нарушение условий режима, entered by the HR service');
COMMENT ON VIEW civilservice.breach_kind IS
  'Виды нарушений: the codes attendance() reports and violation.kind accepts; counts_as_violation = false marks informational ones, never stored as violations';
COMMENT ON COLUMN civilservice.breach_kind.kind IS 'Code';
COMMENT ON COLUMN civilservice.breach_kind.counts_as_violation IS 'Stored as a violation and counted for п. 21';
COMMENT ON COLUMN civilservice.breach_kind.rule_point IS 'Point of the Rules';
COMMENT ON COLUMN civilservice.breach_kind.description IS 'What it means';

CREATE FUNCTION civilservice.counts_as_violation(kind text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT coalesce((SELECT bk.counts_as_violation FROM civilservice.breach_kind bk WHERE bk.kind = $1), false)
$$;
COMMENT ON FUNCTION civilservice.counts_as_violation(text) IS
  'True when kind is a code of breach_kind that counts as a violation (CHECK violation_kind)';

------------------------------------------------------------------------------
-- Attendance (п. 9, 17, 19, 20)

CREATE FUNCTION civilservice.event_days(from_day date, to_day date, body bigint, max_session interval)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, day date, first_in timestamp, last_out timestamp,
                   time_present interval, unpaired_events integer, events integer)
    AS 'MODULE_PATHNAME', 'cs_event_days' LANGUAGE C STABLE PARALLEL RESTRICTED ROWS 100000
    SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.event_days(date, date, bigint, interval) IS
  'п. 20: badge events per employee and local day of [from_day, to_day] (all bodies when body is NULL), read in order of employee and instant: an exit closes the entry just before it when at most max_session later, and the pair belongs to the day of the entry (a night belongs to the day it started); first entry and last exit in the body''s local time, time present over the pairs, unpaired events, events. The step of attendance() that reads the events';

CREATE FUNCTION civilservice.attendance_period(from_day date, to_day date) RETURNS date
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    IF NOT isfinite(from_day) OR NOT isfinite(to_day) THEN
        RAISE EXCEPTION 'attendance needs a finite period, not % to %', from_day, to_day
          USING ERRCODE = 'datetime_field_overflow',
                DETAIL = 'Attendance has a row for every day of the period.',
                HINT = 'Give the first and the last day of the period.';
    END IF;
    IF to_day - from_day > 3660 THEN
        RAISE EXCEPTION 'attendance covers at most ten years at a time, not % to %', from_day, to_day
          USING ERRCODE = 'program_limit_exceeded',
                DETAIL = format('The period has %s days; at most 3661 are computed at a time.', to_day - from_day + 1),
                HINT = 'Split the period.';
    END IF;
    RETURN to_day;
END $$;
COMMENT ON FUNCTION civilservice.attendance_period(date, date) IS
  'The last day of an attendance period after checking it as attendance() does: finite, at most ten years (22008, 54000 otherwise)';

CREATE FUNCTION civilservice.day_worked(expected text, schedule civilservice.work_schedule, day date,
                                        first_in timestamp, last_out timestamp, present interval) RETURNS interval
    AS 'MODULE_PATHNAME', 'cs_day_worked' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.day_worked(text, civilservice.work_schedule, date, timestamp, timestamp, interval) IS
  'п. 9, 19: working time of a day — at the workplace the time present inside the schedule''s day and outside its break (presence before or after the day is not work); on a remote day the reported time less the break when it spans it; the time present when there is no schedule or no entry and exit. The rule attendance() applies to each day';
CREATE FUNCTION civilservice.day_breaches(expected text, schedule civilservice.work_schedule, day date,
                                          first_in timestamp, last_out timestamp, worked interval, daily_limit interval,
                                          unpaired integer, badged boolean, recorded boolean) RETURNS text[]
    AS 'MODULE_PATHNAME', 'cs_day_breaches' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.day_breaches(text, civilservice.work_schedule, date, timestamp, timestamp, interval, interval, integer, boolean, boolean) IS
  'п. 9, 17, 19, 20: the breaches of a day (codes of breach_kind, in a fixed order) from its expected status, schedule, local entry and exit, working time, daily limit, unpaired events, whether there were badge events and whether a remote time record exists. The rule attendance() applies to each day';

-- Both forms are one C function. It reads the employees, the badge events,
-- the acts, the recalls and the remote time records of a body in order of
-- employee and merges them one employee at a time: a call holds one
-- employee's days, a longer period costs in proportion, and the form for one
-- employee reads that employee's rows only (the events through the key
-- (state_body_id, employee_id, at, ...)).
CREATE FUNCTION civilservice.attendance(from_day date, to_day date, body bigint DEFAULT NULL)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, day date, expected text,
                   schedule civilservice.work_schedule, first_in timestamp, last_out timestamp,
                   time_present interval, time_worked interval, unpaired_events integer, breaches text[])
    AS 'MODULE_PATHNAME', 'cs_attendance' LANGUAGE C STABLE PARALLEL RESTRICTED ROWS 100000
    SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.attendance(date, date, bigint) IS
  'п. 9, 17, 19, 20: one row per employee and calendar day of [from_day, to_day] (all bodies when body is NULL), in order of body, employee and day: the expected status (office, remote, day_off, recalled, dismissed) from the calendar, the acts in force and the recalls; the schedule that applies (the flexible act''s fixed working time, else the employee''s or the body''s); first entry and last exit in the body''s local time (from the remote time record on a remote day); time present over paired entry/exit events (a night belongs to the day it started); time worked (at the workplace: present inside the schedule''s day and outside its break; remote: reported less the break), which the daily limit in force applies to; unpaired events; the breaches (codes of breach_kind). A period must be finite and at most ten years (22008, 54000). For one employee call attendance(from_day, to_day, body, employee)';

CREATE FUNCTION civilservice.attendance(from_day date, to_day date, body bigint, employee bigint)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, day date, expected text,
                   schedule civilservice.work_schedule, first_in timestamp, last_out timestamp,
                   time_present interval, time_worked interval, unpaired_events integer, breaches text[])
    AS 'MODULE_PATHNAME', 'cs_attendance' LANGUAGE C STABLE PARALLEL RESTRICTED ROWS 100
    SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.attendance(date, date, bigint, bigint) IS
  'п. 9, 17, 19, 20: attendance(from_day, to_day, body) of one employee (every employee when employee is NULL; every body with that key when body is NULL): the same rows, computed from that employee''s rows only (employment, badge events, acts, recalls, time records), so its cost does not grow with the body — the timesheet of one person';

CREATE FUNCTION civilservice.weekly_totals(from_day date, to_day date, body bigint, employee bigint)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, iso_year integer, iso_week integer, week_start date,
                   time_worked interval, weekly_limit interval, over_limit boolean)
LANGUAGE sql STABLE PARALLEL RESTRICTED SET search_path = pg_catalog AS $$
    SELECT a.state_body_id, a.employee_id,
           extract(isoyear FROM w.week_start)::integer, extract(week FROM w.week_start)::integer, w.week_start,
           coalesce(sum(a.time_worked), interval '0'),
           interval '1 hour' * civilservice.rule_parameter_value('weekly_hours_limit', w.week_start),
           coalesce(sum(a.time_worked), interval '0') > interval '1 hour' * civilservice.rule_parameter_value('weekly_hours_limit', w.week_start)
      FROM civilservice.attendance(CAST(date_trunc('week', $1) AS date), CAST(date_trunc('week', $2) AS date) + 6, $3, $4) a
      CROSS JOIN LATERAL (SELECT CAST(date_trunc('week', a.day) AS date) AS week_start) w
     GROUP BY a.state_body_id, a.employee_id, w.week_start
$$;
COMMENT ON FUNCTION civilservice.weekly_totals(date, date, bigint, bigint) IS
  'п. 19: weekly_totals(from_day, to_day, body) of one employee (every employee when employee is NULL), from that employee''s attendance only';

CREATE FUNCTION civilservice.weekly_totals(from_day date, to_day date, body bigint DEFAULT NULL)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, iso_year integer, iso_week integer, week_start date,
                   time_worked interval, weekly_limit interval, over_limit boolean)
LANGUAGE sql STABLE PARALLEL RESTRICTED SET search_path = pg_catalog AS $$
    SELECT * FROM civilservice.weekly_totals($1, $2, $3, NULL)
$$;
COMMENT ON FUNCTION civilservice.weekly_totals(date, date, bigint) IS
  'п. 19: time worked (present or reported on remote days, the break excluded) per employee and ISO week (Monday to Sunday) for every week touching [from_day, to_day], with the weekly limit in force at the week''s start and whether it is exceeded';

