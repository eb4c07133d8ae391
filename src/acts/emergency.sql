-- Emergency cases (п. 5): during a state of emergency or martial law, an
-- emergency situation, quarantine or other restrictive measures, or another
-- exceptional threat to life or health, the authorized person may set remote
-- or combined remote work unilaterally; its term may not run past the day
-- the case is eliminated.

-- A domain over text rather than an enum: an unknown kind is a refusal
-- under п. 5 with the accepted values in the hint.
CREATE DOMAIN civilservice.emergency_kind AS text
    CONSTRAINT emergency_kind_valid CHECK (civilservice.checked(
        VALUE IN ('state_of_emergency', 'martial_law', 'emergency_situation', 'quarantine',
                  'restrictive_measures', 'exceptional_threat'),
        'п. 5', 'emergency_kind_valid', 'emergency_case', 'unknown kind of emergency case',
        'Kind given: "' || VALUE || '".',
        'Use state_of_emergency, martial_law, emergency_situation, quarantine, restrictive_measures or exceptional_threat.'));
COMMENT ON DOMAIN civilservice.emergency_kind IS
  'п. 5: чрезвычайное положение (state_of_emergency), военное положение (martial_law), чрезвычайная ситуация (emergency_situation), карантин (quarantine), иные ограничительные меры (restrictive_measures), иные исключительные случаи угрозы жизни или здоровью (exceptional_threat)';
COMMENT ON CONSTRAINT emergency_kind_valid ON DOMAIN civilservice.emergency_kind IS
  'п. 5: the kinds of case in which remote work may be set unilaterally';

-- An act on a case lies within the case's period, whichever side moves: the
-- signing refuses a term outside it (acts.c), and a case's dates may not move
-- past an act signed on it. When a case gets or moves its end date, the acts
-- on it end with it: the act's term is capped here; the days in effect of
-- its employees follow from the act (act_effect, participation_days), like
-- any change of an act. Cases are the body's own (state_body_id leads their
-- key), so one body's case never changes another body's acts.
CREATE FUNCTION civilservice.emergency_case_cap_acts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    late text;
    early text;
BEGIN
    IF TG_WHEN <> 'AFTER' OR TG_LEVEL <> 'ROW' OR TG_OP <> 'UPDATE'
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'emergency_case' THEN
        RAISE EXCEPTION 'emergency_case_cap_acts() must be an AFTER UPDATE row trigger on civilservice.emergency_case'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    -- п. 5: the case's start may not move past an act signed on it
    IF NEW.starts_on IS DISTINCT FROM OLD.starts_on THEN
        SELECT string_agg(format('act %s (%s) starting %s', number, status, lower(term)), '; ' ORDER BY id)
          INTO early
          FROM civilservice.act
         WHERE state_body_id = NEW.state_body_id AND emergency_case_id = NEW.id AND status <> 'draft'
           AND lower(term) < NEW.starts_on;
        IF early IS NOT NULL THEN
            PERFORM civilservice.refuse('п. 5', 'check_violation', 'act_emergency_case_start', 'emergency_case',
                format('signed acts on emergency case %s start before its new start date %s', NEW.id, NEW.starts_on),
                format('Case %s (%s), body %s: %s.', NEW.id, NEW.decision_ref, NEW.state_body_id, early),
                'A case starts no later than the acts it is the basis of: check the start date, or cancel those acts first.');
        END IF;
    END IF;
    IF NEW.ends_on IS NOT NULL AND NEW.ends_on IS DISTINCT FROM OLD.ends_on THEN
        SELECT string_agg(format('act %s starting %s', number, lower(term)), '; ' ORDER BY id)
          INTO late
          FROM civilservice.act
         WHERE state_body_id = NEW.state_body_id AND emergency_case_id = NEW.id AND status = 'signed'
           AND lower(term) > NEW.ends_on;
        IF late IS NOT NULL THEN
            PERFORM civilservice.refuse('п. 5', 'check_violation', 'act_emergency_case_end', 'emergency_case',
                format('signed acts on emergency case %s start after its new end date %s', NEW.id, NEW.ends_on),
                format('Case %s (%s), body %s: %s.', NEW.id, NEW.decision_ref, NEW.state_body_id, late),
                'Cancel those acts first (status = ''cancelled''), or check the end date.');
        END IF;
        UPDATE civilservice.act SET term = daterange(lower(term), NEW.ends_on + 1)
         WHERE state_body_id = NEW.state_body_id AND emergency_case_id = NEW.id AND status = 'signed'
           AND upper(term) > NEW.ends_on + 1;
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.emergency_case_cap_acts() IS
  'Trigger: п. 5 — an act on a case lies within the case: moving its start after the start of an act signed on it is refused (act_emergency_case_start); when it gets or moves its end date, every signed act of the body on it is capped to that date in the same transaction (history kept; the days in effect of its employees follow), refused with the acts named when one would start after it (act_emergency_case_end)';
