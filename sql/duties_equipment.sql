-- п. 8: the equipment register; from 11.07.2026 (wording of order No. 52)
-- the employer bears the costs of installing and maintaining what it provides.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
-- a statement's refusal: SQLSTATE, constraint, message, detail, hint

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (812, '040540001002', 'Комитет');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (812, 1, '900101400023', '2020-01-01', 'Председатель', true),
 (812, 2, '880202300037', '2020-01-01', 'Нурланов', false),
 (812, 3, '910303400043', '2020-01-01', 'Сеитова', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT 812, e, w.id, w.adopted_on, 'electronic_document', 'Лист ознакомления № ' || e FROM generate_series(1, 3) e, civilservice.rule_wording w WHERE w.point = 'п. 22';

-- the dating: the wording of п. 8 in force puts the costs on the employer from 11.07.2026
SELECT d, civilservice.equipment_costs_on_employer(d) AS on_employer
  FROM unnest(ARRAY[DATE '2026-07-10', DATE '2026-07-11']) d;

\x on
-- accepted: before 11.07.2026 the employee may bear the costs by a recorded agreement
SELECT * FROM regress.refusal($$INSERT INTO civilservice.equipment_provision (state_body_id, id, employee_id, kind, description, provided_on, costs_borne_by, cost_agreement, document)
    VALUES (812, 1, 2, 'communication_service', 'Домашний интернет 100 Мбит/с', '2026-03-01', 'employee', 'Соглашение от 27.02.2026 № 4: оплачивает работник', 'Соглашение от 27.02.2026 № 4')$$);
-- refused: the same without the agreement
SELECT * FROM regress.refusal($$INSERT INTO civilservice.equipment_provision (state_body_id, id, employee_id, kind, description, provided_on, costs_borne_by, document)
    VALUES (812, 2, 2, 'communication_service', 'Мобильная связь', '2026-03-01', 'shared', 'Приказ № 7')$$);
-- refused: from 11.07.2026 only the employer bears the costs
SELECT * FROM regress.refusal($$INSERT INTO civilservice.equipment_provision (state_body_id, id, employee_id, kind, description, provided_on, costs_borne_by, cost_agreement, document)
    VALUES (812, 3, 3, 'communication_service', 'Домашний интернет', '2026-07-11', 'employee', 'Соглашение от 10.07.2026', 'Соглашение от 10.07.2026')$$);
-- accepted: the same at the employer's cost
SELECT * FROM regress.refusal($$INSERT INTO civilservice.equipment_provision (state_body_id, id, employee_id, kind, description, provided_on, document)
    VALUES (812, 3, 3, 'communication_service', 'Домашний интернет', '2026-07-11', 'Договор на услуги связи № 15')$$);
-- refused: moving an employee-paid provision past the date
SELECT * FROM regress.refusal($$UPDATE civilservice.equipment_provision SET provided_on = '2026-07-15' WHERE state_body_id = 812 AND id = 1$$);
-- refused: returned before it was provided; nothing described
SELECT * FROM regress.refusal($$INSERT INTO civilservice.equipment_provision (state_body_id, id, employee_id, kind, description, inventory_number, provided_on, returned_on, document)
    VALUES (812, 4, 2, 'equipment', 'Ноутбук HP ProBook 450', 'ИН-000123', '2026-03-01', '2026-02-28', 'Акт приёма-передачи № 12')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.equipment_provision (state_body_id, id, employee_id, kind, description, provided_on, document)
    VALUES (812, 4, 2, 'other', '', '2026-03-01', 'Акт № 13')$$);
\x off
INSERT INTO civilservice.equipment_provision (state_body_id, id, employee_id, kind, description, inventory_number, provided_on, returned_on, document) VALUES
 (812, 4, 2, 'equipment', 'Ноутбук HP ProBook 450', 'ИН-000123', '2026-03-01', NULL, 'Акт приёма-передачи № 12'),
 (812, 5, 2, 'informatization_object', 'Доступ к ЕСЭДО через VPN', NULL, '2026-03-01', NULL, 'Заявка в ИТ-службу № 88'),
 (812, 6, 2, 'equipment', 'Монитор 24"', 'ИН-000200', '2025-01-10', '2025-12-30', 'Акт приёма-передачи № 3');

-- per remote act: each listed employee and what the employee holds during the term
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (812, 1, '5-ДР', '2026-03-02', 1, 'remote', 'agreement', 'Соглашение от 27.02.2026', '[2026-03-02,2026-06-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (812, 1, 2), (812, 1, 3);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 812 AND id = 1;
SELECT act_number, employee_id, full_name, provision_id, kind, description, inventory_number, provided_on, costs_borne_by
  FROM civilservice.act_equipment WHERE state_body_id = 812 ORDER BY employee_id, provision_id;

-- returned: kept in the history
UPDATE civilservice.equipment_provision SET returned_on = '2026-05-29' WHERE state_body_id = 812 AND id = 4;
SELECT table_name, row_key, operation, old_row ->> 'returned_on' AS old_returned_on FROM civilservice.history WHERE table_name = 'equipment_provision';
ROLLBACK;
