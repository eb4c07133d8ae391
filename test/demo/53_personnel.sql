-- The personnel records the Concept's indicators count on, in the demo
-- body: degrees (indicator 4), training and internships (indicator 5), an
-- ethics case (indicator 2) with the term of its sanction, and the
-- quarterly evaluations behind the promotion and demotion reports (P8, P9).
\pset footer off
\set SHOW_CONTEXT never
SET search_path = civilservice, public;
SET datestyle = ISO;

\echo '--- Diplomas and degrees, some awarded before the person joined the body.'
INSERT INTO education (state_body_id, employee_id, level, specialty, institution, awarded_on, document) VALUES
 (300, 2, 'bachelor', 'Юриспруденция', 'КазНУ им. аль-Фараби', '2012-06-25', 'ЖБ-Б 0101010'),
 (300, 2, 'master', 'Государственное и местное управление', 'Академия государственного управления', '2024-06-28', 'ЖБ-М 0202020'),
 (300, 3, 'bachelor', 'Экономика', 'ЕНУ им. Л.Н. Гумилева', '2015-06-30', 'ЖБ-Б 0303030'),
 (300, 32, 'candidate_of_sciences', 'Социология', 'ВАК', '2010-12-15', 'КН № 0004044'),
 (300, 33, 'phd', 'Публичная политика', 'Nazarbayev University', '2020-05-30', 'PhD № 0000505');
\echo '--- Holders of a degree of indicator 4 at the end of 2025 (master, PhD, doctor by profile, candidate or doctor of sciences):'
SELECT e.id, e.full_name, holds_degree(e.state_body_id, e.id, '2025-12-31') AS holds_degree
  FROM employee e WHERE e.state_body_id = 300 AND e.id IN (2, 3, 32, 33) ORDER BY e.id;

\echo '--- Training and internships of 2025; one course is still running.'
INSERT INTO training (state_body_id, employee_id, kind, provider, period, completed_on) VALUES
 (300, 3, 'qualification_upgrade', 'Академия государственного управления', '[2025-03-10,2025-03-22)', '2025-03-21'),
 (300, 33, 'public_speaking', 'Академия государственного управления', '[2025-02-03,2025-02-08)', '2025-02-07'),
 (300, 2, 'masters_without_leave', 'Академия государственного управления', '[2022-09-01,2024-07-01)', '2024-06-28'),
 (300, 32, 'retraining', 'Академия государственного управления', '[2025-12-01,2026-02-01)', NULL);
INSERT INTO internship (state_body_id, employee_id, kind, host, period, completed_on) VALUES
 (300, 3, 'inter_agency', 'Министерство финансов', '[2025-05-12,2025-05-24)', '2025-05-23'),
 (300, 33, 'foreign', 'Civil Service College, Singapore', '[2025-10-06,2025-10-18)', '2025-10-17');
\echo '--- Indicator 5 for 2025, both readings of «обучение и стажировку»:'
SELECT count(*) FILTER (WHERE t AND i) AS trained_and_interned, count(*) FILTER (WHERE t OR i) AS trained_or_interned
  FROM (SELECT e.id,
               EXISTS (SELECT FROM training x WHERE x.state_body_id = e.state_body_id AND x.employee_id = e.id
                          AND x.completed_on BETWEEN '2025-01-01' AND '2025-12-31') AS t,
               EXISTS (SELECT FROM internship x WHERE x.state_body_id = e.state_body_id AND x.employee_id = e.id
                          AND x.completed_on BETWEEN '2025-01-01' AND '2025-12-31') AS i
          FROM employee e WHERE e.state_body_id = 300) s;

\echo '--- An ethics case: rudeness to a citizen at the reception, decided with a reprimand.'
\echo '    The law has not yet set the terms of sanctions (N1), so the last day in force comes from the order.'
INSERT INTO disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on) VALUES (300, 1, 3, 'ethics', '2025-11-04');
INSERT INTO case_circumstance (state_body_id, case_id, kind, code, description) VALUES
 (300, 1, 'mitigating', 'first_offence', 'Ранее к дисциплинарной ответственности не привлекался');
\set ON_ERROR_STOP 0
\echo '--- Without the last day in force the sanction is refused:'
UPDATE disciplinary_case SET decided_on = '2025-11-20', outcome = 'sanction', sanction_kind = 'замечание' WHERE state_body_id = 300 AND id = 1;
\set ON_ERROR_STOP 1
UPDATE disciplinary_case SET decided_on = '2025-11-20', outcome = 'sanction', sanction_kind = 'замечание', valid_until = '2026-05-19'
 WHERE state_body_id = 300 AND id = 1;
\echo '--- Sanctions in force on 1 March 2026:'
SELECT * FROM active_sanctions(300, 3, '2026-03-01');
\echo '--- Limiting a new case to that sanction (N1a) is not checked while the right has no value in law:'
INSERT INTO disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome)
VALUES (300, 2, 3, 'other', '2026-02-02', '2026-02-16', 'limited_to_previous_sanction');
SELECT status, value, mode FROM concept_parameter_on('limit_to_previous_sanction', '2026-02-16'),
       concept_check_mode(300, 'limit_to_previous_sanction', '2026-02-16') AS mode;

\echo '--- Quarterly evaluations of 2025 and the first quarter of 2026.'
INSERT INTO performance_evaluation (state_body_id, employee_id, quarter, rating, decided_on) VALUES
 (300, 33, '2025-01-01', 'high', '2025-04-08'), (300, 33, '2025-04-01', 'high', '2025-07-08'),
 (300, 33, '2025-07-01', 'high', '2025-10-08'), (300, 33, '2025-10-01', 'high', '2026-01-12'),
 (300, 2, '2025-07-01', 'satisfactory', '2025-10-08'), (300, 2, '2025-10-01', 'high', '2026-01-12'),
 (300, 3, '2025-07-01', 'satisfactory', '2025-10-08'), (300, 3, '2025-10-01', 'unsatisfactory', '2026-01-12'),
 (300, 3, '2026-01-01', 'unsatisfactory', '2026-04-09');
\echo '--- P8: may be appointed directly to the next position (four high quarters), on 1 January 2026:'
SELECT employee_id, full_name, first_quarter, last_quarter FROM promotion_candidates('2026-01-01', 300);
\echo '--- P9: may be demoted or dismissed (two unsatisfactory quarters), on 1 April 2026:'
SELECT employee_id, full_name, first_quarter, last_quarter FROM demotion_candidates('2026-04-01', 300);
