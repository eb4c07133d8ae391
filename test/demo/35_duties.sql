-- The duties on the regimes: what was considered (п. 7), what the employer
-- provides (п. 8), the obligations the employee acknowledges (п. 22), and the
-- wordings of order No. 52 in force from 11 July 2026.
\pset footer off
\set SHOW_CONTEXT never
SET search_path = civilservice, public;
SET datestyle = ISO;

\echo '--- Order No. 52 of 31 March 2026 gives п. 3.5, 8, 15 part 2 and 22 a new wording from 11 July 2026.'
SELECT point, valid_from, left(coalesce(wording, '(первоначальная редакция: текст не приводится)'), 70) AS wording
  FROM rule_wording ORDER BY id;
SELECT d AS on_date, w.valid_from AS wording_of_p22_in_force
  FROM unnest(ARRAY[DATE '2026-07-10', DATE '2026-07-11']) d CROSS JOIN LATERAL rule_wording_on('п. 22', d) w;

\echo '--- п. 7: the signed remote acts were signed without a record of what was considered (it is not a condition of signing):'
SELECT number, regime, status, term FROM remote_acts_without_justification WHERE state_body_id = 300 ORDER BY act_id;
\echo '--- A new remote act for Ержанов from September; the specifics of his work and the technical means are recorded on the draft.'
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (300, 10, '40-ДР', '2026-07-20', 1, 'remote', 'agreement', 'Соглашение сторон от 17.07.2026', '[2026-09-01,2026-12-01)',
        'г. Астана, по месту жительства');
INSERT INTO act_employee (state_body_id, act_id, employee_id) VALUES (300, 10, 3);
INSERT INTO act_justification (state_body_id, act_id, work_specifics, technical_means, considered_by, considered_on)
VALUES (300, 10, 'Подготовка аналитических справок и проектов НПА; личный приём граждан не ведёт',
        'Служебный ноутбук, VPN-доступ к ЕСЭДО, ЭЦП, корпоративная видеосвязь', 1, '2026-07-17');

\echo '--- п. 8: before 11 July the parties agreed that Ержанов pays his home internet; from that day the employer bears the costs.'
INSERT INTO equipment_provision (state_body_id, employee_id, kind, description, provided_on, costs_borne_by, cost_agreement, document)
VALUES (300, 3, 'communication_service', 'Домашний интернет', '2026-02-02', 'employee', 'Соглашение от 30.01.2026: оплачивает работник', 'Соглашение от 30.01.2026');
\set ON_ERROR_STOP 0
INSERT INTO equipment_provision (state_body_id, employee_id, kind, description, provided_on, costs_borne_by, cost_agreement, document)
VALUES (300, 3, 'communication_service', 'Мобильный интернет', '2026-07-20', 'employee', 'Соглашение от 17.07.2026', 'Соглашение от 17.07.2026');
\set ON_ERROR_STOP 1
UPDATE equipment_provision SET returned_on = '2026-07-10' WHERE state_body_id = 300 AND employee_id = 3 AND description = 'Домашний интернет';
INSERT INTO equipment_provision (state_body_id, employee_id, kind, description, inventory_number, provided_on, document) VALUES
 (300, 3, 'equipment', 'Ноутбук Lenovo ThinkPad', 'ИН-004512', '2026-07-20', 'Акт приёма-передачи № 41'),
 (300, 3, 'informatization_object', 'Доступ к ЕСЭДО через VPN', NULL, '2026-07-20', 'Заявка в ИТ-службу № 118'),
 (300, 3, 'communication_service', 'Мобильный интернет', NULL, '2026-07-20', 'Договор на услуги связи № 9');

\echo '--- п. 22: Ержанов acknowledged the original wording in 2024; the act of 20 July 2026 needs the wording in force then.'
\set ON_ERROR_STOP 0
UPDATE act SET status = 'signed' WHERE state_body_id = 300 AND id = 10;
\set ON_ERROR_STOP 1
SELECT * FROM unacknowledged_employees(300, 10);
INSERT INTO obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT 300, 3, id, '2026-07-15', 'e_qyzmet', 'Электронный лист ознакомления № 214' FROM rule_wording_on('п. 22', '2026-07-20');
UPDATE act SET status = 'signed' WHERE state_body_id = 300 AND id = 10;
SELECT number, act_date, status, term FROM act WHERE state_body_id = 300 AND id = 10;

\echo '--- п. 8: what Ержанов holds during the act:'
SELECT act_number, full_name, kind, description, inventory_number, provided_on, costs_borne_by
  FROM act_equipment WHERE state_body_id = 300 AND act_id = 10 ORDER BY provision_id;
\echo '--- п. 7: once the act is signed, what was considered does not change.'
\set ON_ERROR_STOP 0
UPDATE act_justification SET technical_means = 'Личный ноутбук' WHERE state_body_id = 300 AND act_id = 10;
\set ON_ERROR_STOP 1
