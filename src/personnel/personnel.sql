-- personnel: the personnel records the Concept 2024–2029 counts on — degrees,
-- training, internships (indicators 4 and 5, I16, I17), disciplinary cases
-- with their circumstances (indicator 2, I23, I25, N1, N1a) and the
-- quarterly performance evaluation (P8, P9, I14). The tables are records
-- (src/personnel/personnel_records.sql); here are the trigger functions and
-- the functions that read them (plpgsql: the tables do not exist when the
-- extension is created).
--
-- Decisions on the open questions (also in docs/personnel.md):
--   * An education record is of the person: the award may be dated before
--     the employment (a diploma brought to the body), never after its end.
--   * Training and internships lie inside the employment; completed_on is on
--     or after the first day of the period (it may be after its last day:
--     the certificate follows the course) and not after the employment.
--   * No record is checked against the clock (CURRENT_DATE): the same row
--     is valid whenever it is written or restored.
--   * «ученая степень» (L598) = candidate or doctor of sciences; indicator 4
--     counts master, phd, doctor_by_profile, candidate_of_sciences,
--     doctor_of_sciences (civilservice.holds_degree).

------------------------------------------------------------------------------
-- Employment: one message for the four record tables

-- The employment of an employee as a daterange [employed_from, employed_to]
-- and a label for messages; NULL when there is no such employee (the
-- foreign key refuses it).
CREATE FUNCTION civilservice.personnel_employment(body bigint, employee bigint,
    OUT employment daterange, OUT label text, OUT span text)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
BEGIN
    SELECT daterange(e.employed_from, e.employed_to, '[]'), format('%s (%s)', e.id, e.full_name),
           format('%s to %s', e.employed_from, coalesce(e.employed_to::text, 'open'))
      INTO employment, label, span
      FROM civilservice.employee e
     WHERE e.state_body_id = body AND e.id = employee;
END $$;
COMMENT ON FUNCTION civilservice.personnel_employment(bigint, bigint) IS
  'The employment of an employee of a body as daterange(employed_from, employed_to, ''[]'') a label "id (full name)" and the employment as "first day to last day" (or open) for messages; NULLs for an unknown employee. Used by the triggers of the personnel records';

------------------------------------------------------------------------------
-- Education, training, internships (I16, I17; indicators 4, 5)

CREATE FUNCTION civilservice.personnel_learning_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    emp record;
    what text;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME NOT IN ('education', 'training', 'internship') THEN
        RAISE EXCEPTION 'personnel_learning_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.education, training or internship'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT * INTO emp FROM civilservice.personnel_employment(NEW.state_body_id, NEW.employee_id);
    IF emp.employment IS NULL THEN
        RETURN NEW;             -- the foreign key refuses it
    END IF;
    IF TG_TABLE_NAME = 'education' THEN
        -- of the person: before the employment is fine, after it is not the body's record
        IF NEW.awarded_on IS NOT NULL AND isfinite(NEW.awarded_on) AND NOT upper_inf(emp.employment)
           AND NEW.awarded_on >= upper(emp.employment) THEN
            PERFORM civilservice.refuse('Концепция, L598', 'check_violation', 'education_awarded_before_employment_end', 'education',
                'an education record is of a person employed by the body: the award is dated before the end of the employment',
                format('Employee %s, employed %s; %s awarded on %s.', emp.label, emp.span,
                       NEW.level, NEW.awarded_on),
                'Record degrees awarded while the person was employed or before; a degree awarded later belongs to the next employer''s records.');
        END IF;
        RETURN NEW;
    END IF;
    -- training and internship: the CHECKs refuse an empty, unbounded or infinite period
    IF NEW.period IS NULL OR isempty(NEW.period) OR lower_inf(NEW.period) OR upper_inf(NEW.period)
       OR NOT isfinite(lower(NEW.period)) OR NOT isfinite(upper(NEW.period)) THEN
        RETURN NEW;
    END IF;
    what := format('%s %s (%s)', CASE TG_TABLE_NAME WHEN 'training' THEN 'training' ELSE 'internship' END,
                   NEW.kind, NEW.period);
    IF NOT emp.employment @> NEW.period THEN
        PERFORM civilservice.refuse('Концепция, L617', 'check_violation', TG_TABLE_NAME || '_within_employment', TG_TABLE_NAME,
            format('a%s lies inside the employment of the employee', CASE TG_TABLE_NAME WHEN 'training' THEN ' training' ELSE 'n internship' END),
            format('Employee %s, employed %s; %s.', emp.label, emp.span, what),
            'Give a period inside employed_from .. employed_to, or correct the employment first.');
    END IF;
    IF NEW.completed_on IS NOT NULL AND NOT emp.employment @> NEW.completed_on THEN
        PERFORM civilservice.refuse('Концепция, L617', 'check_violation', TG_TABLE_NAME || '_completed_within_employment', TG_TABLE_NAME,
            'the completion is recorded by the body while the person is employed',
            format('Employee %s, employed %s; %s completed on %s.', emp.label, emp.span, what, NEW.completed_on),
            'Give the day of the certificate within the employment, or leave completed_on NULL.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.personnel_learning_check() IS
  'Trigger on civilservice.education, training and internship: an award is dated before the end of the employment (education_awarded_before_employment_end; before its start is allowed: an education is of the person); a training or internship lies inside the employment (training_within_employment, internship_within_employment) and is completed within it (training_completed_within_employment, internship_completed_within_employment)';

-- Indicator 4 (L598): a master''s, PhD, doctor by profile or a scientific
-- degree (candidate or doctor of sciences) awarded on or before the date.
CREATE FUNCTION civilservice.holds_degree(state_body_id bigint, employee_id bigint, on_date date) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    RETURN EXISTS (SELECT FROM civilservice.education d
                    WHERE d.state_body_id = holds_degree.state_body_id AND d.employee_id = holds_degree.employee_id
                      AND d.level IN ('master', 'phd', 'doctor_by_profile', 'candidate_of_sciences', 'doctor_of_sciences')
                      AND d.awarded_on <= on_date);
END $$;
COMMENT ON FUNCTION civilservice.holds_degree(bigint, bigint, date) IS
  'Индикатор 4 (Концепция, L598): the employee holds on the date «ученую степень, степень доктора философии (PhD), доктора по профилю или магистра» — an education record of level master, phd, doctor_by_profile, candidate_of_sciences or doctor_of_sciences («ученая степень» = candidate or doctor of sciences) awarded on or before the date. Reads civilservice.education with the caller''s rights';

------------------------------------------------------------------------------
-- Disciplinary cases (I25; N1, N1a; indicator 2)

-- The sanctions of an employee in force on a date: cases with the outcome
-- sanction, decided on or before the date, valid_until on or after it.
CREATE FUNCTION civilservice.active_sanctions(state_body_id bigint, employee_id bigint, on_date date)
    RETURNS TABLE (case_id bigint, offence_kind text, sanction_kind text, decided_on date, valid_until date)
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    RETURN QUERY
    SELECT c.id, c.offence_kind, c.sanction_kind, c.decided_on, c.valid_until
      FROM civilservice.disciplinary_case c
     WHERE c.state_body_id = active_sanctions.state_body_id AND c.employee_id = active_sanctions.employee_id
       AND c.outcome = 'sanction' AND c.decided_on <= on_date AND c.valid_until >= on_date
     ORDER BY c.decided_on, c.id;
END $$;
COMMENT ON FUNCTION civilservice.active_sanctions(bigint, bigint, date) IS
  'Действующие дисциплинарные взыскания (Концепция, L505, N1): the sanctions of an employee in force on a date — cases with outcome sanction decided on or before the date whose valid_until (last day in force) is on or after it. Used by N1a (limited_to_previous_sanction) and for the class-promotion requirement (I13 e)';

-- N1: the valid_until of a sanction; N1a: limited to the previous sanction;
-- L507: released for necessity rests on the recorded circumstance.
CREATE FUNCTION civilservice.disciplinary_case_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    emp record;
    term record;
    computed date;
    previous record;
    aggravating text;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'disciplinary_case' THEN
        RAISE EXCEPTION 'disciplinary_case_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.disciplinary_case'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT * INTO emp FROM civilservice.personnel_employment(NEW.state_body_id, NEW.employee_id);
    IF emp.employment IS NULL OR NEW.misconduct_on IS NULL OR NOT isfinite(NEW.misconduct_on)
       OR NOT isfinite(coalesce(NEW.decided_on, NEW.misconduct_on)) THEN
        RETURN NEW;             -- the foreign key or the CHECKs refuse it
    END IF;
    -- one employee's cases are decided one transaction at a time (N1a reads the others)
    PERFORM pg_advisory_xact_lock(hashtextextended(format('civilservice.disciplinary_case %s %s', NEW.state_body_id, NEW.employee_id), 0));
    IF NOT emp.employment @> NEW.misconduct_on OR (NEW.decided_on IS NOT NULL AND NOT emp.employment @> NEW.decided_on) THEN
        PERFORM civilservice.refuse('Концепция, L505', 'check_violation', 'disciplinary_case_within_employment', 'disciplinary_case',
            'a disciplinary case concerns misconduct during the employment and is decided during it',
            format('Employee %s, employed %s; misconduct on %s, decided on %s.', emp.label, emp.span,
                   NEW.misconduct_on, coalesce(NEW.decided_on::text, 'not yet')),
            'Give dates within employed_from .. employed_to of the employee.');
    END IF;

    -- N1: the term of a sanction is the law's once it has a value, else entered from the decision
    IF NEW.outcome = 'sanction' AND NEW.decided_on IS NOT NULL THEN
        SELECT * INTO term FROM civilservice.concept_parameter_on('sanction_validity_months', NEW.decided_on);
        IF term.value IS NOT NULL THEN
            computed := (NEW.decided_on + make_interval(months => term.value::integer))::date;
            IF NEW.valid_until IS NULL THEN
                NEW.valid_until := computed;
            ELSIF NEW.valid_until <> computed THEN
                PERFORM civilservice.refuse(term.point, 'check_violation', 'disciplinary_case_valid_until_computed', 'disciplinary_case',
                    'the term of a sanction is set by law: valid_until is computed from the decision',
                    format('Decided on %s; sanction_validity_months = %s (%s) gives valid until %s; %s given.',
                           NEW.decided_on, term.value, term.status, computed, NEW.valid_until),
                    'Leave valid_until NULL: it is computed as decided_on + the months of sanction_validity_months.');
            END IF;
        ELSIF NEW.valid_until IS NULL THEN
            PERFORM civilservice.refuse('Концепция, L505', 'check_violation', 'disciplinary_case_valid_until_required', 'disciplinary_case',
                'a sanction has a last day in force',
                format('Case of employee %s decided on %s with sanction %s; sanction_validity_months has no value on that day.',
                       emp.label, NEW.decided_on, coalesce(NEW.sanction_kind, '(none)')),
                'Give valid_until from the decision (the term the law in force sets): the Concept announces differentiated terms (N1) without a value.');
        END IF;
    END IF;

    -- N1a: limited to the previous sanction — one in force and no aggravating circumstance
    IF NEW.outcome = 'limited_to_previous_sanction' AND NEW.decided_on IS NOT NULL THEN
        SELECT c.id, c.sanction_kind, c.decided_on, c.valid_until INTO previous
          FROM civilservice.disciplinary_case c
         WHERE c.state_body_id = NEW.state_body_id AND c.employee_id = NEW.employee_id
           AND c.id IS DISTINCT FROM NEW.id
           AND c.outcome = 'sanction' AND c.decided_on < NEW.decided_on AND c.valid_until >= NEW.decided_on
         ORDER BY c.valid_until DESC, c.id LIMIT 1;
        SELECT string_agg(format('%s (%s)', x.code, x.id), ', ' ORDER BY x.id) INTO aggravating
          FROM civilservice.case_circumstance x
         WHERE x.state_body_id = NEW.state_body_id AND x.case_id = NEW.id AND x.kind = 'aggravating';
        PERFORM civilservice.concept_check(NEW.state_body_id, 'limit_to_previous_sanction', NEW.decided_on,
            previous.id IS NOT NULL AND aggravating IS NULL,
            'disciplinary_case_limited_to_previous_sanction', 'disciplinary_case', NEW.id,
            'a case is limited to the previous sanction only while that sanction is in force and there is no aggravating circumstance',
            format('Case %s of employee %s decided on %s: %s; %s.', NEW.id, emp.label, NEW.decided_on,
                   CASE WHEN previous.id IS NULL THEN 'no sanction decided before is in force on that day'
                        ELSE format('sanction of case %s (%s) decided on %s is in force until %s',
                                    previous.id, previous.sanction_kind, previous.decided_on, previous.valid_until) END,
                   coalesce('aggravating circumstances ' || aggravating, 'no aggravating circumstance')),
            'Impose a sanction (outcome sanction), or record the decision only while a previous sanction is in force and no aggravating circumstance is recorded.');
    END IF;

    -- L507: released for necessity rests on the excluding circumstance prevention_of_harm
    IF NEW.outcome = 'released_necessity' AND NOT EXISTS (
            SELECT FROM civilservice.case_circumstance x
             WHERE x.state_body_id = NEW.state_body_id AND x.case_id = NEW.id
               AND x.kind = 'excluding' AND x.code = 'prevention_of_harm') THEN
        PERFORM civilservice.refuse('Концепция, L507', 'check_violation', 'disciplinary_case_released_necessity_ground', 'disciplinary_case',
            'a release from liability for necessity rests on the recorded excluding circumstance prevention_of_harm',
            format('Case %s of employee %s decided on %s has no excluding circumstance with code prevention_of_harm.',
                   NEW.id, emp.label, NEW.decided_on),
            'Record the circumstance first (civilservice.case_circumstance, kind excluding, code prevention_of_harm: the danger of harm could not be removed by other means), then decide the case.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.disciplinary_case_check() IS
  'Trigger on civilservice.disciplinary_case: dates within the employment (disciplinary_case_within_employment); N1 (L505): a sanction''s valid_until is decided_on + sanction_validity_months when the parameter has a value on decided_on (disciplinary_case_valid_until_computed), otherwise it is entered (disciplinary_case_valid_until_required); N1a (L505, L1175): limited_to_previous_sanction needs a sanction decided before and in force on decided_on and no aggravating circumstance (concept_check of limit_to_previous_sanction, disciplinary_case_limited_to_previous_sanction); L507: released_necessity needs the excluding circumstance prevention_of_harm (disciplinary_case_released_necessity_ground)';

-- A circumstance added, changed or removed after the decision keeps the
-- decision right: an aggravating one under limited_to_previous_sanction
-- (N1a), and the ground of released_necessity (L507).
CREATE FUNCTION civilservice.case_circumstance_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    c record;
    r record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW'
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'case_circumstance' THEN
        RAISE EXCEPTION 'case_circumstance_check() must be a BEFORE INSERT OR UPDATE OR DELETE row trigger on civilservice.case_circumstance'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    -- the rows this write removes: the old row of an UPDATE or DELETE
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.kind = 'excluding' AND OLD.code = 'prevention_of_harm'
       AND (TG_OP = 'DELETE' OR NEW.kind <> 'excluding' OR NEW.code <> 'prevention_of_harm' OR NEW.case_id <> OLD.case_id) THEN
        SELECT x.id, x.outcome, x.decided_on INTO c FROM civilservice.disciplinary_case x
         WHERE x.state_body_id = OLD.state_body_id AND x.id = OLD.case_id;
        IF c.outcome = 'released_necessity' AND NOT EXISTS (
                SELECT FROM civilservice.case_circumstance y
                 WHERE y.state_body_id = OLD.state_body_id AND y.case_id = OLD.case_id AND y.id <> OLD.id
                   AND y.kind = 'excluding' AND y.code = 'prevention_of_harm') THEN
            PERFORM civilservice.refuse('Концепция, L507', 'check_violation', 'disciplinary_case_released_necessity_ground', 'case_circumstance',
                'a release from liability for necessity rests on the recorded excluding circumstance prevention_of_harm',
                format('Case %s was decided on %s as released_necessity; circumstance %s is its only ground.', c.id, c.decided_on, OLD.id),
                'Change the outcome of the case first, then the circumstance.');
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF NEW.kind = 'aggravating' THEN
        SELECT x.id, x.employee_id, x.outcome, x.decided_on INTO c FROM civilservice.disciplinary_case x
         WHERE x.state_body_id = NEW.state_body_id AND x.id = NEW.case_id;
        IF c.outcome = 'limited_to_previous_sanction' THEN
            PERFORM civilservice.concept_check(NEW.state_body_id, 'limit_to_previous_sanction', c.decided_on, false,
                'disciplinary_case_limited_to_previous_sanction', 'disciplinary_case', c.id,
                'a case is limited to the previous sanction only while that sanction is in force and there is no aggravating circumstance',
                format('Case %s of employee %s decided on %s as limited_to_previous_sanction; aggravating circumstance %s recorded.',
                       c.id, c.employee_id, c.decided_on, NEW.code),
                'Change the outcome of the case (an aggravating circumstance calls for a decision on a sanction), then record the circumstance.');
        END IF;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.case_circumstance_check() IS
  'Trigger on civilservice.case_circumstance: an aggravating circumstance of a case decided as limited_to_previous_sanction is checked as N1a (concept_check of limit_to_previous_sanction, disciplinary_case_limited_to_previous_sanction); the last excluding circumstance prevention_of_harm of a case decided as released_necessity is not removed (disciplinary_case_released_necessity_ground, L507)';

------------------------------------------------------------------------------
-- Quarterly performance evaluation (P8, P9; I14)

CREATE FUNCTION civilservice.performance_evaluation_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    emp record;
    q daterange;
    other record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'performance_evaluation' THEN
        RAISE EXCEPTION 'performance_evaluation_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.performance_evaluation'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT * INTO emp FROM civilservice.personnel_employment(NEW.state_body_id, NEW.employee_id);
    IF emp.employment IS NULL OR NEW.quarter IS NULL OR NOT isfinite(NEW.quarter) THEN
        RETURN NEW;
    END IF;
    q := daterange(NEW.quarter, (NEW.quarter + interval '3 months')::date);
    IF NOT emp.employment && q THEN
        PERFORM civilservice.refuse('Концепция, L179', 'check_violation', 'performance_evaluation_employed', 'performance_evaluation',
            'a quarter is evaluated for an employee employed in it',
            format('Employee %s, employed %s; quarter %s (%s).', emp.label, emp.span, NEW.quarter, q),
            'Evaluate only quarters with at least one day of employment.');
    END IF;
    -- the unique key performance_evaluation_one_per_quarter backs this up under concurrency
    SELECT x.id, x.rating INTO other FROM civilservice.performance_evaluation x
     WHERE x.state_body_id = NEW.state_body_id AND x.employee_id = NEW.employee_id AND x.quarter = NEW.quarter
       AND (TG_OP = 'INSERT' OR x.id <> OLD.id) LIMIT 1;
    IF FOUND THEN
        PERFORM civilservice.refuse('Концепция, L179', 'unique_violation', 'performance_evaluation_one_per_quarter', 'performance_evaluation',
            'an employee has one evaluation per quarter',
            format('Employee %s, quarter %s: evaluation %s (%s) is recorded.', emp.label, NEW.quarter, other.id, other.rating),
            'Correct the recorded evaluation (UPDATE its rating; its history is kept) instead of adding another.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.performance_evaluation_check() IS
  'Trigger on civilservice.performance_evaluation: the employee is employed on at least one day of the quarter (performance_evaluation_employed); one evaluation per employee and quarter (performance_evaluation_one_per_quarter, also the unique key)';

-- P8/P9: the employees whose evaluations of the n consecutive quarters
-- ending with the last quarter completed before the date all have the
-- rating; n is the value of the parameter on the date. Reports only.
CREATE FUNCTION civilservice.evaluation_run_candidates(on_date date, rating text, parameter text, body bigint DEFAULT NULL)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, full_name text, first_quarter date, last_quarter date, quarters integer)
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
DECLARE
    n integer;
    last_q date;
    first_q date;
BEGIN
    IF on_date IS NULL OR rating IS NULL OR parameter IS NULL THEN
        RETURN;
    END IF;
    SELECT p.value::integer INTO n FROM civilservice.concept_parameter_on(parameter, on_date) p
     WHERE p.status = 'in_force';
    IF n IS NULL OR n < 1 THEN
        RETURN;                 -- before the quarterly evaluation (2023) the rule was annual: not reported
    END IF;
    last_q := (date_trunc('quarter', on_date) - interval '3 months')::date;
    first_q := (last_q - make_interval(months => 3 * (n - 1)))::date;
    RETURN QUERY
    SELECT e.state_body_id, e.id, e.full_name, first_q, last_q, n
      FROM civilservice.employee e
     WHERE (body IS NULL OR e.state_body_id = body)
       AND (SELECT count(*) FROM civilservice.performance_evaluation v
             WHERE v.state_body_id = e.state_body_id AND v.employee_id = e.id
               AND v.quarter BETWEEN first_q AND last_q
               AND v.rating = evaluation_run_candidates.rating) = n
     ORDER BY e.state_body_id, e.id;
END $$;
COMMENT ON FUNCTION civilservice.evaluation_run_candidates(date, text, text, bigint) IS
  'P8/P9 (Концепция, L179): the employees (of one body, or all when NULL) rated rating in each of the n consecutive calendar quarters ending with the last quarter completed before on_date, n being the value of the parameter in force on on_date (none before the quarterly evaluation of 2023). The body of promotion_candidates and demotion_candidates';

CREATE FUNCTION civilservice.promotion_candidates(on_date date, body bigint DEFAULT NULL)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, full_name text, first_quarter date, last_quarter date, quarters integer)
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    RETURN QUERY SELECT * FROM civilservice.evaluation_run_candidates(on_date, 'high', 'evaluation_high_quarters_for_promotion', body);
END $$;
COMMENT ON FUNCTION civilservice.promotion_candidates(date, bigint) IS
  'P8 (Концепция, L179): «высокие результаты за четыре квартала могут привести к прямому назначению на следующую должность» — employees rated high in each of the consecutive quarters (evaluation_high_quarters_for_promotion, 4) ending with the last quarter completed before the date. A right, not a duty: reported, never refused';

CREATE FUNCTION civilservice.demotion_candidates(on_date date, body bigint DEFAULT NULL)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, full_name text, first_quarter date, last_quarter date, quarters integer)
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    RETURN QUERY SELECT * FROM civilservice.evaluation_run_candidates(on_date, 'unsatisfactory', 'evaluation_unsat_quarters_for_demotion', body);
END $$;
COMMENT ON FUNCTION civilservice.demotion_candidates(date, bigint) IS
  'P9 (Концепция, L179): «неудовлетворительные оценки за два квартала могут привести к понижению или увольнению» — employees rated unsatisfactory in each of the consecutive quarters (evaluation_unsat_quarters_for_demotion, 2) ending with the last quarter completed before the date. Reported, never refused';

------------------------------------------------------------------------------
-- Quarterly premiums (P10; L445, L950)

CREATE FUNCTION civilservice.premium_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    emp record;
    cap numeric;
    others text;
    n integer;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'premium' THEN
        RAISE EXCEPTION 'premium_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.premium'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT * INTO emp FROM civilservice.personnel_employment(NEW.state_body_id, NEW.employee_id);
    IF emp.employment IS NULL OR NEW.quarter IS NULL OR NOT isfinite(NEW.quarter)
       OR NEW.awarded_on IS NULL OR NOT isfinite(NEW.awarded_on) THEN
        RETURN NEW;             -- the foreign key or the CHECKs refuse it
    END IF;
    IF NOT emp.employment && daterange(NEW.quarter, (NEW.quarter + interval '3 months')::date) THEN
        PERFORM civilservice.refuse('Концепция, L445', 'check_violation', 'premium_employed', 'premium',
            'a premium is for a quarter the employee was employed in',
            format('Employee %s, employed %s; premium for the quarter %s.', emp.label, emp.span, NEW.quarter),
            'Give a quarter with at least one day of employment.');
    END IF;
    -- one employee's premiums are written one transaction at a time
    PERFORM pg_advisory_xact_lock(hashtextextended(format('civilservice.premium %s %s', NEW.state_body_id, NEW.employee_id), 0));
    SELECT count(*), string_agg(format('%s (%s, %s)', x.id, x.amount, x.awarded_on), ', ' ORDER BY x.id) INTO n, others
      FROM civilservice.premium x
     WHERE x.state_body_id = NEW.state_body_id AND x.employee_id = NEW.employee_id AND x.quarter = NEW.quarter
       AND (TG_OP = 'INSERT' OR x.id <> OLD.id);
    cap := (civilservice.concept_parameter_on('premium_max_per_quarter', NEW.awarded_on)).value;
    PERFORM civilservice.concept_check(NEW.state_body_id, 'premium_max_per_quarter', NEW.awarded_on,
        cap IS NULL OR n + 1 <= cap,
        'premium_max_per_quarter', 'premium', NEW.id,
        format('at most %s premium(s) per employee and quarter', cap),
        format('Employee %s, quarter %s: premium(s) %s already recorded.', emp.label, NEW.quarter, coalesce(others, 'none')),
        'Correct the recorded premium of the quarter instead of adding another.');
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.premium_check() IS
  'Trigger on civilservice.premium: the employee is employed in the quarter (premium_employed); P10 (L445, L950): at most premium_max_per_quarter premiums per employee and quarter, checked by concept_check on awarded_on (premium_max_per_quarter): a warning and a finding while proposed, a refusal once in force or applied by the body';
