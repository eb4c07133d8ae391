-- pgTAP: career events of the Concept (Концепция L401, L403, L456, L464,
-- L469): each check at its exact edge, proposed (warned) and in force
-- (refused), and what each shipped role may do with the events.
BEGIN;
SELECT plan(41);
SET LOCAL datestyle = ISO;
SET LOCAL client_min_messages = error;

\ir lib/constraint_of.psql

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (1391, '040540001002', 'Орган А'), (1392, '040540001012', 'Орган Б');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name, is_authorized) VALUES
 (1391, 1, '880202300037', '2015-01-01', NULL, 'Первый руководитель', true),
 (1391, 2, '900101400023', '2015-01-01', NULL, 'Вице-министр', false),
 (1391, 3, '620315300011', '2000-01-01', NULL, 'Советник', false),
 (1391, 4, '910303400043', '2024-02-29', '2026-12-31', 'Временный', false),
 (1392, 9, '870404500059', '2015-01-01', NULL, 'Чужой', false);
INSERT INTO civilservice.first_head (state_body_id, employee_id, period) VALUES (1391, 1, '[2025-01-31,)');
INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, basis, corps, legal_basis) VALUES
 (1391, 1, 2, 'appointment', '2015-01-01', 'non_competitive', 'A', 'Указ № 1'),
 (1391, 2, 3, 'appointment', '2020-01-01', 'pension_age_adviser', NULL, 'Приказ № 2');

CREATE FUNCTION pg_temp.ev(id int, emp int, kind text, event_on date, term text, basis text, ground text, other bigint)
RETURNS text LANGUAGE sql AS $f$
    SELECT format($$INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, term, basis, ground, other_state_body_id, legal_basis)
                    VALUES (1391, %s, %s, %L, %L, %L, %L, %L, %s, 'Приказ')$$, id, emp, kind, event_on, term, basis, ground, coalesce(other::text, 'NULL'))
$f$;
CREATE FUNCTION pg_temp.finding(id int) RETURNS text LANGUAGE sql AS $f$
    SELECT constraint_name FROM civilservice.concept_findings_open WHERE state_body_id = 1391 AND record_id = id
$f$;

-- 1. proposed: the edge passes, one day more is kept with a finding
SELECT lives_ok(pg_temp.ev(10, 4, 'appointment', '2024-02-29', '[2024-02-29,2025-02-28)', 'temporary_without_competition', NULL, NULL), 'P3: 2024-02-29 to 2025-02-28 exclusive passes');
SELECT is(pg_temp.finding(10), NULL, 'P3: no finding at the edge');
SELECT lives_ok(pg_temp.ev(11, 4, 'appointment', '2024-02-29', '[2024-02-29,2025-03-01)', 'temporary_without_competition', NULL, NULL), 'P3 proposed: one day more is kept');
SELECT is(pg_temp.finding(11), 'career_event_temporary_max', 'P3 proposed: one day more is a finding');
SELECT lives_ok(pg_temp.ev(12, 2, 'secondment', '2025-11-30', '[2025-11-30,2026-02-28)', NULL, NULL, 1392), 'P7: 2025-11-30 to 2026-02-28 exclusive passes');
SELECT is(pg_temp.finding(12), NULL, 'P7: no finding at the edge');
SELECT lives_ok(pg_temp.ev(13, 4, 'secondment', '2025-11-30', '[2025-11-30,2026-03-01)', NULL, NULL, 1392), 'P7 proposed: one day more is kept');
SELECT is(pg_temp.finding(13), 'career_event_secondment_max', 'P7 proposed: one day more is a finding');
SELECT lives_ok(pg_temp.ev(14, 3, 'adviser_extension', '2025-03-01', '[2025-03-15,2027-03-15)', NULL, NULL, NULL), 'P6: up to pension age (2025-03-15) + 24 months passes');
SELECT is(pg_temp.finding(14), NULL, 'P6: no finding at the edge');
SELECT lives_ok(pg_temp.ev(15, 3, 'adviser_extension', '2027-03-01', '[2027-03-15,2027-03-16)', NULL, NULL, NULL), 'P6 proposed: one day more is kept');
SELECT is(pg_temp.finding(15), 'career_event_adviser_extension_max', 'P6 proposed: one day more is a finding');
SELECT lives_ok(pg_temp.ev(16, 2, 'release', '2025-04-29', NULL, NULL, 'head_change', NULL), 'P4 proposed: the day before the window is kept');
SELECT is(pg_temp.finding(16), 'career_event_head_change_too_early', 'P4 proposed: a finding');

-- 2. in force: the same writes are refused, the edges pass
INSERT INTO civilservice.implementing_act (reference, adopted_on, in_force_from, deliverable) VALUES
 ('Закон (отбор)', '2023-12-01', '2024-01-01', '13c'), ('Постановление (прикомандирование)', '2025-06-01', '2025-07-01', '20'),
 ('Закон (советники)', '2024-12-01', '2025-01-01', '18'), ('Закон (корпус А)', '2024-12-01', '2025-01-01', '17');
SELECT is(pg_temp.constraint_of(pg_temp.ev(20, 4, 'appointment', '2024-02-29', '[2024-02-29,2025-03-01)', 'temporary_without_competition', NULL, NULL)),
          'career_event_temporary_max', 'P3 in force: one day more is refused');
SELECT throws_ok(pg_temp.ev(21, 4, 'appointment', '2024-02-29', '[2024-02-29,2025-03-01)', 'temporary_without_competition', NULL, NULL), '23514', NULL, 'P3 in force: 23514');
SELECT lives_ok(pg_temp.ev(22, 4, 'appointment', '2024-02-29', '[2024-02-29,2025-02-28)', 'temporary_without_competition', NULL, NULL), 'P3 in force: the edge passes');
SELECT is(pg_temp.constraint_of(pg_temp.ev(23, 2, 'secondment', '2026-11-30', '[2026-11-30,2027-03-01)', NULL, NULL, 1392)),
          'career_event_secondment_max', 'P7 in force: 2026-11-30 to 2027-03-01 is refused');
SELECT lives_ok(pg_temp.ev(24, 4, 'secondment', '2026-11-30', '[2026-11-30,2026-12-31)', NULL, NULL, 1392), 'P7 in force: inside the employment and the cap');
SELECT is(pg_temp.constraint_of(pg_temp.ev(25, 3, 'adviser_extension', '2027-03-01', '[2027-03-15,2027-03-16)', NULL, NULL, NULL)),
          'career_event_adviser_extension_max', 'P6 in force: one day past is refused');
SELECT is(pg_temp.constraint_of(pg_temp.ev(26, 2, 'adviser_extension', '2025-03-01', '[2025-03-15,2025-06-15)', NULL, NULL, NULL)),
          'career_event_adviser_only', 'P6: an extension on a non-adviser position is refused');
SELECT is(pg_temp.constraint_of(pg_temp.ev(27, 2, 'release', '2025-04-29', NULL, NULL, 'head_change', NULL)),
          'career_event_head_change_too_early', 'P4 in force: 2025-04-29 is refused');
SELECT lives_ok(pg_temp.ev(28, 2, 'release', '2025-04-30', NULL, NULL, 'head_change', NULL), 'P4: 2025-04-30 (change 2025-01-31 + 3 months) passes');
SELECT lives_ok(pg_temp.ev(29, 2, 'release', '2026-01-31', NULL, NULL, 'head_change', NULL), 'P5: 2026-01-31 (change + 12 months) passes');
SELECT is(pg_temp.constraint_of(pg_temp.ev(30, 2, 'release', '2026-02-01', NULL, NULL, 'head_change', NULL)),
          'career_event_head_change_lapsed', 'P5 in force: 2026-02-01 is refused');
SELECT is(pg_temp.constraint_of(pg_temp.ev(31, 2, 'release', '2025-01-30', NULL, NULL, 'head_change', NULL)),
          'career_event_head_change_known', 'P4: no change known on the day: refused');
SELECT is(pg_temp.constraint_of(pg_temp.ev(32, 4, 'release', '2025-06-02', NULL, NULL, 'head_change', NULL)),
          'career_event_head_change_corps_a', 'P4: not corps A: refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, basis, probation_months, legal_basis)
                                  VALUES (1391, 33, 2, 'appointment', '2025-06-02', 'competition', 3, 'Приказ')$$),
          'career_event_probation_abolished', 'P13 in force: a probation is refused');
SELECT is(pg_temp.constraint_of(pg_temp.ev(34, 4, 'secondment', '2026-12-15', '[2026-12-15,2026-12-31)', NULL, NULL, 1392)),
          'career_event_secondment_no_overlap', 'P7: overlapping secondments are refused');
SELECT throws_ok(pg_temp.ev(35, 4, 'secondment', '2026-12-15', '[2026-12-15,2026-12-31)', NULL, NULL, 1392), '23P01', NULL, 'P7: the overlap is 23P01');
SELECT is(pg_temp.constraint_of(pg_temp.ev(36, 4, 'secondment', '2027-01-04', '[2027-01-04,2027-01-10)', NULL, NULL, 1392)),
          'career_event_employed', 'a career event after the employment is refused');
SELECT is(pg_temp.constraint_of(pg_temp.ev(37, 4, 'transfer', '2026-06-01', NULL, NULL, NULL, NULL)),
          'career_event_other_body', 'a transfer names its destination');

-- 3. the shipped roles
CREATE ROLE cs_career_hr LOGIN IN ROLE civilservice_hr;
CREATE ROLE cs_career_auth LOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_career_auditor LOGIN IN ROLE civilservice_auditor;
CREATE ROLE cs_career_reader LOGIN IN ROLE civilservice_reader;
CREATE ROLE cs_career_loader LOGIN IN ROLE civilservice_loader;
INSERT INTO civilservice.role_body (state_body_id, role_name, employee_id) VALUES
 (1391, 'cs_career_hr', NULL), (1391, 'cs_career_auth', 1), (1391, 'cs_career_auditor', NULL),
 (1391, 'cs_career_reader', NULL), (1391, 'cs_career_loader', NULL);
SET LOCAL ROLE cs_career_hr;
SELECT lives_ok(pg_temp.ev(40, 2, 'transfer', '2026-06-01', NULL, NULL, NULL, 1392), 'hr records a transfer of its body');
SELECT throws_ok($$INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, basis, legal_basis)
                   VALUES (1392, 41, 9, 'appointment', '2026-06-01', 'competition', 'Приказ')$$, '42501', NULL, 'hr cannot record for another body');
RESET ROLE;
SET LOCAL ROLE cs_career_auth;
SELECT lives_ok($$UPDATE civilservice.career_event SET position = 'Вице-министр' WHERE state_body_id = 1391 AND id = 1$$, 'the authorized person corrects an event');
RESET ROLE;
SET LOCAL ROLE cs_career_auditor;
SELECT ok((SELECT count(*) FROM civilservice.career_event) > 0, 'the auditor reads the events of its body');
SELECT throws_ok(pg_temp.ev(42, 2, 'transfer', '2026-06-02', NULL, NULL, NULL, 1392), '42501', NULL, 'the auditor writes nothing');
RESET ROLE;
SET LOCAL ROLE cs_career_reader;
SELECT throws_ok($$SELECT count(*) FROM civilservice.corps_a_release_windows_on('2025-06-01')$$, '42501', NULL, 'the reader reads no career record (it reads the reporting views of civilservice_bi)');
SELECT throws_ok($$DELETE FROM civilservice.career_event$$, '42501', NULL, 'the reader deletes nothing');
RESET ROLE;
SET LOCAL ROLE cs_career_loader;
SELECT throws_ok($$SELECT count(*) FROM civilservice.career_event$$, '42501', NULL, 'the badge loader reads no career event');
SELECT throws_ok($$SELECT count(*) FROM civilservice.corps_a_release_windows$$, '42501', NULL, 'the badge loader reads no release window');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
