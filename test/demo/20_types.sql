-- Types for people, bodies and schedules: iin, bin, work_schedule; the registries.
\pset footer off
SET search_path = civilservice, public;

\echo '--- ИИН: birth date and sex are read from the number; the check digit is verified.'
SELECT i AS iin, iin_birth_date(i) AS birth_date, iin_sex(i) AS sex
FROM (VALUES ('850515400121'::iin), ('000229501234'), ('900101300453')) t(i);
SELECT v AS text, iin_is_valid(v) AS valid FROM (VALUES ('850515400121'), ('850515400122'), ('85051540012')) t(v);
\echo '--- A wrong check digit is refused with the expected digit:'
\set ON_ERROR_STOP 0
SELECT '850515400122'::iin;
\set ON_ERROR_STOP 1

\echo '--- БИН: registration month, entity kind and unit.'
SELECT b AS bin, bin_registered(b) AS registered, bin_entity_kind(b) AS entity, bin_unit_kind(b) AS unit
FROM (VALUES ('040540001230'::bin), ('121041004563'), ('150343004326')) t(b);

\echo '--- work_schedule: an ordinary day and a flexible day with fixed working time (п. 17.3).'
SELECT s AS schedule, core_start(s), core_end(s), daily_hours(s)
FROM (VALUES ('09:00-18:00, break 13:00-14:00'::work_schedule),
             ('start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8')) t(s);
\echo '--- What a day with that arrival and departure breaks:'
SELECT a AS arrived, l AS "left",
       schedule_check('start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', a, l) AS breaks
FROM (VALUES ('08:30'::time, '17:30'::time), ('10:20', '19:00'), ('09:00', '16:00')) t(a, l);
\echo '--- An inconsistent schedule is refused with the reason:'
\set ON_ERROR_STOP 0
SELECT 'start 08:00-11:00, core 10:00-17:00, end 17:00-19:00, hours 8'::work_schedule;
\set ON_ERROR_STOP 1

\echo '--- Registries: a state body and its employees; the employee''s schedule falls back to the body''s.'
INSERT INTO state_body (bin, name_kk, name_ru)
VALUES ('040540001230', 'Мемлекеттік қызмет істері агенттігі', 'Агентство по делам государственной службы');
INSERT INTO employee (state_body_id, iin, full_name, position_category, is_authorized, work_schedule, employed_from)
SELECT id, '850515400121'::iin, 'Ахметова Айгерим', 'B-1', true, NULL::work_schedule, date '2020-01-01' FROM state_body WHERE bin = '040540001230'
UNION ALL
SELECT id, '900101300453'::iin, 'Сериков Нурлан', 'C-O-2', false,
       'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8'::work_schedule, date '2021-03-01'
FROM state_body WHERE bin = '040540001230';
SELECT e.full_name, e.iin, e.position_category, e.is_authorized, employee_schedule(e.state_body_id, e.id) AS schedule
FROM employee e ORDER BY e.id;
