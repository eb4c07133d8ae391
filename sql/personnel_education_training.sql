-- Personnel records: education (indicator 4, L598) and training and
-- internships (indicator 5, L617): levels, kinds, periods, completion and
-- employment at their edges; holds_degree().
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (1501, '040540001002', 'Агентство по делам государственной службы');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name) VALUES
 (1501, 1, '880202300037', '2020-03-01', NULL, 'Абенов Ерлан'),
 (1501, 2, '900101400023', '2021-01-01', '2025-06-30', 'Бекова Айгуль');

-- education: of the person, awarded before the employment is fine
SELECT * FROM regress.try($$INSERT INTO civilservice.education (state_body_id, id, employee_id, level, specialty, institution, awarded_on, document)
    VALUES (1501, 1, 1, 'bachelor', 'Государственное управление', 'ЕНУ', '2010-06-30', 'ЖБ-Б 0012345')$$);
SELECT * FROM regress.try($$INSERT INTO civilservice.education (state_body_id, id, employee_id, level, specialty, institution, awarded_on, document)
    VALUES (1501, 2, 1, 'master', 'Публичная политика', 'АГУ', '2024-06-30', 'ЖБ-М 0054321')$$);
-- the last day of the employment is the last day an award belongs to the body's record
SELECT * FROM regress.try($$INSERT INTO civilservice.education (state_body_id, id, employee_id, level, awarded_on, document)
    VALUES (1501, 3, 2, 'phd', '2025-06-30', 'PhD 000777')$$);
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.education (state_body_id, employee_id, level, awarded_on, document)
    VALUES (1501, 2, 'candidate_of_sciences', '2025-07-01', 'КН 0001')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.education (state_body_id, employee_id, level, awarded_on, document)
    VALUES (1501, 1, 'magistr', '2020-06-30', 'X 1')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.education (state_body_id, employee_id, level, awarded_on, document)
    VALUES (1501, 1, 'master', '2020-06-30', '  ')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.education (state_body_id, employee_id, level, awarded_on, document)
    VALUES (1501, 1, 'master', 'infinity', 'X 1')$$);
\x off
SELECT * FROM regress.try($$INSERT INTO civilservice.education (state_body_id, employee_id, level, awarded_on, document)
    VALUES (1501, 1, 'master', NULL, 'X 1')$$);
SELECT * FROM regress.try($$INSERT INTO civilservice.education (state_body_id, employee_id, level, awarded_on, document)
    VALUES (1501, 99, 'master', '2020-06-30', 'X 1')$$);

-- holds_degree: a bachelor is not a degree of indicator 4; the master counts from its award day
SELECT civilservice.holds_degree(1501, 1, '2024-06-29') AS abenov_before_master,
       civilservice.holds_degree(1501, 1, '2024-06-30') AS abenov_on_award_day,
       civilservice.holds_degree(1501, 2, '2025-06-29') AS bekova_before_phd,
       civilservice.holds_degree(1501, 2, '2025-06-30') AS bekova_phd,
       civilservice.holds_degree(1501, 3, '2025-06-30') AS no_such_employee;

-- training: inside the employment, completed on or after its first day
SELECT * FROM regress.try($$INSERT INTO civilservice.training (state_body_id, id, employee_id, kind, provider, period, completed_on)
    VALUES (1501, 1, 1, 'qualification_upgrade', 'АГУ', '[2020-03-01,2020-03-15)', '2020-03-01')$$);
-- completed after the last day (the certificate follows the course)
SELECT * FROM regress.try($$INSERT INTO civilservice.training (state_body_id, id, employee_id, kind, provider, period, completed_on)
    VALUES (1501, 2, 1, 'public_speaking', 'АГУ', '[2025-02-03,2025-02-08)', '2025-02-20')$$);
-- not completed yet
SELECT * FROM regress.try($$INSERT INTO civilservice.training (state_body_id, id, employee_id, kind, period)
    VALUES (1501, 3, 1, 'masters_without_leave', '[2025-09-01,2027-07-01)')$$);
-- the last day of the employment (employed_to 2025-06-30) is inside
SELECT * FROM regress.try($$INSERT INTO civilservice.training (state_body_id, id, employee_id, kind, period, completed_on)
    VALUES (1501, 4, 2, 'retraining', '[2025-06-01,2025-07-01)', '2025-06-30')$$);
\x on
-- one day earlier than the employment
SELECT * FROM regress.refusal($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period)
    VALUES (1501, 1, 'retraining', '[2020-02-29,2020-03-10)')$$);
-- one day past the employment
SELECT * FROM regress.refusal($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period)
    VALUES (1501, 2, 'retraining', '[2025-06-01,2025-07-02)')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period, completed_on)
    VALUES (1501, 2, 'retraining', '[2025-06-01,2025-07-01)', '2025-07-01')$$);
-- completed the day before the first day
SELECT * FROM regress.refusal($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period, completed_on)
    VALUES (1501, 1, 'retraining', '[2025-03-03,2025-03-08)', '2025-03-02')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period)
    VALUES (1501, 1, 'retraining', '[2025-03-03,)')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period)
    VALUES (1501, 1, 'retraining', 'empty')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period)
    VALUES (1501, 1, 'retraining', '[2025-03-03,infinity)')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period)
    VALUES (1501, 1, 'seminar', '[2025-03-03,2025-03-05)')$$);
\x off
-- an update is checked the same way
SELECT * FROM regress.try($$UPDATE civilservice.training SET period = '[2020-02-29,2020-03-15)' WHERE state_body_id = 1501 AND id = 1$$);

-- internships
SELECT * FROM regress.try($$INSERT INTO civilservice.internship (state_body_id, id, employee_id, kind, host, period, completed_on)
    VALUES (1501, 1, 1, 'foreign', 'Civil Service College, Singapore', '[2025-04-07,2025-04-19)', '2025-04-18')$$);
SELECT * FROM regress.try($$INSERT INTO civilservice.internship (state_body_id, id, employee_id, kind, host, period)
    VALUES (1501, 2, 2, 'inter_agency', 'Министерство финансов', '[2025-05-05,2025-05-17)')$$);
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.internship (state_body_id, employee_id, kind, period)
    VALUES (1501, 2, 'inter_agency', '[2025-06-25,2025-07-05)')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.internship (state_body_id, employee_id, kind, period, completed_on)
    VALUES (1501, 1, 'intra_agency', '[2025-06-02,2025-06-07)', '2025-06-01')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.internship (state_body_id, employee_id, kind, period)
    VALUES (1501, 1, 'abroad', '[2025-06-02,2025-06-07)')$$);
\x off

-- the history keeps every change
UPDATE civilservice.internship SET completed_on = '2025-05-16' WHERE state_body_id = 1501 AND id = 2;
SELECT table_name, operation, row_key FROM civilservice.history WHERE state_body_id = 1501 ORDER BY id;

SELECT employee_id, kind, period, completed_on FROM civilservice.training WHERE state_body_id = 1501 ORDER BY id;
SELECT employee_id, kind, period, completed_on FROM civilservice.internship WHERE state_body_id = 1501 ORDER BY id;

ROLLBACK;
