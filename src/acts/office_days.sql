-- Combined remote work (п. 3.1): periods at the employer's premises
-- alternate with remote work. A combined_remote act says which days are at
-- the office — ISO weekdays of a pattern and/or dated periods — in
-- act_office_day (src/acts/office_days_records.sql). They are part of the
-- act: written while it is a draft, frozen once it is signed, and a combined
-- act without them is not signed (п. 3.1, п. 6).

-- Office days are written only for a combined remote act that is still a
-- draft. The act is share-locked, so its signing waits for the writer (and
-- the writer for the signing).
CREATE FUNCTION civilservice.act_office_day_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    r record;
    a record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_TABLE_SCHEMA <> 'civilservice'
       OR TG_TABLE_NAME <> 'act_office_day' THEN
        RAISE EXCEPTION 'act_office_day_guard() must be a BEFORE row trigger on civilservice.act_office_day'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    FOREACH r IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW] WHEN 'DELETE' THEN ARRAY[OLD] ELSE ARRAY[OLD, NEW] END LOOP
        SELECT x.number, x.regime, x.status INTO a FROM civilservice.act x
         WHERE x.state_body_id = r.state_body_id AND x.id = r.act_id FOR SHARE;
        IF NOT FOUND THEN
            CONTINUE;   -- the foreign key refuses it
        END IF;
        IF a.status <> 'draft' THEN
            PERFORM civilservice.refuse('п. 3.1, п. 6', 'restrict_violation', 'act_office_day_frozen', 'act_office_day',
                format('the office days of act %s are part of the signed act and cannot change', coalesce(a.number, r.act_id::text)),
                format('Act %s of body %s, status %s; %s of an office day (%s).', r.act_id, r.state_body_id, a.status,
                       lower(TG_OP), coalesce('ISO weekday ' || r.iso_weekday, r.period::text)),
                'Issue a new act for other office days; a signed act is only cancelled (п. 21).');
        END IF;
        IF TG_OP <> 'DELETE' AND a.regime <> 'combined_remote' THEN
            PERFORM civilservice.refuse('п. 3.1', 'check_violation', 'act_office_day_combined_act', 'act_office_day',
                'office days belong to a combined remote act',
                format('Act %s of body %s is a %s act.', r.act_id, r.state_body_id, a.regime),
                'Set office days only on an act with regime combined_remote; under remote work every day is remote.');
        END IF;
    END LOOP;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$;
COMMENT ON FUNCTION civilservice.act_office_day_guard() IS
  'Trigger: п. 3.1, п. 6 — office days are written only for a combined remote act (act_office_day_combined_act) that is still a draft (act_office_day_frozen, 23001); the act is share-locked against a concurrent signing';

-- п. 3.1, п. 6: a combined remote act says when the work is at the
-- employer's premises; without any office day it is remote work, and is not
-- signed as combined. Runs after act_sign (trigger names sort so): the
-- signing check of the act's other contents refuses first.
CREATE FUNCTION civilservice.act_sign_office_days() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP <> 'UPDATE' OR TG_TABLE_SCHEMA <> 'civilservice'
       OR TG_TABLE_NAME <> 'act' THEN
        RAISE EXCEPTION 'act_sign_office_days() must be a BEFORE UPDATE row trigger on civilservice.act'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF NEW.regime = 'combined_remote' AND OLD.status = 'draft' AND NEW.status = 'signed'
       AND NOT EXISTS (SELECT FROM civilservice.act_office_day d
                        WHERE d.state_body_id = NEW.state_body_id AND d.act_id = NEW.id
                          AND (d.period IS NULL OR NEW.term IS NULL OR d.period && NEW.term)) THEN
        PERFORM civilservice.refuse('п. 3.1, п. 6', 'check_violation', 'act_office_days_required', 'act',
            format('combined remote act %s does not say which days are at the office', coalesce(NEW.number, NEW.id::text)),
            format('Act %s of body %s, term %s: no office day (ISO weekday or dated period within the term) in civilservice.act_office_day.',
                   NEW.id, NEW.state_body_id, NEW.term),
            'Insert the office days of the draft into civilservice.act_office_day (iso_weekday 1-7 and/or a period), then sign it; an act with no day at the office is a remote act.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.act_sign_office_days() IS
  'Trigger: п. 3.1, п. 6 — a combined remote act is signed only with at least one office day (a weekday of the pattern, or a dated period touching its term) (act_office_days_required)';
