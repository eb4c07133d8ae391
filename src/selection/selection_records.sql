-- selection: part of the Concept 2024–2029 (filled by its module)
--
-- Competitions, their vacancies (one per place), candidacies, the list of
-- two per vacancy (P2, L399) and the practical-assessment stage (P1, L399);
-- the reports of indicator 3 (candidates per place, L579) and of the share
-- of internal competitions over five years (L166). Candidates are persons,
-- not employees (CONCEPT §5.2 W4): no foreign key to civilservice.employee.

CREATE TABLE civilservice.competition (
    state_body_id     bigint NOT NULL REFERENCES civilservice.state_body (id),
    id                bigserial,
    kind              text NOT NULL CONSTRAINT competition_kind CHECK (civilservice.checked(
                          kind IN ('internal', 'general', 'universal'),
                          'Концепция, L397', 'competition_kind', 'competition', 'unknown kind of competition',
                          format('Kind given: "%s".', kind),
                          'Use internal (among civil servants), general (open to all) or universal (the Concept''s competition for all candidates).')),
    announced_on      date NOT NULL,
    places            integer NOT NULL CONSTRAINT competition_places CHECK (civilservice.checked(
                          places > 0, 'Концепция, L579', 'competition_places', 'competition',
                          'a competition is announced for at least one place',
                          format('Places given: %s.', places), 'Give the number of vacant positions put to the competition.')),
    position          text,
    position_category text CONSTRAINT competition_position_category_valid CHECK (civilservice.checked(
                          civilservice.position_category_is_valid(position_category), 'Концепция, L397', 'competition_position_category_valid', 'competition',
                          'unknown category of a position', format('Category given: "%s".', position_category),
                          'Write the category as A-1, B-2, C-O-2, E-1 (Cyrillic look-alike letters are folded to Latin).')),
    status            text NOT NULL DEFAULT 'announced' CONSTRAINT competition_status CHECK (civilservice.checked(
                          status IN ('announced', 'in_progress', 'completed', 'cancelled'),
                          'Концепция, L397', 'competition_status', 'competition', 'unknown status of a competition',
                          format('Status given: "%s".', status), 'Use announced, in_progress, completed or cancelled.')),
    legal_basis       text,
    announcement      text,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT competition_announced_finite CHECK (civilservice.checked(isfinite(announced_on),
        'Концепция, L579', 'competition_announced_finite', 'competition', 'a competition is announced on a calendar date',
        format('Announced on %s.', announced_on), 'Give the day the announcement was published.'))
);
CREATE INDEX competition_announced_idx ON civilservice.competition (state_body_id, announced_on);
COMMENT ON TABLE civilservice.competition IS
  'Конкурс на занятие административной государственной должности: a competition of a state body (I5): its kind (внутренний, общий, универсальный — L166, L397), the day it was announced, the number of places (вакантных должностей) and its status; one vacancy per place (civilservice.vacancy)';
COMMENT ON COLUMN civilservice.competition.state_body_id IS 'Государственный орган (the hiring body)';
COMMENT ON COLUMN civilservice.competition.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.competition.kind IS 'Вид конкурса: internal (внутренний, among civil servants), general (общий), universal (универсальный, L397)';
COMMENT ON COLUMN civilservice.competition.announced_on IS 'Дата объявления конкурса: the year of indicator 3 and the window of the internal share are read from it';
COMMENT ON COLUMN civilservice.competition.places IS 'Количество мест: vacant positions put to the competition (> 0), the denominator of indicator 3';
COMMENT ON COLUMN civilservice.competition.position IS 'Должность';
COMMENT ON COLUMN civilservice.competition.position_category IS 'Категория должности, in Latin letters (A-1, B-2, C-O-2; Cyrillic look-alikes folded)';
COMMENT ON COLUMN civilservice.competition.status IS 'announced, in_progress, completed or cancelled (a cancelled competition counts in no report)';
COMMENT ON COLUMN civilservice.competition.legal_basis IS 'Правовое основание (order on the competition)';
COMMENT ON COLUMN civilservice.competition.announcement IS 'Объявление: reference of the published announcement (e.g. its number on the portal)';
COMMENT ON CONSTRAINT competition_kind ON civilservice.competition IS 'Концепция, L166, L397: internal, general or universal';
COMMENT ON CONSTRAINT competition_places ON civilservice.competition IS 'Концепция, L579: at least one place';
COMMENT ON CONSTRAINT competition_position_category_valid ON civilservice.competition IS 'The category of the position, in Latin letters';
COMMENT ON CONSTRAINT competition_status ON civilservice.competition IS 'announced, in_progress, completed or cancelled';
COMMENT ON CONSTRAINT competition_announced_finite ON civilservice.competition IS 'Announced on a calendar date';
COMMENT ON INDEX civilservice.competition_announced_idx IS 'Competitions of a body by the day announced (indicator 3, internal share)';
COMMENT ON SEQUENCE civilservice.competition_id_seq IS 'Keys of civilservice.competition';
CREATE TRIGGER competition_fold_position_category BEFORE INSERT OR UPDATE OF position_category ON civilservice.competition
    FOR EACH ROW EXECUTE FUNCTION civilservice.fold_position_category('position_category');
COMMENT ON TRIGGER competition_fold_position_category ON civilservice.competition IS
  'The category is stored in Latin letters (before the CHECK competition_position_category_valid)';
-- fires after competition_fold_position_category (triggers fire in name order)
CREATE TRIGGER competition_kind_check BEFORE INSERT OR UPDATE OF kind, announced_on, position_category ON civilservice.competition
    FOR EACH ROW EXECUTE FUNCTION civilservice.competition_kind_check();
COMMENT ON TRIGGER competition_kind_check ON civilservice.competition IS
  'Концепция, L397, L898 (plan 12.1): no internal competition for a corps "B" position once the abolition applies (competition_internal_abolished)';
CREATE TRIGGER competition_history AFTER UPDATE OR DELETE ON civilservice.competition
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER competition_history ON civilservice.competition IS 'Every change of a competition is kept';

-- One vacancy per place: the list of two (P2) is per vacancy.
CREATE TABLE civilservice.vacancy (
    state_body_id     bigint NOT NULL REFERENCES civilservice.state_body (id),
    id                bigserial,
    competition_id    bigint NOT NULL,
    place_no          integer NOT NULL CONSTRAINT vacancy_place_no CHECK (civilservice.checked(
                          place_no > 0, 'Концепция, L399', 'vacancy_place_no', 'vacancy',
                          'places of a competition are numbered from 1', format('Place given: %s.', place_no),
                          'Give a place number from 1 to the number of places of the competition.')),
    position          text,
    position_category text CONSTRAINT vacancy_position_category_valid CHECK (civilservice.checked(
                          civilservice.position_category_is_valid(position_category), 'Концепция, L399', 'vacancy_position_category_valid', 'vacancy',
                          'unknown category of a position', format('Category given: "%s".', position_category),
                          'Write the category as A-1, B-2, C-O-2, E-1 (Cyrillic look-alike letters are folded to Latin).')),
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT vacancy_place_key UNIQUE (state_body_id, competition_id, place_no),
    CONSTRAINT vacancy_competition_fkey FOREIGN KEY (state_body_id, competition_id)
        REFERENCES civilservice.competition (state_body_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE civilservice.vacancy IS
  'Вакантная должность, выставленная на конкурс: one place of a competition (created by the competition, place_no 1..places); the list of suitable candidates (P2, L399) is per vacancy';
COMMENT ON COLUMN civilservice.vacancy.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.vacancy.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.vacancy.competition_id IS 'Конкурс';
COMMENT ON COLUMN civilservice.vacancy.place_no IS 'Номер места в конкурсе (1..places)';
COMMENT ON COLUMN civilservice.vacancy.position IS 'Должность (the competition''s, unless told otherwise)';
COMMENT ON COLUMN civilservice.vacancy.position_category IS 'Категория должности, in Latin letters';
COMMENT ON CONSTRAINT vacancy_place_no ON civilservice.vacancy IS 'Places are numbered from 1';
COMMENT ON CONSTRAINT vacancy_position_category_valid ON civilservice.vacancy IS 'The category of the position, in Latin letters';
COMMENT ON CONSTRAINT vacancy_place_key ON civilservice.vacancy IS 'One vacancy per place of a competition';
COMMENT ON CONSTRAINT vacancy_competition_fkey ON civilservice.vacancy IS 'A vacancy is a place of a competition of the same body; deleting the competition deletes its vacancies';
COMMENT ON SEQUENCE civilservice.vacancy_id_seq IS 'Keys of civilservice.vacancy';
CREATE TRIGGER vacancy_check BEFORE INSERT OR UPDATE ON civilservice.vacancy
    FOR EACH ROW EXECUTE FUNCTION civilservice.vacancy_check();
COMMENT ON TRIGGER vacancy_check ON civilservice.vacancy IS 'A vacancy is one of the places of its competition (vacancy_place_of_competition)';
CREATE TRIGGER vacancy_fold_position_category BEFORE INSERT OR UPDATE OF position_category ON civilservice.vacancy
    FOR EACH ROW EXECUTE FUNCTION civilservice.fold_position_category('position_category');
COMMENT ON TRIGGER vacancy_fold_position_category ON civilservice.vacancy IS
  'The category is stored in Latin letters (before the CHECK vacancy_position_category_valid)';
CREATE TRIGGER vacancy_history AFTER UPDATE OR DELETE ON civilservice.vacancy
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER vacancy_history ON civilservice.vacancy IS 'Every change of a vacancy is kept';
CREATE TRIGGER competition_vacancies AFTER INSERT OR UPDATE OF places ON civilservice.competition
    FOR EACH ROW EXECUTE FUNCTION civilservice.competition_vacancies();
COMMENT ON TRIGGER competition_vacancies ON civilservice.competition IS
  'One vacancy per place: created with the competition, following a change of places';

-- A candidate is a person (IIN), not an employee: an applicant may be a
-- civil servant of another body or come from the private sector (L397).
CREATE TABLE civilservice.candidacy (
    state_body_id  bigint NOT NULL REFERENCES civilservice.state_body (id),
    id             bigserial,
    competition_id bigint NOT NULL,
    iin            civilservice.iin NOT NULL,
    full_name      text NOT NULL CONSTRAINT candidacy_full_name CHECK (civilservice.checked(
                       btrim(full_name, E' \t\n') <> '', 'Концепция, L579', 'candidacy_full_name', 'candidacy',
                       'a candidate has a full name', 'full_name is blank.', 'Give the surname, name and patronymic.')),
    applied_on     date NOT NULL,
    channel        text NOT NULL CONSTRAINT candidacy_channel CHECK (civilservice.checked(
                       channel IN ('e_qyzmet', 'departmental_his', 'paper'),
                       'Концепция, L160', 'candidacy_channel', 'candidacy', 'unknown channel of an application',
                       format('Channel given: "%s".', channel),
                       'Use e_qyzmet (the portal Е-қызмет), departmental_his (the body''s HR information system) or paper.')),
    outcome        text NOT NULL DEFAULT 'in_progress' CONSTRAINT candidacy_outcome CHECK (civilservice.checked(
                       outcome IN ('in_progress', 'not_admitted', 'failed_central_stages', 'not_selected', 'selected', 'withdrawn'),
                       'Концепция, L399', 'candidacy_outcome', 'candidacy', 'unknown outcome of a candidacy',
                       format('Outcome given: "%s".', outcome),
                       'Use in_progress, not_admitted, failed_central_stages, not_selected, selected or withdrawn.')),
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT candidacy_person_key UNIQUE (state_body_id, competition_id, iin),
    CONSTRAINT candidacy_competition_fkey FOREIGN KEY (state_body_id, competition_id)
        REFERENCES civilservice.competition (state_body_id, id),
    CONSTRAINT candidacy_applied_finite CHECK (civilservice.checked(isfinite(applied_on),
        'Концепция, L579', 'candidacy_applied_finite', 'candidacy', 'an application is filed on a calendar date',
        format('Applied on %s.', applied_on), 'Give the day the application was filed.'))
);
COMMENT ON TABLE civilservice.candidacy IS
  'Кандидат (участник конкурса): a person''s application to a competition (I5, I6), whatever their employment: candidates are not employees (no link to civilservice.employee, CONCEPT §5.2 W4); one per person per competition; the numerator of indicator 3';
COMMENT ON COLUMN civilservice.candidacy.state_body_id IS 'Государственный орган (of the competition)';
COMMENT ON COLUMN civilservice.candidacy.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.candidacy.competition_id IS 'Конкурс';
COMMENT ON COLUMN civilservice.candidacy.iin IS 'ИИН кандидата: one candidacy per person per competition; not readable by the reporting role';
COMMENT ON COLUMN civilservice.candidacy.full_name IS 'Фамилия, имя, отчество кандидата';
COMMENT ON COLUMN civilservice.candidacy.applied_on IS 'Дата подачи заявления';
COMMENT ON COLUMN civilservice.candidacy.channel IS 'Канал подачи: e_qyzmet (портал Е-қызмет, L160), departmental_his (ведомственная ИС), paper';
COMMENT ON COLUMN civilservice.candidacy.outcome IS 'Итог: in_progress, not_admitted, failed_central_stages (automated initial stages, L399), not_selected, selected, withdrawn';
COMMENT ON CONSTRAINT candidacy_full_name ON civilservice.candidacy IS 'A candidate is named';
COMMENT ON CONSTRAINT candidacy_channel ON civilservice.candidacy IS 'Концепция, L160: the portal, the departmental system or paper';
COMMENT ON CONSTRAINT candidacy_outcome ON civilservice.candidacy IS 'The outcomes of a candidacy';
COMMENT ON CONSTRAINT candidacy_person_key ON civilservice.candidacy IS 'One candidacy per person (IIN) per competition';
COMMENT ON CONSTRAINT candidacy_competition_fkey ON civilservice.candidacy IS 'A candidacy is for a competition of the same body';
COMMENT ON CONSTRAINT candidacy_applied_finite ON civilservice.candidacy IS 'Filed on a calendar date';
COMMENT ON SEQUENCE civilservice.candidacy_id_seq IS 'Keys of civilservice.candidacy';
CREATE TRIGGER candidacy_history AFTER UPDATE OR DELETE ON civilservice.candidacy
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER candidacy_history ON civilservice.candidacy IS 'Every change of a candidacy is kept';

-- P2: the list of suitable candidates sent to the practical assessment.
CREATE TABLE civilservice.shortlist (
    state_body_id  bigint NOT NULL REFERENCES civilservice.state_body (id),
    id             bigserial,
    vacancy_id     bigint NOT NULL,
    candidacy_id   bigint NOT NULL,
    shortlisted_on date NOT NULL,
    list_no        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT shortlist_candidacy_key UNIQUE (state_body_id, candidacy_id),
    CONSTRAINT shortlist_list_no_key UNIQUE (state_body_id, vacancy_id, list_no),
    CONSTRAINT shortlist_vacancy_fkey FOREIGN KEY (state_body_id, vacancy_id)
        REFERENCES civilservice.vacancy (state_body_id, id),
    CONSTRAINT shortlist_candidacy_fkey FOREIGN KEY (state_body_id, candidacy_id)
        REFERENCES civilservice.candidacy (state_body_id, id)
);
COMMENT ON TABLE civilservice.shortlist IS
  'Список подходящих кандидатов (Концепция, L399, P2): the candidates who passed the automated initial stages and are sent to the hiring body for the practical assessment, per vacancy — at most shortlist_max_per_vacancy (2) per vacancy; a third warns while the rule is proposed (kept, with a finding) and is refused when enforced';
COMMENT ON COLUMN civilservice.shortlist.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.shortlist.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.shortlist.vacancy_id IS 'Вакантная должность (a place of the competition)';
COMMENT ON COLUMN civilservice.shortlist.candidacy_id IS 'Кандидат (a candidacy to the competition of the vacancy); on one list only';
COMMENT ON COLUMN civilservice.shortlist.shortlisted_on IS 'Дата включения в список: the day the check of P2 is made on';
COMMENT ON COLUMN civilservice.shortlist.list_no IS 'Номер в списке: assigned by the trigger (one more than the highest of the vacancy), unique per vacancy';
COMMENT ON CONSTRAINT shortlist_candidacy_key ON civilservice.shortlist IS 'A candidacy is on one list';
COMMENT ON CONSTRAINT shortlist_list_no_key ON civilservice.shortlist IS 'Positions in the list of a vacancy are distinct (also guards the count under REPEATABLE READ)';
COMMENT ON CONSTRAINT shortlist_vacancy_fkey ON civilservice.shortlist IS 'The list is per vacancy of the same body';
COMMENT ON CONSTRAINT shortlist_candidacy_fkey ON civilservice.shortlist IS 'A candidacy of the same body';
COMMENT ON SEQUENCE civilservice.shortlist_id_seq IS 'Keys of civilservice.shortlist';
CREATE INDEX shortlist_vacancy_idx ON civilservice.shortlist (state_body_id, vacancy_id);
COMMENT ON INDEX civilservice.shortlist_vacancy_idx IS 'The list of a vacancy (shortlist_check counts it)';
CREATE TRIGGER shortlist_check BEFORE INSERT OR UPDATE ON civilservice.shortlist
    FOR EACH ROW EXECUTE FUNCTION civilservice.shortlist_check();
COMMENT ON TRIGGER shortlist_check ON civilservice.shortlist IS
  'Концепция, L399: at most 2 per vacancy (shortlist_max_per_vacancy), the vacancy locked first; the candidate applied to the competition of the vacancy (shortlist_same_competition)';
CREATE TRIGGER shortlist_history AFTER UPDATE OR DELETE ON civilservice.shortlist
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER shortlist_history ON civilservice.shortlist IS 'Every change of the list is kept';

-- P1: the practical-assessment stage, per shortlisted candidate.
CREATE TABLE civilservice.practical_assessment (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    shortlist_id  bigint NOT NULL,
    directed_on   date NOT NULL,
    last_day      date NOT NULL,
    remote        boolean NOT NULL DEFAULT false,
    result        text CONSTRAINT practical_assessment_result CHECK (civilservice.checked(
                      result IN ('passed', 'failed', 'did_not_appear'),
                      'Концепция, L399', 'practical_assessment_result', 'practical_assessment', 'unknown result of a practical assessment',
                      format('Result given: "%s".', result), 'Use passed, failed or did_not_appear; leave it NULL while the stage is open.')),
    result_on     date,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT practical_assessment_shortlist_key UNIQUE (state_body_id, shortlist_id),
    CONSTRAINT practical_assessment_shortlist_fkey FOREIGN KEY (state_body_id, shortlist_id)
        REFERENCES civilservice.shortlist (state_body_id, id),
    CONSTRAINT practical_assessment_period CHECK (civilservice.checked(
        last_day >= directed_on AND isfinite(directed_on) AND isfinite(last_day),
        'Концепция, L399', 'practical_assessment_period', 'practical_assessment',
        'the stage ends on or after its first day',
        format('Directed on %s, last day %s.', directed_on, last_day),
        'last_day is the last day of the stage, on or after directed_on (its first day).')),
    CONSTRAINT practical_assessment_result_dated CHECK (civilservice.checked(
        (result IS NULL) = (result_on IS NULL) AND (result_on IS NULL OR result_on >= directed_on),
        'Концепция, L399', 'practical_assessment_result_dated', 'practical_assessment',
        'a result is dated, on or after the first day of the stage',
        format('Result %s on %s; directed on %s.', coalesce(result, 'none'), coalesce(result_on::text, 'no date'), directed_on),
        'Give result and result_on together (both NULL while the stage is open).'))
);
COMMENT ON TABLE civilservice.practical_assessment IS
  'Этап практической оценки (Концепция, L399, P1): a shortlisted candidate directed to the hiring body, «в течение не более трех рабочих дней с возможностью прохождения в дистанционном формате»; the days are counted on the hiring body''s production calendar whatever the candidate''s place (W4): the first day is a working day and counts as day 1, the last day is at most practical_assessment_deadline()';
COMMENT ON COLUMN civilservice.practical_assessment.state_body_id IS 'Государственный орган (the hiring body, whose calendar counts)';
COMMENT ON COLUMN civilservice.practical_assessment.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.practical_assessment.shortlist_id IS 'Кандидат из списка (civilservice.shortlist); one stage per entry';
COMMENT ON COLUMN civilservice.practical_assessment.directed_on IS 'Дата направления: the first day of the stage (day 1)';
COMMENT ON COLUMN civilservice.practical_assessment.last_day IS 'Последний день этапа (inclusive)';
COMMENT ON COLUMN civilservice.practical_assessment.remote IS 'В дистанционном формате (L399); the candidate is no employee, so no act of remote work applies';
COMMENT ON COLUMN civilservice.practical_assessment.result IS 'Результат: passed, failed, did_not_appear; NULL while the stage is open';
COMMENT ON COLUMN civilservice.practical_assessment.result_on IS 'Дата результата';
COMMENT ON CONSTRAINT practical_assessment_result ON civilservice.practical_assessment IS 'passed, failed or did_not_appear';
COMMENT ON CONSTRAINT practical_assessment_shortlist_key ON civilservice.practical_assessment IS 'One stage per shortlisted candidate';
COMMENT ON CONSTRAINT practical_assessment_shortlist_fkey ON civilservice.practical_assessment IS 'The stage is of a shortlisted candidate of the same body';
COMMENT ON CONSTRAINT practical_assessment_period ON civilservice.practical_assessment IS 'The stage ends on or after its first day';
COMMENT ON CONSTRAINT practical_assessment_result_dated ON civilservice.practical_assessment IS 'A result has its date, on or after the first day';
COMMENT ON SEQUENCE civilservice.practical_assessment_id_seq IS 'Keys of civilservice.practical_assessment';
CREATE TRIGGER practical_assessment_check BEFORE INSERT OR UPDATE OF directed_on, last_day ON civilservice.practical_assessment
    FOR EACH ROW EXECUTE FUNCTION civilservice.practical_assessment_check();
COMMENT ON TRIGGER practical_assessment_check ON civilservice.practical_assessment IS
  'Концепция, L399: first day a working day (practical_assessment_first_working_day), at most 3 working days (practical_assessment_max_working_days), on the hiring body''s calendar';
CREATE TRIGGER practical_assessment_history AFTER UPDATE OR DELETE ON civilservice.practical_assessment
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER practical_assessment_history ON civilservice.practical_assessment IS 'Every change of a stage is kept';

------------------------------------------------------------------------------
-- Reports

-- Open stages past their deadline on a date.
CREATE FUNCTION civilservice.practical_assessments_overdue_on(on_date date)
    RETURNS TABLE (state_body_id bigint, practical_assessment_id bigint, competition_id bigint, vacancy_id bigint,
                   candidacy_id bigint, full_name text, directed_on date, last_day date, deadline date, days_overdue integer)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT p.state_body_id, p.id, v.competition_id, s.vacancy_id, s.candidacy_id, c.full_name,
           p.directed_on, p.last_day, d.deadline, $1 - d.deadline
      FROM civilservice.practical_assessment p
      JOIN civilservice.shortlist s ON s.state_body_id = p.state_body_id AND s.id = p.shortlist_id
      JOIN civilservice.vacancy v ON v.state_body_id = s.state_body_id AND v.id = s.vacancy_id
      JOIN civilservice.candidacy c ON c.state_body_id = s.state_body_id AND c.id = s.candidacy_id
     CROSS JOIN LATERAL (SELECT civilservice.practical_assessment_deadline(p.state_body_id, p.directed_on) AS deadline) d
     WHERE p.result IS NULL AND d.deadline < $1
     ORDER BY p.state_body_id, d.deadline, p.id
$$;
COMMENT ON FUNCTION civilservice.practical_assessments_overdue_on(date) IS
  'Концепция, L399 (P1): practical-assessment stages with no result yet whose last allowed day (practical_assessment_deadline) is before the given date, with the days overdue';

CREATE VIEW civilservice.practical_assessments_overdue AS
    SELECT * FROM civilservice.practical_assessments_overdue_on(CURRENT_DATE);
COMMENT ON VIEW civilservice.practical_assessments_overdue IS
  'Концепция, L399 (P1): open practical-assessment stages (no result) whose last allowed day has passed today (CURRENT_DATE)';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.practical_assessment_id IS 'Этап практической оценки';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.competition_id IS 'Конкурс';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.vacancy_id IS 'Вакантная должность';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.candidacy_id IS 'Кандидат';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.full_name IS 'ФИО кандидата';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.directed_on IS 'Дата направления (day 1)';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.last_day IS 'Последний день этапа as recorded';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.deadline IS 'Last allowed day (practical_assessment_deadline)';
COMMENT ON COLUMN civilservice.practical_assessments_overdue.days_overdue IS 'Calendar days since the last allowed day';

-- Indicator 3 (L579): «Количество кандидатов на одно место».
CREATE FUNCTION civilservice.candidates_per_place(year integer)
    RETURNS TABLE (state_body_id bigint, competitions bigint, places bigint, candidacies bigint, candidates_per_place numeric)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    WITH c AS (
        SELECT x.state_body_id, x.places,
               (SELECT count(*) FROM civilservice.candidacy a
                 WHERE a.state_body_id = x.state_body_id AND a.competition_id = x.id) AS candidacies
          FROM civilservice.competition x
         WHERE x.announced_on >= make_date($1, 1, 1) AND x.announced_on < make_date($1 + 1, 1, 1)
           AND x.status <> 'cancelled'),
    g AS (
        SELECT c.state_body_id, count(*) AS competitions, sum(c.places)::bigint AS places, sum(c.candidacies)::bigint AS candidacies
          FROM c GROUP BY GROUPING SETS ((c.state_body_id), ()))
    SELECT g.state_body_id, g.competitions, g.places, g.candidacies,
           round(g.candidacies::numeric / NULLIF(g.places, 0), 2)
      FROM g
     ORDER BY g.state_body_id NULLS LAST
$$;
COMMENT ON FUNCTION civilservice.candidates_per_place(integer) IS
  'Индикатор 3 «Количество кандидатов на одно место» (Концепция, L579, L848; target 2024: 2,5): per state body and national (state_body_id NULL, Σ candidacies ÷ Σ places, not an average of the bodies), for the competitions announced in the year. Decision (CONCEPT §2.3.2): applicants ÷ places announced — every candidacy filed counts, whatever its stage or outcome; the places are those of the competitions announced in the year, including competitions without any candidate; cancelled competitions count in neither. Rounded to 2 decimals; NULL with no places';

-- L166: «почти половина (46%) всех конкурсов в последние пять лет были внутренними».
CREATE FUNCTION civilservice.internal_competition_share(on_date date)
    RETURNS TABLE (state_body_id bigint, competitions bigint, internal bigint, internal_percent numeric)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT x.state_body_id, count(*), count(*) FILTER (WHERE x.kind = 'internal'),
           round(100.0 * count(*) FILTER (WHERE x.kind = 'internal') / NULLIF(count(*), 0), 1)
      FROM civilservice.competition x
     WHERE x.announced_on > ($1 - interval '5 years')::date AND x.announced_on <= $1
       AND x.status <> 'cancelled'
     GROUP BY GROUPING SETS ((x.state_body_id), ())
     ORDER BY x.state_body_id NULLS LAST
$$;
COMMENT ON FUNCTION civilservice.internal_competition_share(date) IS
  'Доля внутренних конкурсов за последние пять лет (Концепция, L166; 46% in the Concept''s analysis): per state body and national (state_body_id NULL, Σ internal ÷ Σ competitions), over the competitions announced in the five years ending on the date — announced_on in (date − 5 years, date] — counted by competitions, not places; cancelled competitions are left out';
