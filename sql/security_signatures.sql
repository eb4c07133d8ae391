-- п. 3.7: a signature is tied to a person. Signing or cancelling an act,
-- rejecting an application and cancelling a participation record the
-- database role and the employee it is mapped to in role_body; the signer
-- is the issuer named on the document or an authorized person of the body
-- acting for them. A role that is no person of the body, or whose person is
-- not authorized, signs nothing in another's name. A superuser or the owner
-- of the records is recorded by role alone.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
-- regress.try(stmt): accepted, or refused with the SQLSTATE, the constraint,
-- the message, the detail and the hint.
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (815, '040540001072', 'Министерство'), (816, '040540001082', 'Комитет');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (815, 1, '900101400023', '2020-01-01', 'Министр', true),
 (815, 2, '880202300037', '2020-01-01', 'Вице-министр', true),
 (815, 3, '910303400043', '2020-01-01', 'Главный эксперт', false),
 (815, 4, '870404500059', '2020-01-01', 'Эксперт', false),
 (816, 9, '850515300115', '2020-01-01', 'Председатель комитета', true),
 (816, 10, '850515300125', '2020-01-01', 'Эксперт комитета', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22'
  FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22'
 WHERE e.state_body_id IN (815, 816) ON CONFLICT DO NOTHING;
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) VALUES
 (815, 1, 'ДР-1', '2026-01-05', 1, 'remote', 'agreement', 'Соглашение', '[2026-02-02,2026-03-01)', 'дом'),
 (815, 2, 'ДР-2', '2026-01-05', 1, 'remote', 'agreement', 'Соглашение', '[2026-03-02,2026-04-01)', 'дом'),
 (815, 3, 'ДР-3', '2026-01-05', 1, 'remote', 'agreement', 'Соглашение', '[2026-04-01,2026-05-01)', 'дом'),
 (816, 1, 'К-1', '2026-01-05', 9, 'remote', 'agreement', 'Соглашение', '[2026-02-02,2026-03-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES
 (815, 1, 4), (815, 2, 4), (815, 3, 4), (816, 1, 10);
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period) VALUES
 (815, 1, 4, '2026-01-09 10:00+05', 'e_qyzmet', 'учёба', '09:00-18:00, break 13:00-14:00', '[2026-06-01,2026-07-01)');
-- the minister (employee 1), the vice-minister (2), a chief expert (3, not
-- authorized) who serves the committee through a group role mapped there
-- without a person
CREATE ROLE cs_sig_minister LOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_sig_vice LOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_sig_committee NOLOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_sig_expert LOGIN IN ROLE civilservice_authorized, cs_sig_committee;
INSERT INTO civilservice.role_body (state_body_id, role_name, employee_id) VALUES
 (815, 'cs_sig_minister', 1), (815, 'cs_sig_vice', 2), (815, 'cs_sig_expert', 3), (816, 'cs_sig_committee', NULL);
\x on

-- accepted: the issuer signs act ДР-1 under their own role
SET ROLE cs_sig_minister;
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 815 AND id = 1$$);
RESET ROLE;
-- accepted: the vice-minister signs act ДР-2 of the minister, acting for them
SET ROLE cs_sig_vice;
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 815 AND id = 2$$);
RESET ROLE;
SELECT id, number, status, signed_by_role, signed_by_employee, signed_for
  FROM civilservice.act WHERE state_body_id = 815 AND id IN (1, 2) ORDER BY id;

-- refused: the chief expert is not an authorized person
SET ROLE cs_sig_expert;
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 815 AND id = 3$$);
-- refused: the chief expert is no person of the committee
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 816 AND id = 1$$);
-- refused: nor may they cancel an act, reject an application or cancel a participation
SELECT * FROM regress.try($$SELECT civilservice.cancel_act(815, 1, '2026-02-16', 'систематические нарушения')$$);
SELECT * FROM regress.try($$UPDATE civilservice.flexible_application SET status = 'rejected', rejection_reason = 'нет' WHERE state_body_id = 815 AND id = 1$$);
SELECT * FROM regress.try($$SELECT civilservice.cancel_participation(815, 2, 4, '2026-03-16', 'нарушения')$$);
RESET ROLE;

-- accepted: the vice-minister cancels the minister's act ДР-1, a
-- participation in ДР-2, and rejects the application
SET ROLE cs_sig_vice;
SELECT * FROM regress.try($$SELECT civilservice.cancel_act(815, 1, '2026-02-16', 'систематические нарушения')$$);
SELECT * FROM regress.try($$SELECT civilservice.cancel_participation(815, 2, 4, '2026-03-16', 'нарушения')$$);
SELECT * FROM regress.try($$UPDATE civilservice.flexible_application SET status = 'rejected', rejection_reason = 'служебная необходимость' WHERE state_body_id = 815 AND id = 1$$);
RESET ROLE;
SELECT id, status, cancelled_by_role, cancelled_by_employee, cancelled_for FROM civilservice.act WHERE state_body_id = 815 AND id = 1;
SELECT act_id, employee_id, cancelled_by, signed_by_role, signed_by_employee, signed_for
  FROM civilservice.participation_cancellation WHERE state_body_id = 815;
SELECT id, status, decided_by_role, decided_by_employee, decided_for FROM civilservice.flexible_application WHERE state_body_id = 815;

-- the owner of the records (here a superuser) is recorded by role alone
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 816 AND id = 1$$);
SELECT signed_by_role = current_user AS by_current_user, signed_by_employee, signed_for
  FROM civilservice.act WHERE state_body_id = 816 AND id = 1;
\x off
ROLLBACK;
