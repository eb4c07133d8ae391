-- Personnel records: disciplinary cases (I25). N1 (L505): the term of a
-- sanction is entered while sanction_validity_months has no value and
-- computed once it has one; N1a (L505, L1175): limited_to_previous_sanction
-- is off while the parameter has no value, and refused at its edges once the
-- act of deliverable 26 brings it into force with the value 1; L507:
-- released_necessity rests on the circumstance prevention_of_harm.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (1502, '040540001012', 'Министерство');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name) VALUES
 (1502, 1, '880202300037', '2020-01-01', NULL, 'Абенов Ерлан'),
 (1502, 2, '900101400023', '2020-01-01', NULL, 'Бекова Айгуль'),
 (1502, 3, '910303400043', '2019-01-01', NULL, 'Садыков Марат'),
 (1502, 4, '870404500059', '2019-01-01', '2026-05-31', 'Нурланова Дана');

-- the case's own rules
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on)
    VALUES (1502, 1, 'ethics', '2026-01-20', '2026-02-10')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome)
    VALUES (1502, 1, 'ethics', '2026-01-20', '2026-02-10', 'sanction')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind)
    VALUES (1502, 1, 'ethics', '2026-01-20', '2026-02-10', 'not_established', 'выговор')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome, valid_until)
    VALUES (1502, 1, 'ethics', '2026-01-20', '2026-02-10', 'non_disciplinary_measure', '2026-08-09')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome)
    VALUES (1502, 1, 'ethics', '2026-01-20', '2026-01-19', 'not_established')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on)
    VALUES (1502, 1, 'rudeness', '2026-01-20')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome)
    VALUES (1502, 1, 'ethics', '2026-01-20', '2026-02-10', 'pardoned')$$);
-- within the employment: Нурланова's last day is 2026-05-31
SELECT * FROM regress.refusal($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on)
    VALUES (1502, 1, 'other', '2019-12-31')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome)
    VALUES (1502, 4, 'other', '2026-05-20', '2026-06-01', 'non_disciplinary_measure')$$);
\x off
SELECT * FROM regress.try($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome)
    VALUES (1502, 7, 4, 'other', '2026-05-20', '2026-05-31', 'non_disciplinary_measure')$$);

-- N1 without a value: the last day in force is entered from the decision
SELECT status, value FROM civilservice.concept_parameter_on('sanction_validity_months', '2026-02-10');
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind)
    VALUES (1502, 1, 'ethics', '2026-01-20', '2026-02-10', 'sanction', 'замечание')$$);
\x off
SELECT * FROM regress.try($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind, valid_until)
    VALUES (1502, 1, 1, 'ethics', '2026-01-20', '2026-02-10', 'sanction', 'замечание', '2026-08-09')$$);
SELECT * FROM regress.try($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind, valid_until)
    VALUES (1502, 1, 'ethics', '2026-01-20', '2026-02-10', 'sanction', 'замечание', '2026-02-09')$$);

-- N1a while proposed: the parameter has no value, so the check is off — no
-- warning, no finding, even without any sanction in force
SELECT civilservice.concept_check_mode(1502, 'limit_to_previous_sanction', '2026-03-01') AS n1a_mode;
SELECT * FROM regress.try($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome)
    VALUES (1502, 2, 2, 'discrediting', '2026-02-15', '2026-03-01', 'limited_to_previous_sanction')$$);
SELECT count(*) AS findings FROM civilservice.concept_finding WHERE state_body_id = 1502;

-- the law of deliverable 26 comes into force on 2026-09-01: sanctions last
-- 6 months and the right to limit oneself to the previous sanction is granted
INSERT INTO civilservice.implementing_act (id, reference, adopted_on, in_force_from, deliverable)
VALUES (1501, 'Закон Республики Казахстан о совершенствовании дисциплинарной ответственности', '2026-08-20', '2026-09-01', '26');
SELECT parameter, value FROM civilservice.implementing_act_parameters WHERE act_id = 1501 ORDER BY 1;
INSERT INTO civilservice.implementing_act_parameter (act_id, parameter, value) VALUES (1501, 'sanction_validity_months', 6);
INSERT INTO civilservice.implementing_act_parameter (act_id, parameter, value) VALUES (1501, 'limit_to_previous_sanction', 1);
SELECT civilservice.concept_check_mode(1502, 'limit_to_previous_sanction', '2026-08-31') AS day_before,
       civilservice.concept_check_mode(1502, 'limit_to_previous_sanction', '2026-09-01') AS in_force;

-- N1 with a value: valid_until = decided_on + 6 months, computed
SELECT * FROM regress.try($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind)
    VALUES (1502, 3, 3, 'discrediting', '2026-08-25', '2026-09-01', 'sanction', 'выговор')$$);
SELECT * FROM regress.try($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind, valid_until)
    VALUES (1502, 4, 1, 'other', '2026-08-30', '2026-08-31', 'sanction', 'замечание', '2026-12-31')$$);
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind, valid_until)
    VALUES (1502, 1, 'other', '2026-09-01', '2026-09-02', 'sanction', 'замечание', '2027-09-01')$$);
\x off
SELECT * FROM regress.try($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind, valid_until)
    VALUES (1502, 5, 1, 'other', '2026-09-01', '2026-09-02', 'sanction', 'замечание', '2027-03-02')$$);
-- 31 August 2027 + 6 months = 29 February 2028 (the end of the shorter month)
SELECT * FROM regress.try($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind)
    VALUES (1502, 6, 2, 'other', '2027-08-30', '2027-08-31', 'sanction', 'замечание')$$);
SELECT id, employee_id, decided_on, sanction_kind, valid_until FROM civilservice.disciplinary_case
 WHERE state_body_id = 1502 AND outcome = 'sanction' ORDER BY id;

-- active sanctions of Садыков: from the decision to valid_until inclusive
SELECT d AS on_date, s.case_id, s.sanction_kind, s.valid_until
  FROM unnest('{2026-08-31,2026-09-01,2027-03-01,2027-03-02}'::date[]) d
  LEFT JOIN LATERAL civilservice.active_sanctions(1502, 3, d) s ON true ORDER BY d;

-- N1a in force, at the edge: the previous sanction is in force until
-- 2027-03-01 — a decision that day is accepted, one day later refused
INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on) VALUES
 (1502, 10, 3, 'ethics', '2027-02-20'), (1502, 11, 3, 'ethics', '2027-02-21'), (1502, 12, 3, 'ethics', '2027-02-22');
SELECT * FROM regress.try($$UPDATE civilservice.disciplinary_case SET decided_on = '2027-03-01', outcome = 'limited_to_previous_sanction'
    WHERE state_body_id = 1502 AND id = 10$$);
\x on
SELECT * FROM regress.refusal($$UPDATE civilservice.disciplinary_case SET decided_on = '2027-03-02', outcome = 'limited_to_previous_sanction'
    WHERE state_body_id = 1502 AND id = 11$$);
\x off
-- a sanction decided the same day is not a previous one
SELECT * FROM regress.try($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome)
    VALUES (1502, 13, 2, 'ethics', '2027-08-20', '2027-08-31', 'limited_to_previous_sanction')$$);
-- an aggravating circumstance excludes it, though a sanction is in force
INSERT INTO civilservice.case_circumstance (state_body_id, id, case_id, kind, code, description)
VALUES (1502, 1, 12, 'aggravating', 'repeated_offence', 'Повторное нарушение в течение срока действия взыскания');
\x on
SELECT * FROM regress.refusal($$UPDATE civilservice.disciplinary_case SET decided_on = '2027-02-25', outcome = 'limited_to_previous_sanction'
    WHERE state_body_id = 1502 AND id = 12$$);
-- and cannot be added to a case already limited to the previous sanction
SELECT * FROM regress.refusal($$INSERT INTO civilservice.case_circumstance (state_body_id, case_id, kind, code)
    VALUES (1502, 10, 'aggravating', 'harm_caused')$$);
\x off
-- a mitigating one can
SELECT * FROM regress.try($$INSERT INTO civilservice.case_circumstance (state_body_id, id, case_id, kind, code)
    VALUES (1502, 2, 10, 'mitigating', 'first_offence')$$);
-- the same case with the aggravating circumstance is decided with a sanction
SELECT * FROM regress.try($$UPDATE civilservice.disciplinary_case SET decided_on = '2027-02-25', outcome = 'sanction', sanction_kind = 'строгий выговор'
    WHERE state_body_id = 1502 AND id = 12$$);
SELECT count(*) AS findings FROM civilservice.concept_finding WHERE state_body_id = 1502;

-- L507: released for necessity rests on the excluding circumstance prevention_of_harm
INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on) VALUES (1502, 20, 1, 'other', '2026-10-05');
\x on
SELECT * FROM regress.refusal($$UPDATE civilservice.disciplinary_case SET decided_on = '2026-10-20', outcome = 'released_necessity'
    WHERE state_body_id = 1502 AND id = 20$$);
\x off
INSERT INTO civilservice.case_circumstance (state_body_id, id, case_id, kind, code) VALUES (1502, 3, 20, 'mitigating', 'prevention_of_harm');
SELECT * FROM regress.try($$UPDATE civilservice.disciplinary_case SET decided_on = '2026-10-20', outcome = 'released_necessity'
    WHERE state_body_id = 1502 AND id = 20$$);
INSERT INTO civilservice.case_circumstance (state_body_id, id, case_id, kind, code, description)
VALUES (1502, 4, 20, 'excluding', 'prevention_of_harm', 'Отключил систему, чтобы предотвратить утечку данных; иными способами опасность устранить было нельзя');
SELECT * FROM regress.try($$UPDATE civilservice.disciplinary_case SET decided_on = '2026-10-20', outcome = 'released_necessity'
    WHERE state_body_id = 1502 AND id = 20$$);
\x on
SELECT * FROM regress.refusal($$DELETE FROM civilservice.case_circumstance WHERE state_body_id = 1502 AND id = 4$$);
SELECT * FROM regress.refusal($$UPDATE civilservice.case_circumstance SET kind = 'mitigating' WHERE state_body_id = 1502 AND id = 4$$);
\x off
SELECT * FROM regress.refusal($$INSERT INTO civilservice.case_circumstance (state_body_id, case_id, kind, code) VALUES (1502, 20, 'neutral', 'x')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.case_circumstance (state_body_id, case_id, kind, code) VALUES (1502, 20, 'mitigating', 'Первое нарушение')$$);
-- deleting the case takes its circumstances with it
SELECT * FROM regress.try($$DELETE FROM civilservice.disciplinary_case WHERE state_body_id = 1502 AND id = 20$$);
SELECT count(*) AS circumstances_of_20 FROM civilservice.case_circumstance WHERE state_body_id = 1502 AND case_id = 20;

-- indicator 2's numerator: employees with an established ethics or
-- discrediting case decided in the year
SELECT extract(year FROM decided_on) AS year, count(DISTINCT employee_id) AS employees
  FROM civilservice.disciplinary_case
 WHERE state_body_id = 1502 AND offence_kind IN ('ethics', 'discrediting')
   AND decided_on IS NOT NULL AND outcome <> 'not_established'
 GROUP BY 1 ORDER BY 1;

ROLLBACK;
