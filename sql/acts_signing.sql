-- п. 4, 6, 13, 14, 15, 17, 18: acts from draft to signed, refused when incomplete.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (801, '040540001002', 'Агентство');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized, follows_reglament) VALUES
 (801, 1, '900101400023', '2020-01-01', 'Руководитель аппарата', true, false),
 (801, 2, '880202300037', '2020-01-01', 'Асанов', false, false),
 (801, 3, '910303400043', '2020-01-01', 'Бекова', false, false),
 (801, 4, '870404500059', '2020-01-01', 'Дежурный', false, true);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;

-- an empty draft cannot be signed: every missing item at once
INSERT INTO civilservice.act (state_body_id, id, regime) VALUES (801, 10, 'remote');
SELECT * FROM civilservice.validate_act(801, 10);
UPDATE civilservice.act SET status = 'signed' WHERE id = 10;

-- completed: a remote act by agreement (п. 4)
UPDATE civilservice.act SET number = '12-ДР', act_date = '2026-02-02', issued_by = 1,
       basis = 'agreement', basis_text = 'Соглашение сторон от 30.01.2026',
       term = '[2026-02-02,2026-05-01)', place_of_work = 'г. Астана, по месту жительства'
 WHERE id = 10;
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (801, 10, 2), (801, 10, 3);
SELECT * FROM civilservice.validate_act(801, 10);
UPDATE civilservice.act SET status = 'signed' WHERE id = 10;
SELECT employee_id, regime_group, effective_term FROM civilservice.act_employee WHERE act_id = 10 ORDER BY 1;

-- signed acts are legal documents
UPDATE civilservice.act SET place_of_work = 'офис' WHERE id = 10;
DELETE FROM civilservice.act WHERE id = 10;
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (801, 10, 4);
-- nor through a trigger of another table
CREATE TEMP TABLE side_door (x int);
CREATE FUNCTION pg_temp.side_door() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE civilservice.act SET place_of_work = 'офис' WHERE id = 10;
    RETURN NULL;
END $$;
CREATE TRIGGER side_door AFTER INSERT ON side_door FOR EACH ROW EXECUTE FUNCTION pg_temp.side_door();
INSERT INTO side_door VALUES (1);
CREATE OR REPLACE FUNCTION pg_temp.side_door() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE civilservice.act_employee SET effective_term = '[2026-02-02,2026-12-31)' WHERE act_id = 10;
    RETURN NULL;
END $$;
INSERT INTO side_door VALUES (2);
CREATE OR REPLACE FUNCTION pg_temp.side_door() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE civilservice.act_employee SET effective_term = '[2026-02-02,2026-02-10)' WHERE act_id = 10 AND employee_id = 2;
    RETURN NULL;
END $$;
INSERT INTO side_door VALUES (5);
CREATE OR REPLACE FUNCTION pg_temp.side_door() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (801, 10, 4);
    RETURN NULL;
END $$;
INSERT INTO side_door VALUES (3);
CREATE OR REPLACE FUNCTION pg_temp.side_door() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE civilservice.act_employee SET employee_id = 4 WHERE act_id = 10 AND employee_id = 3;
    RETURN NULL;
END $$;
INSERT INTO side_door VALUES (4);
-- basis must fit the regime
INSERT INTO civilservice.act (state_body_id, id, regime, basis) VALUES (801, 11, 'flexible', 'agreement');
-- acts start as drafts
INSERT INTO civilservice.act (state_body_id, id, regime, status) VALUES (801, 11, 'remote', 'signed');
-- issued by someone who is not an authorized person
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (801, 12, '13-ДР', '2026-03-01', 2, 'combined_remote', 'agreement', 'Соглашение', '[2026-06-01,2026-07-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (801, 12, 3);
INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (801, 12, 1);
UPDATE civilservice.act SET status = 'signed' WHERE id = 12;
-- п. 13: a second remote/combined act overlapping the first for employee 3
UPDATE civilservice.act SET issued_by = 1, term = '[2026-04-01,2026-07-01)' WHERE id = 12;
UPDATE civilservice.act SET status = 'signed' WHERE id = 12;
UPDATE civilservice.act SET term = '[2026-05-01,2026-07-01)' WHERE id = 12;
UPDATE civilservice.act SET status = 'signed' WHERE id = 12;

-- cancellation keeps the act and ends the participation
UPDATE civilservice.act SET status = 'cancelled', cancelled_on = '2026-06-15', cancel_reason = 'п. 21: систематическое нарушение' WHERE id = 12;
SELECT employee_id, effective_term FROM civilservice.act_employee WHERE act_id = 12;
SELECT table_name, row_key, operation, old_row ->> 'status' AS old_status FROM civilservice.history
 WHERE table_name = 'act' ORDER BY id;

-- the days in effect are the database's to set, not the application's
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (801, 14, '14-ДР', '2026-03-01', 1, 'remote', 'agreement', 'Соглашение', '[2026-08-01,2026-09-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, effective_term) VALUES (801, 14, 2, '[2026-08-01,2026-09-01)');
-- two acts signed in one statement that overlap for the same employee
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (801, 15, '15-ДР', '2026-03-01', 1, 'remote', 'agreement', 'Соглашение', '[2026-08-15,2026-09-15)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (801, 14, 2), (801, 15, 2);
UPDATE civilservice.act SET status = 'signed' WHERE id IN (14, 15);
-- a draft's list may be edited; the signed one not, in any statement
DELETE FROM civilservice.act_employee WHERE act_id = 15;
UPDATE civilservice.act SET status = 'signed' WHERE id = 14;
DELETE FROM civilservice.act_employee WHERE act_id = 14;
UPDATE civilservice.act_employee SET employee_id = 3 WHERE act_id = 14;

-- no session can pass for the install script writing the shipped rows
SELECT civilservice.shipping();
ROLLBACK;
