-- The Concept for the development of the civil service 2024–2029 (Указ
-- Президента; seed 002): its numbers as parameters, the implementing acts
-- that bring them into force, and the one way a check of the Concept
-- refuses, warns or stays silent.
--
-- The Concept is policy: «планируется», «будет», «предлагается». Each of its
-- numbers is a parameter whose status is 'proposed' until an implementing
-- act that brings it is recorded (civilservice.implementing_act), and
-- 'in_force' from that act's in_force_from date with the act's value (the
-- Concept's own value when the act gives none). A check of a parameter
-- (civilservice.concept_check) is
--   off      when the parameter has no value (N1: the law has not set one),
--            or the body has switched a proposed rule off;
--   warn     while it is proposed (the default): a WARNING and a row in
--            civilservice.concept_finding, the write goes through;
--   enforce  once it is in force (a body cannot switch off a law in force),
--            or while proposed when the body chose to apply it already
--            (a pilot, plan items 13.2, 14.2, 15.2): the write is refused.
-- The bodies' choices are civilservice.body_concept_check (records).

------------------------------------------------------------------------------
-- The parameters (reference data, shipped)

CREATE TABLE civilservice.concept_parameter (
    name           text PRIMARY KEY
                   CONSTRAINT concept_parameter_name_check CHECK (civilservice.checked(name ~ '^[a-z][a-z0-9_]*$',
        'Концепция', 'concept_parameter_name_check', 'concept_parameter', 'a parameter name is lower-case Latin letters, digits and _',
        format('Name given: "%s".', name), 'Give a name such as secondment_max_months.')),
    unit           text NOT NULL
                   CONSTRAINT concept_parameter_unit_check CHECK (civilservice.checked(unit IN ('working_days', 'months', 'years', 'count', 'flag'),
        'Концепция', 'concept_parameter_unit_check', 'concept_parameter', 'unknown unit of a parameter of the Concept',
        format('Unit given: "%s".', unit), 'Use working_days, months, years, count or flag.')),
    proposed_value numeric,
    concept_lines  text NOT NULL,
    plan_item      text,
    brought_by     text[] NOT NULL DEFAULT '{}',
    current_since  date,
    checked        boolean NOT NULL,
    description    text NOT NULL,
    decision       text
);
COMMENT ON TABLE civilservice.concept_parameter IS
  'Параметры Концепции развития государственной службы 2024–2029: each number of the Concept as a parameter with the lines of the Concept that state it and the deliverables of the action plan whose implementing act brings it into force. Its status on a date is civilservice.concept_parameter_on(); shipped with the extension, read by everyone';
COMMENT ON COLUMN civilservice.concept_parameter.name IS 'Parameter name, e.g. secondment_max_months';
COMMENT ON COLUMN civilservice.concept_parameter.unit IS 'working_days (counted on the production calendar), months (calendar months, clamped to the end of a shorter month), years (of age), count, or flag (1: the rule applies)';
COMMENT ON COLUMN civilservice.concept_parameter.proposed_value IS 'The value the Concept proposes; NULL when it announces a rule without a value (N1: the terms of disciplinary sanctions), which is then checked by nothing until an implementing act gives one';
COMMENT ON COLUMN civilservice.concept_parameter.concept_lines IS 'Lines of the Concept (seed 002) that state the value, e.g. L469, L1085';
COMMENT ON COLUMN civilservice.concept_parameter.plan_item IS 'Item of the action plan that implements it (NULL: none, or current practice)';
COMMENT ON COLUMN civilservice.concept_parameter.brought_by IS 'Deliverables of the action plan (civilservice.concept_plan_deliverable.code) whose implementing act brings the parameter into force: recording such an act (civilservice.implementing_act.deliverable) brings it (civilservice.implementing_act_parameters)';
COMMENT ON COLUMN civilservice.concept_parameter.current_since IS 'For what the Concept describes as current practice ([CUR], e.g. the quarterly evaluation since 2023): the date it has been in force without an implementing act of the plan';
COMMENT ON COLUMN civilservice.concept_parameter.checked IS 'True when a write is checked against it (concept_check); false for a value only reports use';
COMMENT ON COLUMN civilservice.concept_parameter.description IS 'What the value limits, and how it is counted';
COMMENT ON COLUMN civilservice.concept_parameter.decision IS 'The decision taken on an open question of its reading (also in the README, "The Concept in the database")';

INSERT INTO civilservice.concept_parameter
    (name, unit, proposed_value, concept_lines, plan_item, brought_by, current_since, checked, description, decision) VALUES
('practical_assessment_max_working_days', 'working_days', 3, 'L399', '13', '{13c}', NULL, true,
 'The practical-assessment stage of selection lasts at most this many working days, on the production calendar of the hiring body',
 'The stage is [first day, last day] inclusive; the first day is a working day and counts as day 1 (the day the candidates are directed); days off inside the stage do not count. A cap is never moved to the next working day'),
('shortlist_max_per_vacancy', 'count', 2, 'L399', '13', '{13c}', NULL, true,
 'At most this many candidates are shortlisted for the practical-assessment stage',
 'Per vacancy (a competition for several places shortlists per place); fewer is allowed and reported'),
('temporary_appointment_max_months', 'months', 12, 'L403', '13', '{13c}', NULL, true,
 'An appointment to a temporary position without competition is for at most one year',
 'The term is [start, end): the end is at most the same day one year later, exclusive (the last day of service is the day before), as п. 18 of the Rules is implemented; an open-ended term is refused; 29 February + 1 year = 28 February'),
('corps_a_release_after_head_change_min_months', 'months', 3, 'L456', '17', '{17}', NULL, true,
 'A corps "A" official may be released on the ground of a change of the body''s first head not earlier than this many months after the change',
 'The change is the first day of the new first head (civilservice.first_head); the window is [change + 3 months, change + 1 year], both ends inclusive; a later change opens a new window and closes the old one. «Данные служащие» (L456) is read as every corps "A" official'),
('corps_a_release_after_head_change_max_months', 'months', 12, 'L456', '17', '{17}', NULL, true,
 '… and not later than this many months after the change; after that the ground has lapsed',
 'See corps_a_release_after_head_change_min_months'),
('pension_age_adviser_extension_max_months', 'months', 24, 'L464', '18', '{18}', NULL, true,
 'An adviser of pension age may stay in the civil service at most this many months past the pension age',
 'Counted from the day the pension age is reached (IIN birth date + civilservice pension age parameters); a cumulative cap over all extensions, not per extension; only for adviser positions'),
('secondment_max_months', 'months', 3, 'L469, L1085', '20', '{20}', NULL, true,
 'A short-term secondment lasts at most three months',
 'The term is [start, end), the end at most start + 3 months exclusive (30 November + 3 months = 28 February); an open-ended secondment is refused'),
('probation_abolished', 'flag', 1, 'L401', '13', '{13c}', NULL, true,
 'The probation institution is abolished: no probation for an appointment dated on or after the abolition',
 'The abolition takes effect with the selection law of plan item 13 (13c)'),
('premium_max_per_quarter', 'count', 1, 'L445, L950', '14', '{14d}', NULL, true,
 'Quarterly premiums instead of bonuses: at most one premium per employee and calendar quarter',
 NULL),
('public_monitoring_per_year', 'count', 1, 'L372, L793, L797', '4', '{4}', NULL, false,
 'Public monitoring of the quality of socially significant services once a year',
 '«ежегодно» starts with the Concept period (2024); each year is due on 31 December'),
('evaluation_high_quarters_for_promotion', 'count', 4, 'L179', NULL, '{}', '2023-01-01', false,
 'High results over this many quarters may lead to a direct appointment to the next position (a right, never a duty: reported, never refused)',
 'The quarters are consecutive'),
('evaluation_unsat_quarters_for_demotion', 'count', 2, 'L179', NULL, '{}', '2023-01-01', false,
 'Unsatisfactory results over this many quarters may lead to demotion or dismissal (reported, never refused)',
 'The quarters are consecutive'),
('young_servant_age_below_years', 'years', 30, 'L154', NULL, '{}', '2024-01-01', false,
 'A young civil servant is under this age (reporting: share under 30 from the IIN birth date)',
 NULL),
('sanction_validity_months', 'months', NULL, 'L505, L1175', '26', '{26}', NULL, true,
 'N1: the term of validity of a disciplinary sanction; the Concept plans to differentiate it by kind and gives no value',
 'Without a value nothing is computed: valid_until is entered from the decision until the law sets the term'),
('limit_to_previous_sanction', 'flag', NULL, 'L505, L1175', '26', '{26}', NULL, true,
 'N1a: the right not to impose a new sanction while the previous one is in force and there is no aggravating circumstance',
 'Until the law grants the right (value 1) the outcome "limited to the previous sanction" is checked as proposed'),
('internal_competition_abolished_corps_b', 'flag', 1, 'L397, L898', '12', '{12}', NULL, true,
 'Internal competitions for administrative positions of corps "B" are abolished (plan 12.1): no internal competition for such a position announced on or after the abolition',
 'Corps "B" positions are those of categories B, C, D and E (A is corps "A"); a competition without a category is not checked; the day checked is the day announced');

CREATE FUNCTION civilservice.concept_parameter_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'concept_parameter' THEN
        RAISE EXCEPTION 'concept_parameter_guard() must be a BEFORE trigger on civilservice.concept_parameter'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF civilservice.shipping() THEN
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    PERFORM civilservice.refuse('Концепция', 'integrity_constraint_violation', 'concept_parameter_shipped', 'concept_parameter',
        'the parameters of the Concept are its text and are changed by no one',
        format('%s of concept_parameter.', TG_OP),
        'Record the implementing act that brings a parameter into force, with its value, in civilservice.implementing_act and implementing_act_parameter.');
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.concept_parameter_guard() IS
  'Trigger: the shipped parameters of the Concept are written by the extension''s script only (concept_parameter_shipped)';
CREATE TRIGGER concept_parameter_shipped BEFORE INSERT OR UPDATE OR DELETE ON civilservice.concept_parameter
    FOR EACH ROW EXECUTE FUNCTION civilservice.concept_parameter_guard();
CREATE TRIGGER concept_parameter_shipped_truncate BEFORE TRUNCATE ON civilservice.concept_parameter
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.concept_parameter_guard();
COMMENT ON TRIGGER concept_parameter_shipped ON civilservice.concept_parameter IS 'The parameters of the Concept are its text: written by the extension only';
COMMENT ON TRIGGER concept_parameter_shipped_truncate ON civilservice.concept_parameter IS 'TRUNCATE would delete the parameters of the Concept';

------------------------------------------------------------------------------
-- Implementing acts (national reference data: the administrator records them)

CREATE TABLE civilservice.implementing_act (
    id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    reference     text NOT NULL CONSTRAINT implementing_act_reference CHECK (civilservice.checked(btrim(reference, E' \t\n') <> '',
        'Концепция', 'implementing_act_reference', 'implementing_act', 'an implementing act is named',
        'reference is blank.', 'Give the kind, date and number of the act, e.g. Закон Республики Казахстан от 30 декабря 2025 года № 250-VIII.')),
    adopted_on    date NOT NULL,
    in_force_from date NOT NULL,
    deliverable   text,
    note          text,
    CONSTRAINT implementing_act_in_force_after_adoption CHECK (civilservice.checked(in_force_from >= adopted_on,
        'Концепция', 'implementing_act_in_force_after_adoption', 'implementing_act', 'an act comes into force on or after the day it is adopted',
        format('Adopted on %s, in force from %s.', adopted_on, in_force_from),
        'Correct adopted_on or in_force_from (the day the act says it comes into force).')),
    CONSTRAINT implementing_act_dates_finite CHECK (civilservice.checked(isfinite(adopted_on) AND isfinite(in_force_from),
        'Концепция', 'implementing_act_dates_finite', 'implementing_act', 'an act has real dates',
        format('Adopted on %s, in force from %s.', adopted_on, in_force_from), 'Give calendar dates, not infinity.'))
);
COMMENT ON TABLE civilservice.implementing_act IS
  'Акт, реализующий Концепцию: a law, decree or resolution adopted under the action plan (or outside it). Recorded with a deliverable of the plan, it brings the parameters that deliverable brings (concept_parameter.brought_by) into force from in_force_from (civilservice.implementing_act_parameters). National reference data, written by the administrator; kept by pg_dump';
COMMENT ON COLUMN civilservice.implementing_act.id IS 'Key';
COMMENT ON COLUMN civilservice.implementing_act.reference IS 'Вид, дата и номер акта';
COMMENT ON COLUMN civilservice.implementing_act.adopted_on IS 'Дата принятия (подписания)';
COMMENT ON COLUMN civilservice.implementing_act.in_force_from IS 'Дата введения в действие: the parameters it brings are in force from this day';
COMMENT ON COLUMN civilservice.implementing_act.deliverable IS 'Deliverable of the action plan the act completes (civilservice.concept_plan_deliverable.code, e.g. 13c, 20), or NULL for an act outside the plan';
COMMENT ON COLUMN civilservice.implementing_act.note IS 'Примечание';
COMMENT ON CONSTRAINT implementing_act_reference ON civilservice.implementing_act IS 'An implementing act is named';
COMMENT ON CONSTRAINT implementing_act_in_force_after_adoption ON civilservice.implementing_act IS 'An act comes into force on or after its adoption';
COMMENT ON CONSTRAINT implementing_act_dates_finite ON civilservice.implementing_act IS 'An act has calendar dates';
COMMENT ON SEQUENCE civilservice.implementing_act_id_seq IS 'Keys of civilservice.implementing_act';

CREATE TABLE civilservice.implementing_act_parameter (
    act_id    bigint NOT NULL REFERENCES civilservice.implementing_act (id) ON DELETE CASCADE,
    parameter text NOT NULL REFERENCES civilservice.concept_parameter (name),
    brings    boolean NOT NULL DEFAULT true,
    value     numeric,
    PRIMARY KEY (act_id, parameter)
);
COMMENT ON TABLE civilservice.implementing_act_parameter IS
  'What an implementing act says of a parameter of the Concept beyond what its deliverable brings (civilservice.implementing_act_parameters lists the result): the value it sets, a parameter it brings although its deliverable does not (an act outside the plan), or one its deliverable would bring that it does not (brings = false)';
COMMENT ON COLUMN civilservice.implementing_act_parameter.act_id IS 'The implementing act';
COMMENT ON COLUMN civilservice.implementing_act_parameter.parameter IS 'The parameter';
COMMENT ON COLUMN civilservice.implementing_act_parameter.brings IS 'True: the act brings the parameter into force; false: it does not, although its deliverable would';
COMMENT ON COLUMN civilservice.implementing_act_parameter.value IS 'The value set by the act; NULL: the value proposed by the Concept';

CREATE FUNCTION civilservice.implementing_act_parameter_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    p civilservice.concept_parameter;
    fits boolean;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'implementing_act_parameter' THEN
        RAISE EXCEPTION 'implementing_act_parameter_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.implementing_act_parameter'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT * INTO p FROM civilservice.concept_parameter WHERE name = NEW.parameter;
    fits := NEW.value IS NULL OR (NEW.value = trunc(NEW.value) AND CASE p.unit
            WHEN 'working_days' THEN NEW.value BETWEEN 1 AND 366
            WHEN 'months' THEN NEW.value BETWEEN 1 AND 600
            WHEN 'years' THEN NEW.value BETWEEN 1 AND 100
            WHEN 'count' THEN NEW.value BETWEEN 1 AND 1000
            ELSE NEW.value IN (0, 1) END);
    IF FOUND AND NOT fits THEN
        PERFORM civilservice.refuse(format('Концепция, %s', p.concept_lines), 'check_violation', 'implementing_act_parameter_value_bounds',
            'implementing_act_parameter', 'the value set by an implementing act is outside the bounds of the parameter''s unit',
            format('%s = %s %s.', NEW.parameter, NEW.value, p.unit),
            'Give a whole number: working_days 1–366, months 1–600, years 1–100, count 1–1000, flag 0 or 1; or NULL for the Concept''s value.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.implementing_act_parameter_check() IS
  'Trigger: the value an implementing act sets is within the bounds of the parameter''s unit (implementing_act_parameter_value_bounds)';
CREATE TRIGGER implementing_act_parameter_check BEFORE INSERT OR UPDATE ON civilservice.implementing_act_parameter
    FOR EACH ROW EXECUTE FUNCTION civilservice.implementing_act_parameter_check();
COMMENT ON TRIGGER implementing_act_parameter_check ON civilservice.implementing_act_parameter IS
  'The value set is within the bounds of the unit (implementing_act_parameter_value_bounds)';

-- Recording an act that completes a deliverable brings the deliverable's
-- parameters into force. This is derived, never written (a trigger copying
-- rows would copy them again when pg_restore loads the acts): the
-- parameters of an act are those its deliverable brings, plus or minus what
-- implementing_act_parameter says of the act.
CREATE VIEW civilservice.implementing_act_parameters AS
SELECT a.id AS act_id, a.reference, a.in_force_from, p.name AS parameter, o.value
  FROM civilservice.implementing_act a
  JOIN civilservice.concept_parameter p
    ON a.deliverable OPERATOR(pg_catalog.=) ANY (p.brought_by)
    OR EXISTS (SELECT FROM civilservice.implementing_act_parameter x
                WHERE x.act_id OPERATOR(pg_catalog.=) a.id AND x.parameter OPERATOR(pg_catalog.=) p.name AND x.brings)
  LEFT JOIN civilservice.implementing_act_parameter o
    ON o.act_id OPERATOR(pg_catalog.=) a.id AND o.parameter OPERATOR(pg_catalog.=) p.name
 WHERE o.brings IS NOT false;
COMMENT ON VIEW civilservice.implementing_act_parameters IS
  'The parameters of the Concept each implementing act brings into force from its in_force_from, with the value it sets (NULL: the Concept''s): those of its deliverable (concept_parameter.brought_by) and those implementing_act_parameter adds, less those it excludes';
COMMENT ON COLUMN civilservice.implementing_act_parameters.act_id IS 'The implementing act';
COMMENT ON COLUMN civilservice.implementing_act_parameters.reference IS 'Its kind, date and number';
COMMENT ON COLUMN civilservice.implementing_act_parameters.in_force_from IS 'The day the parameters are in force from';
COMMENT ON COLUMN civilservice.implementing_act_parameters.parameter IS 'The parameter brought into force';
COMMENT ON COLUMN civilservice.implementing_act_parameters.value IS 'The value the act sets; NULL: the Concept''s';

CREATE TRIGGER implementing_act_history AFTER UPDATE OR DELETE ON civilservice.implementing_act
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER implementing_act_history ON civilservice.implementing_act IS 'Every change of an implementing act is kept in civilservice.history';
CREATE TRIGGER implementing_act_parameter_history AFTER UPDATE OR DELETE ON civilservice.implementing_act_parameter
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('act_id', 'parameter');
COMMENT ON TRIGGER implementing_act_parameter_history ON civilservice.implementing_act_parameter IS 'Every change is kept in civilservice.history';

SELECT pg_catalog.pg_extension_config_dump('civilservice.implementing_act', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.implementing_act_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.implementing_act_parameter', '');

-- Findings (civilservice.concept_finding, a record table) are appended only.
CREATE FUNCTION civilservice.concept_finding_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'concept_finding' THEN
        RAISE EXCEPTION 'concept_finding_append_only() must be a BEFORE UPDATE OR DELETE trigger on civilservice.concept_finding'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    PERFORM civilservice.refuse('Концепция', 'integrity_constraint_violation', 'concept_finding_append_only', 'concept_finding',
        'a finding of a check of the Concept is never changed or deleted',
        format('%s of a finding.', TG_OP),
        'Correct the record: the next check of it records that the finding is cleared.');
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.concept_finding_append_only() IS
  'Trigger: findings of the Concept''s checks are appended, never changed or deleted (concept_finding_append_only)';
------------------------------------------------------------------------------
-- Status and value of a parameter on a date

CREATE FUNCTION civilservice.concept_parameter_on(parameter text, on_date date,
    OUT status text, OUT value numeric, OUT unit text, OUT point text, OUT act_id bigint, OUT in_force_from date)
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT CASE WHEN a.id IS NOT NULL OR p.current_since OPERATOR(pg_catalog.<=) $2 THEN 'in_force' ELSE 'proposed' END,
           CASE WHEN a.id IS NOT NULL THEN coalesce(a.value, p.proposed_value) ELSE p.proposed_value END,
           p.unit,
           CASE WHEN a.id IS NOT NULL THEN format('%s (Концепция, %s)', a.reference, p.concept_lines)
                ELSE format('Концепция, %s', p.concept_lines) END,
           a.id,
           coalesce(a.in_force_from, CASE WHEN p.current_since OPERATOR(pg_catalog.<=) $2 THEN p.current_since END)
      FROM civilservice.concept_parameter p
      LEFT JOIN LATERAL (
            SELECT iap.act_id AS id, iap.reference, iap.in_force_from, iap.value
              FROM civilservice.implementing_act_parameters iap
             WHERE iap.parameter OPERATOR(pg_catalog.=) p.name AND iap.in_force_from OPERATOR(pg_catalog.<=) $2
             ORDER BY iap.in_force_from DESC, iap.act_id DESC
             LIMIT 1) a ON true
     WHERE p.name OPERATOR(pg_catalog.=) $1
$$;
COMMENT ON FUNCTION civilservice.concept_parameter_on(text, date) IS
  'A parameter of the Concept on a date: status in_force (an implementing act bringing it is in force on the date, or it is current practice since current_since) or proposed; the value (the act''s, else the Concept''s; NULL when neither gives one); its unit; the point a refusal names ("Концепция, L469" while proposed, the act''s reference once in force); the act and the day it came into force. NULLs for an unknown name';

-- Every parameter on a date: what concept_parameter_status shows today, for
-- any day (the past for an audit, the future once implementing acts with a
-- later in_force_from are recorded).
CREATE FUNCTION civilservice.concept_parameters_on(on_date date)
RETURNS TABLE (name text, unit text, proposed_value numeric, concept_lines text, plan_item text, brought_by text[],
               checked boolean, status text, value numeric, point text, act_id bigint, in_force_from date,
               description text, decision text)
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT p.name, p.unit, p.proposed_value, p.concept_lines, p.plan_item, p.brought_by, p.checked,
           s.status, s.value, s.point, s.act_id, s.in_force_from, p.description, p.decision
      FROM civilservice.concept_parameter p
     CROSS JOIN LATERAL civilservice.concept_parameter_on(p.name, $1) s
     ORDER BY p.name
$$;
COMMENT ON FUNCTION civilservice.concept_parameters_on(date) IS
  'Every parameter of the Concept on a date, by name: its unit, proposed value, lines of the Concept, plan item, deliverables that bring it, whether writes are checked against it, and on that date its status (proposed or in_force), value, the point a refusal names, the implementing act and the day it came into force (civilservice.concept_parameter_on() for each); no row for a NULL date. civilservice.concept_parameter_status is this on CURRENT_DATE';

CREATE VIEW civilservice.concept_parameter_status AS
SELECT s.name, s.unit, s.proposed_value, s.concept_lines, s.plan_item, s.brought_by, s.checked,
       s.status, s.value, s.point, s.act_id, s.in_force_from, s.description, s.decision
  FROM civilservice.concept_parameters_on(CURRENT_DATE) s;
COMMENT ON VIEW civilservice.concept_parameter_status IS
  'The parameters of the Concept today: status (proposed or in_force), the value in force, and the act that brought it (civilservice.concept_parameters_on(CURRENT_DATE); any other date: that function)';
COMMENT ON COLUMN civilservice.concept_parameter_status.name IS 'Parameter name';
COMMENT ON COLUMN civilservice.concept_parameter_status.unit IS 'Unit of the value';
COMMENT ON COLUMN civilservice.concept_parameter_status.proposed_value IS 'The value the Concept proposes (NULL: none)';
COMMENT ON COLUMN civilservice.concept_parameter_status.concept_lines IS 'Lines of the Concept';
COMMENT ON COLUMN civilservice.concept_parameter_status.plan_item IS 'Item of the action plan that implements it';
COMMENT ON COLUMN civilservice.concept_parameter_status.brought_by IS 'Deliverables whose act brings it into force';
COMMENT ON COLUMN civilservice.concept_parameter_status.checked IS 'Whether writes are checked against it';
COMMENT ON COLUMN civilservice.concept_parameter_status.status IS 'proposed or in_force today';
COMMENT ON COLUMN civilservice.concept_parameter_status.value IS 'The value today';
COMMENT ON COLUMN civilservice.concept_parameter_status.point IS 'What a refusal names';
COMMENT ON COLUMN civilservice.concept_parameter_status.act_id IS 'The implementing act in force (NULL while proposed)';
COMMENT ON COLUMN civilservice.concept_parameter_status.in_force_from IS 'Since when it is in force';
COMMENT ON COLUMN civilservice.concept_parameter_status.description IS 'What the value limits';
COMMENT ON COLUMN civilservice.concept_parameter_status.decision IS 'The decision on an open question of its reading';

------------------------------------------------------------------------------
-- The check of a parameter: off, warn or enforce

-- The mode of a check for a body on a date: in force -> enforce; proposed ->
-- the body's choice in force on the date (body_concept_check), warn by
-- default; no value -> off. Reads the record table body_concept_check
-- under the caller's row-level security.
CREATE FUNCTION civilservice.concept_check_mode(body bigint, parameter text, on_date date) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
DECLARE
    s record;
    chosen text;
BEGIN
    SELECT * INTO s FROM civilservice.concept_parameter_on(parameter, on_date);
    IF s.status IS NULL THEN
        RAISE EXCEPTION 'civilservice.concept_check_mode(): % is not a parameter of the Concept', parameter
          USING ERRCODE = 'invalid_parameter_value',
                HINT = 'The parameters are listed in civilservice.concept_parameter.';
    END IF;
    IF s.value IS NULL THEN
        RETURN 'off';
    ELSIF s.status = 'in_force' THEN
        RETURN 'enforce';
    END IF;
    SELECT c.mode INTO chosen
      FROM civilservice.body_concept_check c
     WHERE c.state_body_id = body AND c.parameter = concept_check_mode.parameter AND c.valid_from <= on_date
     ORDER BY c.valid_from DESC
     LIMIT 1;
    RETURN coalesce(chosen, 'warn');
END $$;
COMMENT ON FUNCTION civilservice.concept_check_mode(bigint, text, date) IS
  'How a check of a parameter of the Concept applies to a body on a date: off (no value, or a proposed rule the body switched off), warn (proposed: the default), enforce (in force; or proposed and applied by the body, e.g. as a pilot)';

-- The one way a check of the Concept ends. Called by the triggers of the
-- Concept's records with the outcome of their test: passes silently, warns
-- (WARNING + a finding), or refuses (23514) naming the Concept's lines or,
-- once in force, the implementing act.
CREATE FUNCTION civilservice.concept_check(body bigint, parameter text, on_date date, ok boolean,
                                           constraint_name text, table_name text, record_id bigint,
                                           message text, detail text DEFAULT NULL, hint text DEFAULT NULL)
RETURNS boolean
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog AS $$
DECLARE
    s record;
    m text;
    open_finding boolean;
BEGIN
    IF body IS NULL OR parameter IS NULL OR on_date IS NULL OR constraint_name IS NULL OR table_name IS NULL OR message IS NULL THEN
        RAISE EXCEPTION 'civilservice.concept_check(): body, parameter, date, constraint, table and message are required'
          USING ERRCODE = 'null_value_not_allowed';
    END IF;
    m := civilservice.concept_check_mode(body, parameter, on_date);
    SELECT * INTO s FROM civilservice.concept_parameter_on(parameter, on_date);
    IF coalesce(ok, true) OR m = 'off' THEN
        -- a record that passes now clears the finding it had
        IF record_id IS NOT NULL THEN
            SELECT NOT f.cleared INTO open_finding
              FROM civilservice.concept_finding f
             WHERE f.state_body_id = body AND f.table_name = concept_check.table_name
               AND f.record_id = concept_check.record_id AND f.constraint_name = concept_check.constraint_name
             ORDER BY f.id DESC LIMIT 1;
            IF coalesce(open_finding, false) THEN
                INSERT INTO civilservice.concept_finding
                    (state_body_id, parameter, constraint_name, table_name, record_id, on_date, status, mode, cleared, message)
                VALUES (body, parameter, constraint_name, table_name, record_id, on_date, s.status, m, true, 'cleared: ' || message);
            END IF;
        END IF;
        RETURN true;
    END IF;
    IF m = 'enforce' THEN
        PERFORM civilservice.refuse(s.point, 'check_violation', constraint_name, table_name, message,
            detail, concat_ws(' ', hint,
                CASE s.status WHEN 'proposed' THEN 'The rule is proposed and the body applies it (civilservice.body_concept_check).' END));
    END IF;
    RAISE WARNING '%: %', s.point, message
      USING DETAIL = coalesce(detail, ''),
            HINT = concat_ws(' ', hint, 'The rule is proposed: the write is kept and the finding is listed in civilservice.concept_findings_open.');
    INSERT INTO civilservice.concept_finding
        (state_body_id, parameter, constraint_name, table_name, record_id, on_date, status, mode, cleared, message, detail)
    VALUES (body, parameter, constraint_name, table_name, record_id, on_date, s.status, m, false, message, detail);
    RETURN false;
END $$;
COMMENT ON FUNCTION civilservice.concept_check(bigint, text, date, boolean, text, text, bigint, text, text, text) IS
  'The end of every check of a parameter of the Concept: when ok is true (or NULL) or the check is off, returns true (and records that a finding of the record is cleared); when it is enforced, refuses with SQLSTATE 23514, the Concept''s lines or the implementing act as the point, the constraint and table given, the detail and hint; when it warns, raises a WARNING, records a finding in civilservice.concept_finding and returns false. Written by the triggers of the Concept''s records';
