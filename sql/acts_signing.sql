-- п. 4, 6, 13, 14, 15, 17, 18: acts from draft to signed, refused when incomplete.
SET datestyle = ISO;
\set SHOW_CONTEXT never
SET client_min_messages = warning;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (1, '000740001307', 'Агентство');
INSERT INTO civilservice.employee (state_body_id, id, full_name, is_authorized, follows_reglament) VALUES
 (1, 1, 'Руководитель аппарата', true, false),
 (1, 2, 'Асанов', false, false),
 (1, 3, 'Бекова', false, false),
 (1, 4, 'Дежурный', false, true);

-- an empty draft cannot be signed: every missing item at once
INSERT INTO civilservice.act (state_body_id, id, regime) VALUES (1, 10, 'remote');
SELECT * FROM civilservice.validate_act(1, 10);
UPDATE civilservice.act SET status = 'signed' WHERE id = 10;

-- completed: a remote act by agreement (п. 4)
UPDATE civilservice.act SET number = '12-ДР', act_date = '2026-02-02', issued_by = 1,
       basis = 'agreement', basis_text = 'Соглашение сторон от 30.01.2026',
       term = '[2026-02-02,2026-05-01)', place_of_work = 'г. Астана, по месту жительства'
 WHERE id = 10;
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (1, 10, 2), (1, 10, 3);
SELECT * FROM civilservice.validate_act(1, 10);
UPDATE civilservice.act SET status = 'signed' WHERE id = 10;
SELECT employee_id, regime_group, effective_term FROM civilservice.act_employee WHERE act_id = 10 ORDER BY 1;

-- signed acts are legal documents
UPDATE civilservice.act SET place_of_work = 'офис' WHERE id = 10;
DELETE FROM civilservice.act WHERE id = 10;
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (1, 10, 4);
-- basis must fit the regime
INSERT INTO civilservice.act (state_body_id, id, regime, basis) VALUES (1, 11, 'flexible', 'agreement');
-- acts start as drafts
INSERT INTO civilservice.act (state_body_id, id, regime, status) VALUES (1, 11, 'remote', 'signed');
-- issued by someone who is not an authorized person
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (1, 12, '13-ДР', '2026-03-01', 2, 'combined_remote', 'agreement', 'Соглашение', '[2026-06-01,2026-07-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (1, 12, 3);
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
