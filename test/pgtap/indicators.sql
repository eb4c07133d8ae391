-- pgTAP: the target indicators of the Concept: the edges of the checks of
-- entered values, and what each shipped role may do (the reader and the
-- auditor read the progress; only the administrator writes national values;
-- nobody writes the shipped indicators and targets).
BEGIN;
SELECT plan(21);
SET LOCAL datestyle = ISO;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (1781, '040540001002', 'Орган А'), (1782, '040540001012', 'Орган Б');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (1781, 1, '880202300037', '2020-01-01', 'Абенов'), (1782, 1, '900101400023', '2020-01-01', 'Ахметова');
CREATE ROLE cs_ind_admin NOLOGIN IN ROLE civilservice_admin;
CREATE ROLE cs_ind_hr NOLOGIN IN ROLE civilservice_hr;
CREATE ROLE cs_ind_auditor NOLOGIN IN ROLE civilservice_auditor;
CREATE ROLE cs_ind_reader NOLOGIN IN ROLE civilservice_reader;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES
 (1781, 'cs_ind_hr'), (1781, 'cs_ind_auditor'), (1781, 'cs_ind_reader');

-- edges of the checks
SELECT lives_ok($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, numerator, denominator, value, source, source_ref)
                  VALUES (1781, 7, 2000, 0, 1, 0, 'servant_survey', 'Опрос 2000')$$, 'year 2000, numerator 0, denominator 1, value 0: accepted');
SELECT throws_ok($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, value, source, source_ref)
                  VALUES (1781, 7, 1999, 1, 'servant_survey', 'Опрос')$$, '23514', NULL, 'year 1999: refused (indicator_entry_year)');
SELECT throws_ok($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, numerator, denominator, value, source, source_ref)
                  VALUES (1781, 7, 2025, -1, 1, 0, 'servant_survey', 'Опрос')$$, '23514', NULL, 'a negative numerator: refused (indicator_entry_fraction)');
SELECT throws_ok($$INSERT INTO civilservice.indicator_national_entry (indicator_no, year, value, source, source_ref)
                  VALUES (6, 2025, 30, 'catalogue', '')$$, '23514', NULL, 'a national value without its document: refused');

-- the auditor reads the progress of its body and the nation
SET LOCAL ROLE cs_ind_auditor;
SELECT is((SELECT count(*) FROM civilservice.indicator_progress), 84::bigint, 'auditor: 7 indicators × 6 years × (nation + its body)');
SELECT is((SELECT count(*) FROM civilservice.indicator_progress WHERE state_body_id = 1782), 0::bigint, 'auditor: not another body');
SELECT lives_ok($$SELECT * FROM civilservice.indicator_actuals(2024, 2025)$$, 'auditor: calls indicator_actuals()');
SELECT lives_ok($$SELECT * FROM civilservice.concept_indicator_target$$, 'auditor: reads the targets');
RESET ROLE;
SET LOCAL ROLE cs_ind_reader;
SELECT throws_ok($$SELECT count(*) FROM civilservice.indicator_progress$$, '42501', NULL,
                 'reader: the progress is computed from the records, which it reads only through civilservice_bi');
SELECT throws_ok($$INSERT INTO civilservice.indicator_national_entry (indicator_no, year, value, source, source_ref)
                  VALUES (7, 2025, 48, 'servant_survey', 'Волна 2025')$$, '42501', NULL, 'reader: writes no national value');
SELECT throws_ok($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, value, source, source_ref)
                  VALUES (1781, 7, 2025, 48, 'servant_survey', 'Волна 2025')$$, '42501', NULL, 'reader: enters no value');
RESET ROLE;
SET LOCAL ROLE cs_ind_auditor;
SELECT is((SELECT count(*) FROM civilservice.indicator_progress), 84::bigint, 'auditor: reads the progress of its body and the nation');
SELECT throws_ok($$INSERT INTO civilservice.indicator_national_entry (indicator_no, year, value, source, source_ref)
                  VALUES (7, 2025, 48, 'servant_survey', 'Волна 2025')$$, '42501', NULL, 'auditor: writes no national value');
RESET ROLE;
-- the HR officer enters its body's values, not another body's, and no national one
SET LOCAL ROLE cs_ind_hr;
SELECT lives_ok($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, value, source, source_ref)
                  VALUES (1781, 1, 2025, 80, 'public_monitoring', 'Мониторинг 2025')$$, 'hr: enters its body''s value');
SELECT throws_ok($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, value, source, source_ref)
                  VALUES (1782, 1, 2025, 80, 'public_monitoring', 'Мониторинг 2025')$$, '42501', NULL, 'hr: not another body''s');
SELECT throws_ok($$INSERT INTO civilservice.indicator_national_entry (indicator_no, year, value, source, source_ref)
                  VALUES (7, 2025, 48, 'servant_survey', 'Волна 2025')$$, '42501', NULL, 'hr: writes no national value');
RESET ROLE;
-- the administrator writes national values; nobody writes the targets
SET LOCAL ROLE cs_ind_admin;
SELECT lives_ok($$INSERT INTO civilservice.indicator_national_entry (indicator_no, year, value, source, source_ref)
                  VALUES (7, 2025, 48, 'servant_survey', 'Волна 2025')$$, 'admin: writes a national value');
SELECT throws_ok($$UPDATE civilservice.concept_indicator_target SET target = 1 WHERE indicator_no = 2$$, '42501', NULL,
                 'admin: does not write the targets');
RESET ROLE;
SELECT throws_ok($$UPDATE civilservice.concept_indicator_target SET target = 1 WHERE indicator_no = 2$$, '23000', NULL,
                 'the owner: the shipped targets are refused (concept_indicator_shipped)');
SET LOCAL ROLE cs_ind_auditor;
SELECT is((SELECT actual FROM civilservice.indicator_progress WHERE indicator_no = 7 AND year = 2025 AND state_body_id IS NULL),
          48::numeric, 'auditor: sees the national survey value');
RESET ROLE;
SELECT is((SELECT count(*) FROM civilservice.indicator_progress), 7 * 6 * 3::bigint, 'the owner: the nation and both bodies');

SELECT * FROM finish();
ROLLBACK;
