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
  'Правила, п. 20 (политика учёта органа)', true),
 (80, 'attendance_absence_tolerance_minutes', '2023-06-11', 15, 'minutes', 'п. 17.3, п. 20',
  'Допустимое отсутствие на рабочем месте в течение фиксированного рабочего времени (в рабочее время стандартного графика): выход между первым входом и последним выходом дня, суммарно не дольше стольких минут, не является нарушением',
  'Правила, п. 17.3, 19, 20 (политика учёта органа; по умолчанию — 15 минут)', true);

------------------------------------------------------------------------------
-- Kinds of breach, violations (п. 9, 17, 19–21)

CREATE VIEW civilservice.breach_kind (kind, counts_as_violation, rule_point, description) AS
VALUES ('no_show', true, 'п. 20', 'No badge event on a day the employee is expected at the office (or recalled to it)'),
       ('late_arrival', true, 'п. 17.3, 20', 'First entry after the start window of the schedule in force'),
       ('left_before_core_end', true, 'п. 17.3', 'Last exit during the fixed working time (core hours)'),
       ('left_before_end_window', true, 'п. 20', 'Last exit before the end window of the schedule opens'),
       ('short_hours', true, 'п. 19', 'Time worked (the paired presence inside the schedule''s day, less the break; remote: the reported time less the break) below the daily hours of the schedule'),
       ('absent_during_fixed_time', true, 'п. 17.3, 19, 20', 'Out of the workplace during the fixed working time (the core hours of a flexible act, the whole working time of a standard schedule), the break excluded, between the day''s first entry and last exit, for longer in total than attendance_absence_tolerance_minutes'),
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

-- The rules of one day. presence is the day's paired intervals in local
-- time (entry, exit), each belonging to the day of its entry; on a remote
-- day the remote time record. attendance() applies exactly these rules.
CREATE FUNCTION civilservice.day_worked(expected text, schedule civilservice.work_schedule, day date,
                                        presence tsrange[]) RETURNS interval
    AS 'MODULE_PATHNAME', 'cs_day_worked' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.day_worked(text, civilservice.work_schedule, date, tsrange[]) IS
  'п. 9, 19: working time of a day from its presence intervals (local time; an interval past midnight counts to 24:00 of its day) — at the workplace the sum over the intervals of their part inside the schedule''s day (start_from..end_to) and outside its break (presence before or after the day, or out of the workplace, is not work); on a remote day (expected = remote) the reported time less the break when an interval spans it; without a schedule the time present; an interval that does not start on the day counts whole. NULL when presence is NULL. The rule attendance() applies to each day';
CREATE FUNCTION civilservice.day_breaches(expected text, schedule civilservice.work_schedule, day date,
                                          first_in timestamp, last_out timestamp, presence tsrange[],
                                          daily_limit interval, tolerance interval,
                                          unpaired integer, badged boolean, recorded boolean) RETURNS text[]
    AS 'MODULE_PATHNAME', 'cs_day_breaches' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.day_breaches(text, civilservice.work_schedule, date, timestamp, timestamp, tsrange[], interval, interval, integer, boolean, boolean) IS
  'п. 9, 17, 19, 20: the breaches of a day (codes of breach_kind, in a fixed order) from its expected status (office, recalled, remote, day_off, absent, dismissed), schedule, first entry and last exit (local time), presence intervals (as day_worked), daily limit, tolerance of absence during the fixed working time, unpaired events, whether there were badge events and whether a remote time record exists: no_show, no_time_record; late_arrival, left_before_core_end, left_before_end_window from the first entry and last exit; short_hours from day_worked() below the schedule''s hours; absent_during_fixed_time when the time between consecutive intervals inside the fixed working time, less the break, exceeds the tolerance (office and recall days); over_daily_limit from day_worked(); the informational kinds. An absent or dismissed day has none. The rule attendance() applies to each day';

-- Both forms are one C function. It reads the employees, the badge events,
-- the acts, the recalls and the remote time records of a body in order of
-- employee and merges them one employee at a time: a call holds one
-- employee's days, a longer period costs in proportion, and the form for one
-- employee reads that employee's rows only (the events through the key
-- (state_body_id, employee_id, at, ...)).
CREATE FUNCTION civilservice.attendance(from_day date, to_day date, body bigint DEFAULT NULL)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, day date, expected text,
                   schedule civilservice.work_schedule, first_in timestamp, last_out timestamp,
                   time_present interval, time_worked interval, unpaired_events integer, breaches text[], absence text)
    AS 'MODULE_PATHNAME', 'cs_attendance' LANGUAGE C STABLE PARALLEL RESTRICTED ROWS 100000
    SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.attendance(date, date, bigint) IS
  'п. 3.1, 9, 17, 19, 20: one row per employee and calendar day of [from_day, to_day] from the first day of employment (all bodies when body is NULL), in order of body, employee and day: the expected status — dismissed (after employed_to: nothing is computed), day_off (the body''s calendar), absent (an absence, whose kind is in the column absence), recalled (п. 12), remote (a signed remote act, or a combined remote act outside its office days), office; the schedule that applies (the flexible act''s fixed working time, else the employee''s or the body''s); first entry and last exit in the body''s local time (from the remote time record on a remote day); time present over paired entry/exit events (a night belongs to the day it started); time worked from the paired intervals (at the workplace: their part inside the schedule''s day and outside its break; remote: reported less the break; none on an absent day), which the daily and weekly limits apply to; unpaired events; the breaches (codes of breach_kind, by day_breaches()); the kind of absence. A period must be finite and at most ten years (22008, 54000). For one employee call attendance(from_day, to_day, body, employee)';

CREATE FUNCTION civilservice.attendance(from_day date, to_day date, body bigint, employee bigint)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, day date, expected text,
                   schedule civilservice.work_schedule, first_in timestamp, last_out timestamp,
                   time_present interval, time_worked interval, unpaired_events integer, breaches text[], absence text)
    AS 'MODULE_PATHNAME', 'cs_attendance' LANGUAGE C STABLE PARALLEL RESTRICTED ROWS 100
    SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.attendance(date, date, bigint, bigint) IS
  'п. 9, 17, 19, 20: attendance(from_day, to_day, body) of one employee (every employee when employee is NULL; every body with that key when body is NULL): the same rows, computed from that employee''s rows only (employment, badge events, acts and their office days, recalls, time records, absences), so its cost does not grow with the body — the timesheet of one person';

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
  'п. 19: time worked (present or reported on remote days, the break excluded; an absent day counts nothing and does not lower the limit) per employee and ISO week (Monday to Sunday) for every week touching [from_day, to_day], with the weekly limit in force at the week''s start and whether it is exceeded';


------------------------------------------------------------------------------
-- Remote time records (п. 9) and demands (п. 11): what a CHECK cannot see

-- A record lies on its day: its start's local date in the body's time zone
-- is the day; it is no longer than one session (attendance_max_session_hours
-- in force that day, the rule that pairs badge events); one per employee
-- and day; inside the employment.
CREATE FUNCTION civilservice.remote_time_record_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    tz text;
    e record;
    local_day date;
    max_hours numeric;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'remote_time_record' THEN
        RAISE EXCEPTION 'remote_time_record_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.remote_time_record'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT b.time_zone INTO tz FROM civilservice.state_body b WHERE b.id = NEW.state_body_id;
    SELECT x.employed_from, x.employed_to INTO e
      FROM civilservice.employee x WHERE x.state_body_id = NEW.state_body_id AND x.id = NEW.employee_id;
    IF tz IS NULL OR e IS NULL THEN
        RETURN NEW;     -- the foreign key refuses it
    END IF;
    local_day := CAST(NEW.started_at AT TIME ZONE tz AS date);
    IF local_day IS DISTINCT FROM NEW.day THEN
        PERFORM civilservice.refuse('п. 9', 'check_violation', 'remote_time_record_day', 'remote_time_record',
            'a remote time record lies on its day',
            format('Day %s; the work started %s, on %s in the body''s time zone %s.',
                   NEW.day, NEW.started_at AT TIME ZONE tz, local_day, tz),
            'Give as day the local date on which the work started (a night belongs to the day it started).');
    END IF;
    IF NEW.day < e.employed_from OR NEW.day > e.employed_to THEN
        PERFORM civilservice.refuse('п. 9', 'check_violation', 'remote_time_record_within_employment', 'remote_time_record',
            'a remote time record lies inside the employment',
            format('Employee %s, employed %s to %s; record of %s.', NEW.employee_id, e.employed_from,
                   coalesce(e.employed_to::text, 'now'), NEW.day),
            'Record only days between employed_from and employed_to of the employee.');
    END IF;
    max_hours := civilservice.rule_parameter_value('attendance_max_session_hours', NEW.day);
    IF NEW.ended_at - NEW.started_at > make_interval(secs => max_hours * 3600) THEN
        PERFORM civilservice.refuse('п. 9', 'check_violation', 'remote_time_record_length', 'remote_time_record',
            'a remote time record is at most one session long',
            format('Day %s: %s to %s is %s; the longest session on that day is %s hours (attendance_max_session_hours).',
                   NEW.day, NEW.started_at, NEW.ended_at, NEW.ended_at - NEW.started_at, max_hours),
            'Correct the start or the end; a day''s work is one record of its start and end.');
    END IF;
    IF EXISTS (SELECT FROM civilservice.remote_time_record t
                WHERE t.state_body_id = NEW.state_body_id AND t.employee_id = NEW.employee_id AND t.day = NEW.day
                  AND (TG_OP = 'INSERT' OR t.id <> OLD.id)) THEN
        PERFORM civilservice.refuse('п. 9', 'unique_violation', 'remote_time_record_one_per_day', 'remote_time_record',
            'one remote time record per employee and day',
            format('Employee %s already has a record of %s.', NEW.employee_id, NEW.day),
            'Update the existing record of that day instead (its history is kept).');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.remote_time_record_check() IS
  'Trigger: п. 9 — a remote time record lies on its day (the local date of its start in the body''s time zone: remote_time_record_day), lasts at most attendance_max_session_hours in force that day (remote_time_record_length), lies inside the employment (remote_time_record_within_employment) and is the only one of its day (remote_time_record_one_per_day, 23505; the unique constraint is the backstop)';

-- п. 11 concerns an employee: a demand is of someone employed on the day it
-- concerns, in the body's time zone.
CREATE FUNCTION civilservice.availability_demand_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    tz text;
    e record;
    first_day date;
    last_day date;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'availability_demand' THEN
        RAISE EXCEPTION 'availability_demand_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.availability_demand'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT b.time_zone INTO tz FROM civilservice.state_body b WHERE b.id = NEW.state_body_id;
    SELECT x.employed_from, x.employed_to INTO e
      FROM civilservice.employee x WHERE x.state_body_id = NEW.state_body_id AND x.id = NEW.employee_id;
    IF tz IS NULL OR e IS NULL THEN
        RETURN NEW;     -- the foreign key refuses it
    END IF;
    first_day := CAST(NEW.required_from AT TIME ZONE tz AS date);
    last_day := CAST(coalesce(NEW.required_to, NEW.required_from) AT TIME ZONE tz AS date);
    IF first_day < e.employed_from OR last_day > e.employed_to THEN
        PERFORM civilservice.refuse('п. 11', 'check_violation', 'availability_demand_within_employment', 'availability_demand',
            'a demand concerns an employee while employed',
            format('Employee %s, employed %s to %s; demand from %s to %s (local days %s to %s).', NEW.employee_id,
                   e.employed_from, coalesce(e.employed_to::text, 'now'), NEW.required_from,
                   coalesce(NEW.required_to, NEW.required_from), first_day, last_day),
            'Record demands only for the days the person is employed by the body (employed_from to employed_to).');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.availability_demand_check() IS
  'Trigger: п. 11 — a demand of availability concerns days (in the body''s time zone) inside the employment of the employee (availability_demand_within_employment)';
