-- п. 5: remote work set unilaterally for an emergency case, capped when the case ends.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
-- regress.try(stmt): runs stmt and says whether it was accepted or refused,
-- with the SQLSTATE, the constraint, the message, the detail and the hint.
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (803, '040540001022', 'Акимат');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (803, 1, '900101400023', '2020-01-01', 'Аким', true),
 (803, 2, '880202300037', '2020-01-01', 'Жумабаев', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
INSERT INTO civilservice.emergency_case (state_body_id, id, kind, decided_by, decision_ref, starts_on)
VALUES (803, 50, 'quarantine', 'Главный государственный санитарный врач', 'Постановление № 7', '2026-03-01');
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
UPDATE civilservice.emergency_case SET ends_on = '2026-04-15' WHERE state_body_id = 803 AND id = 50;
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
UPDATE civilservice.emergency_case SET ends_on = '2026-04-05' WHERE state_body_id = 803 AND id = 50;
-- п. 5: the act lies within the case whichever side moves. Refused: an act
-- starting before the case was introduced (1 March)
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, emergency_case_id, term, place_of_work)
VALUES (803, 32, '3-К', '2026-02-25', 1, 'remote', 'emergency', 50, '[2026-02-25,2026-03-10)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (803, 32, 1);
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE id = 32$$) \gx
SELECT * FROM civilservice.validate_act(803, 32);
-- refused: the case's start moved after the start of act 1-К (2 March)
SELECT * FROM regress.try($$UPDATE civilservice.emergency_case SET starts_on = '2026-03-05' WHERE state_body_id = 803 AND id = 50$$) \gx
-- accepted: moved to the day act 1-К starts
UPDATE civilservice.emergency_case SET starts_on = '2026-03-02' WHERE state_body_id = 803 AND id = 50;
SELECT state_body_id, id, starts_on, ends_on FROM civilservice.emergency_case WHERE state_body_id = 803;

-- cases are the body's own: another body's case 50 ends, this body's acts stay
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (813, '040540001141', 'Другой акимат');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (813, 1, '900101400023', '2020-01-01', 'Аким района', true);
INSERT INTO civilservice.emergency_case (state_body_id, id, kind, decided_by, decision_ref, starts_on)
VALUES (813, 50, 'emergency_situation', 'Аким района', 'Решение № 2', '2026-03-01'),
       (813, 51, 'emergency_situation', 'Аким района', 'Решение № 3', '2026-03-01');
UPDATE civilservice.emergency_case SET ends_on = '2026-03-03' WHERE state_body_id = 813 AND id = 50;
SELECT number, term FROM civilservice.act WHERE state_body_id = 803 AND id IN (30, 31) ORDER BY id;
-- refused: an act resting on another body's case
SELECT * FROM regress.try($$UPDATE civilservice.act SET emergency_case_id = 51 WHERE state_body_id = 803 AND id = 32$$) \gx
ROLLBACK;
