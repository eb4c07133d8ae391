-- п. 7: the specifics of the work and the technical means considered for a
-- remote or combined remote act; frozen once the act is signed; not a
-- condition of signing.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
-- a statement's refusal: SQLSTATE, constraint, message, detail, hint

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (811, '040540001002', 'Департамент');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (811, 1, '900101400023', '2020-01-01', 'Руководитель', true),
 (811, 2, '880202300037', '2020-01-01', 'Асанов', false),
 (811, 3, '910303400043', '2020-01-01', 'Бекова', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT 811, e, 7, '2025-01-10', 'paper', 'Лист ознакомления № ' || e FROM generate_series(1, 3) e;
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) VALUES
 (811, 1, '1-ДР', '2026-02-02', 1, 'remote', 'agreement', 'Соглашение от 30.01.2026', '[2026-02-02,2026-05-01)', 'дом'),
 (811, 2, '2-КДР', '2026-02-02', 1, 'combined_remote', 'agreement', 'Соглашение от 30.01.2026', '[2026-02-02,2026-05-01)', 'дом / офис');
INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (811, 2, 1);
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (811, 1, 2), (811, 2, 3);
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (811, 1, 2, '2026-01-20 10:00+05', 'e_qyzmet', 'уход за ребёнком',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-02-01,2026-05-01)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (811, 3, '3-ГР', '2026-01-25', 1, 'flexible', 'application', 'Заявление', '[2026-02-01,2026-05-01)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');

\x on
-- accepted: what was considered for the remote draft
SELECT * FROM regress.refusal($$INSERT INTO civilservice.act_justification (state_body_id, act_id, work_specifics, technical_means, considered_by, considered_on)
    VALUES (811, 1, 'Подготовка аналитических материалов, не требующая личного присутствия', 'Служебный ноутбук, VPN-доступ к СЭД, ЭЦП', 1, '2026-01-30')$$);
-- refused: the technical means not stated
SELECT * FROM regress.refusal($$INSERT INTO civilservice.act_justification (state_body_id, act_id, work_specifics, technical_means)
    VALUES (811, 2, 'Работа с обращениями граждан', '  ')$$);
-- refused: п. 7 concerns remote work, not flexible time
SELECT * FROM regress.refusal($$INSERT INTO civilservice.act_justification (state_body_id, act_id, work_specifics, technical_means)
    VALUES (811, 3, 'Гибкий график', 'Не требуется')$$);
-- refused: an act the body does not have
SELECT * FROM regress.refusal($$INSERT INTO civilservice.act_justification (state_body_id, act_id, work_specifics, technical_means)
    VALUES (811, 99, 'x', 'y')$$);
-- accepted: a draft's record may still be corrected
SELECT * FROM regress.refusal($$UPDATE civilservice.act_justification SET technical_means = technical_means || ', корпоративная связь' WHERE state_body_id = 811 AND act_id = 1$$);
\x off

-- both acts sign: the record is not a condition of signing
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 811 AND id IN (1, 2);
SELECT id, number, status FROM civilservice.act WHERE state_body_id = 811 ORDER BY id;

\x on
-- refused once signed: changed, deleted, or added late
SELECT * FROM regress.refusal($$UPDATE civilservice.act_justification SET work_specifics = 'иное' WHERE state_body_id = 811 AND act_id = 1$$);
SELECT * FROM regress.refusal($$DELETE FROM civilservice.act_justification WHERE state_body_id = 811 AND act_id = 1$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.act_justification (state_body_id, act_id, work_specifics, technical_means)
    VALUES (811, 2, 'Работа с обращениями граждан', 'Ноутбук')$$);
\x off

-- signed remote and combined acts without the record
SELECT state_body_id, act_id, number, regime, status, term FROM civilservice.remote_acts_without_justification WHERE state_body_id = 811;
SELECT act_id, work_specifics, technical_means FROM civilservice.act_justification WHERE state_body_id = 811;
SELECT table_name, operation, old_row ->> 'technical_means' AS old_means FROM civilservice.history WHERE table_name = 'act_justification';

-- a deleted draft takes its record with it
INSERT INTO civilservice.act (state_body_id, id, number, regime) VALUES (811, 4, '4-ДР', 'remote');
INSERT INTO civilservice.act_justification (state_body_id, act_id, work_specifics, technical_means) VALUES (811, 4, 'Проект', 'Ноутбук');
DELETE FROM civilservice.act WHERE state_body_id = 811 AND id = 4;
SELECT count(*) AS records_of_act_4 FROM civilservice.act_justification WHERE state_body_id = 811 AND act_id = 4;
ROLLBACK;
