-- personnel: the records the Concept 2024–2029 counts on (indicators 2, 4
-- and 5; I16, I17, I23, I25; P8, P9). The trigger functions and the
-- functions that read these tables are in src/personnel/personnel.sql.

------------------------------------------------------------------------------
-- Education (I17; indicator 4, L598)

CREATE TABLE civilservice.education (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    level         text NOT NULL CONSTRAINT education_level_valid CHECK (civilservice.checked(
        level IN ('secondary', 'bachelor', 'master', 'phd', 'doctor_by_profile', 'candidate_of_sciences', 'doctor_of_sciences'),
        'Концепция, L598', 'education_level_valid', 'education', 'unknown level of education',
        format('Level given: "%s".', level),
        'Use secondary, bachelor, master, phd, doctor_by_profile, candidate_of_sciences or doctor_of_sciences.')),
    specialty     text,
    institution   text,
    awarded_on    date NOT NULL,
    document      text NOT NULL,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT education_awarded_on_finite CHECK (civilservice.checked(isfinite(awarded_on),
        'Концепция, L598', 'education_awarded_on_finite', 'education', 'an award has a calendar date',
        format('awarded_on %s.', awarded_on), 'Give the date of the diploma.')),
    CONSTRAINT education_document_given CHECK (civilservice.checked(btrim(document, E' \t\n') <> '',
        'Концепция, L598', 'education_document_given', 'education', 'an education record names its document',
        'document is blank.', 'Give the series and number of the diploma (or of the decision awarding the degree).'))
);
CREATE INDEX education_employee_idx ON civilservice.education (state_body_id, employee_id, awarded_on);
COMMENT ON TABLE civilservice.education IS
  'Образование и учёные степени (Концепция, L598, L410; I17): the education of an employee, one row per diploma or degree. Of the person: the award may be dated before the employment, not after its end. Indicator 4 counts master, phd, doctor_by_profile and the scientific degrees (civilservice.holds_degree)';
COMMENT ON COLUMN civilservice.education.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.education.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.education.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.education.level IS 'Уровень: secondary (среднее), bachelor (бакалавр), master (магистр), phd (доктор философии PhD), doctor_by_profile (доктор по профилю), candidate_of_sciences (кандидат наук), doctor_of_sciences (доктор наук); «ученая степень» (L598) = candidate or doctor of sciences';
COMMENT ON COLUMN civilservice.education.specialty IS 'Специальность';
COMMENT ON COLUMN civilservice.education.institution IS 'Организация образования (or the body awarding the degree)';
COMMENT ON COLUMN civilservice.education.awarded_on IS 'Дата выдачи диплома (присуждения степени); before the employment is allowed, not after its end';
COMMENT ON COLUMN civilservice.education.document IS 'Документ: series and number of the diploma';
COMMENT ON CONSTRAINT education_level_valid ON civilservice.education IS 'L598: the levels of education and degrees';
COMMENT ON CONSTRAINT education_awarded_on_finite ON civilservice.education IS 'An award has a calendar date';
COMMENT ON CONSTRAINT education_document_given ON civilservice.education IS 'The diploma is named';
COMMENT ON INDEX civilservice.education_employee_idx IS 'An employee''s education by date (holds_degree, indicator 4)';
COMMENT ON SEQUENCE civilservice.education_id_seq IS 'Keys of civilservice.education';
CREATE TRIGGER education_check BEFORE INSERT OR UPDATE ON civilservice.education
    FOR EACH ROW EXECUTE FUNCTION civilservice.personnel_learning_check();
CREATE TRIGGER education_history AFTER UPDATE OR DELETE ON civilservice.education
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER education_check ON civilservice.education IS
  'The award is dated before the end of the employment (education_awarded_before_employment_end)';
COMMENT ON TRIGGER education_history ON civilservice.education IS 'Every change of an education record is kept';

------------------------------------------------------------------------------
-- Training (I16; indicator 5, L617)

CREATE TABLE civilservice.training (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    kind          text NOT NULL CONSTRAINT training_kind_valid CHECK (civilservice.checked(
        kind IN ('retraining', 'qualification_upgrade', 'practice_oriented', 'public_speaking', 'political_programme', 'masters_without_leave'),
        'Концепция, L187, L436', 'training_kind_valid', 'training', 'unknown kind of training',
        format('Kind given: "%s".', kind),
        'Use retraining, qualification_upgrade, practice_oriented, public_speaking, political_programme or masters_without_leave.')),
    provider      text,
    period        daterange NOT NULL,
    completed_on  date,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT training_period CHECK (civilservice.checked(
        NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)
        AND isfinite(lower(period)) AND isfinite(upper(period)),
        'Концепция, L617', 'training_period', 'training', 'a training has a first and a last day',
        format('Period given: %s.', period),
        'Give the period as daterange(first day, day after the last day).')),
    CONSTRAINT training_completed_on CHECK (civilservice.checked(
        completed_on IS NULL OR (isfinite(completed_on) AND (isempty(period) OR lower_inf(period) OR completed_on >= lower(period))),
        'Концепция, L617', 'training_completed_on', 'training', 'a training is completed on or after its first day',
        format('Period %s, completed on %s.', period, completed_on),
        'Give the day of the certificate (within or after the period), or leave completed_on NULL while it is not completed.'))
);
CREATE INDEX training_employee_idx ON civilservice.training (state_body_id, employee_id, completed_on);
COMMENT ON TABLE civilservice.training IS
  'Обучение (Концепция, L187, L436, L617; I16): retraining, qualification upgrade, practice-oriented training, public-speaking courses, programmes for political servants, master''s studies without leaving work; inside the employment. Indicator 5 counts completions in the year (completed_on)';
COMMENT ON COLUMN civilservice.training.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.training.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.training.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.training.kind IS 'Вид: retraining (переподготовка), qualification_upgrade (повышение квалификации), practice_oriented (практико-ориентированное обучение), public_speaking (курсы публичных выступлений, L436), political_programme (программы для политических служащих), masters_without_leave (магистратура без отрыва от работы)';
COMMENT ON COLUMN civilservice.training.provider IS 'Организатор обучения, e.g. Академия государственного управления';
COMMENT ON COLUMN civilservice.training.period IS 'Период обучения: [first day, day after the last day)';
COMMENT ON COLUMN civilservice.training.completed_on IS 'Дата завершения (certificate); on or after the first day, possibly after the last; NULL while not completed';
COMMENT ON CONSTRAINT training_kind_valid ON civilservice.training IS 'L187, L436: the kinds of training';
COMMENT ON CONSTRAINT training_period ON civilservice.training IS 'A training has a finite first and last day';
COMMENT ON CONSTRAINT training_completed_on ON civilservice.training IS 'Completed on or after the first day of the period';
COMMENT ON INDEX civilservice.training_employee_idx IS 'An employee''s training by completion (indicator 5)';
COMMENT ON SEQUENCE civilservice.training_id_seq IS 'Keys of civilservice.training';
CREATE TRIGGER training_check BEFORE INSERT OR UPDATE ON civilservice.training
    FOR EACH ROW EXECUTE FUNCTION civilservice.personnel_learning_check();
CREATE TRIGGER training_history AFTER UPDATE OR DELETE ON civilservice.training
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER training_check ON civilservice.training IS
  'Inside the employment (training_within_employment), completed within it (training_completed_within_employment)';
COMMENT ON TRIGGER training_history ON civilservice.training IS 'Every change of a training record is kept';

------------------------------------------------------------------------------
-- Internships (I16; indicator 5, L434, L617)

CREATE TABLE civilservice.internship (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    kind          text NOT NULL CONSTRAINT internship_kind_valid CHECK (civilservice.checked(
        kind IN ('intra_agency', 'inter_agency', 'foreign'),
        'Концепция, L434', 'internship_kind_valid', 'internship', 'unknown kind of internship',
        format('Kind given: "%s".', kind),
        'Use intra_agency, inter_agency or foreign.')),
    host          text,
    period        daterange NOT NULL,
    completed_on  date,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT internship_period CHECK (civilservice.checked(
        NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)
        AND isfinite(lower(period)) AND isfinite(upper(period)),
        'Концепция, L617', 'internship_period', 'internship', 'an internship has a first and a last day',
        format('Period given: %s.', period),
        'Give the period as daterange(first day, day after the last day).')),
    CONSTRAINT internship_completed_on CHECK (civilservice.checked(
        completed_on IS NULL OR (isfinite(completed_on) AND (isempty(period) OR lower_inf(period) OR completed_on >= lower(period))),
        'Концепция, L617', 'internship_completed_on', 'internship', 'an internship is completed on or after its first day',
        format('Period %s, completed on %s.', period, completed_on),
        'Give the day it was completed (within or after the period), or leave completed_on NULL while it is not completed.'))
);
CREATE INDEX internship_employee_idx ON civilservice.internship (state_body_id, employee_id, completed_on);
COMMENT ON TABLE civilservice.internship IS
  'Стажировка (Концепция, L191, L434, L617; I16): intra-agency, inter-agency and foreign internships, inside the employment. Indicator 5 counts completions in the year (completed_on)';
COMMENT ON COLUMN civilservice.internship.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.internship.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.internship.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.internship.kind IS 'Вид: intra_agency (внутриведомственная), inter_agency (межведомственная), foreign (зарубежная)';
COMMENT ON COLUMN civilservice.internship.host IS 'Принимающая организация';
COMMENT ON COLUMN civilservice.internship.period IS 'Период стажировки: [first day, day after the last day)';
COMMENT ON COLUMN civilservice.internship.completed_on IS 'Дата завершения; on or after the first day, possibly after the last; NULL while not completed';
COMMENT ON CONSTRAINT internship_kind_valid ON civilservice.internship IS 'L434: the kinds of internship';
COMMENT ON CONSTRAINT internship_period ON civilservice.internship IS 'An internship has a finite first and last day';
COMMENT ON CONSTRAINT internship_completed_on ON civilservice.internship IS 'Completed on or after the first day of the period';
COMMENT ON INDEX civilservice.internship_employee_idx IS 'An employee''s internships by completion (indicator 5)';
COMMENT ON SEQUENCE civilservice.internship_id_seq IS 'Keys of civilservice.internship';
CREATE TRIGGER internship_check BEFORE INSERT OR UPDATE ON civilservice.internship
    FOR EACH ROW EXECUTE FUNCTION civilservice.personnel_learning_check();
CREATE TRIGGER internship_history AFTER UPDATE OR DELETE ON civilservice.internship
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER internship_check ON civilservice.internship IS
  'Inside the employment (internship_within_employment), completed within it (internship_completed_within_employment)';
COMMENT ON TRIGGER internship_history ON civilservice.internship IS 'Every change of an internship record is kept';

------------------------------------------------------------------------------
-- Disciplinary cases and their circumstances (I23, I25; N1, N1a; indicator 2)

CREATE TABLE civilservice.disciplinary_case (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    offence_kind  text NOT NULL CONSTRAINT disciplinary_case_offence_kind_valid CHECK (civilservice.checked(
        offence_kind IN ('ethics', 'discrediting', 'corruption', 'other'),
        'Концепция, L557', 'disciplinary_case_offence_kind_valid', 'disciplinary_case', 'unknown kind of offence',
        format('Kind given: "%s".', offence_kind),
        'Use ethics (нарушение Этического кодекса), discrediting (проступок, дискредитирующий государственную службу), corruption or other.')),
    misconduct_on date NOT NULL,
    decided_on    date,
    outcome       text CONSTRAINT disciplinary_case_outcome_valid CHECK (civilservice.checked(
        outcome IS NULL OR outcome IN ('sanction', 'limited_to_previous_sanction', 'non_disciplinary_measure', 'released_necessity', 'not_established'),
        'Концепция, L505', 'disciplinary_case_outcome_valid', 'disciplinary_case', 'unknown outcome of a disciplinary case',
        format('Outcome given: "%s".', outcome),
        'Use sanction, limited_to_previous_sanction, non_disciplinary_measure, released_necessity or not_established.')),
    sanction_kind text,
    valid_until   date,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT disciplinary_case_dates CHECK (civilservice.checked(
        isfinite(misconduct_on) AND (decided_on IS NULL OR (isfinite(decided_on) AND decided_on >= misconduct_on))
        AND (valid_until IS NULL OR isfinite(valid_until)),
        'Концепция, L505', 'disciplinary_case_dates', 'disciplinary_case', 'a case is decided on or after the day of the misconduct, on calendar dates',
        format('Misconduct on %s, decided on %s, valid until %s.', misconduct_on, decided_on, valid_until),
        'Correct the dates.')),
    CONSTRAINT disciplinary_case_decided CHECK (civilservice.checked(
        (decided_on IS NULL) = (outcome IS NULL),
        'Концепция, L505', 'disciplinary_case_decided', 'disciplinary_case', 'a decided case has an outcome and an undecided one has none',
        format('Decided on %s, outcome %s.', coalesce(decided_on::text, 'NULL'), coalesce(outcome, 'NULL')),
        'Give both decided_on and outcome when the case is decided, neither before.')),
    CONSTRAINT disciplinary_case_sanction_kind CHECK (civilservice.checked(
        (outcome IS NOT DISTINCT FROM 'sanction') = (btrim(coalesce(sanction_kind, ''), E' \t\n') <> ''),
        'Концепция, L505', 'disciplinary_case_sanction_kind', 'disciplinary_case', 'a sanction names its kind, and only a sanction does',
        format('Outcome %s, sanction kind %s.', coalesce(outcome, 'NULL'), coalesce(sanction_kind, 'NULL')),
        'Give sanction_kind (e.g. замечание, выговор, строгий выговор) exactly when the outcome is sanction.')),
    CONSTRAINT disciplinary_case_valid_until CHECK (civilservice.checked(
        valid_until IS NULL OR (outcome IS NOT DISTINCT FROM 'sanction' AND valid_until >= decided_on),
        'Концепция, L505', 'disciplinary_case_valid_until', 'disciplinary_case', 'only a sanction has a last day in force, on or after its decision',
        format('Outcome %s, decided on %s, valid until %s.', coalesce(outcome, 'NULL'), coalesce(decided_on::text, 'NULL'), valid_until),
        'Leave valid_until NULL unless the outcome is sanction; then give a day on or after decided_on.'))
);
CREATE INDEX disciplinary_case_employee_idx ON civilservice.disciplinary_case (state_body_id, employee_id, decided_on);
COMMENT ON TABLE civilservice.disciplinary_case IS
  'Дисциплинарное дело (Концепция, L247–250, L503–507, L1169–1179; I23, I25): the misconduct of an employee and its decision. A sanction is in force from decided_on to valid_until (civilservice.active_sanctions). Indicator 2 counts the employees with a case of kind ethics or discrediting decided in the year with an outcome other than not_established';
COMMENT ON COLUMN civilservice.disciplinary_case.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.disciplinary_case.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.disciplinary_case.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.disciplinary_case.offence_kind IS 'Вид проступка: ethics (нарушение Этического кодекса, L557), discrediting (проступок, дискредитирующий государственную службу, L123), corruption (коррупционное правонарушение), other';
COMMENT ON COLUMN civilservice.disciplinary_case.misconduct_on IS 'Дата совершения проступка (within the employment)';
COMMENT ON COLUMN civilservice.disciplinary_case.decided_on IS 'Дата решения; NULL while the case is open. The year of indicator 2';
COMMENT ON COLUMN civilservice.disciplinary_case.outcome IS 'Решение: sanction (наложено взыскание), limited_to_previous_sanction (ограничиться ранее наложенным взысканием, N1a, L505), non_disciplinary_measure (меры, не связанные с взысканием, L505), released_necessity (освобождение от ответственности: предотвращение опасности ущерба, L507), not_established (проступок не установлен); NULL until decided';
COMMENT ON COLUMN civilservice.disciplinary_case.sanction_kind IS 'Вид взыскания, exactly when the outcome is sanction';
COMMENT ON COLUMN civilservice.disciplinary_case.valid_until IS 'Срок действия взыскания: its last day in force. N1 (L505): computed as decided_on + sanction_validity_months when that parameter has a value on decided_on; the parameter has no value until the law sets one (the Concept announces differentiated terms without a value), and until then it is entered from the decision';
COMMENT ON CONSTRAINT disciplinary_case_offence_kind_valid ON civilservice.disciplinary_case IS 'L557, L123: the kinds of offence';
COMMENT ON CONSTRAINT disciplinary_case_outcome_valid ON civilservice.disciplinary_case IS 'L505, L507: the outcomes of a case';
COMMENT ON CONSTRAINT disciplinary_case_dates ON civilservice.disciplinary_case IS 'Decided on or after the misconduct; calendar dates';
COMMENT ON CONSTRAINT disciplinary_case_decided ON civilservice.disciplinary_case IS 'An outcome exactly when decided';
COMMENT ON CONSTRAINT disciplinary_case_sanction_kind ON civilservice.disciplinary_case IS 'A sanction names its kind; other outcomes do not';
COMMENT ON CONSTRAINT disciplinary_case_valid_until ON civilservice.disciplinary_case IS 'Only a sanction has a last day in force, on or after its decision';
COMMENT ON INDEX civilservice.disciplinary_case_employee_idx IS 'An employee''s cases by decision (active_sanctions, N1a, indicator 2)';
COMMENT ON SEQUENCE civilservice.disciplinary_case_id_seq IS 'Keys of civilservice.disciplinary_case';
CREATE TRIGGER disciplinary_case_check BEFORE INSERT OR UPDATE ON civilservice.disciplinary_case
    FOR EACH ROW EXECUTE FUNCTION civilservice.disciplinary_case_check();
CREATE TRIGGER disciplinary_case_history AFTER UPDATE OR DELETE ON civilservice.disciplinary_case
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER disciplinary_case_check ON civilservice.disciplinary_case IS
  'Within the employment; N1 valid_until computed or required; N1a limited_to_previous_sanction (concept_check); L507 released_necessity rests on prevention_of_harm';
COMMENT ON TRIGGER disciplinary_case_history ON civilservice.disciplinary_case IS 'Every change of a case is kept';

CREATE TABLE civilservice.case_circumstance (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    case_id       bigint NOT NULL,
    kind          text NOT NULL CONSTRAINT case_circumstance_kind_valid CHECK (civilservice.checked(
        kind IN ('excluding', 'mitigating', 'aggravating'),
        'Концепция, L250', 'case_circumstance_kind_valid', 'case_circumstance', 'unknown kind of circumstance',
        format('Kind given: "%s".', kind),
        'Use excluding (исключающее), mitigating (смягчающее) or aggravating (отягчающее).')),
    code          text NOT NULL CONSTRAINT case_circumstance_code_given CHECK (civilservice.checked(
        code ~ '^[a-z][a-z0-9_]*$',
        'Концепция, L250', 'case_circumstance_code_given', 'case_circumstance', 'a circumstance has a code of lower-case Latin letters, digits and _',
        format('Code given: "%s".', code),
        'Give a code such as prevention_of_harm, first_offence, repeated_offence.')),
    description   text,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT case_circumstance_case_fkey FOREIGN KEY (state_body_id, case_id)
        REFERENCES civilservice.disciplinary_case (state_body_id, id) ON DELETE CASCADE
);
CREATE INDEX case_circumstance_case_idx ON civilservice.case_circumstance (state_body_id, case_id, kind);
COMMENT ON TABLE civilservice.case_circumstance IS
  'Обстоятельства, исключающие, смягчающие или отягчающие дисциплинарную ответственность (Концепция, L250, L1173): the circumstances considered in a case. excluding prevention_of_harm is the ground of released_necessity (L507); an aggravating one excludes limited_to_previous_sanction (N1a)';
COMMENT ON COLUMN civilservice.case_circumstance.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.case_circumstance.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.case_circumstance.case_id IS 'Дисциплинарное дело';
COMMENT ON COLUMN civilservice.case_circumstance.kind IS 'excluding (исключающее), mitigating (смягчающее), aggravating (отягчающее)';
COMMENT ON COLUMN civilservice.case_circumstance.code IS 'Код обстоятельства, e.g. prevention_of_harm (предотвращение опасности ущерба, которая не могла быть устранена иными способами, L507)';
COMMENT ON COLUMN civilservice.case_circumstance.description IS 'Описание';
COMMENT ON CONSTRAINT case_circumstance_kind_valid ON civilservice.case_circumstance IS 'L250: excluding, mitigating, aggravating';
COMMENT ON CONSTRAINT case_circumstance_code_given ON civilservice.case_circumstance IS 'A circumstance has a code';
COMMENT ON CONSTRAINT case_circumstance_case_fkey ON civilservice.case_circumstance IS 'A circumstance belongs to a case of the same body; deleting the case deletes it';
COMMENT ON INDEX civilservice.case_circumstance_case_idx IS 'The circumstances of a case by kind (N1a, L507)';
COMMENT ON SEQUENCE civilservice.case_circumstance_id_seq IS 'Keys of civilservice.case_circumstance';
CREATE TRIGGER case_circumstance_check BEFORE INSERT OR UPDATE OR DELETE ON civilservice.case_circumstance
    FOR EACH ROW EXECUTE FUNCTION civilservice.case_circumstance_check();
CREATE TRIGGER case_circumstance_history AFTER UPDATE OR DELETE ON civilservice.case_circumstance
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER case_circumstance_check ON civilservice.case_circumstance IS
  'N1a: an aggravating circumstance under limited_to_previous_sanction (concept_check); L507: the ground of released_necessity is kept';
COMMENT ON TRIGGER case_circumstance_history ON civilservice.case_circumstance IS 'Every change of a circumstance is kept';

------------------------------------------------------------------------------
-- Quarterly performance evaluation (P8, P9; I14; L179)

CREATE TABLE civilservice.performance_evaluation (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    quarter       date NOT NULL,
    rating        text NOT NULL CONSTRAINT performance_evaluation_rating_valid CHECK (civilservice.checked(
        rating IN ('high', 'satisfactory', 'unsatisfactory'),
        'Концепция, L179', 'performance_evaluation_rating_valid', 'performance_evaluation', 'unknown rating of a quarterly evaluation',
        format('Rating given: "%s".', rating),
        'Use high, satisfactory or unsatisfactory.')),
    decided_on    date,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT performance_evaluation_quarter_start CHECK (civilservice.checked(
        isfinite(quarter) AND quarter = date_trunc('quarter', quarter)::date,
        'Концепция, L179', 'performance_evaluation_quarter_start', 'performance_evaluation', 'a quarter is given by its first day',
        format('Quarter given: %s.', quarter),
        'Give 1 January, 1 April, 1 July or 1 October of the year.')),
    CONSTRAINT performance_evaluation_decided_on CHECK (civilservice.checked(
        decided_on IS NULL OR (isfinite(decided_on) AND decided_on >= quarter),
        'Концепция, L179', 'performance_evaluation_decided_on', 'performance_evaluation', 'an evaluation is decided on or after the first day of its quarter',
        format('Quarter %s, decided on %s.', quarter, decided_on),
        'Give the day of the decision, on or after the first day of the quarter.')),
    CONSTRAINT performance_evaluation_one_per_quarter UNIQUE (state_body_id, employee_id, quarter)
);
COMMENT ON TABLE civilservice.performance_evaluation IS
  'Ежеквартальная оценка деятельности (Концепция, L179; I14): one rating per employee and calendar quarter, for a quarter with at least one day of employment. Read by promotion_candidates (P8) and demotion_candidates (P9), which report and never refuse';
COMMENT ON COLUMN civilservice.performance_evaluation.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.performance_evaluation.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.performance_evaluation.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.performance_evaluation.quarter IS 'Квартал: its first day (1 January, 1 April, 1 July, 1 October)';
COMMENT ON COLUMN civilservice.performance_evaluation.rating IS 'Оценка: high (высокие результаты), satisfactory, unsatisfactory (неудовлетворительная)';
COMMENT ON COLUMN civilservice.performance_evaluation.decided_on IS 'Дата решения об оценке (optional); on or after the first day of the quarter';
COMMENT ON CONSTRAINT performance_evaluation_rating_valid ON civilservice.performance_evaluation IS 'L179: high, satisfactory, unsatisfactory';
COMMENT ON CONSTRAINT performance_evaluation_quarter_start ON civilservice.performance_evaluation IS 'A quarter is given by its first day';
COMMENT ON CONSTRAINT performance_evaluation_decided_on ON civilservice.performance_evaluation IS 'Decided on or after the quarter starts';
COMMENT ON CONSTRAINT performance_evaluation_one_per_quarter ON civilservice.performance_evaluation IS 'L179: one evaluation per employee and quarter';
COMMENT ON INDEX civilservice.performance_evaluation_one_per_quarter IS 'One evaluation per employee and quarter; an employee''s evaluations by quarter (P8, P9)';
COMMENT ON SEQUENCE civilservice.performance_evaluation_id_seq IS 'Keys of civilservice.performance_evaluation';
CREATE TRIGGER performance_evaluation_check BEFORE INSERT OR UPDATE ON civilservice.performance_evaluation
    FOR EACH ROW EXECUTE FUNCTION civilservice.performance_evaluation_check();
CREATE TRIGGER performance_evaluation_history AFTER UPDATE OR DELETE ON civilservice.performance_evaluation
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER performance_evaluation_check ON civilservice.performance_evaluation IS
  'The employee is employed in the quarter (performance_evaluation_employed)';
COMMENT ON TRIGGER performance_evaluation_history ON civilservice.performance_evaluation IS 'Every change of an evaluation is kept';

------------------------------------------------------------------------------
-- Quarterly premiums (P10; L445, L950)

CREATE TABLE civilservice.premium (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    employee_id   bigint NOT NULL,
    quarter       date NOT NULL,
    amount        numeric(14,2) NOT NULL,
    awarded_on    date NOT NULL,
    basis         text NOT NULL,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT premium_quarter_start CHECK (civilservice.checked(
        isfinite(quarter) AND quarter = date_trunc('quarter', quarter)::date,
        'Концепция, L445', 'premium_quarter_start', 'premium', 'a quarter is given by its first day',
        format('Quarter given: %s.', quarter),
        'Give 1 January, 1 April, 1 July or 1 October of the year.')),
    CONSTRAINT premium_amount_positive CHECK (civilservice.checked(amount > 0,
        'Концепция, L445', 'premium_amount_positive', 'premium', 'a premium is a positive amount',
        format('Amount given: %s.', amount), 'Give the amount in tenge, greater than zero.')),
    CONSTRAINT premium_awarded_on CHECK (civilservice.checked(
        isfinite(awarded_on) AND awarded_on >= quarter,
        'Концепция, L445', 'premium_awarded_on', 'premium', 'a premium is awarded on or after the first day of its quarter',
        format('Quarter %s, awarded on %s.', quarter, awarded_on), 'Give the date of the order awarding it.')),
    CONSTRAINT premium_basis_given CHECK (civilservice.checked(btrim(basis, E' \t\n') <> '',
        'Концепция, L445', 'premium_basis_given', 'premium', 'a premium names its order',
        'basis is blank.', 'Give the number and date of the order.'))
);
CREATE INDEX premium_employee_quarter_idx ON civilservice.premium (state_body_id, employee_id, quarter);
COMMENT ON TABLE civilservice.premium IS
  'Ежеквартальная премия (Концепция, L445, L950; P10): «отказ от бонусирования в пользу ежеквартальных премий» — the premiums of an employee per calendar quarter; at most premium_max_per_quarter (1) per employee and quarter, checked as a rule of the Concept (a warning and a finding while proposed, refused once the act of deliverable 14d is in force)';
COMMENT ON COLUMN civilservice.premium.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.premium.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.premium.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.premium.quarter IS 'Квартал, за который выплачена премия: its first day';
COMMENT ON COLUMN civilservice.premium.amount IS 'Сумма, тенге';
COMMENT ON COLUMN civilservice.premium.awarded_on IS 'Дата приказа о премировании: the date the cap is checked on';
COMMENT ON COLUMN civilservice.premium.basis IS 'Приказ: number and date';
COMMENT ON CONSTRAINT premium_quarter_start ON civilservice.premium IS 'A quarter is given by its first day';
COMMENT ON CONSTRAINT premium_amount_positive ON civilservice.premium IS 'A premium is a positive amount';
COMMENT ON CONSTRAINT premium_awarded_on ON civilservice.premium IS 'Awarded on or after the quarter starts';
COMMENT ON CONSTRAINT premium_basis_given ON civilservice.premium IS 'The order is named';
COMMENT ON INDEX civilservice.premium_employee_quarter_idx IS 'An employee''s premiums by quarter (premium_max_per_quarter)';
COMMENT ON SEQUENCE civilservice.premium_id_seq IS 'Keys of civilservice.premium';
CREATE TRIGGER premium_check BEFORE INSERT OR UPDATE ON civilservice.premium
    FOR EACH ROW EXECUTE FUNCTION civilservice.premium_check();
CREATE TRIGGER premium_history AFTER UPDATE OR DELETE ON civilservice.premium
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER premium_check ON civilservice.premium IS
  'Employed in the quarter (premium_employed); P10: at most premium_max_per_quarter per employee and quarter (concept_check, premium_max_per_quarter)';
COMMENT ON TRIGGER premium_history ON civilservice.premium IS 'Every change of a premium is kept';
