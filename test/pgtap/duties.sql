-- pgTAP: п. 7, п. 8, п. 22 and the wordings of order No. 52; every rule has
-- an accepted and a refused case, with its SQLSTATE and constraint.
BEGIN;
SELECT plan(39);
SET LOCAL datestyle = ISO;

\ir lib/constraint_of.psql

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (721, '040540001072', 'Орган');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (721, 1, '900101400023', '2020-01-01', 'Уполномоченное лицо', true),
 (721, 2, '880202300037', '2020-01-01', 'Служащий', false),
 (721, 3, '910303400043', '2020-01-01', 'Служащая', false);

-- 1. the wordings (order No. 52 of 31.03.2026, in force from 11.07.2026)
SELECT is((SELECT count(*)::int FROM civilservice.rule_wording WHERE shipped), 8, 'eight wordings shipped: п. 3.5, 8, 15 part 2 and 22, each original and new');
SELECT set_eq($$SELECT point FROM civilservice.rule_wording WHERE valid_from = '2026-07-11'$$,
              ARRAY['п. 3.5', 'п. 8', 'п. 15 ч. 2', 'п. 22'], 'order No. 52 gives the four points a new wording');
SELECT is((SELECT valid_from FROM civilservice.rule_wording_on('п. 22', '2026-07-10')), '2023-06-11'::date, 'on 10.07.2026 the original wording of п. 22 is in force');
SELECT is((SELECT valid_from FROM civilservice.rule_wording_on('п. 22', '2026-07-11')), '2026-07-11'::date, 'from 11.07.2026 the wording of order No. 52');
SELECT is((SELECT wording FROM civilservice.rule_wording_on('п. 22', '2026-07-10')), NULL, 'the text of the original wording is not recorded');
SELECT is_empty($$SELECT * FROM civilservice.rule_wording_on('п. 22', '2023-06-10')$$, 'no wording before the Rules are in force');
SELECT throws_ok($$UPDATE civilservice.rule_wording SET wording = 'x' WHERE id = 8$$, '23001', NULL, 'a shipped wording is not updated');
SELECT is(pg_temp.constraint_of($$DELETE FROM civilservice.rule_wording WHERE id = 7$$), 'rule_wording_shipped_row', 'nor deleted, under rule_wording_shipped_row');
SELECT lives_ok($$INSERT INTO civilservice.rule_wording (id, point, valid_from, wording, adopted_on, source)
                  VALUES (1001, 'п. 8', '2023-06-11', 'Текст органа', '2023-05-29', 'Приказ № 120')$$, 'a body records its own wording');
SELECT is((SELECT id FROM civilservice.rule_wording_on('п. 8', '2024-01-01')), 1001, 'the body''s own wording takes precedence');
SELECT is(civilservice.equipment_costs_on_employer('2024-01-01'), false, 'a body''s wording that does not say so leaves the costs to the agreement');
DELETE FROM civilservice.rule_wording WHERE id = 1001;

-- 2. п. 22: acknowledgements before signing
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) VALUES
 (721, 1, 'Д-1', '2026-07-10', 1, 'remote', 'agreement', 'Соглашение', '[2026-07-13,2026-08-01)', 'дом'),
 (721, 2, 'Д-2', '2026-07-11', 1, 'remote', 'agreement', 'Соглашение', '[2026-08-01,2026-09-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (721, 1, 2), (721, 2, 2);
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 721 AND id = 1$$,
                 '23514', 'п. 22: act Д-1 cannot be signed: employees on it have not acknowledged the obligations of п. 22',
                 'п. 22: no acknowledgement, no signing');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 721 AND id = 1$$),
          'act_employee_obligations_acknowledged', 'the refusal names act_employee_obligations_acknowledged');
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, id, employee_id, rule_wording_id, acknowledged_on, channel, document)
VALUES (721, 1, 2, 7, '2026-07-01', 'paper', 'Лист № 1');
SELECT is_empty($$SELECT * FROM civilservice.unacknowledged_employees(721, 1)$$, 'the original wording acknowledged covers the act of 10.07.2026');
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 721 AND id = 1$$, 'the act of 10.07.2026 is signed');
SELECT results_eq($$SELECT employee_id, wording_valid_from FROM civilservice.unacknowledged_employees(721, 2)$$,
                  $$VALUES (2::bigint, '2026-07-11'::date)$$, 'it does not cover the act of 11.07.2026');
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 721 AND id = 2$$,
                 '23514', NULL, 'the act of 11.07.2026 is refused on the original wording');
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, id, employee_id, rule_wording_id, acknowledged_on, channel, document)
VALUES (721, 2, 2, 8, '2026-07-12', 'e_qyzmet', 'Лист № 2');
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 721 AND id = 2$$,
                 '23514', NULL, 'an acknowledgement dated after the act does not cover it');
UPDATE civilservice.obligation_acknowledgement SET acknowledged_on = '2026-07-11' WHERE state_body_id = 721 AND id = 2;
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 721 AND id = 2$$, 'the new wording acknowledged on the act date: signed');
SELECT throws_ok($$DELETE FROM civilservice.obligation_acknowledgement WHERE state_body_id = 721 AND id = 2$$,
                 '23001', NULL, 'an acknowledgement an act was signed on is not deleted');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.obligation_acknowledgement SET acknowledged_on = '2026-07-05' WHERE state_body_id = 721 AND id = 1$$),
          'obligation_acknowledgement_relied_on', 'nor changed, under obligation_acknowledgement_relied_on');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
                                  VALUES (721, 3, 4, '2026-07-11', 'paper', 'Лист № 3')$$),
          'obligation_acknowledgement_wording', 'an acknowledgement of a wording of another point is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
                                  VALUES (721, 3, 8, '2026-03-30', 'paper', 'Лист № 3')$$),
          'obligation_acknowledgement_wording', 'an acknowledgement before the order is adopted is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
                                  VALUES (721, 3, 8, '2026-04-01', 'paper', '')$$),
          'obligation_acknowledgement_document', 'an acknowledgement without its document is refused');
SELECT lives_ok($$INSERT INTO civilservice.obligation_acknowledgement (state_body_id, id, employee_id, rule_wording_id, acknowledged_on, channel, document)
                  VALUES (721, 3, 3, 8, '2026-04-01', 'paper', 'Лист № 3')$$, 'the new wording may be acknowledged once its order is adopted');

-- 3. п. 7: what was considered, on a remote draft only, frozen once signed
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (721, 3, 'Д-3', '2026-07-20', 1, 'combined_remote', 'agreement', 'Соглашение', '[2026-09-01,2026-10-01)', 'дом / офис');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (721, 3, 3);
SELECT lives_ok($$INSERT INTO civilservice.act_justification (state_body_id, act_id, work_specifics, technical_means)
                  VALUES (721, 3, 'Аналитическая работа', 'Ноутбук, VPN')$$, 'п. 7: recorded for a remote draft');
SELECT throws_ok($$INSERT INTO civilservice.act_justification (state_body_id, act_id, work_specifics, technical_means)
                   VALUES (721, 3, 'x', 'y')$$, '23505', NULL, 'one record per act');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.act_justification SET technical_means = '' WHERE state_body_id = 721 AND act_id = 3$$),
          'act_justification_contents', 'both the specifics and the means are stated');
INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (721, 3, 1);
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 721 AND id = 3$$, 'the act is signed');
SELECT throws_ok($$UPDATE civilservice.act_justification SET technical_means = 'иное' WHERE state_body_id = 721 AND act_id = 3$$,
                 '23001', 'п. 7: act Д-3 is signed: what was considered when applying it cannot change', 'frozen once the act is signed');
SELECT is(pg_temp.constraint_of($$DELETE FROM civilservice.act_justification WHERE state_body_id = 721 AND act_id = 3$$),
          'act_justification_frozen', 'not deleted either, under act_justification_frozen');
SELECT set_eq($$SELECT act_id FROM civilservice.remote_acts_without_justification WHERE state_body_id = 721$$,
              ARRAY[1::bigint, 2], 'the signed remote acts without the record are listed; signing did not need it');
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (721, 1, 3, '2026-07-01 10:00+05', 'e_qyzmet', 'учёба', '09:00-18:00, break 13:00-14:00', '[2026-10-01,2026-12-01)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (721, 4, 'Г-4', '2026-07-20', 1, 'flexible', 'application', 'Заявление', '[2026-10-01,2026-12-01)', '09:00-18:00, break 13:00-14:00');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.act_justification (state_body_id, act_id, work_specifics, technical_means)
                                  VALUES (721, 4, 'x', 'y')$$),
          'act_justification_remote_act', 'п. 7 concerns remote work: refused for a flexible act');

-- 4. п. 8: the register and the payer
SELECT lives_ok($$INSERT INTO civilservice.equipment_provision (state_body_id, employee_id, kind, description, provided_on, costs_borne_by, cost_agreement, document)
                  VALUES (721, 2, 'communication_service', 'Интернет', '2026-07-10', 'employee', 'Соглашение № 1', 'Соглашение № 1')$$,
                'п. 8: before 11.07.2026 the agreed payer is recorded');
SELECT throws_ok($$INSERT INTO civilservice.equipment_provision (state_body_id, employee_id, kind, description, provided_on, costs_borne_by, cost_agreement, document)
                   VALUES (721, 2, 'communication_service', 'Интернет', '2026-07-11', 'shared', 'Соглашение № 2', 'Соглашение № 2')$$,
                 '23514', 'п. 8: the employer bears the costs of installing and maintaining what it provides',
                 'п. 8: from 11.07.2026 only the employer');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.equipment_provision (state_body_id, employee_id, kind, description, provided_on, costs_borne_by, cost_agreement, document)
                                  VALUES (721, 2, 'communication_service', 'Интернет', '2026-07-11', 'shared', 'Соглашение № 2', 'Соглашение № 2')$$),
          'equipment_provision_costs_employer', 'the refusal names equipment_provision_costs_employer');
SELECT lives_ok($$INSERT INTO civilservice.equipment_provision (state_body_id, employee_id, kind, description, inventory_number, provided_on, document)
                  VALUES (721, 3, 'equipment', 'Ноутбук', 'ИН-1', '2026-08-20', 'Акт № 5')$$, 'equipment at the employer''s cost');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.equipment_provision (state_body_id, employee_id, kind, description, provided_on, costs_borne_by, document)
                                  VALUES (721, 2, 'other', 'Кресло', '2026-01-10', 'employee', 'Акт № 6')$$),
          'equipment_provision_cost_agreement', 'another payer needs the agreement recorded');
SELECT results_eq($$SELECT employee_id, description FROM civilservice.act_equipment WHERE state_body_id = 721 AND act_id = 3$$,
                  $$VALUES (3::bigint, 'Ноутбук'::text)$$, 'act_equipment: what the listed employee holds during the term');

SELECT * FROM finish();
ROLLBACK;
