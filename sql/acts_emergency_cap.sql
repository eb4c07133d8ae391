-- п. 5: remote work set unilaterally for an emergency case, capped when the case ends.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (803, '040540001022', 'Акимат');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (803, 1, '900101400023', '2020-01-01', 'Аким', true),
 (803, 2, '880202300037', '2020-01-01', 'Жумабаев', false);
INSERT INTO civilservice.emergency_case (id, kind, decided_by, decision_ref, starts_on)
VALUES (50, 'quarantine', 'Главный государственный санитарный врач', 'Постановление № 7', '2026-03-01');
-- the emergency basis is for remote and combined remote work only
INSERT INTO civilservice.act (state_body_id, id, regime, basis, emergency_case_id) VALUES (803, 30, 'flexible', 'emergency', 50);
-- an emergency act without its case cannot be signed
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, term, place_of_work)
VALUES (803, 30, '1-К', '2026-03-02', 1, 'remote', 'emergency', '[2026-03-02,2026-06-01)', 'по месту жительства');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (803, 30, 2);
UPDATE civilservice.act SET status = 'signed' WHERE id = 30;
UPDATE civilservice.act SET emergency_case_id = 50 WHERE id = 30;
UPDATE civilservice.act SET status = 'signed' WHERE id = 30;
-- the quarantine ends on 15 April: the act is capped in the same transaction
UPDATE civilservice.emergency_case SET ends_on = '2026-04-15' WHERE id = 50;
SELECT number, term FROM civilservice.act WHERE id = 30;
SELECT employee_id, effective_term FROM civilservice.act_employee WHERE act_id = 30;
SELECT operation, old_row ->> 'term' AS old_term, new_row ->> 'term' AS new_term FROM civilservice.history
 WHERE table_name = 'act' AND row_key = '30' AND old_row ->> 'status' = 'signed';
-- a new act may not run past the known end
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, emergency_case_id, term, place_of_work)
VALUES (803, 31, '2-К', '2026-04-01', 1, 'combined_remote', 'emergency', 50, '[2026-04-10,2026-05-01)', 'дом / офис');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (803, 31, 1);
INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (803, 31, 1);
UPDATE civilservice.act SET status = 'signed' WHERE id = 31;
UPDATE civilservice.act SET term = '[2026-04-10,2026-04-16)' WHERE id = 31;
UPDATE civilservice.act SET status = 'signed' WHERE id = 31;
-- moving the end before an act starts is refused, naming the act
UPDATE civilservice.emergency_case SET ends_on = '2026-04-05' WHERE id = 50;
ROLLBACK;
