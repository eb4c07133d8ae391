-- Career events of the Concept 2024–2029 in the demo body: a temporary
-- appointment without competition (L403), a short-term secondment to a
-- ministry shown in both bodies' attendance (L469), a change of the first
-- head and the release windows of corps "A" (L456).
\pset footer off
\set SHOW_CONTEXT never
SET search_path = civilservice, public;
SET datestyle = ISO;

\echo '--- Three new employees of the agency: a temporary replacement, an expert who will be seconded, a deputy chairman of corps "A".'
INSERT INTO employee (state_body_id, id, iin, employed_from, employed_to, full_name, position) VALUES
 (300, 51, '651115400019', '2026-02-02', '2027-01-31', 'Касымова Айжан', 'Главный эксперт (временно)'),
 (300, 52, '630521300013', '2018-05-02', NULL, 'Оспанов Ерлан', 'Главный эксперт'),
 (300, 53, '620315300011', '2017-01-09', NULL, 'Жумабаев Нурлан', 'Заместитель Председателя');
INSERT INTO career_event (state_body_id, employee_id, kind, event_on, basis, corps, position, position_category, legal_basis) VALUES
 (300, 53, 'appointment', '2017-01-09', 'non_competitive', 'A', 'Заместитель Председателя', 'А-2', 'Указ № 17');

\echo '--- A temporary appointment without competition for a year, 2 February 2026 to 1 February 2027 (end exclusive): accepted.'
INSERT INTO career_event (state_body_id, employee_id, kind, event_on, term, basis, position, position_category, legal_basis)
VALUES (300, 51, 'appointment', '2026-02-02', '[2026-02-02,2027-02-02)', 'temporary_without_competition',
        'Главный эксперт', 'C-4', 'Приказ № 12-к от 30.01.2026');
\echo '--- One day longer: the rule is only proposed, so the write is kept with a warning and a finding.'
INSERT INTO career_event (state_body_id, employee_id, kind, event_on, term, basis, position, legal_basis)
VALUES (300, 51, 'appointment', '2026-02-02', '[2026-02-02,2027-02-03)', 'temporary_without_competition',
        'Главный эксперт', 'Приказ № 13-к от 30.01.2026');
SELECT parameter, constraint_name, on_date, detail FROM concept_findings_open WHERE state_body_id = 300;

\echo '--- A secondment of Оспанов to the ministry for two weeks in April 2026; the ministry records him as its employee for the term.'
INSERT INTO state_body (id, bin, name_ru) VALUES (351, '040540001022', 'Министерство (демо, принимающий орган)');
INSERT INTO career_event (state_body_id, employee_id, kind, event_on, term, other_state_body_id, position, legal_basis)
VALUES (300, 52, 'secondment', '2026-04-01', '[2026-04-06,2026-04-18)', 351, 'Главный эксперт', 'Приказ № 31-к от 01.04.2026');
INSERT INTO employee (state_body_id, id, iin, employed_from, employed_to, full_name, position) VALUES
 (351, 1, '630521300013', '2026-04-06', '2026-04-17', 'Оспанов Ерлан (прикомандирован)', 'Главный эксперт');
INSERT INTO career_event (state_body_id, employee_id, kind, event_on, term, other_state_body_id, legal_basis)
VALUES (351, 1, 'secondment_in', '2026-04-06', '[2026-04-06,2026-04-18)', 300, 'Приказ № 31-к от 01.04.2026 (Агентство)');
INSERT INTO access_event (state_body_id, employee_id, at, direction, device_id)
SELECT 351, 1, (CAST(d AS date) + t.at) AT TIME ZONE 'Asia/Almaty', t.direction, 'ministry-gate'
  FROM generate_series(date '2026-04-06', date '2026-04-10', interval '1 day') d,
       (VALUES (time '08:55', 'in'), (time '18:02', 'out')) t(at, direction);
\echo '--- At the agency he is absent: secondment, no breach (no absence row was written).'
SELECT day, expected, 'absent: ' || absence AS status, breaches FROM attendance('2026-04-03', '2026-04-08', 300, 52);
\echo '--- At the ministry his badge events count as any employee''s.'
SELECT day, expected, first_in::time AS first_in, last_out::time AS last_out, time_worked, breaches
  FROM attendance('2026-04-06', '2026-04-08', 351, 1);

\echo '--- A new chairman from 1 June 2026: the first head changes, and the release window of corps "A" opens three months later.'
INSERT INTO employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (300, 54, '640229400014', '2026-06-01', 'Новый Председатель Агентства', true);
UPDATE first_head SET period = '[2023-09-01,2026-06-01)' WHERE state_body_id = 300 AND employee_id = 31;
INSERT INTO first_head (state_body_id, employee_id, period, basis) VALUES (300, 54, '[2026-06-01,)', 'Указ о назначении');
SELECT d AS on_date, w.full_name, w.head_changed_on, w.window_opens, w.window_closes, w.state
  FROM unnest(ARRAY['2026-07-01', '2026-09-01', '2027-05-10', '2027-06-02']::date[]) d
 CROSS JOIN LATERAL corps_a_release_windows_on(d) w WHERE w.state_body_id = 300;
\echo '--- Today:'
SELECT full_name, window_opens, window_closes, state FROM corps_a_release_windows WHERE state_body_id = 300;
\echo '--- A release on the ground "change of the first head" one day before the window: warned while the rule is proposed.'
INSERT INTO career_event (state_body_id, employee_id, kind, event_on, ground, legal_basis)
VALUES (300, 53, 'release', '2026-08-31', 'head_change', 'Указ № 88');
