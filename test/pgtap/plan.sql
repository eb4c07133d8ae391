-- pgTAP: the action plan of the Concept (ПРИЛОЖЕНИЕ, seed 002 L692–L1186):
-- the counts of CONCEPT §3.3, verbatim spot checks against the seed lines,
-- the multi-deadline cells, the edges of the status, and who may write.
BEGIN;
SELECT plan(31);
SET LOCAL datestyle = ISO;

-- 1. counts
SELECT is((SELECT count(*)::int FROM civilservice.concept_plan_item), 26, '26 items');
SELECT is((SELECT count(*)::int FROM civilservice.concept_plan_deliverable), 38, '38 deliverables');
SELECT is((SELECT sum(cardinality(forms))::int FROM civilservice.concept_plan_deliverable), 39, '39 form entries (item 12 has two forms)');
SELECT results_eq($$SELECT direction, count(*)::int FROM civilservice.concept_plan_item GROUP BY 1 ORDER BY 1$$,
                  $$VALUES (1, 8), (2, 9), (3, 9)$$, '8, 9 and 9 items per direction');
SELECT results_eq($$SELECT count(*)::int FROM civilservice.concept_plan_deliverable GROUP BY deadline_text ORDER BY min(due), deadline_text$$,
                  $$VALUES (3), (6), (1), (13), (2), (3), (3), (3), (3), (1)$$, 'deliverables per deadline text as §3.3');
SELECT is((SELECT count(*)::int FROM civilservice.concept_plan_deliverable, unnest(forms) f WHERE f = 'Проект Закона'), 12, '12 «Проект Закона»');
SELECT is((SELECT count(*)::int FROM civilservice.concept_plan_deliverable, unnest(forms) f WHERE f = 'Предложение в АП'), 9, '9 «Предложение в АП»');
SELECT is((SELECT count(*)::int FROM civilservice.concept_plan_due()), 43, '43 due dates: 37 deliverables and item 4 in six years');
SELECT is((SELECT count(*)::int FROM civilservice.concept_parameter p, unnest(p.brought_by) b
            WHERE NOT EXISTS (SELECT FROM civilservice.concept_plan_deliverable d WHERE d.code = b)), 0,
          'every deliverable a parameter names as bringing it exists');

-- 2. verbatim against the seed
SELECT is((SELECT name_ru FROM civilservice.concept_plan_item WHERE no = 7),
          'Совершенствование правил служебной этики, а также текста присяги в соответствии с моделью государственной службы, основанной на принципах сервисности и клиентоориентированности, а также ценностями патриотизма и профессионализма',
          'item 7 is L826 verbatim');
SELECT is((SELECT name_ru FROM civilservice.concept_plan_item WHERE no = 26),
          'Совершенствование системы дисциплинарной ответственности государственных служащих, в том числе путем:',
          'item 26 is L1169 and L1171 joined');
SELECT is((SELECT name_ru FROM civilservice.concept_plan_item WHERE no = 20),
          'Введение упрощенного порядка прикомандирования государственных служащих со сроком не более трех месяцев',
          'item 20 is L1085 verbatim');
SELECT ok((SELECT '- отказ от бонусирования в пользу ежеквартальных премий;' = ANY (subitems) FROM civilservice.concept_plan_item WHERE no = 14),
          'item 14 lists the dash bullet of L950');
SELECT is((SELECT cardinality(subitems) FROM civilservice.concept_plan_item WHERE no = 1), 8, 'item 1 has 1), 2), 2-1), 2-2), three bullets and 2-3)');
SELECT is((SELECT forms FROM civilservice.concept_plan_deliverable WHERE code = '12'), ARRAY['Проект Закона', 'Указ Президента'], 'item 12: two forms');
SELECT is((SELECT executors FROM civilservice.concept_plan_deliverable WHERE code = '7'), ARRAY['АДГС'], '«АДГС-» (L832) is АДГС');

-- 3. cells with several deadlines: the split is the deliverables' periods
SELECT results_eq($$SELECT period FROM civilservice.plan_period('I полугодие 2026 года II полугодие 2026 года I полугодие 2027 года') ORDER BY ordinal$$,
                  $$SELECT period FROM civilservice.concept_plan_deliverable WHERE code IN ('25a', '25b', '25c') ORDER BY code$$,
                  'L1162 splits into 25a, 25b, 25c');
SELECT results_eq($$SELECT period FROM civilservice.plan_period((SELECT deadline_cell FROM civilservice.concept_plan_deliverable WHERE code = '13a')) ORDER BY ordinal$$,
                  $$SELECT period FROM civilservice.concept_plan_deliverable WHERE code IN ('13a', '13b') ORDER BY code$$,
                  'L925 splits into 13a, 13b');
SELECT is((SELECT count(*)::int FROM civilservice.concept_plan_deliverable d
            WHERE d.deadline_cell <> d.deadline_text AND position(d.deadline_text IN d.deadline_cell) = 0), 0,
          'each deliverable''s deadline is a part of its cell');

-- 4. edges of the status
SELECT is((SELECT last_working_day FROM civilservice.concept_plan_due() WHERE code = '14c'), '2028-12-29'::date, '2028-12-31 is a Sunday');
SELECT is((SELECT last_working_day FROM civilservice.concept_plan_due() WHERE code = '14d'), '2029-06-29'::date, '2029-06-30 is a Saturday');
SELECT is((SELECT overdue FROM civilservice.concept_plan_status('2026-06-30') WHERE code = '14a'), false, 'not overdue on its due date');
SELECT is((SELECT overdue FROM civilservice.concept_plan_status('2026-07-01') WHERE code = '14a'), true, 'overdue the day after');
SELECT is((SELECT due_soon FROM civilservice.concept_plan_status('2026-11-24', 26) WHERE code = '14b'), true, 'due soon: 2026-12-31 is the 26th working day after 2026-11-24');
SELECT is((SELECT due_soon FROM civilservice.concept_plan_status('2026-11-24', 25) WHERE code = '14b'), false, '… and not the 25th');
SELECT throws_ok($$SELECT * FROM civilservice.plan_period('III полугодие 2025 года')$$, '22023', NULL, 'an unknown deadline is refused');

-- 5. who may write: the administrator records the progress; everyone reads the plan
SELECT ok(has_table_privilege('civilservice_admin', 'civilservice.concept_plan_progress', 'INSERT, UPDATE, DELETE'), 'the administrator writes the progress');
SELECT ok(NOT has_table_privilege('civilservice_hr', 'civilservice.concept_plan_progress', 'INSERT')
          AND NOT has_table_privilege('civilservice_authorized', 'civilservice.concept_plan_progress', 'UPDATE')
          AND NOT has_table_privilege('civilservice_national_auditor', 'civilservice.concept_plan_progress', 'INSERT'),
          'no other role writes it');
SET LOCAL ROLE civilservice_hr;
SELECT throws_ok($$INSERT INTO civilservice.concept_plan_progress (deliverable, status, on_date) VALUES ('20', 'in_progress', '2026-10-01')$$,
                 '42501', NULL, 'an HR officer cannot record progress');
SELECT is((SELECT count(*)::int FROM civilservice.concept_plan_status('2026-11-24')), 43, 'an HR officer reads the plan''s status');
RESET ROLE;
SELECT ok(NOT has_table_privilege('civilservice_admin', 'civilservice.concept_plan_deliverable', 'INSERT')
          AND has_table_privilege('civilservice_reader', 'civilservice.concept_plan_deliverable', 'SELECT'),
          'the shipped deliverables are read by everyone and written by no role');

SELECT * FROM finish();
ROLLBACK;
