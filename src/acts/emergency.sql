-- Emergency cases (п. 5): during a state of emergency or martial law, an
-- emergency situation, quarantine or other restrictive measures, or another
-- exceptional threat to life or health, the authorized person may set remote
-- or combined remote work unilaterally; its term may not run past the day
-- the case is eliminated.

CREATE TYPE civilservice.emergency_kind AS ENUM (
    'state_of_emergency', 'martial_law', 'emergency_situation', 'quarantine',
    'restrictive_measures', 'exceptional_threat');
COMMENT ON TYPE civilservice.emergency_kind IS
  'п. 5: чрезвычайное положение, военное положение, чрезвычайная ситуация, карантин, иные ограничительные меры, иные исключительные случаи угрозы жизни или здоровью';

-- When a case gets or moves its end date, the acts on it end with it. The
-- act's term is capped here; the days in effect of its employees follow
-- from the act (act_effect, participation_days), like any change of an act.
CREATE FUNCTION civilservice.emergency_case_cap_acts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    late text;
BEGIN
    SELECT string_agg(format('act %s of body %s starting %s', number, state_body_id, lower(term)), '; ' ORDER BY state_body_id, id)
      INTO late
      FROM civilservice.act
     WHERE emergency_case_id = NEW.id AND status = 'signed' AND lower(term) > NEW.ends_on;
    IF late IS NOT NULL THEN
        PERFORM civilservice.refuse('п. 5', 'check_violation', 'act_emergency_case_end', 'emergency_case',
            format('signed acts on emergency case %s start after its new end date %s', NEW.id, NEW.ends_on),
            format('Case %s (%s): %s.', NEW.id, NEW.decision_ref, late),
            'Cancel those acts first (status = ''cancelled''), or check the end date.');
    END IF;
    UPDATE civilservice.act SET term = daterange(lower(term), NEW.ends_on + 1)
     WHERE emergency_case_id = NEW.id AND status = 'signed' AND upper(term) > NEW.ends_on + 1;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.emergency_case_cap_acts() IS
  'Trigger: п. 5 — when a case gets or moves its end date, every signed act on it is capped to that date in the same transaction (history kept; the days in effect of its employees follow); refused with the acts named when one would start after it';
