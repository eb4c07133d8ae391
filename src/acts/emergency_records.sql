-- Emergency cases (п. 5). A case is decided by a state body or official for
-- a territory; each state body records the cases its acts rest on as its own
-- rows (state_body_id leads the key), so that capping one body's case never
-- changes another body's acts.
CREATE TABLE civilservice.emergency_case (
    state_body_id  bigint NOT NULL REFERENCES civilservice.state_body,
    id             bigserial,
    kind           civilservice.emergency_kind NOT NULL,
    decided_by     text NOT NULL CONSTRAINT emergency_case_decided_by CHECK (civilservice.checked(
                       btrim(decided_by, E' \t\n') <> '', 'п. 5', 'emergency_case_decided_by', 'emergency_case',
                       'an emergency case names the state body or official who decided it', 'decided_by is blank.',
                       'Name the state body or official whose decision introduced the case (п. 5: «по решению государственных органов или их должностных лиц»).')),
    decision_ref   text NOT NULL CONSTRAINT emergency_case_decision_ref CHECK (civilservice.checked(
                       btrim(decision_ref, E' \t\n') <> '', 'п. 5', 'emergency_case_decision_ref', 'emergency_case',
                       'an emergency case references the decision', 'decision_ref is blank.',
                       'Give the number and title of the decision.')),
    decision_date  date,
    starts_on      date NOT NULL,
    ends_on        date,
    description    text,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT emergency_case_ends_after_start CHECK (civilservice.checked(
        ends_on IS NULL OR ends_on >= starts_on, 'п. 5', 'emergency_case_ends_after_start', 'emergency_case',
        'a case is eliminated on or after the day it is introduced',
        'Case ' || id || ': starts on ' || starts_on || ', ends on ' || ends_on || '.',
        'Check the dates: ends_on is the last day of the case, on or after starts_on.'))
);
COMMENT ON TABLE civilservice.emergency_case IS
  'п. 5: случай, при котором уполномоченное лицо вправе в одностороннем порядке установить дистанционную или комбинированную работу; срок такого режима не может превышать дату ликвидации случая. Each state body records the cases its acts rest on';
COMMENT ON COLUMN civilservice.emergency_case.state_body_id IS 'Государственный орган, чьи акты основаны на случае (the case is the body''s record)';
COMMENT ON COLUMN civilservice.emergency_case.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.emergency_case.kind IS 'Вид случая (п. 5)';
COMMENT ON COLUMN civilservice.emergency_case.decided_by IS 'Государственный орган или должностное лицо, принявшие решение';
COMMENT ON COLUMN civilservice.emergency_case.decision_ref IS 'Реквизиты решения (номер, наименование)';
COMMENT ON COLUMN civilservice.emergency_case.decision_date IS 'Дата решения';
COMMENT ON COLUMN civilservice.emergency_case.starts_on IS 'Дата введения; an act on the case starts on or after it, and it never moves after the start of an act signed on it';
COMMENT ON COLUMN civilservice.emergency_case.ends_on IS 'Дата ликвидации (the last day of the case); NULL while unknown. Setting or moving it caps every signed act of the body on the case';
COMMENT ON COLUMN civilservice.emergency_case.description IS 'Free text: territory, measures';
COMMENT ON CONSTRAINT emergency_case_pkey ON civilservice.emergency_case IS
  'п. 5: a case is known by its state body and its id';
COMMENT ON CONSTRAINT emergency_case_decided_by ON civilservice.emergency_case IS
  'п. 5: a case is decided by a state body or its official, named here';
COMMENT ON CONSTRAINT emergency_case_decision_ref ON civilservice.emergency_case IS
  'п. 5: the decision that introduced the case is referenced';
COMMENT ON CONSTRAINT emergency_case_ends_after_start ON civilservice.emergency_case IS
  'п. 5: a case is eliminated on or after the day it is introduced';
CREATE TRIGGER emergency_case_history AFTER UPDATE OR DELETE ON civilservice.emergency_case
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
CREATE TRIGGER emergency_case_cap_acts AFTER UPDATE OF starts_on, ends_on ON civilservice.emergency_case
    FOR EACH ROW WHEN (NEW.starts_on IS DISTINCT FROM OLD.starts_on
                       OR NEW.ends_on IS NOT NULL AND NEW.ends_on IS DISTINCT FROM OLD.ends_on)
    EXECUTE FUNCTION civilservice.emergency_case_cap_acts();
COMMENT ON TRIGGER emergency_case_history ON civilservice.emergency_case IS 'Every change of a case is kept';
COMMENT ON TRIGGER emergency_case_cap_acts ON civilservice.emergency_case IS 'п. 5: the acts on the case lie within it: its start never moves past them, and they end with it';
COMMENT ON SEQUENCE civilservice.emergency_case_id_seq IS 'Keys of civilservice.emergency_case';
