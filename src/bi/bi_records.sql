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
