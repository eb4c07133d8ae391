-- The numbers of the Rules used by the acts part, and emergency cases (п. 5).

SELECT pg_catalog.set_config('civilservice.shipping', 'on', true);

INSERT INTO civilservice.rule_parameter (id, name, valid_from, value, unit, rule_point, description, source, shipped) VALUES
 (2, 'flexible_period_months', '2023-06-11', 6, 'months', 'п. 18',
  'Срок режима гибкого рабочего времени не более шести месяцев; каждое продление по соглашению сторон — снова не более шести месяцев',
  'Правила применения дистанционной работы, комбинированной дистанционной работы, работы в режиме гибкого рабочего времени для государственных служащих (приказ Председателя АДГС РК от 29.05.2023 № 120), п. 18', true),
 (3, 'daily_hours_limit', '2023-06-11', 8, 'hours', 'п. 9, п. 19',
  'Продолжительность ежедневной работы при пятидневной рабочей неделе',
  'Трудовой кодекс РК, ст. 68; Правила, п. 9, 19', true),
 (4, 'weekly_hours_limit', '2023-06-11', 40, 'hours', 'п. 19',
  'Нормальная продолжительность рабочего времени в неделю',
  'Трудовой кодекс РК, ст. 68; Правила, п. 19', true),
 (5, 'urgent_recall_notice_minutes', '2023-06-11', 0, 'minutes', 'п. 12',
  'Минимальное предварительное уведомление о вызове на рабочее место для выполнения непредвиденных срочных работ: уведомление должно предшествовать времени явки не менее чем на столько минут (политика органа; по умолчанию — просто предшествовать)',
  'Правила, п. 12 (величину устанавливает государственный орган)', true);

SELECT pg_catalog.set_config('civilservice.shipping', 'off', true);

CREATE TYPE civilservice.emergency_kind AS ENUM (
    'state_of_emergency', 'martial_law', 'emergency_situation', 'quarantine',
    'restrictive_measures', 'exceptional_threat');
COMMENT ON TYPE civilservice.emergency_kind IS
  'п. 5: чрезвычайное положение, военное положение, чрезвычайная ситуация, карантин, иные ограничительные меры, иные исключительные случаи угрозы жизни или здоровью';

-- A case is decided by a state body for a territory and may concern many
-- bodies: it is reference data shared by all of them, not one body's data.
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
SELECT pg_catalog.pg_extension_config_dump('civilservice.emergency_case', '');
SELECT pg_catalog.pg_extension_config_dump('civilservice.emergency_case_id_seq', '');
CREATE TRIGGER emergency_case_history AFTER UPDATE OR DELETE ON civilservice.emergency_case
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON SEQUENCE civilservice.emergency_case_id_seq IS 'Keys of civilservice.emergency_case';
