-- pgTAP: the Rules enforced on acts, applications, extensions, emergency
-- cases and recalls; every rule has a passing and a refused case.
BEGIN;
SELECT plan(80);
SET LOCAL datestyle = ISO;

\ir lib/constraint_of.psql

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (701, '040540001072', 'Орган А'), (702, '040540001082', 'Орган Б');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized, follows_reglament) VALUES
 (701, 1, '900101400023', '2020-01-01', 'Уполномоченное лицо', true, false),
 (701, 2, '880202300037', '2020-01-01', 'Служащий', false, false),
 (701, 3, '910303400043', '2020-01-01', 'Регламент', false, true),
 (702, 9, '870404500059', '2020-01-01', 'Чужой', false, false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;

-- 1. signing validates the contents (п. 6, 17)
INSERT INTO civilservice.act (state_body_id, id, regime) VALUES (701, 1, 'remote');
SELECT is((SELECT count(*)::int FROM civilservice.validate_act(701, 1)), 6, 'validate_act lists the six missing items of an empty draft');
SELECT set_eq($$SELECT * FROM civilservice.validate_act(1::bigint)$$, $$SELECT * FROM civilservice.validate_act(701, 1)$$,
              'validate_act(act_id) reports the same problems as validate_act(state_body_id, act_id)');
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 1$$,
                 '23514', NULL, 'an empty draft cannot be signed');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 1$$),
          'act_signing', 'the signing error names its constraint');
UPDATE civilservice.act SET number = 'R-1', act_date = '2026-01-05', issued_by = 1, basis = 'agreement',
       basis_text = 'Соглашение', term = '[2026-01-05,2026-03-01)', place_of_work = 'дом'
 WHERE state_body_id = 701 AND id = 1;
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (701, 1, 2);
SELECT is_empty($$SELECT * FROM civilservice.validate_act(701, 1)$$, 'a complete draft has no problems');
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 1$$, 'a complete act is signed');
SELECT isnt((SELECT signed_at FROM civilservice.act WHERE state_body_id = 701 AND id = 1), NULL, 'signing stamps signed_at');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (701, 2, 'R-2', '2026-01-05', 2, 'remote', 'agreement', 'С', '[2026-05-01,2026-06-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (701, 2, 2);
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 2$$,
                 '23514', NULL, 'п. 4: an act issued by a person without the right is refused');
SELECT throws_ok($$INSERT INTO civilservice.act (state_body_id, id, regime, status) VALUES (701, 99, 'remote', 'signed')$$,
                 '23514', NULL, 'acts are created as drafts');

-- 2. signed acts are immutable legal documents
SELECT throws_ok($$UPDATE civilservice.act SET place_of_work = 'офис' WHERE state_body_id = 701 AND id = 1$$,
                 '23001', NULL, 'a signed act does not change');
SELECT throws_ok($$DELETE FROM civilservice.act WHERE state_body_id = 701 AND id = 1$$,
                 '23001', NULL, 'a signed act is not deleted');
SELECT throws_ok($$DELETE FROM civilservice.act_employee WHERE state_body_id = 701 AND act_id = 1$$,
                 '23001', NULL, 'the list of a signed act does not change');
SELECT lives_ok($$DELETE FROM civilservice.act WHERE state_body_id = 701 AND id = 2$$, 'a draft is deleted');
SELECT is(pg_temp.constraint_of($$DELETE FROM civilservice.act WHERE state_body_id = 701 AND id = 1$$),
          'act_signed_immutable', 'the refusal names act_signed_immutable');

-- 3. flexible period cap and extensions (п. 18)
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (701, 1, 2, '2026-01-09 10:00+05', 'e_qyzmet', 'уход за ребёнком',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-02-01,2026-08-01)');
SELECT throws_ok($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, channel, reasons, requested_schedule, requested_period)
                   VALUES (701, 2, 2, 'e_qyzmet', 'x', '09:00-18:00, break 13:00-14:00', '[2026-02-01,2026-08-02)')$$,
                 '23514', NULL, 'п. 18: an application for more than six months is refused');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (701, 3, 'F-1', '2026-01-20', 1, 'flexible', 'application', 'Заявление', '[2026-02-01,2026-08-02)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (701, 3, 2, 1);
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 3$$,
                 '23514', NULL, 'п. 18: six months and one day is refused');
SELECT is((SELECT string_agg(point, ', ' ORDER BY point) FROM civilservice.validate_act(701, 3)), 'п. 15, п. 18',
          'п. 18: the term over the cap is listed (act_flexible_period_cap), and lies outside the period applied for (п. 15)');
UPDATE civilservice.act SET term = '[2026-02-01,2026-08-01)' WHERE state_body_id = 701 AND id = 3;
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 3$$, 'six months exactly is signed');
SELECT is((SELECT status::text FROM civilservice.flexible_application WHERE state_body_id = 701 AND id = 1), 'approved',
          'signing approves the application');
SELECT throws_ok($$INSERT INTO civilservice.act_extension (state_body_id, act_id, agreement_ref, agreement_date, period)
                   VALUES (701, 3, 'С-1', '2026-07-20', '[2026-08-03,2026-09-01)')$$,
                 '23514', NULL, 'п. 18: an extension after a gap is refused');
SELECT throws_ok($$INSERT INTO civilservice.act_extension (state_body_id, act_id, agreement_ref, agreement_date, period)
                   VALUES (701, 3, 'С-1', '2026-07-20', '[2026-08-01,2027-02-02)')$$,
                 '23514', NULL, 'п. 18: an extension longer than six months is refused');
SELECT lives_ok($$INSERT INTO civilservice.act_extension (state_body_id, act_id, agreement_ref, agreement_date, period)
                  VALUES (701, 3, 'С-1', '2026-07-20', '[2026-08-01,2027-02-01)')$$, 'a contiguous extension of six months is accepted');
SELECT is((SELECT effective_term FROM civilservice.act_employee WHERE state_body_id = 701 AND act_id = 3),
          '[2026-02-01,2027-02-01)'::daterange, 'the extension prolongs the participation');

-- 4. emergency cases (п. 5)
INSERT INTO civilservice.emergency_case (state_body_id, id, kind, decided_by, decision_ref, starts_on)
VALUES (701, 701, 'quarantine', 'Санитарный врач', 'Постановление № 1', '2026-09-01');
SELECT throws_ok($$INSERT INTO civilservice.act (state_body_id, id, regime, basis, emergency_case_id) VALUES (701, 98, 'flexible', 'emergency', 701)$$,
                 '23514', NULL, 'п. 5: no emergency basis for flexible time');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, emergency_case_id, term, place_of_work)
VALUES (701, 4, 'E-1', '2026-09-01', 1, 'remote', 'emergency', 701, '[2026-09-01,2026-12-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (701, 4, 2);
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 4$$, 'an emergency act is signed');
SELECT lives_ok($$UPDATE civilservice.emergency_case SET ends_on = '2026-10-15' WHERE id = 701$$, 'the case gets its end date');
SELECT is((SELECT term FROM civilservice.act WHERE state_body_id = 701 AND id = 4), '[2026-09-01,2026-10-16)'::daterange,
          'the act is capped at the end of the case');
SELECT throws_ok($$UPDATE civilservice.emergency_case SET ends_on = '2026-08-31' WHERE id = 701$$,
                 '23514', NULL, 'п. 5: an end before an act starts is refused');

-- 5. employees of the body, reglament, applications (п. 14, 15)
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (701, 5, 'F-2', '2027-03-01', 1, 'flexible', 'application', 'Заявление', '[2027-03-01,2027-04-01)',
        '09:00-18:00, break 13:00-14:00');
SELECT throws_ok($$INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (701, 5, 9)$$,
                 '23503', NULL, 'an employee of another body is refused');
SELECT throws_ok($$INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (701, 5, 3)$$,
                 '23514', NULL, 'п. 14: a reglament employee is refused on a flexible act');
SELECT lives_ok($$INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (701, 5, 2)$$,
                'an employee of the body is listed on a draft');
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 5$$,
                 '23514', NULL, 'п. 15: no application of the employee: signing refused');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 5$$),
          'act_employee_application', 'the refusal names act_employee_application');
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (701, 2, 2, '2027-01-09 10:00+05', 'e_qyzmet', 'учёба', '09:00-18:00, break 13:00-14:00', '[2027-03-01,2027-04-01)');
SELECT throws_ok($$UPDATE civilservice.flexible_application SET status = 'rejected' WHERE state_body_id = 701 AND id = 2$$,
                 '23514', 'п. 16: a rejected application states the reason of the refusal', 'п. 16: a rejection needs its reason');

-- 6. no two overlapping acts of one group (п. 13)
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (701, 6, 'R-3', '2026-02-01', 1, 'combined_remote', 'agreement', 'С', '[2026-02-15,2026-04-01)', 'дом / офис');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (701, 6, 2);
INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (701, 6, 1);
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 6$$,
                 '23P01', NULL, 'п. 13: two overlapping remote/combined acts are refused');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 6$$),
          'act_employee_no_overlap', 'the refusal names act_employee_no_overlap');
SELECT is((SELECT count(*)::int FROM civilservice.regimes_on('2026-02-10') WHERE state_body_id = 701), 2,
          'п. 13: flexible time overlaps remote work');
UPDATE civilservice.act SET term = '[2026-03-01,2026-04-01)' WHERE state_body_id = 701 AND id = 6;
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 6$$,
                'the next remote act without overlap is signed');

-- 7. recalls (п. 12)
SELECT lives_ok($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
                  VALUES (701, 1, 2, 'employer', 'dsp_documents', '2026-02-10 10:00+05')$$, 'a recall for ДСП documents');
SELECT throws_ok($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
                   VALUES (701, 1, 2, 'employer', 'urgent_work', '2026-02-10 10:00+05')$$,
                 '23514', NULL, 'п. 12: urgent work without notice is refused');
SELECT lives_ok($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, notified_at, report_at)
                  VALUES (701, 1, 2, 'employer', 'urgent_work', '2026-02-10 08:00+05', '2026-02-10 10:00+05')$$,
                'urgent work with notice is accepted');
SELECT throws_ok($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
                   VALUES (701, 3, 2, 'employer', 'dsp_documents', '2026-03-10 10:00+05')$$,
                 '23514', NULL, 'п. 12: no recall under a flexible act');

-- 8. cancellation
SELECT lives_ok($$UPDATE civilservice.act SET status = 'cancelled', cancelled_on = '2026-03-15', cancel_reason = 'п. 21'
                  WHERE state_body_id = 701 AND id = 6$$, 'a signed act is cancelled');
SELECT is((SELECT effective_term FROM civilservice.act_employee WHERE state_body_id = 701 AND act_id = 6),
          '[2026-03-01,2026-03-15)'::daterange, 'cancellation ends the participation');

SELECT is((SELECT effective_term FROM civilservice.act_employee WHERE state_body_id = 701 AND act_id = 6),
          (SELECT d.effective_term FROM civilservice.participation_days(701, 6) d WHERE d.employee_id = 2),
          'the days in effect are participation_days()');

-- 9. one refusal: the point first, the SQLSTATE, the constraint, the table
SELECT throws_ok($$SELECT civilservice.refuse('п. 18', 'check_violation', 'act_extension_period_cap', 'act_extension',
                                              'too long', 'What was wrong.', 'How to fix it.')$$,
                 '23514', 'п. 18: too long', 'refuse() raises its message after the point, with the SQLSTATE of a condition name');
SELECT is(pg_temp.constraint_of($$SELECT civilservice.refuse('п. 13', '23P01', 'act_employee_no_overlap', 'act_employee', 'x')$$),
          'act_employee_no_overlap', 'refuse() sets the constraint; detail and hint may be left out');
SELECT throws_ok($$SELECT civilservice.refuse(NULL, 'check_violation', NULL, NULL, 'x')$$,
                 '22004', NULL, 'a refusal names its point');
SELECT throws_ok($$SELECT civilservice.refuse('п. 18', '00000', NULL, NULL, 'x')$$,
                 '22023', NULL, 'a refusal is an error, never a success code');

-- 10. the cap of п. 18 is computed once, as date + interval
SELECT is(civilservice.flexible_period_last_day('2026-02-01'), date '2026-07-31', 'п. 18: from 1 February, until 31 July');
SELECT is(civilservice.flexible_period_last_day('2025-08-31'), date '2026-02-27', 'п. 18: from 31 August, until the day before 28 February');
SELECT is_empty($$SELECT x.d FROM generate_series(date '2026-01-01', date '2028-12-31', interval '1 day') g(d),
                                LATERAL (SELECT g.d::date AS d) x
                   WHERE civilservice.flexible_period_last_day(x.d) <> (x.d + interval '6 months')::date - 1$$,
                'п. 18: the same month arithmetic as date + interval, leap years included');
SELECT throws_ok($$SELECT civilservice.flexible_period_last_day('-infinity')$$, '22008', NULL,
                 'п. 18: a period starts on a finite date');

-- 11. row-local rules are CHECK constraints with their old names
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.act (state_body_id, id, regime, basis) VALUES (701, 97, 'remote', 'application')$$),
          'act_basis_regime', 'п. 4, 15: the basis fits the regime (CHECK)');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.act (state_body_id, id, regime, basis, emergency_case_id) VALUES (701, 97, 'remote', 'agreement', 701)$$),
          'act_emergency_case', 'п. 5: an emergency case only on the emergency basis (CHECK)');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.flexible_application SET status = 'rejected' WHERE state_body_id = 701 AND id = 2$$),
          'flexible_application_rejection_reason', 'п. 16: a rejection states its reason (CHECK)');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
                                  VALUES (701, 1, 2, 'employer', 'urgent_work', '2026-02-10 10:00+05')$$),
          'recall_urgent_notice', 'п. 12: urgent work is notified before the report time (CHECK)');
SET LOCAL session_replication_role = replica;
SELECT throws_ok($$INSERT INTO civilservice.act (state_body_id, id, regime, status) VALUES (701, 96, 'remote', 'signed')$$,
                 '23514', NULL, 'п. 6: a signed act without contents is refused even with triggers off (CHECK act_contents)');
RESET session_replication_role;
SELECT is((SELECT count(*)::int FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE t.relnamespace = 'civilservice'::regnamespace
              AND c.conname IN ('act_basis_regime', 'act_emergency_case', 'act_contents', 'act_cancellation',
                                'act_employee_no_overlap', 'flexible_application_reasons', 'flexible_application_period_bounded',
                                'flexible_application_rejection_reason', 'act_extension_agreement_ref', 'act_extension_period_bounded',
                                'recall_proposed_by', 'recall_until_after_report', 'recall_urgent_notice',
                                'participation_cancellation_reason', 'participation_cancellation_once',
                                'participation_cancellation_act_fkey', 'act_pkey', 'emergency_case_ends_after_start')
              AND obj_description(c.oid, 'pg_constraint') LIKE 'п. %'), 18,
          'the constraints refusals name exist, each commented with its point');

-- 12. the days in effect: one derivation, one check
SELECT is_empty($$SELECT 1 FROM civilservice.act_employee ae
                    JOIN LATERAL civilservice.participation_days(ae.state_body_id, ae.act_id) d ON d.employee_id = ae.employee_id
                   WHERE ae.state_body_id = 701
                     AND (ae.regime_group, ae.effective_term) IS DISTINCT FROM (d.regime_group, d.effective_term)$$,
                'every stored participation equals participation_days() after signing, extension, capping and cancellation');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.act_employee SET effective_term = NULL WHERE state_body_id = 701 AND act_id = 5$$),
          NULL, 'a draft''s row may be rewritten with the days of a draft (none)');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, regime_group) VALUES (701, 5, 1, 'flexible')$$),
          'act_employee_derived', 'an inserted row brings no days of its own');
SELECT is(civilservice.write_participation_days(ARRAY[701::bigint], ARRAY[6::bigint]), 0::bigint,
          'writing the derivation again changes nothing');

-- 13. an act id alone, when two bodies use it, is refused
INSERT INTO civilservice.act (state_body_id, id, regime) VALUES (702, 1, 'remote');
SELECT throws_ok($$SELECT * FROM civilservice.validate_act(1::bigint)$$, '42P08', NULL,
                 'validate_act(act_id) is refused when two state bodies use the id');

-- 14. the signing trigger reads only what it expects
CREATE TEMP TABLE not_an_act (state_body_id integer, id bigint, status text);
CREATE TRIGGER act_sign BEFORE UPDATE ON not_an_act FOR EACH ROW EXECUTE FUNCTION civilservice.act_sign();
INSERT INTO not_an_act VALUES (1, 1, 'draft');
SELECT throws_ok($$UPDATE not_an_act SET status = 'signed'$$, '39P01', NULL,
                 'act_sign() on a table other than civilservice.act is refused');
SELECT throws_ok($$SELECT civilservice.act_sign()$$, '39P01', NULL, 'act_sign() called as a function is a clean error');


-- 15. employment dates, the application as the basis, the case's start,
-- extensions while running, domains: each refusal with its SQLSTATE and name
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name, is_authorized) VALUES
 (701, 20, '850515400121', '2020-01-01', '2026-01-31', 'Уволенный руководитель', true);
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (701, 20, 'R-20', '2026-02-10', 20, 'remote', 'agreement', 'С', '[2027-06-01,2027-07-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (701, 20, 2);
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 20$$,
                 '23514', 'п. 3.7: act R-20 cannot be signed', 'п. 3.7: an issuer dismissed before the date of the act is refused');
UPDATE civilservice.act SET issued_by = 1 WHERE state_body_id = 701 AND id = 20;
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 20$$, 'п. 3.7: the authorized person in office signs');
SELECT lives_ok($$UPDATE civilservice.employee SET employed_to = '2027-06-15' WHERE state_body_id = 701 AND id = 2$$, 'a dismissal is recorded');
SELECT is((SELECT effective_term FROM civilservice.act_employee WHERE state_body_id = 701 AND act_id = 20),
          '[2027-06-01,2027-06-16)'::daterange, 'the participation ends at dismissal');
SELECT ok(EXISTS (SELECT 1 FROM civilservice.history WHERE table_name = 'act_employee' AND row_key = '[20, 2]'),
          'the rewritten participation is in history');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (701, 21, 'R-21', '2027-06-01', 1, 'remote', 'agreement', 'С', '[2027-07-01,2027-08-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (701, 21, 2);
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 701 AND id = 21$$),
          'act_employee_employed', 'п. 6.2: a term that starts after the dismissal is refused (act_employee_employed)');
SELECT throws_ok($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
                   VALUES (701, 30, 2, '2026-07-11 09:00+05', 'paper', 'x', '09:00-18:00, break 13:00-14:00', '[2026-08-01,2026-09-01)')$$,
                 '23514', 'п. 15: an application for flexible time is filed electronically', 'п. 15: paper from 11.07.2026 is refused');
SELECT lives_ok($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
                  VALUES (701, 31, 2, '2026-07-10 09:00+05', 'paper', 'x', '09:00-18:00, break 13:00-14:00', '[2026-08-01,2026-09-01)')$$,
                'п. 15: paper before 11.07.2026 is accepted');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, channel, reasons, requested_schedule, requested_period)
                                  VALUES (701, 32, 2, 'fax', 'x', '09:00-18:00, break 13:00-14:00', '[2026-08-01,2026-09-01)')$$),
          'application_channel_valid', 'п. 15: an unknown channel is refused under its domain constraint');
SELECT throws_ok($$UPDATE civilservice.flexible_application SET employee_id = 2, requested_period = '[2026-03-01,2026-08-01)' WHERE state_body_id = 701 AND id = 1$$,
                 '23001', 'п. 15: application 1 is the basis of a signed act and cannot be changed', 'п. 15: the application of a signed act is frozen');
SELECT throws_ok($$UPDATE civilservice.emergency_case SET starts_on = '2026-09-05' WHERE state_body_id = 701 AND id = 701$$,
                 '23514', NULL, 'п. 5: a case''s start after an act signed on it is refused');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.emergency_case SET starts_on = '2026-09-05' WHERE state_body_id = 701 AND id = 701$$),
          'act_emergency_case_start', 'the refusal names act_emergency_case_start');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.act_extension (state_body_id, act_id, agreement_ref, agreement_date, period)
                                  VALUES (701, 3, 'С-2', '2027-02-02', '[2027-02-01,2027-03-01)')$$),
          'act_extension_running', 'п. 18: an extension agreed after the period ended is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.act (state_body_id, id, regime) VALUES (701, 95, 'hybrid')$$),
          'regime_valid', 'п. 3: an unknown regime is refused under its domain constraint');

SELECT * FROM finish();
ROLLBACK;
