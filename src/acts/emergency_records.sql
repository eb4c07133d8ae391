-- Emergency cases (п. 5). A case is decided by a state body for a territory
-- and may concern many bodies: it is reference data shared by all of them,
-- not one body's data.
CREATE TABLE civilservice.emergency_case (
    id             bigserial PRIMARY KEY,
    kind           civilservice.emergency_kind NOT NULL,
    decided_by     text NOT NULL CHECK (btrim(decided_by) <> ''),
    decision_ref   text NOT NULL CHECK (btrim(decision_ref) <> ''),
    decision_date  date,
    starts_on      date NOT NULL,
    ends_on        date,
    description    text,
    CONSTRAINT emergency_case_ends_after_start CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
COMMENT ON TABLE civilservice.emergency_case IS
  'п. 5: случай, при котором уполномоченное лицо вправе в одностороннем порядке установить дистанционную или комбинированную работу; срок такого режима не может превышать дату ликвидации случая';
COMMENT ON COLUMN civilservice.emergency_case.id IS 'Key';
COMMENT ON COLUMN civilservice.emergency_case.kind IS 'Вид случая (п. 5)';
COMMENT ON COLUMN civilservice.emergency_case.decided_by IS 'Государственный орган, принявший решение';
COMMENT ON COLUMN civilservice.emergency_case.decision_ref IS 'Реквизиты решения (номер, наименование)';
COMMENT ON COLUMN civilservice.emergency_case.decision_date IS 'Дата решения';
COMMENT ON COLUMN civilservice.emergency_case.starts_on IS 'Дата введения';
COMMENT ON COLUMN civilservice.emergency_case.ends_on IS 'Дата ликвидации (the last day of the case); NULL while unknown. Setting or moving it caps every signed act on the case';
COMMENT ON COLUMN civilservice.emergency_case.description IS 'Free text: territory, measures';
COMMENT ON CONSTRAINT emergency_case_ends_after_start ON civilservice.emergency_case IS
  'п. 5: a case is eliminated on or after the day it is introduced';
CREATE TRIGGER emergency_case_history AFTER UPDATE OR DELETE ON civilservice.emergency_case
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
CREATE TRIGGER emergency_case_cap_acts AFTER UPDATE OF ends_on ON civilservice.emergency_case
    FOR EACH ROW WHEN (NEW.ends_on IS NOT NULL AND NEW.ends_on IS DISTINCT FROM OLD.ends_on)
    EXECUTE FUNCTION civilservice.emergency_case_cap_acts();
COMMENT ON TRIGGER emergency_case_history ON civilservice.emergency_case IS 'Every change of a case is kept';
COMMENT ON TRIGGER emergency_case_cap_acts ON civilservice.emergency_case IS 'п. 5: the acts on the case end with it';
COMMENT ON SEQUENCE civilservice.emergency_case_id_seq IS 'Keys of civilservice.emergency_case';
