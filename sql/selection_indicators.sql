-- Индикатор 3 «Количество кандидатов на одно место» (Концепция, L579):
-- applicants ÷ places of the competitions announced in the year (CONCEPT
-- §2.3.2), per body and national (Σ/Σ); and the share of internal
-- competitions over five years (L166).
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (1421, '040540001002', 'Агентство'), (1422, '040540001012', 'Министерство');

-- Body 1421:
--   1  general   2025-03-01  2 places  5 candidates   counted in 2025
--   2  internal  2025-06-01  1 place   0 candidates   counted in 2025 (no candidate: still in the denominator)
--   3  internal  2025-07-01  3 places  2 candidates   cancelled: counted nowhere
--   4  internal  2024-12-31  1 place   1 candidate    counted in 2024
--   5  internal  2020-12-31  1 place   0 candidates
--   6  general   2021-01-01  1 place   0 candidates
-- Body 1422:
--   1  universal 2025-01-01  1 place   3 candidates   counted in 2025
INSERT INTO civilservice.competition (state_body_id, id, kind, announced_on, places, status) VALUES
 (1421, 1, 'general',   '2025-03-01', 2, 'completed'),
 (1421, 2, 'internal',  '2025-06-01', 1, 'in_progress'),
 (1421, 3, 'internal',  '2025-07-01', 3, 'cancelled'),
 (1421, 4, 'internal',  '2024-12-31', 1, 'completed'),
 (1421, 5, 'internal',  '2020-12-31', 1, 'completed'),
 (1421, 6, 'general',   '2021-01-01', 1, 'completed'),
 (1422, 1, 'universal', '2025-01-01', 1, 'announced');
INSERT INTO civilservice.candidacy (state_body_id, competition_id, iin, full_name, applied_on, channel, outcome) VALUES
 (1421, 1, '880202300037', 'Кандидат 1', '2025-03-02', 'e_qyzmet', 'selected'),
 (1421, 1, '900101400023', 'Кандидат 2', '2025-03-02', 'e_qyzmet', 'not_selected'),
 (1421, 1, '910303400043', 'Кандидат 3', '2025-03-03', 'e_qyzmet', 'failed_central_stages'),
 (1421, 1, '870404500059', 'Кандидат 4', '2025-03-03', 'paper',    'not_admitted'),
 (1421, 1, '850515400121', 'Кандидат 5', '2025-03-04', 'e_qyzmet', 'withdrawn'),
 (1421, 3, '880202300037', 'Кандидат 1', '2025-07-02', 'e_qyzmet', 'in_progress'),
 (1421, 3, '900101400023', 'Кандидат 2', '2025-07-02', 'e_qyzmet', 'in_progress'),
 (1421, 4, '910303400043', 'Кандидат 3', '2025-01-05', 'e_qyzmet', 'selected'),
 (1422, 1, '880202300037', 'Кандидат 1', '2025-01-02', 'e_qyzmet', 'in_progress'),
 (1422, 1, '900101400023', 'Кандидат 2', '2025-01-03', 'departmental_his', 'in_progress'),
 (1422, 1, '870404500059', 'Кандидат 4', '2025-01-03', 'paper', 'in_progress');

-- 2025 by hand:
--   1421: competitions 1 and 2 → places 2 + 1 = 3, candidacies 5 + 0 = 5,
--         5 / 3 = 1.67 (every candidacy counts, whatever its outcome)
--   1422: competition 1 → 3 / 1 = 3.00
--   national: places 3 + 1 = 4, candidacies 5 + 3 = 8, 8 / 4 = 2.00 (not the
--         mean of the bodies, (1.67 + 3.00) / 2 = 2.33)
SELECT * FROM civilservice.candidates_per_place(2025);
-- 2024: 1421's competition 4 (announced 31 December) → 1 / 1 = 1.00
SELECT * FROM civilservice.candidates_per_place(2024);
-- a year without competitions: the national row only, no value
SELECT * FROM civilservice.candidates_per_place(2019);

-- Internal share over five years, on 2025-12-31: announced in
-- (2020-12-31, 2025-12-31], cancelled left out.
--   1421: competitions 1, 2, 4, 6 → 4, internal 2 and 4 → 2, 50.0 %
--         (5 was announced exactly five years before: outside)
--   1422: 1 competition, none internal → 0.0 %
--   national: 5 competitions, 2 internal → 40.0 %
SELECT * FROM civilservice.internal_competition_share('2025-12-31');
-- one day earlier the window (2020-12-30, 2025-12-30] takes in competition 5:
--   1421: 5 competitions, 3 internal → 60.0 %; national 6, 3 → 50.0 %
SELECT * FROM civilservice.internal_competition_share('2025-12-30');
-- before any competition: the national row, no value
SELECT * FROM civilservice.internal_competition_share('2019-01-01');
ROLLBACK;
