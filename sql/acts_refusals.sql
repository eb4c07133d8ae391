-- Every refusal names its point and carries a hint: the kinds of acts,
-- applications and cases are domains whose unknown values are refusals
-- (23514 with the domain's constraint, the accepted values in the hint); the
-- CHECK constraints of the records refuse through civilservice.checked(); an
-- edit of a cancelled act says so; a message names each point once.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
-- regress.try(stmt): runs stmt and says whether it was accepted or refused,
-- with the SQLSTATE, the constraint, the message, the detail and the hint.
\x on
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (809, '040540001131', 'Комитет');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (809, 1, '900101400023', '2020-01-01', 'Председатель', true),
 (809, 2, '880202300037', '2020-01-01', 'Байжанов', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;

-- the domains: refused, then accepted
SELECT * FROM regress.try($$INSERT INTO civilservice.act (state_body_id, id, regime) VALUES (809, 1, 'hybrid')$$);
SELECT * FROM regress.try($$INSERT INTO civilservice.act (state_body_id, id, regime) VALUES (809, 1, 'combined_remote')$$);
SELECT * FROM regress.try($$UPDATE civilservice.act SET basis = 'order' WHERE state_body_id = 809 AND id = 1$$);
SELECT * FROM regress.try($$UPDATE civilservice.act SET basis = 'agreement' WHERE state_body_id = 809 AND id = 1$$);
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'archived' WHERE state_body_id = 809 AND id = 1$$);
SELECT * FROM regress.try($$SELECT 'remote'::civilservice.regime, 'emergency'::civilservice.act_basis, 'signed'::civilservice.act_status$$);
SELECT * FROM regress.try($$INSERT INTO civilservice.emergency_case (state_body_id, id, kind, decided_by, decision_ref, starts_on)
                            VALUES (809, 1, 'flood', 'Аким области', 'Решение № 1', '2026-04-01')$$);
SELECT * FROM regress.try($$INSERT INTO civilservice.emergency_case (state_body_id, id, kind, decided_by, decision_ref, starts_on)
                            VALUES (809, 1, 'emergency_situation', 'Аким области', 'Решение № 1', '2026-04-01')$$);
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (809, 1, 2, '2026-03-10 10:00+05', 'e_qyzmet', 'учёба', '09:00-18:00, break 13:00-14:00', '[2026-04-01,2026-05-01)');
SELECT * FROM regress.try($$UPDATE civilservice.flexible_application SET status = 'pending' WHERE state_body_id = 809 AND id = 1$$);
SELECT * FROM regress.try($$UPDATE civilservice.flexible_application SET status = 'withdrawn' WHERE state_body_id = 809 AND id = 1$$);
-- the domains and the constraints refusals name, each commented with its point
SELECT t.typname, c.conname, obj_description(c.oid, 'pg_constraint') AS comment
  FROM pg_type t JOIN pg_constraint c ON c.contypid = t.oid
 WHERE t.typnamespace = 'civilservice'::regnamespace AND t.typtype = 'd' ORDER BY 1;

-- the CHECK constraints of the records: refused with point, constraint and hint; then accepted
SELECT * FROM regress.try($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
                            VALUES (809, 2, 2, '2026-03-11 10:00+05', 'e_qyzmet', '   ', '09:00-18:00, break 13:00-14:00', '[2026-04-01,2026-05-01)')$$);
SELECT * FROM regress.try($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
                            VALUES (809, 3, 2, '2026-03-11 10:00+05', 'e_qyzmet', 'учёба', '09:00-18:00, break 13:00-14:00', '[2026-04-01,)')$$);
SELECT * FROM regress.try($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
                            VALUES (809, 4, 2, '2026-03-11 10:00+05', 'e_qyzmet', 'учёба', '09:00-18:00, break 13:00-14:00', '[2026-04-01,2026-05-01)')$$);
SELECT * FROM regress.try($$UPDATE civilservice.emergency_case SET ends_on = '2026-03-31' WHERE state_body_id = 809 AND id = 1$$);
SELECT * FROM regress.try($$UPDATE civilservice.employee SET employed_to = '2019-12-31' WHERE state_body_id = 809 AND id = 2$$);
SELECT * FROM regress.try($$UPDATE civilservice.employee SET full_name = '' WHERE state_body_id = 809 AND id = 2$$);
-- act_contents holds even with the triggers off (a restore, a replica)
SET LOCAL session_replication_role = replica;
SELECT * FROM regress.try($$INSERT INTO civilservice.act (state_body_id, id, regime, basis, status) VALUES (809, 2, 'remote', 'agreement', 'signed')$$);
RESET session_replication_role;

-- a message names each point once: the issuer (п. 4) and the agreement (п. 4) are both missing
INSERT INTO civilservice.act (state_body_id, id, number, act_date, regime, basis, term, place_of_work)
VALUES (809, 3, 'ДР-3', '2026-03-02', 'remote', 'agreement', '[2026-03-02,2026-04-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (809, 3, 2);
SELECT * FROM civilservice.validate_act(809, 3);
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 809 AND id = 3$$);
UPDATE civilservice.act SET issued_by = 1, basis_text = 'Соглашение сторон от 27.02.2026' WHERE state_body_id = 809 AND id = 3;
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 809 AND id = 3$$);

-- a cancellation states its day and reason (CHECK act_cancellation); then accepted
SELECT * FROM regress.try($$UPDATE civilservice.act SET status = 'cancelled' WHERE state_body_id = 809 AND id = 3$$);
SELECT * FROM regress.try($$SELECT civilservice.cancel_act(809, 3, '2026-03-20', 'систематическое нарушение трудовой дисциплины')$$);
-- an edit of a cancelled act says "cancelled"; the point is that of the act (п. 6)
SELECT * FROM regress.try($$UPDATE civilservice.act SET place_of_work = 'офис' WHERE state_body_id = 809 AND id = 3$$);
SELECT * FROM regress.try($$DELETE FROM civilservice.act WHERE state_body_id = 809 AND id = 3$$);
SELECT * FROM regress.try($$DELETE FROM civilservice.act_employee WHERE state_body_id = 809 AND act_id = 3$$);
ROLLBACK;
