-- expiring_acts(): signed participations whose last day falls within the next N working days.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (806, '040540001101', 'Служба');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (806, 1, '900101400023', '2020-01-01', 'Руководитель', true),
 (806, 2, '880202300037', '2020-01-01', 'Абдрахманов', false),
 (806, 3, '910303400043', '2020-01-01', 'Искакова', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
-- today in Kazakhstan, and the last day of the 10th working day from it
SELECT CAST(now() AT TIME ZONE 'Asia/Almaty' AS date) AS today,
       civilservice.add_working_days(CAST(now() AT TIME ZONE 'Asia/Almaty' AS date), 10) AS horizon \gset
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) VALUES
 (806, 60, 'S-1', :'today', 1, 'remote', 'agreement', 'С', daterange(:'today', :'horizon'::date + 1), 'дом'),
 (806, 61, 'S-2', :'today', 1, 'remote', 'agreement', 'С', daterange(:'today', :'horizon'::date + 2), 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (806, 60, 2), (806, 61, 3);
SELECT count(*) AS drafts_listed FROM civilservice.expiring_acts(10) WHERE state_body_id = 806;
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 806;
-- S-1 ends on the 10th working day: listed; S-2 a day later: not
SELECT act_number, employee_id, last_day = :'horizon' AS ends_on_horizon, working_days_left
  FROM civilservice.expiring_acts(10) WHERE state_body_id = 806;
SELECT count(*) AS within_30 FROM civilservice.expiring_acts(30) WHERE state_body_id = 806;
ROLLBACK;
