-- The parameters of the Concept on any date: concept_parameters_on(date), the
-- view of today built on it, and the reporting view of every day of 2024–2029.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

-- today: the same rows as concept_parameter_status, one per parameter
SELECT (SELECT count(*) FROM civilservice.concept_parameters_on(CURRENT_DATE))
       = (SELECT count(*) FROM civilservice.concept_parameter) AS one_row_per_parameter,
       (SELECT count(*) FROM (SELECT * FROM civilservice.concept_parameters_on(CURRENT_DATE)
                              EXCEPT SELECT * FROM civilservice.concept_parameter_status) x) AS differences_from_status;
SELECT count(*) AS rows_for_null FROM civilservice.concept_parameters_on(NULL);

-- an implementing act of deliverable 20 in force from 1 June 2027: its
-- parameters are proposed the day before, in force from that day
INSERT INTO civilservice.implementing_act (id, reference, adopted_on, in_force_from, deliverable)
VALUES (91, 'Постановление Правительства Республики Казахстан от 20 мая 2027 года № 400', '2027-05-20', '2027-06-01', '20');
INSERT INTO civilservice.implementing_act_parameter (act_id, parameter, value) VALUES (91, 'secondment_max_months', 2);
SELECT d, name, status, value, act_id, in_force_from, point
  FROM (VALUES (date '2027-05-31'), (date '2027-06-01')) v(d)
 CROSS JOIN LATERAL civilservice.concept_parameters_on(d) p
 WHERE p.name IN (SELECT parameter FROM civilservice.implementing_act_parameters WHERE act_id = 91)
 ORDER BY d, name;
-- each row as concept_parameter_on(name, date) answers it
SELECT count(*) AS rows_differing_from_concept_parameter_on
  FROM (VALUES (date '2024-01-01'), (date '2027-05-31'), (date '2027-06-01'), (date '2029-12-31')) v(d)
 CROSS JOIN LATERAL civilservice.concept_parameters_on(d) p
 CROSS JOIN LATERAL civilservice.concept_parameter_on(p.name, d) o
 WHERE (p.status, p.value, p.unit, p.point, p.act_id, p.in_force_from)
       IS DISTINCT FROM (o.status, o.value, o.unit, o.point, o.act_id, o.in_force_from);

-- the reporting view: the same on a chosen day, one day computed; every
-- parameter on every day of the Concept's term
SELECT parameter, status, value, act_id, brought_by
  FROM civilservice_bi.concept_parameters
 WHERE day = '2027-06-01' AND parameter = 'secondment_max_months';
SELECT count(*) AS differences_on_a_day FROM (
  SELECT parameter, status, value, point, act_id, in_force_from FROM civilservice_bi.concept_parameters WHERE day = '2027-06-01'
  EXCEPT SELECT name, status, value, point, act_id, in_force_from FROM civilservice.concept_parameters_on('2027-06-01')) x;
SELECT min(day), max(day), count(DISTINCT day) AS days,
       count(*) = count(DISTINCT day) * (SELECT count(*) FROM civilservice.concept_parameter) AS every_parameter_every_day
  FROM civilservice_bi.concept_parameters;
SELECT count(*) = (SELECT count(*) FROM civilservice.concept_parameter) AS today_rows
  FROM civilservice_bi.concept_parameters WHERE is_today;
ROLLBACK;
