-- The actuals of the target indicators (civilservice.indicator_actuals) on
-- constructed data, worked out by hand: per body and national, the national
-- value Σ numerators ÷ Σ denominators (never the average of shares).
-- Years 2024 and 2025 only (the running year reads CURRENT_DATE).
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;


CREATE FUNCTION pg_temp.iin_of(p bigint) RETURNS text LANGUAGE sql AS $$
  SELECT lpad((p * 10 + c)::text, 12, '0')
    FROM (SELECT CASE WHEN s1 < 10 THEN s1 WHEN s2 < 10 THEN s2 END AS c
            FROM (SELECT (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * k) % 11 FROM generate_series(1, 11) k) AS s1,
                         (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * ((k + 1) % 11 + 1)) % 11 FROM generate_series(1, 11) k) AS s2) x) y
$$;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (1701, '040540001002', 'Агентство'), (1702, '040540001012', 'Министерство');
-- Body 1701: employed at any time in 2024 {1, 2, 4, 5} = 4, in 2025 {1, 3, 4, 5} = 4;
-- on 31.12.2024 {1, 4, 5} = 3, on 31.12.2025 {1, 3, 4, 5} = 4.
-- Body 1702: {1, 2} in both years and on both days = 2.
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name) VALUES
 (1701, 1, '880202300037', '2020-01-01', NULL, 'Абенов'),
 (1701, 2, '900101400023', '2020-01-01', '2024-06-30', 'Ахметова'),
 (1701, 3, '910303400043', '2025-03-01', NULL, 'Бекова'),
 (1701, 4, '870404500059', '2020-01-01', NULL, 'Габдуллин'),
 (1701, 5, pg_temp.iin_of(85050530001)::civilservice.iin, '2020-01-01', NULL, 'Жумабаев'),
 (1702, 1, '880202300037', '2020-01-01', NULL, 'Досанов'),
 (1702, 2, '900101400023', '2020-01-01', NULL, 'Ержанова');

-- Indicator 2, 2025. Counted: 1701/1 ethics and discrediting (one servant,
-- two cases), 1702/1 ethics decided 31.12.2025. Not counted: 1701/4 not
-- established, 1701/5 corruption, 1701/3 undecided, 1702/2 decided 01.01.2026.
-- 1701: servants 1/4 = 25.00, offences 2/4 = 50.00; 1702: 1/2 = 50.00, 1/2 = 50.00;
-- national: servants 2/6 = 33.33 (not (25 + 50) / 2 = 37.5), offences 3/6 = 50.00.
-- 2024: nothing decided: 0/4, 0/2, national 0/6.
INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome) VALUES
 (1701, 1, 'ethics',       '2025-02-01', '2025-03-10', 'non_disciplinary_measure'),
 (1701, 1, 'discrediting', '2025-04-01', '2025-05-01', 'non_disciplinary_measure'),
 (1701, 4, 'ethics',       '2025-03-01', '2025-04-01', 'not_established'),
 (1701, 5, 'corruption',   '2025-03-01', '2025-04-01', 'non_disciplinary_measure'),
 (1701, 3, 'ethics',       '2025-11-01', NULL, NULL),
 (1702, 1, 'ethics',       '2025-11-01', '2025-12-31', 'non_disciplinary_measure'),
 (1702, 2, 'ethics',       '2025-11-01', '2026-01-01', 'non_disciplinary_measure');

-- Indicator 3: 1701 in 2025: 5 applicants for 2 places + a competition of 1
-- place without applicants = 5/3 = 1.67; 1702: 4/1 = 4.00; national 9/4 = 2.25.
-- 2024: 1701 announced 20.12.2024, 3 applicants (applied in January 2025) = 3/1 = 3.00;
-- national 2024 = 3.00.
INSERT INTO civilservice.competition (state_body_id, id, kind, announced_on, places, position, status) VALUES
 (1701, 1, 'general', '2025-02-01', 2, 'Главный эксперт', 'announced'),
 (1701, 2, 'general', '2025-09-01', 1, 'Эксперт', 'announced'),
 (1701, 3, 'general', '2024-12-20', 1, 'Эксперт', 'announced'),
 (1702, 1, 'general', '2025-03-01', 1, 'Эксперт', 'announced');
INSERT INTO civilservice.candidacy (state_body_id, competition_id, iin, full_name, applied_on, channel)
SELECT b, c, pg_temp.iin_of(95010130000 + n)::civilservice.iin, 'Кандидат ' || n, d, 'e_qyzmet'
  FROM (VALUES (1701, 1, 1, date '2025-02-05'), (1701, 1, 2, '2025-02-05'), (1701, 1, 3, '2025-02-06'),
               (1701, 1, 4, '2025-02-07'), (1701, 1, 5, '2025-02-08'),
               (1701, 3, 6, '2025-01-05'), (1701, 3, 7, '2025-01-05'), (1701, 3, 8, '2025-01-06'),
               (1702, 1, 1, '2025-03-05'), (1702, 1, 2, '2025-03-05'), (1702, 1, 3, '2025-03-05'), (1702, 1, 4, '2025-03-06')) AS v (b, c, n, d);

-- Indicator 4. 1701 on 31.12.2024 {1, 4, 5}: 1 (master 2015) = 1/3 = 33.33;
-- on 31.12.2025 {1, 3, 4, 5}: 1 and 4 (PhD 01.06.2025) = 2/4 = 50.00; not 5
-- (bachelor), 2 (left 30.06.2024), 3 (awarded 2026). 1702: 1 (master) = 1/2 = 50.00
-- both years. National: 2024 2/5 = 40.00, 2025 3/6 = 50.00.
INSERT INTO civilservice.education (state_body_id, employee_id, level, awarded_on, document) VALUES
 (1701, 1, 'master', '2015-06-30', 'Диплом магистра 1'),
 (1701, 4, 'phd', '2025-06-01', 'Диплом PhD 2'),
 (1701, 5, 'bachelor', '2010-06-30', 'Диплом бакалавра 3'),
 (1701, 2, 'candidate_of_sciences', '2010-06-30', 'Диплом кандидата наук 4'),
 (1701, 3, 'doctor_by_profile', '2026-02-01', 'Диплом доктора по профилю 5'),
 (1702, 1, 'master', '2019-06-30', 'Диплом магистра 6');

-- Indicator 5. 1701 in 2025: 1 training and internship; 3 training only; 4
-- internship only (its training completed 20.12.2024); 5 training not
-- completed: and 1/4 = 25.00, or 3/4 = 75.00. 2024: or {4} 1/4 = 25.00, and 0.
-- 1702 in 2025: 2 both = 1/2 = 50.00 and or. National 2025: and 2/6 = 33.33,
-- or 4/6 = 66.67; 2024: and 0/6, or 1/6 = 16.67.
INSERT INTO civilservice.training (state_body_id, employee_id, kind, provider, period, completed_on) VALUES
 (1701, 1, 'retraining', 'АГУ', '[2025-03-01,2025-04-02)', '2025-04-01'),
 (1701, 3, 'qualification_upgrade', 'АГУ', '[2025-05-20,2025-06-02)', '2025-06-01'),
 (1701, 4, 'qualification_upgrade', 'АГУ', '[2024-12-10,2024-12-21)', '2024-12-20'),
 (1701, 5, 'qualification_upgrade', 'АГУ', '[2025-11-10,2025-12-21)', NULL),
 (1702, 2, 'retraining', 'АГУ', '[2025-02-01,2025-03-02)', '2025-03-01');
INSERT INTO civilservice.internship (state_body_id, employee_id, kind, host, period, completed_on) VALUES
 (1701, 1, 'inter_agency', 'Министерство', '[2025-09-01,2025-10-02)', '2025-10-01'),
 (1701, 4, 'intra_agency', 'Департамент', '[2025-01-10,2025-02-02)', '2025-02-01'),
 (1702, 2, 'foreign', 'Сингапур', '[2025-11-01,2025-12-01)', '2025-11-30');

-- Indicator 6, proven: 1701 in 2025 (Almaty time): e_qyzmet, hr_information_system,
-- paper = 2/3 = 66.67; the paper one of 31.12.2024 23:30 local is 2024 = 0/1;
-- 31.12.2025 20:00 UTC is 01.01.2026 01:00 local: not 2025. 1702: 1/1 = 100.00.
-- National 2025: 3/4 = 75.00; 2024: 0/1 = 0.00.
INSERT INTO civilservice.flexible_application (state_body_id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
SELECT b, e, r::timestamptz, ch, 'уход за ребёнком',
       'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', p::daterange
  FROM (VALUES (1701, 1, '2025-03-10 09:00+05', 'e_qyzmet', '[2025-04-01,2025-10-01)'),
               (1701, 4, '2025-05-10 09:00+05', 'hr_information_system', '[2025-06-01,2025-10-01)'),
               (1701, 5, '2025-06-10 09:00+05', 'paper', '[2025-07-01,2025-10-01)'),
               (1701, 5, '2024-12-31 23:30+05', 'paper', '[2025-01-10,2025-03-01)'),
               (1701, 3, '2025-12-31 20:00+00', 'e_qyzmet', '[2026-01-10,2026-03-01)'),
               (1702, 1, '2025-04-10 09:00+05', 'e_qyzmet', '[2025-05-01,2025-10-01)')) AS v (b, e, r, ch, p);

-- Entered values: national surveys (1, 7) and the catalogue (6); the body's
-- own monitoring result (1) and its report on indicator 2, shown beside the
-- computed 25.00, never replacing it.
INSERT INTO civilservice.indicator_national_entry (indicator_no, year, numerator, denominator, value, source, source_ref) VALUES
 (1, 2025, 7250, 10000, 72.5, 'public_monitoring', 'Отчёт об общественном мониторинге качества госуслуг за 2025 год'),
 (7, 2025, NULL, NULL, 48, 'servant_survey', 'Анонимное исследование служащих, волна 2025'),
 (6, 2025, 12, 40, 30, 'catalogue', 'Перечень HR-процессов, редакция 31.12.2025');
INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, numerator, denominator, value, source, source_ref) VALUES
 (1701, 1, 2025, 400, 500, 80, 'public_monitoring', 'Мониторинг 2025, раздел органа'),
 (1701, 2, 2025, NULL, NULL, 1.0, 'agency_report', 'Отчёт органа за 2025 год');

-- Read as an auditor of the two bodies: the nation is the bodies the caller
-- may read (row-level security), here these two, whatever else the database holds.
CREATE ROLE cs_ind_regress_actuals NOLOGIN IN ROLE civilservice_auditor;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES (1701, 'cs_ind_regress_actuals'), (1702, 'cs_ind_regress_actuals');
SET LOCAL ROLE cs_ind_regress_actuals;
SELECT indicator_no, year, state_body_id, numerator, denominator, value, source, variant
  FROM civilservice.indicator_actuals(2024, 2025)
 ORDER BY indicator_no, variant, year, state_body_id NULLS LAST;
RESET ROLE;

-- entered values are checked
SELECT regress.refusal($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, value, source, source_ref)
                         VALUES (1701, 7, 2025, 50, 'hearsay', 'Слухи')$$);
SELECT regress.refusal($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, value, source, source_ref)
                         VALUES (1701, 7, 2025, 50, 'servant_survey', '  ')$$);
SELECT regress.refusal($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, numerator, denominator, value, source, source_ref)
                         VALUES (1701, 7, 2025, 5, 0, 50, 'servant_survey', 'Опрос')$$);
SELECT regress.refusal($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, numerator, value, source, source_ref)
                         VALUES (1701, 7, 2025, 5, 50, 'servant_survey', 'Опрос')$$);
SELECT regress.refusal($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, value, source, source_ref)
                         VALUES (1701, 1, 2025, 81, 'public_monitoring', 'Повторно')$$);
SELECT regress.refusal($$INSERT INTO civilservice.indicator_entry (state_body_id, indicator_no, year, value, source, source_ref)
                         VALUES (1701, 8, 2025, 1, 'agency_report', 'Отчёт')$$);
SELECT regress.refusal($$INSERT INTO civilservice.indicator_national_entry (indicator_no, year, value, source, source_ref)
                         VALUES (7, 2025, -1, 'servant_survey', 'Опрос')$$);
-- years after the current one have no computed values
SELECT count(*) AS future_rows FROM civilservice.indicator_actuals(extract(year FROM CURRENT_DATE)::int + 1, 2029);

ROLLBACK;
