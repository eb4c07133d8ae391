-- Absences of employees (п. 20, 21): the days an employee is away by a
-- document — leave, sick leave, business trip, secondment, training.

CREATE TABLE civilservice.absence (
    state_body_id   bigint NOT NULL REFERENCES civilservice.state_body (id),
    id              bigserial,
    employee_id     bigint NOT NULL,
    kind            civilservice.absence_kind NOT NULL,
    period          daterange NOT NULL,
    document_number text NOT NULL,
    document_date   date NOT NULL,
    note            text,
    recorded_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by     text NOT NULL DEFAULT current_user,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT absence_period CHECK (civilservice.checked(
        NOT isempty(period) AND NOT lower_inf(period) AND isfinite(lower(period))
        AND (upper_inf(period) OR isfinite(upper(period))),
        'п. 20', 'absence_period', 'absence', 'an absence has a first day',
        format('Period %s.', period),
        'Give the period as [first day, day after the last), e.g. ''[2026-04-13,2026-04-25)''; leave the end open only while it is unknown (an open sick-leave certificate).')),
    CONSTRAINT absence_document CHECK (civilservice.checked(
        btrim(document_number, E' \t\n') <> '' AND isfinite(document_date),
        'п. 20', 'absence_document', 'absence', 'an absence rests on a document with its number and date',
        format('Document number %s, date %s.', coalesce(quote_literal(document_number), 'none'), document_date),
        'Give the number and date of the order, certificate or travel document.')),
    CONSTRAINT absence_no_overlap EXCLUDE USING gist (state_body_id WITH =, employee_id WITH =, period WITH &&)
);
COMMENT ON TABLE civilservice.absence IS
  'Отсутствие служащего по документу: отпуск, временная нетрудоспособность, командировка, откомандирование, обучение. attendance() gives its working days the status absent with no breach, so an employee away is never a violator (п. 20, 21)';
COMMENT ON COLUMN civilservice.absence.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.absence.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.absence.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.absence.kind IS 'Вид отсутствия (absence_kind)';
COMMENT ON COLUMN civilservice.absence.period IS 'Период отсутствия, [first day, day after the last), calendar days in the body''s time zone; an open end while it is not known (an open sick-leave certificate)';
COMMENT ON COLUMN civilservice.absence.document_number IS 'Номер документа: приказ об отпуске, листок нетрудоспособности, приказ о командировке и т. п.';
COMMENT ON COLUMN civilservice.absence.document_date IS 'Дата документа';
COMMENT ON COLUMN civilservice.absence.note IS 'Примечание';
COMMENT ON COLUMN civilservice.absence.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.absence.recorded_by IS 'Database role that recorded it';
COMMENT ON CONSTRAINT absence_period ON civilservice.absence IS
  'п. 20: an absence has a first day; its end is finite or not yet known';
COMMENT ON CONSTRAINT absence_document ON civilservice.absence IS
  'п. 20: an absence rests on a document with its number and date';
COMMENT ON CONSTRAINT absence_no_overlap ON civilservice.absence IS
  'п. 20: an employee has one absence at a time (absence_check refuses first, naming the absence met)';
COMMENT ON SEQUENCE civilservice.absence_id_seq IS 'Keys of civilservice.absence';
CREATE TRIGGER absence_check BEFORE INSERT OR UPDATE ON civilservice.absence
    FOR EACH ROW EXECUTE FUNCTION civilservice.absence_check();
CREATE TRIGGER absence_history AFTER UPDATE OR DELETE ON civilservice.absence
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER absence_check ON civilservice.absence IS
  'п. 20: inside the employment (absence_within_employment); no overlap with another absence of the employee (absence_no_overlap)';
COMMENT ON TRIGGER absence_history ON civilservice.absence IS 'Every change of an absence is kept';
