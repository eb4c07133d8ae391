-- pgTAP: the organisation of a state body (п. 10, п. 12), the direct head, the
-- recalls on the proposal of the direct head and the controllers of п. 10;
-- every rule has an accepted and a refused case.
BEGIN;
SELECT plan(36);
SET LOCAL datestyle = ISO;

\ir lib/constraint_of.psql

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (721, '040540001845', 'Орган А'), (722, '040540001855', 'Орган Б');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name, is_authorized) VALUES
 (721, 1, '750314310003', '2015-01-01', NULL, 'Первый руководитель', true),
 (721, 2, '780621410000', '2018-01-01', NULL, 'Директор департамента', false),
 (721, 3, '800109310007', '2019-01-01', NULL, 'Руководитель управления', false),
 (721, 4, '821102410001', '2020-01-01', NULL, 'Эксперт управления', false),
 (721, 5, '840730310000', '2020-01-01', NULL, 'Эксперт отдела', false),
 (721, 6, '860217410001', '2020-01-01', '2026-06-30', 'Временный', false),
 (722, 9, '890905310000', '2020-01-01', NULL, 'Чужой', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
INSERT INTO civilservice.org_unit (state_body_id, id, name_ru, parent_id) VALUES
 (721, 1, 'Департамент', NULL), (721, 2, 'Управление', 1), (721, 3, 'Отдел', 2), (722, 9, 'Чужой отдел', NULL);

-- 1. the tree
SELECT lives_ok($$INSERT INTO civilservice.org_unit (state_body_id, id, name_ru, parent_id) VALUES (721, 4, 'Сектор', 3)$$,
                'a unit under a unit of the same body');
SELECT throws_ok($$UPDATE civilservice.org_unit SET parent_id = 4 WHERE state_body_id = 721 AND id = 1$$,
                 '23514', 'п. 10, п. 12: a structural unit cannot be placed under itself or under one of its own subunits',
                 'a cycle through three levels is refused');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.org_unit SET parent_id = 4 WHERE state_body_id = 721 AND id = 1$$),
          'org_unit_no_cycle', 'the cycle refusal names org_unit_no_cycle');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.org_unit SET parent_id = 2 WHERE state_body_id = 721 AND id = 2$$),
          'org_unit_not_own_parent', 'a unit is not its own parent (CHECK)');
SELECT throws_ok($$INSERT INTO civilservice.org_unit (state_body_id, id, name_ru, parent_id) VALUES (721, 5, 'Отдел', 9)$$,
                 '23503', NULL, 'a parent of another body is refused');
SELECT lives_ok($$UPDATE civilservice.org_unit SET parent_id = 2 WHERE state_body_id = 721 AND id = 4$$,
                'a unit moves within the tree');

-- 2. heads: one at a time, employed through the period
INSERT INTO civilservice.first_head (state_body_id, employee_id, period) VALUES (721, 1, '[2024-01-01,)');
INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES
 (721, 1, 2, '[2024-01-01,)'), (721, 2, 3, '[2024-01-01,)');
SELECT throws_ok($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (721, 2, 4, '[2026-03-01,2026-04-01)')$$,
                 '23P01', 'п. 10, п. 12: a structural unit has at most one head at a time', 'two heads of a unit at once are refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (721, 2, 4, '[2026-03-01,2026-04-01)')$$),
          'org_unit_head_one_at_a_time', 'the refusal names the exclusion constraint');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (721, 3, 6, '[2026-01-01,)')$$),
          'org_unit_head_employed', 'a head past the end of the employment is refused');
SELECT lives_ok($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (721, 4, 6, '[2026-01-01,2026-07-01)')$$,
                'a head inside the employment');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (721, 3, 4, '(,2026-01-01)')$$),
          'org_unit_head_period', 'a period without a first day is refused (CHECK)');
SELECT throws_ok($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (721, 3, 9, '[2026-01-01,)')$$,
                 '23503', NULL, 'an employee of another body is no head here');
SET LOCAL session_replication_role = replica;
SELECT throws_ok($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (721, 2, 4, '[2026-03-01,2026-04-01)')$$,
                 '23P01', NULL, 'the exclusion constraint holds with the triggers off');
RESET session_replication_role;

-- 3. members: one unit at a time; the first head: one at a time
INSERT INTO civilservice.org_unit_member (state_body_id, employee_id, unit_id, period) VALUES
 (721, 2, 1, '[2024-01-01,)'), (721, 3, 2, '[2024-01-01,)'), (721, 4, 2, '[2024-01-01,)'), (721, 5, 3, '[2024-01-01,)');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.org_unit_member (state_body_id, employee_id, unit_id, period) VALUES (721, 4, 3, '[2026-01-01,)')$$),
          'org_unit_member_one_unit', 'an employee in two units at once is refused');
SELECT lives_ok($$UPDATE civilservice.org_unit_member SET period = '[2024-01-01,2026-09-01)' WHERE state_body_id = 721 AND employee_id = 4;
                  INSERT INTO civilservice.org_unit_member (state_body_id, employee_id, unit_id, period) VALUES (721, 4, 3, '[2026-09-01,)')$$,
                'a transfer: the old assignment ends, the new one starts the next day');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.first_head (state_body_id, employee_id, period) VALUES (721, 2, '[2026-01-01,2026-02-01)')$$),
          'first_head_one_at_a_time', 'two first heads at once are refused');
SELECT lives_ok($$UPDATE civilservice.employee SET employed_to = '2026-06-15' WHERE state_body_id = 721 AND id = 6$$,
                'a shortened employment is accepted ...');
SELECT is((SELECT period FROM civilservice.org_unit_head WHERE state_body_id = 721 AND employee_id = 6), '[2026-01-01,2026-06-16)'::daterange,
          '... and cuts the periods of the organisation to it');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.employee SET employed_to = '2025-12-31' WHERE state_body_id = 721 AND id = 6$$),
          'org_unit_head_employed', 'an employment that leaves no day of a period is refused');

-- 4. the direct head
SELECT is(civilservice.direct_head(721, 4, '2026-03-10'), 3::bigint, 'a member: the head of the unit');
SELECT is(civilservice.direct_head(721, 5, '2026-03-10'), 3::bigint, 'a member of a unit without a head: the head found through the ancestor unit');
SELECT is(civilservice.direct_head(721, 3, '2026-03-10'), 2::bigint, 'the head of a unit: the head of the parent unit');
SELECT is(civilservice.direct_head(721, 2, '2026-03-10'), 1::bigint, 'the head of a top unit: the first head of the body');
SELECT is(civilservice.direct_head(721, 1, '2026-03-10'), NULL::bigint, 'the first head has no direct head');
SELECT is(civilservice.direct_head(721, 4, '2026-09-01'), 3::bigint, 'after the transfer to Отдел: still the head of Управление, through the ancestor');
SELECT is(civilservice.direct_head(721, 4, '2023-06-01'), NULL::bigint, 'before the organisation was recorded: none');
SELECT is((SELECT count(*)::int FROM civilservice.direct_heads_on('2026-03-10', 721) WHERE direct_head_id IS NOT DISTINCT FROM civilservice.direct_head(721, employee_id, '2026-03-10')), 6,
          'direct_heads_on() gives direct_head() for each employee');
SELECT ok((SELECT provolatile = 's' AND proconfig = '{search_path=pg_catalog}' FROM pg_proc WHERE oid = 'civilservice.direct_head(bigint,bigint,date)'::regprocedure),
          'direct_head() is STABLE with a pinned search_path');

-- 5. п. 12: the recall on the proposal of the direct head
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (721, 1, 'R-1', '2026-02-01', 1, 'remote', 'agreement', 'Соглашение', '[2026-02-02,2026-05-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (721, 1, 5);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 721 AND id = 1;
SELECT lives_ok($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
                  VALUES (721, 1, 5, 'direct_head_proposal', 3, 'dsp_documents', '2026-03-10 10:00+05')$$,
                'a recall proposed by the direct head (found through the ancestor unit)');
SELECT throws_ok($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
                   VALUES (721, 1, 5, 'direct_head_proposal', 2, 'dsp_documents', '2026-03-11 10:00+05')$$,
                 '23514', 'п. 12: only the recalled employee''s direct head proposes a recall', 'a proposer who is not the direct head is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
                                  VALUES (721, 1, 5, 'direct_head_proposal', 5, 'dsp_documents', '2026-03-11 10:00+05')$$),
          'recall_proposed_by', 'the employee proposing their own recall is refused under recall_proposed_by');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
                                  VALUES (721, 1, 5, 'direct_head_proposal', 'dsp_documents', '2026-03-11 10:00+05')$$),
          'recall_proposed_by', 'a proposal without a proposer is refused (CHECK)');

-- 6. п. 10: the controllers
SELECT is((SELECT controller_id FROM civilservice.controllers_on('2026-03-10', 721) WHERE employee_id = 5), 3::bigint,
          'the controller of a member of a unit without a head is the direct head');
SELECT is((SELECT unit_head_id FROM civilservice.controllers_on('2026-03-10', 721) WHERE employee_id = 5), NULL::bigint,
          'the unit itself has no head that day');

-- 7. comments
SELECT is((SELECT count(*)::int FROM pg_constraint c
            WHERE c.conrelid IN ('civilservice.org_unit'::regclass, 'civilservice.org_unit_head'::regclass,
                                 'civilservice.org_unit_member'::regclass, 'civilservice.first_head'::regclass, 'civilservice.recall'::regclass)
              AND c.contype IN ('c', 'x') AND obj_description(c.oid, 'pg_constraint') NOT LIKE 'п. %'), 0,
          'every CHECK and exclusion constraint of the organisation and the recalls is commented with its point');
SELECT is((SELECT count(*)::int FROM pg_constraint c
            WHERE c.conrelid IN ('civilservice.org_unit'::regclass, 'civilservice.org_unit_head'::regclass,
                                 'civilservice.org_unit_member'::regclass, 'civilservice.first_head'::regclass, 'civilservice.recall'::regclass)
              AND c.contype = 'c' AND pg_get_constraintdef(c.oid) NOT LIKE '%civilservice.checked(%'), 0,
          'every CHECK of the organisation and the recalls refuses through civilservice.checked()');

SELECT * FROM finish();
ROLLBACK;
