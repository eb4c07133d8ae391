-- career: part of the Concept 2024–2029 (filled by its module)
--
-- Career events of a civil servant under the Concept (seed 002): temporary
-- appointment without competition (P3, L403), abolition of probation (P13,
-- L401), release of corps "A" officials after a change of the first head
-- (P4/P5, L456), advisers of pension age (P6, L464), short-term secondment
-- (P7, L469, L1085) and transfers (I19). The records are
-- civilservice.career_event (src/career/career_records.sql); this part holds
-- the national pension-age parameters, the trigger function that checks an
-- event and the release windows of corps "A".

------------------------------------------------------------------------------
-- Pension age (national reference data, effective by birth cohort)

CREATE TABLE civilservice.pension_age (
    sex        text NOT NULL
               CONSTRAINT pension_age_sex CHECK (civilservice.checked(sex IN ('male', 'female'),
        'Концепция, L464', 'pension_age_sex', 'pension_age', 'the sex of a pension-age row is male or female',
        format('Sex given: "%s".', sex), 'Use male or female, as civilservice.iin_sex() gives them.')),
    born_from  date,
    born_to    date,
    age_months integer NOT NULL
               CONSTRAINT pension_age_months CHECK (civilservice.checked(age_months BETWEEN 600 AND 840,
        'Концепция, L464', 'pension_age_months', 'pension_age', 'a pension age is between 50 and 70 years',
        format('Age given: %s months.', age_months), 'Give the age in months, e.g. 756 for 63 years.')),
    source     text NOT NULL,
    CONSTRAINT pension_age_cohort CHECK (civilservice.checked(born_from IS NULL OR born_to IS NULL OR born_to >= born_from,
        'Концепция, L464', 'pension_age_cohort', 'pension_age', 'a birth cohort ends on or after it starts',
        format('Born from %s to %s.', born_from, born_to), 'Give born_to (last day, inclusive) on or after born_from.')),
    CONSTRAINT pension_age_one_per_day EXCLUDE USING gist
        (sex WITH =, daterange(born_from, born_to, '[]') WITH &&)
);
COMMENT ON TABLE civilservice.pension_age IS
  'Пенсионный возраст: the statutory pension age by sex and birth cohort, from the Social Code of the Republic of Kazakhstan (outside the seeds: open question 11). The shipped values (men 63 years; women 61 years for the cohorts now retiring) MUST be checked against the Social Code in force (the women''s age is scheduled to rise again from 2028). Read by civilservice.pension_age_date(); shipped with the extension (a correction is a new version of it)';
COMMENT ON COLUMN civilservice.pension_age.sex IS 'Пол: male or female (civilservice.iin_sex())';
COMMENT ON COLUMN civilservice.pension_age.born_from IS 'First birth date of the cohort (NULL: no lower bound)';
COMMENT ON COLUMN civilservice.pension_age.born_to IS 'Last birth date of the cohort, inclusive (NULL: no upper bound)';
COMMENT ON COLUMN civilservice.pension_age.age_months IS 'Пенсионный возраст in months (63 years = 756)';
COMMENT ON COLUMN civilservice.pension_age.source IS 'The article of the Social Code the value is taken from, and whether it was checked';
COMMENT ON CONSTRAINT pension_age_sex ON civilservice.pension_age IS 'The sex is male or female';
COMMENT ON CONSTRAINT pension_age_months ON civilservice.pension_age IS 'A pension age is between 50 and 70 years';
COMMENT ON CONSTRAINT pension_age_cohort ON civilservice.pension_age IS 'A birth cohort ends on or after it starts';
COMMENT ON CONSTRAINT pension_age_one_per_day ON civilservice.pension_age IS 'One pension age per sex and birth date';

INSERT INTO civilservice.pension_age (sex, born_from, born_to, age_months, source) VALUES
('male',   NULL, NULL, 756, 'Социальный кодекс РК, ст. 207 п. 1: мужчины — 63 года (to be checked against the Code in force)'),
('female', NULL, NULL, 732, 'Социальный кодекс РК, ст. 207 п. 1: женщины — 61 год for the cohorts now retiring; the scheduled rise from 2028 is not shipped (to be checked against the Code in force)');

CREATE FUNCTION civilservice.pension_age_date(iin civilservice.iin) RETURNS date
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT CAST(civilservice.iin_birth_date($1) OPERATOR(pg_catalog.+) pg_catalog.make_interval(months => p.age_months) AS date)
      FROM civilservice.pension_age p
     WHERE p.sex OPERATOR(pg_catalog.=) civilservice.iin_sex($1)
       AND pg_catalog.daterange(p.born_from, p.born_to, '[]') OPERATOR(pg_catalog.@>) civilservice.iin_birth_date($1)
$$;
COMMENT ON FUNCTION civilservice.pension_age_date(civilservice.iin) IS
  'Дата достижения пенсионного возраста: the birth date of the IIN (iin_birth_date) plus the pension age of its sex (iin_sex) and birth cohort (civilservice.pension_age), clamped to the end of a shorter month (29 February + 63 years = 28 February); NULL when no cohort row matches';

------------------------------------------------------------------------------
-- The check of a career event

-- The latest first head change of a body on or before a day: the first day
-- of the latest first head whose period started by then (civilservice.first_head).
CREATE FUNCTION civilservice.latest_head_change(body bigint, on_date date) RETURNS date
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    RETURN (SELECT max(lower(f.period)) FROM civilservice.first_head f
             WHERE f.state_body_id = body AND lower(f.period) <= on_date);
END $$;
COMMENT ON FUNCTION civilservice.latest_head_change(bigint, date) IS
  'Смена первого руководителя: the first day of the latest first head of a body that started on or before the date (civilservice.first_head), NULL when none is recorded; a later change replaces an earlier one (Концепция, L456)';

-- The corps of an employee on a day: the corps of their latest appointment.
CREATE FUNCTION civilservice.corps_on(body bigint, employee bigint, on_date date) RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    RETURN (SELECT c.corps FROM civilservice.career_event c
             WHERE c.state_body_id = body AND c.employee_id = employee AND c.kind = 'appointment' AND c.event_on <= on_date
             ORDER BY c.event_on DESC, c.id DESC LIMIT 1);
END $$;
COMMENT ON FUNCTION civilservice.corps_on(bigint, bigint, date) IS
  'Корпус: the corps (A or B) of an employee''s latest appointment (civilservice.career_event) on or before the date; NULL when none';

CREATE FUNCTION civilservice.career_event_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    e record;
    other record;
    cap numeric;
    cap_end date;
    change_on date;
    corps text;
    pension date;
    adviser boolean;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'career_event' THEN
        RAISE EXCEPTION 'career_event_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.career_event'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT x.employed_from, x.employed_to, x.full_name, x.iin INTO e
      FROM civilservice.employee x WHERE x.state_body_id = NEW.state_body_id AND x.id = NEW.employee_id;
    IF NOT FOUND OR NEW.event_on IS NULL THEN
        RETURN NEW;     -- the foreign key or NOT NULL refuses it
    END IF;
    -- employed on the day of the event (a release on the last day of employment is employed)
    IF NOT (daterange(e.employed_from, e.employed_to, '[]') @> NEW.event_on) THEN
        PERFORM civilservice.refuse('Концепция, L403, L456, L464, L469', 'check_violation', 'career_event_employed', 'career_event',
            'a career event concerns an employee of the body on the day of the event',
            format('Employee %s (%s), employed %s to %s; %s on %s.', NEW.employee_id, e.full_name,
                   e.employed_from, coalesce(e.employed_to::text, 'now'), NEW.kind, NEW.event_on),
            'Give a date within employed_from and employed_to of the employee (record the appointment''s employment first).');
    END IF;

    -- P3: temporary appointment without competition, at most one year
    IF NEW.kind = 'appointment' AND NEW.basis = 'temporary_without_competition' THEN
        cap := (civilservice.concept_parameter_on('temporary_appointment_max_months', NEW.event_on)).value;
        cap_end := CAST(lower(NEW.term) + make_interval(months => cap::integer) AS date);
        PERFORM civilservice.concept_check(NEW.state_body_id, 'temporary_appointment_max_months', NEW.event_on,
            cap IS NULL OR upper(NEW.term) <= cap_end,
            'career_event_temporary_max', 'career_event', NEW.id,
            format('an appointment to a temporary position without competition is for at most %s months', cap),
            format('Employee %s: term %s; the end (exclusive) is at most %s.', NEW.employee_id, NEW.term, cap_end),
            format('End the term on or before %s (the last day of service is %s), or appoint on another basis.', cap_end, cap_end - 1));
    END IF;

    -- P13: probation abolished
    IF NEW.probation_months IS NOT NULL THEN
        PERFORM civilservice.concept_check(NEW.state_body_id, 'probation_abolished', NEW.event_on,
            coalesce((civilservice.concept_parameter_on('probation_abolished', NEW.event_on)).value, 0) <> 1,
            'career_event_probation_abolished', 'career_event', NEW.id,
            'the probation institution is abolished: no probation for a new appointment',
            format('Employee %s appointed on %s with a probation of %s months.', NEW.employee_id, NEW.event_on, NEW.probation_months),
            'Leave probation_months empty; assign a mentor instead.');
    END IF;

    -- P4/P5: release of a corps "A" official after a change of the first head
    IF NEW.kind = 'release' AND NEW.ground = 'head_change' THEN
        corps := coalesce(NEW.corps, civilservice.corps_on(NEW.state_body_id, NEW.employee_id, NEW.event_on));
        IF corps IS DISTINCT FROM 'A' THEN
            PERFORM civilservice.refuse('Концепция, L456', 'check_violation', 'career_event_head_change_corps_a', 'career_event',
                'only a corps "A" official is released on the ground of a change of the first head',
                format('Employee %s (%s): corps %s.', NEW.employee_id, e.full_name, coalesce(corps, 'unknown')),
                'Give another ground, or record the corps (corps = ''A'') on the release or the appointment.');
        END IF;
        change_on := civilservice.latest_head_change(NEW.state_body_id, NEW.event_on);
        IF change_on IS NULL THEN
            PERFORM civilservice.refuse('Концепция, L456', 'check_violation', 'career_event_head_change_known', 'career_event',
                'a release on the ground of a change of the first head needs that change',
                format('State body %s has no first head whose period starts on or before %s.', NEW.state_body_id, NEW.event_on),
                'Record the new first head in civilservice.first_head first.');
        END IF;
        cap := (civilservice.concept_parameter_on('corps_a_release_after_head_change_min_months', NEW.event_on)).value;
        cap_end := CAST(change_on + make_interval(months => coalesce(cap, 0)::integer) AS date);
        PERFORM civilservice.concept_check(NEW.state_body_id, 'corps_a_release_after_head_change_min_months', NEW.event_on,
            cap IS NULL OR NEW.event_on >= cap_end,
            'career_event_head_change_too_early', 'career_event', NEW.id,
            format('a corps "A" official is released on the ground of a change of the first head not earlier than %s months after it', cap),
            format('First head changed on %s; the window opens on %s; release on %s.', change_on, cap_end, NEW.event_on),
            format('Date the release on or after %s.', cap_end));
        cap := (civilservice.concept_parameter_on('corps_a_release_after_head_change_max_months', NEW.event_on)).value;
        cap_end := CAST(change_on + make_interval(months => coalesce(cap, 0)::integer) AS date);
        PERFORM civilservice.concept_check(NEW.state_body_id, 'corps_a_release_after_head_change_max_months', NEW.event_on,
            cap IS NULL OR NEW.event_on <= cap_end,
            'career_event_head_change_lapsed', 'career_event', NEW.id,
            format('a corps "A" official is released on the ground of a change of the first head not later than %s months after it', cap),
            format('First head changed on %s; the window closed on %s; release on %s.', change_on, cap_end, NEW.event_on),
            'The ground has lapsed: release on another ground.');
    END IF;

    -- P7: secondment, at most three months, one at a time
    IF NEW.kind = 'secondment' THEN
        IF NOT (daterange(e.employed_from, e.employed_to, '[]') @> NEW.term) THEN
            PERFORM civilservice.refuse('Концепция, L469', 'check_violation', 'career_event_secondment_employed', 'career_event',
                'a seconded employee keeps the position: the secondment lies inside the employment',
                format('Employee %s (%s), employed %s to %s; secondment %s.', NEW.employee_id, e.full_name,
                       e.employed_from, coalesce(e.employed_to::text, 'now'), NEW.term),
                'Give a term within employed_from and employed_to of the employee.');
        END IF;
        cap := (civilservice.concept_parameter_on('secondment_max_months', NEW.event_on)).value;
        cap_end := CAST(lower(NEW.term) + make_interval(months => coalesce(cap, 0)::integer) AS date);
        PERFORM civilservice.concept_check(NEW.state_body_id, 'secondment_max_months', NEW.event_on,
            cap IS NULL OR upper(NEW.term) <= cap_end,
            'career_event_secondment_max', 'career_event', NEW.id,
            format('a short-term secondment lasts at most %s months', cap),
            format('Employee %s seconded to state body %s for %s; the end (exclusive) is at most %s.',
                   NEW.employee_id, NEW.other_state_body_id, NEW.term, cap_end),
            format('End the secondment on or before %s (the last day is %s).', cap_end, cap_end - 1));
        -- one employee's secondments are written one transaction at a time
        PERFORM pg_advisory_xact_lock(hashtextextended(format('civilservice.career_event secondment %s %s', NEW.state_body_id, NEW.employee_id), 0));
        SELECT x.id, x.term, x.other_state_body_id INTO other
          FROM civilservice.career_event x
         WHERE x.state_body_id = NEW.state_body_id AND x.employee_id = NEW.employee_id AND x.kind = 'secondment'
           AND x.term && NEW.term AND (TG_OP = 'INSERT' OR x.id <> OLD.id)
         ORDER BY lower(x.term) LIMIT 1;
        IF FOUND THEN
            PERFORM civilservice.refuse('Концепция, L469', 'exclusion_violation', 'career_event_secondment_no_overlap', 'career_event',
                'an employee is on one secondment at a time',
                format('Employee %s: secondment %s overlaps secondment %s (%s, to state body %s).', NEW.employee_id,
                       NEW.term, other.id, other.term, other.other_state_body_id),
                'Shorten the other secondment first, or give a term that does not overlap it.');
        END IF;
        SELECT x.id, x.term INTO other
          FROM civilservice.career_event x
         WHERE x.state_body_id = NEW.state_body_id AND x.employee_id = NEW.employee_id AND x.kind = 'secondment'
           AND x.other_state_body_id = NEW.other_state_body_id
           AND (upper(x.term) = lower(NEW.term) OR lower(x.term) = upper(NEW.term))
           AND (TG_OP = 'INSERT' OR x.id <> OLD.id)
         LIMIT 1;
        IF FOUND THEN
            RAISE WARNING 'Концепция, L469: back-to-back secondments of one employee to the same host body'
              USING DETAIL = format('Employee %s: secondment %s adjoins secondment %s (%s) to state body %s.',
                                    NEW.employee_id, NEW.term, other.id, other.term, NEW.other_state_body_id),
                    HINT = 'A chain of short-term secondments may circumvent the three-month cap: consider a transfer.';
        END IF;
    END IF;

    -- P6: advisers of pension age, at most 24 months past the pension age
    IF NEW.kind = 'adviser_extension' THEN
        SELECT coalesce(c.position_kind = 'adviser' OR c.basis = 'pension_age_adviser', false) INTO adviser
          FROM civilservice.career_event c
         WHERE c.state_body_id = NEW.state_body_id AND c.employee_id = NEW.employee_id AND c.kind = 'appointment'
           AND c.event_on <= NEW.event_on
         ORDER BY c.event_on DESC, c.id DESC LIMIT 1;
        IF NOT coalesce(adviser OR NEW.position_kind = 'adviser', false) THEN
            PERFORM civilservice.refuse('Концепция, L464', 'check_violation', 'career_event_adviser_only', 'career_event',
                'the stay of a servant of pension age is extended only on an adviser position',
                format('Employee %s (%s): the latest appointment on or before %s is not to an adviser position.',
                       NEW.employee_id, e.full_name, NEW.event_on),
                'Record the appointment to the adviser position first (basis pension_age_adviser or position_kind adviser).');
        END IF;
        pension := civilservice.pension_age_date(e.iin);
        cap := (civilservice.concept_parameter_on('pension_age_adviser_extension_max_months', NEW.event_on)).value;
        cap_end := CAST(pension + make_interval(months => coalesce(cap, 0)::integer) AS date);
        PERFORM civilservice.concept_check(NEW.state_body_id, 'pension_age_adviser_extension_max_months', NEW.event_on,
            cap IS NULL OR pension IS NULL OR upper(NEW.term) <= cap_end,
            'career_event_adviser_extension_max', 'career_event', NEW.id,
            format('an adviser of pension age stays in the civil service at most %s months past the pension age, all extensions together', cap),
            format('Employee %s: pension age reached on %s; extension %s; the end (exclusive) is at most %s.',
                   NEW.employee_id, pension, NEW.term, cap_end),
            format('End the extension on or before %s (the last day is %s).', cap_end, cap_end - 1));
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.career_event_check() IS
  'Trigger: a career event concerns an employee employed on its day (career_event_employed); P3 temporary appointment ≤ temporary_appointment_max_months (career_event_temporary_max); P13 no probation once abolished (career_event_probation_abolished); P4/P5 release on head_change only for corps "A" (career_event_head_change_corps_a), after a known change (career_event_head_change_known), in [change + 3 months, change + 12 months] (career_event_head_change_too_early, career_event_head_change_lapsed); P7 secondment inside the employment (career_event_secondment_employed), ≤ secondment_max_months (career_event_secondment_max), no overlap (career_event_secondment_no_overlap, 23P01), a warning on back-to-back secondments to one host; P6 adviser only (career_event_adviser_only), ≤ pension age + 24 months (career_event_adviser_extension_max). The caps end in concept_check(): a warning and a finding while proposed, a refusal once in force';

------------------------------------------------------------------------------
-- Release windows of corps "A" (P4/P5)

-- A window is "closing" when it closes within this many days.
CREATE FUNCTION civilservice.corps_a_window_closing_days() RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog AS $$ SELECT 30 $$;
COMMENT ON FUNCTION civilservice.corps_a_window_closing_days() IS
  'Концепция, L456: a release window of corps "A" is reported as closing when it closes within this many days (30); a reporting constant, not a rule of the Concept';

CREATE FUNCTION civilservice.corps_a_release_windows_on(on_date date)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, full_name text, head_changed_on date,
                   window_opens date, window_closes date, state text)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
BEGIN
    RETURN QUERY
    SELECT e.state_body_id, e.id, e.full_name, h.changed_on, w.opens, w.closes,
           CASE WHEN on_date < w.opens THEN 'not_yet_open'
                WHEN on_date > w.closes THEN 'lapsed'
                WHEN w.closes - on_date < civilservice.corps_a_window_closing_days() THEN 'closing'
                ELSE 'open' END
      FROM civilservice.employee e
      CROSS JOIN LATERAL (SELECT civilservice.latest_head_change(e.state_body_id, on_date) AS changed_on) h
      CROSS JOIN LATERAL (SELECT
            CAST(h.changed_on + make_interval(months => coalesce((civilservice.concept_parameter_on('corps_a_release_after_head_change_min_months', on_date)).value, 0)::integer) AS date) AS opens,
            CAST(h.changed_on + make_interval(months => coalesce((civilservice.concept_parameter_on('corps_a_release_after_head_change_max_months', on_date)).value, 0)::integer) AS date) AS closes) w
     WHERE h.changed_on IS NOT NULL
       AND daterange(e.employed_from, e.employed_to, '[]') @> on_date
       AND civilservice.corps_on(e.state_body_id, e.id, on_date) = 'A'
     ORDER BY e.state_body_id, e.id;
END $$;
COMMENT ON FUNCTION civilservice.corps_a_release_windows_on(date) IS
  'Концепция, L456 (P4/P5): on a date, every corps "A" employee (corps of the latest appointment) employed that day in a body with a known first head change, with the latest change, the window [change + 3 months, change + 12 months] (both inclusive) and its state: not_yet_open, open, closing (closes within corps_a_window_closing_days() days, the closing day included), lapsed. Rows the caller may read (row-level security)';
