-- The action plan of the Concept: its 26 items and 38 deliverables as
-- shipped (counts of CONCEPT §3.3), the due dates and last working days, the
-- status of each deliverable on a date (overdue, due soon), and an
-- implementing act that adopts a deliverable and brings its parameters into
-- force.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

-- 26 items: 8, 9 and 9 per direction
SELECT direction, count(*), min(no), max(no) FROM civilservice.concept_plan_item GROUP BY direction ORDER BY direction;
-- 38 deliverables; by deadline text (§3.3)
SELECT count(*) AS deliverables, sum(cardinality(forms)) AS form_entries FROM civilservice.concept_plan_deliverable;
SELECT deadline_text, count(*), string_agg(code, ', ' ORDER BY item_no, code) AS codes, min(due) AS due
  FROM civilservice.concept_plan_deliverable GROUP BY deadline_text ORDER BY min(due), deadline_text;
-- by form (39 entries)
SELECT f AS form, count(*) FROM civilservice.concept_plan_deliverable, unnest(forms) f GROUP BY f ORDER BY count(*) DESC, f;
-- executors: normalised (L832 «АДГС-»), the blank cells of 14c and 14d
SELECT code, executors, executors_blank, lead_executor FROM civilservice.concept_plan_deliverable
 WHERE code IN ('7', '8', '14b', '14c', '14d', '3') ORDER BY item_no, code;
SELECT count(*) AS without_adgs FROM civilservice.concept_plan_deliverable WHERE NOT 'АДГС' = ANY (executors);
-- the shipped rows are the Concept's text
SELECT code, constraint_name FROM regress.refusal($$UPDATE civilservice.concept_plan_deliverable SET deadline_text = 'I полугодие 2026 года' WHERE code = '20'$$);
SELECT code, constraint_name FROM regress.refusal($$DELETE FROM civilservice.concept_plan_item WHERE no = 26$$);
SELECT code, constraint_name FROM regress.refusal($$TRUNCATE civilservice.concept_plan_deliverable CASCADE$$);

-- due dates: item 4 once a year 2024…2029; last working days on the calendar kz
SELECT count(*) AS due_rows FROM civilservice.concept_plan_due();
SELECT code, year, due, last_working_day FROM civilservice.concept_plan_due() WHERE code = '4';
SELECT DISTINCT due, last_working_day, to_char(due, 'Dy') AS weekday FROM civilservice.concept_plan_due() ORDER BY due;

-- the plan on 2026-11-24 with nothing recorded: overdue is everything due
-- by 2026-06-30 (and item 4 for 2024, 2025); nothing due within 20 working days
SELECT count(*) FILTER (WHERE overdue) AS overdue, count(*) FILTER (WHERE due_soon) AS due_soon,
       string_agg(code || coalesce('/' || year, ''), ', ' ORDER BY due, item_no, code) FILTER (WHERE overdue) AS overdue_codes
  FROM civilservice.concept_plan_status('2026-11-24');
SELECT civilservice.add_working_days('2026-11-24', 20, 'kz') AS twenty_working_days_after;
-- 2026-12-31 is the 26th working day after 2026-11-24 (16–17 December are
-- days off): within 26 working days the deliverables due then are due soon,
-- within 25 they are not
SELECT civilservice.add_working_days('2026-11-24', 25, 'kz') AS "25", civilservice.add_working_days('2026-11-24', 26, 'kz') AS "26";
SELECT code, year, due, last_working_day, state, overdue, due_soon
  FROM civilservice.concept_plan_status('2026-11-24', 26) WHERE due_soon;
SELECT count(*) FILTER (WHERE due_soon) AS due_soon_25 FROM civilservice.concept_plan_status('2026-11-24', 25);
-- on its due date a deliverable is due soon, the day after it is overdue
SELECT code, due_soon, overdue FROM civilservice.concept_plan_status('2027-06-30', 1) WHERE code = '20';
SELECT code, due_soon, overdue FROM civilservice.concept_plan_status('2027-07-01', 1) WHERE code = '20';

-- progress recorded by the administrator
INSERT INTO civilservice.concept_plan_progress (deliverable, status, on_date, note) VALUES
 ('15a', 'in_progress', '2026-09-01', 'рабочая группа'),
 ('14b', 'submitted', '2026-11-20', 'письмо в АП № 01-1600'),
 ('25b', 'submitted', '2026-11-20', NULL),
 ('25b', 'rejected', '2026-11-23', 'возвращено на доработку');
INSERT INTO civilservice.concept_plan_progress (deliverable, year, status, on_date) VALUES ('4', 2026, 'in_progress', '2026-10-01');
SELECT code, year, state, state_since, overdue, due_soon
  FROM civilservice.concept_plan_status('2026-11-24', 26) WHERE code IN ('4', '14b', '15a', '25b') AND due BETWEEN '2026-12-31' AND '2026-12-31';
-- the rules of the progress
SELECT code, constraint_name, detail FROM regress.refusal($$INSERT INTO civilservice.concept_plan_progress (deliverable, status, on_date) VALUES ('4', 'in_progress', '2026-10-01')$$);
SELECT code, constraint_name, detail FROM regress.refusal($$INSERT INTO civilservice.concept_plan_progress (deliverable, year, status, on_date) VALUES ('20', 2027, 'in_progress', '2026-10-01')$$);
SELECT code, constraint_name, detail FROM regress.refusal($$INSERT INTO civilservice.concept_plan_progress (deliverable, year, status, on_date) VALUES ('4', 2030, 'in_progress', '2026-10-01')$$);
SELECT code, constraint_name, detail FROM regress.refusal($$INSERT INTO civilservice.concept_plan_progress (deliverable, status, on_date) VALUES ('20', 'done', '2026-10-01')$$);
SELECT code, constraint_name, detail FROM regress.refusal($$INSERT INTO civilservice.concept_plan_progress (deliverable, status, on_date) VALUES ('20', 'adopted', '2027-05-20')$$);
SELECT code, constraint_name FROM regress.refusal($$INSERT INTO civilservice.concept_plan_progress (deliverable, status, on_date) VALUES ('27', 'in_progress', '2026-10-01')$$);
SELECT code, constraint_name FROM regress.refusal($$INSERT INTO civilservice.concept_plan_progress (deliverable, status, on_date) VALUES ('20', 'in_progress', 'infinity')$$);
-- an act names a deliverable of the plan
SELECT code, constraint_name FROM regress.refusal($$INSERT INTO civilservice.implementing_act (reference, adopted_on, in_force_from, deliverable) VALUES ('Закон', '2027-01-10', '2027-01-10', '99')$$);

-- the act of deliverable 20 (a government decree): adopted on 2027-05-20,
-- it brings the secondment cap into force from 2027-06-01
SELECT status FROM civilservice.concept_parameter_on('secondment_max_months', '2027-06-01');
INSERT INTO civilservice.implementing_act (id, reference, adopted_on, in_force_from, deliverable) VALUES
 (1600, 'Постановление Правительства Республики Казахстан от 20 мая 2027 года № 400', '2027-05-20', '2027-06-01', '20');
SELECT code, state, state_since, overdue, due_soon, act_id, act_reference, act_adopted_on, parameters
  FROM civilservice.concept_plan_status('2027-06-30', 1) WHERE code = '20';
SELECT code, state, overdue FROM civilservice.concept_plan_status('2027-05-19') WHERE code = '20';
SELECT status, value, point, act_id, in_force_from FROM civilservice.concept_parameter_on('secondment_max_months', '2027-06-01');
SELECT status FROM civilservice.concept_parameter_on('secondment_max_months', '2027-05-31');
-- adopted progress may now be recorded without naming the act; an act of another deliverable is refused
SELECT outcome FROM regress.try($$INSERT INTO civilservice.concept_plan_progress (deliverable, status, on_date) VALUES ('20', 'adopted', '2027-05-20')$$);
SELECT code, constraint_name, detail FROM regress.refusal($$INSERT INTO civilservice.concept_plan_progress (deliverable, status, on_date, act_id) VALUES ('22', 'adopted', '2027-05-20', 1600)$$);
-- an act outside the plan may be named for an adopted deliverable
INSERT INTO civilservice.implementing_act (id, reference, adopted_on, in_force_from) VALUES
 (1601, 'Закон Республики Казахстан от 30 декабря 2026 года № 50-VIII', '2026-12-30', '2027-01-10');
INSERT INTO civilservice.concept_plan_progress (deliverable, status, on_date, act_id) VALUES ('15a', 'adopted', '2026-12-30', 1601);
SELECT code, state, state_since, act_id, act_reference FROM civilservice.concept_plan_status('2027-01-05') WHERE code = '15a';
-- the yearly item: an act in 2027 adopts the 2027 monitoring only
INSERT INTO civilservice.implementing_act (id, reference, adopted_on, in_force_from, deliverable) VALUES
 (1602, 'Отчет об общественном мониторинге за 2027 год', '2027-12-20', '2027-12-20', '4');
SELECT code, year, state, overdue FROM civilservice.concept_plan_status('2028-01-10') WHERE code = '4' ORDER BY year;

-- the view is the plan today
SELECT count(*) = (SELECT count(*) FROM civilservice.concept_plan_due()) AS one_row_per_due FROM civilservice.concept_plan_status;

ROLLBACK;
