-- selection: part of the Concept 2024–2029 (filled by its module)
--
-- Selection for the civil service under the Concept (I5, I6; L397–401):
-- competitions and their places, candidacies (persons, not employees),
-- the list of two suitable candidates per vacancy (P2) and the
-- practical-assessment stage of at most three working days on the hiring
-- body's production calendar (P1). The records are in selection_records.sql;
-- here are the functions their triggers call (plpgsql: they read records).

------------------------------------------------------------------------------
-- P1: the last allowed day of the practical-assessment stage

-- «Эти кандидаты будут направлены в государственный орган для прохождения
-- этапа практической оценки в течение не более трех рабочих дней» (L399).
-- Decision (CONCEPT §6 q. 1): the stage is [first day, last day] inclusive;
-- the day the candidates are directed is day 1 when it is a working day of
-- the hiring body; the last allowed day is the N-th working day counted so,
-- i.e. the N-th working day strictly after the day before. A cap is never
-- moved to the next working day.
CREATE FUNCTION civilservice.practical_assessment_deadline(body bigint, directed_on date) RETURNS date
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
DECLARE
    cal text;
    n numeric;
BEGIN
    SELECT b.calendar_code INTO cal FROM civilservice.state_body b WHERE b.id = body;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    n := (civilservice.concept_parameter_on('practical_assessment_max_working_days', directed_on)).value;
    IF n IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN civilservice.add_working_days(directed_on - 1, n::integer, cal);
END $$;
COMMENT ON FUNCTION civilservice.practical_assessment_deadline(bigint, date) IS
  'Концепция, L399 (P1): the last allowed day of the practical-assessment stage of candidates directed to the hiring body on that day — the N-th working day of the body''s production calendar (state_body.calendar_code) counting the day directed as day 1 when it is a working day (N = practical_assessment_max_working_days on that day, 3); a day off directed counts from the next working day. Directed Thu 2025-03-20 on the calendar kz: 20, 26, 27 March (Nauryz 21–23 and the carried-over 24–25 March are days off) → 2025-03-27. NULL for an unknown body or a parameter without a value';

------------------------------------------------------------------------------
-- Trigger functions

-- A competition has one vacancy per place: the vacancies 1..places are
-- created when the competition is, and follow a change of places (the
-- vacancies above the new number go, unless shortlisted: the foreign key
-- of the shortlist refuses).
CREATE FUNCTION civilservice.competition_vacancies() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF TG_WHEN <> 'AFTER' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'competition' THEN
        RAISE EXCEPTION 'competition_vacancies() must be an AFTER INSERT OR UPDATE row trigger on civilservice.competition'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.places < OLD.places THEN
        DELETE FROM civilservice.vacancy v
         WHERE v.state_body_id = NEW.state_body_id AND v.competition_id = NEW.id AND v.place_no > NEW.places;
    END IF;
    INSERT INTO civilservice.vacancy (state_body_id, competition_id, place_no, position, position_category)
    SELECT NEW.state_body_id, NEW.id, g, NEW.position, NEW.position_category
      FROM generate_series(1, NEW.places) g
     WHERE NOT EXISTS (SELECT FROM civilservice.vacancy v
                        WHERE v.state_body_id = NEW.state_body_id AND v.competition_id = NEW.id AND v.place_no = g);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.competition_vacancies() IS
  'Trigger: a competition has one vacancy per place (place_no 1..places), created with it and following a change of places';

-- A vacancy is a place of its competition.
CREATE FUNCTION civilservice.vacancy_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    c record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'vacancy' THEN
        RAISE EXCEPTION 'vacancy_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.vacancy'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT x.places INTO c FROM civilservice.competition x
     WHERE x.state_body_id = NEW.state_body_id AND x.id = NEW.competition_id;
    IF FOUND AND NEW.place_no > c.places THEN
        PERFORM civilservice.refuse('Концепция, L399', 'check_violation', 'vacancy_place_of_competition', 'vacancy',
            'a vacancy is one of the places of its competition',
            format('Competition %s of body %s has %s place(s); place %s given.', NEW.competition_id, NEW.state_body_id, c.places, NEW.place_no),
            'Raise the number of places of the competition (its vacancies follow), or give a place number within it.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.vacancy_check() IS
  'Trigger: a vacancy is one of the places 1..places of its competition (vacancy_place_of_competition)';

-- P2: «Формирование списка из двух подходящих кандидатов» (L399), per
-- vacancy. The vacancy row is locked first, so two sessions shortlisting
-- for the same vacancy at once are checked one after the other (READ
-- COMMITTED: the count is read after the lock, with a fresh snapshot); the
-- position in the list (list_no, unique per vacancy) is assigned here too,
-- so under REPEATABLE READ the later of two concurrent entries fails on the
-- unique key rather than passing on a stale count.
CREATE FUNCTION civilservice.shortlist_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    v record;
    c record;
    others integer;
    cap numeric;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'shortlist' THEN
        RAISE EXCEPTION 'shortlist_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.shortlist'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT x.competition_id, x.place_no INTO v FROM civilservice.vacancy x
     WHERE x.state_body_id = NEW.state_body_id AND x.id = NEW.vacancy_id
       FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NEW;     -- the foreign key refuses
    END IF;
    SELECT x.competition_id, x.full_name INTO c FROM civilservice.candidacy x
     WHERE x.state_body_id = NEW.state_body_id AND x.id = NEW.candidacy_id;
    IF FOUND AND c.competition_id <> v.competition_id THEN
        PERFORM civilservice.refuse('Концепция, L399', 'check_violation', 'shortlist_same_competition', 'shortlist',
            'a candidate is shortlisted for a vacancy of the competition applied to',
            format('Candidacy %s is for competition %s; vacancy %s is a place of competition %s.',
                   NEW.candidacy_id, c.competition_id, NEW.vacancy_id, v.competition_id),
            'Shortlist the candidate for a vacancy of the competition of the candidacy.');
    END IF;
    IF TG_OP = 'INSERT' OR NEW.vacancy_id <> OLD.vacancy_id THEN
        SELECT count(*), coalesce(max(s.list_no), 0) + 1 INTO others, NEW.list_no
          FROM civilservice.shortlist s
         WHERE s.state_body_id = NEW.state_body_id AND s.vacancy_id = NEW.vacancy_id;
    ELSE
        NEW.list_no := OLD.list_no;
        SELECT count(*) INTO others
          FROM civilservice.shortlist s
         WHERE s.state_body_id = NEW.state_body_id AND s.vacancy_id = NEW.vacancy_id AND s.id <> OLD.id;
    END IF;
    cap := (civilservice.concept_parameter_on('shortlist_max_per_vacancy', NEW.shortlisted_on)).value;
    PERFORM civilservice.concept_check(NEW.state_body_id, 'shortlist_max_per_vacancy', NEW.shortlisted_on,
        cap IS NULL OR others + 1 <= cap,
        'shortlist_max_per_vacancy', 'shortlist', NEW.id,
        format('at most %s candidates are shortlisted per vacancy for the practical assessment', cap),
        format('Vacancy %s (place %s of competition %s) of body %s already has %s shortlisted; candidacy %s would be number %s.',
               NEW.vacancy_id, v.place_no, v.competition_id, NEW.state_body_id, others, NEW.candidacy_id, others + 1),
        'Remove a candidate from the list of the vacancy first, or shortlist for another vacancy of the competition.');
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.shortlist_check() IS
  'Trigger: Концепция, L399 (P2) — at most shortlist_max_per_vacancy (2) candidates per vacancy (shortlist_max_per_vacancy, through concept_check: warns while proposed, refuses when enforced); the vacancy row is locked (FOR UPDATE) before counting; the candidate applied to the competition of the vacancy (shortlist_same_competition); assigns list_no';

-- P1: the practical-assessment stage of a shortlisted candidate: its first
-- day is a working day of the hiring body, and its last day is at most the
-- N-th working day (practical_assessment_deadline).
CREATE FUNCTION civilservice.practical_assessment_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    cal text;
    n numeric;
    deadline date;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'practical_assessment' THEN
        RAISE EXCEPTION 'practical_assessment_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.practical_assessment'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF NEW.last_day < NEW.directed_on THEN
        RETURN NEW;     -- practical_assessment_period refuses
    END IF;
    SELECT b.calendar_code INTO cal FROM civilservice.state_body b WHERE b.id = NEW.state_body_id;
    IF NOT FOUND THEN
        RETURN NEW;     -- the foreign key refuses
    END IF;
    n := (civilservice.concept_parameter_on('practical_assessment_max_working_days', NEW.directed_on)).value;
    PERFORM civilservice.concept_check(NEW.state_body_id, 'practical_assessment_max_working_days', NEW.directed_on,
        civilservice.is_working_day(NEW.directed_on, cal),
        'practical_assessment_first_working_day', 'practical_assessment', NEW.id,
        'the practical-assessment stage starts on a working day of the hiring body',
        format('Directed on %s (%s), a day off of calendar %s of body %s.',
               NEW.directed_on, to_char(NEW.directed_on, 'FMDay'), cal, NEW.state_body_id),
        format('Direct the candidate on a working day, e.g. %s.', civilservice.next_working_day(NEW.directed_on, cal)));
    deadline := civilservice.practical_assessment_deadline(NEW.state_body_id, NEW.directed_on);
    PERFORM civilservice.concept_check(NEW.state_body_id, 'practical_assessment_max_working_days', NEW.directed_on,
        deadline IS NULL OR NEW.last_day <= deadline,
        'practical_assessment_max_working_days', 'practical_assessment', NEW.id,
        format('the practical-assessment stage lasts at most %s working days of the hiring body', n),
        format('Directed on %s, last day %s: %s working day(s) of calendar %s; the last allowed day is %s.',
               NEW.directed_on, NEW.last_day,
               civilservice.working_days(daterange(NEW.directed_on, NEW.last_day, '[]'), cal), cal, deadline),
        format('End the stage on %s at the latest (civilservice.practical_assessment_deadline).', deadline));
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.practical_assessment_check() IS
  'Trigger: Концепция, L399 (P1) — the stage starts on a working day of the hiring body (practical_assessment_first_working_day) and ends at the latest on practical_assessment_deadline() (practical_assessment_max_working_days), both through concept_check on parameter practical_assessment_max_working_days';

-- Plan 12.1: «упразднение внутреннего конкурса на занятие административной
-- государственной должности корпуса "Б"» (L898; L397: «Это позволит
-- упразднить внутренние конкурсы»). Corps "B" = categories B, C, D, E.
CREATE FUNCTION civilservice.competition_kind_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    flag numeric;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'competition' THEN
        RAISE EXCEPTION 'competition_kind_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.competition'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF NEW.announced_on IS NULL OR NOT isfinite(NEW.announced_on) THEN
        RETURN NEW;     -- the NOT NULL and CHECK constraints refuse
    END IF;
    flag := (civilservice.concept_parameter_on('internal_competition_abolished_corps_b', NEW.announced_on)).value;
    PERFORM civilservice.concept_check(NEW.state_body_id, 'internal_competition_abolished_corps_b', NEW.announced_on,
        NOT (flag = 1 AND NEW.kind = 'internal' AND coalesce(NEW.position_category ~ '^[B-E]-', false)),
        'competition_internal_abolished', 'competition', NEW.id,
        'internal competitions for administrative positions of corps "B" are abolished',
        format('Internal competition for a position of category %s announced on %s by body %s.',
               NEW.position_category, NEW.announced_on, NEW.state_body_id),
        'Announce a general or universal competition.');
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.competition_kind_check() IS
  'Trigger: Концепция, L397, L898 (plan 12.1) — an internal competition for a corps "B" position (category B, C, D or E) is warned while the abolition is proposed and refused once it is in force or the body applies it (competition_internal_abolished, parameter internal_competition_abolished_corps_b); a competition without a category is not checked';
