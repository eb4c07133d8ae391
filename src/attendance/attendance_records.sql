
------------------------------------------------------------------------------
-- Remote time records (п. 9)

CREATE TABLE civilservice.remote_time_record (
    state_body_id bigint NOT NULL,
    id            bigserial,
    employee_id   bigint NOT NULL,
    day           date NOT NULL,
    started_at    timestamptz NOT NULL,
    ended_at      timestamptz NOT NULL,
    reported_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    note          text,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT remote_time_record_one_per_day UNIQUE (state_body_id, employee_id, day),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT remote_time_record_order CHECK (civilservice.checked(
        ended_at > started_at AND isfinite(started_at) AND isfinite(ended_at),
        'п. 9', 'remote_time_record_order', 'remote_time_record', 'a remote time record ends after it starts',
        format('Day %s: started %s, ended %s.', day, started_at, ended_at),
        'Give the start and the end of the work of that day, the end after the start.'))
);
COMMENT ON TABLE civilservice.remote_time_record IS
  'п. 9: фиксированный учёт рабочего времени при дистанционной работе — the working time a remote worker reports for a day; attendance uses it instead of badge events on remote days';
COMMENT ON COLUMN civilservice.remote_time_record.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.remote_time_record.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.remote_time_record.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.remote_time_record.day IS 'Рабочий день, to which the record belongs (the day the work started, in the body''s time zone)';
COMMENT ON COLUMN civilservice.remote_time_record.started_at IS 'Начало работы';
COMMENT ON COLUMN civilservice.remote_time_record.ended_at IS 'Окончание работы';
COMMENT ON COLUMN civilservice.remote_time_record.reported_at IS 'When the record was entered';
COMMENT ON COLUMN civilservice.remote_time_record.note IS 'Примечание';
COMMENT ON CONSTRAINT remote_time_record_order ON civilservice.remote_time_record IS
  'п. 9: a remote time record ends after it starts';
COMMENT ON CONSTRAINT remote_time_record_one_per_day ON civilservice.remote_time_record IS
  'п. 9: one record of the working time per employee and day';
CREATE TRIGGER remote_time_record_check BEFORE INSERT OR UPDATE ON civilservice.remote_time_record
    FOR EACH ROW EXECUTE FUNCTION civilservice.remote_time_record_check();
CREATE TRIGGER remote_time_record_history AFTER UPDATE OR DELETE ON civilservice.remote_time_record
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER remote_time_record_check ON civilservice.remote_time_record IS
  'п. 9: the record lies on its day in the body''s time zone (remote_time_record_day), within the session limit (remote_time_record_length) and inside the employment (remote_time_record_within_employment)';
COMMENT ON TRIGGER remote_time_record_history ON civilservice.remote_time_record IS 'Every change of a time record is kept';

------------------------------------------------------------------------------
-- Demands of availability outside working time (п. 11)

CREATE TABLE civilservice.availability_demand (
    state_body_id   bigint NOT NULL,
    id              bigserial,
    employee_id     bigint NOT NULL,
    demanded_by     bigint NOT NULL,
    demanded_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    kind            text NOT NULL CONSTRAINT availability_demand_kind CHECK (civilservice.checked(
                        kind IN ('be_reachable', 'work'), 'п. 11', 'availability_demand_kind', 'availability_demand',
                        'a demand is to be reachable or to work', format('Kind %s.', quote_literal(kind)),
                        'Give kind be_reachable (быть на связи) or work (выполнять работу).')),
    required_from   timestamptz NOT NULL,
    required_to     timestamptz,
    legal_exception text CONSTRAINT availability_demand_legal_exception CHECK (civilservice.checked(
                        legal_exception IN ('art_32_p_4'), 'п. 11', 'availability_demand_legal_exception', 'availability_demand',
                        'the only exception is art. 32 p. 4 of the Law "On civil service"',
                        format('Exception %s.', quote_literal(legal_exception)),
                        'Give legal_exception art_32_p_4 with its justification, or leave it NULL.')),
    justification   text,
    detail          text,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    FOREIGN KEY (state_body_id, demanded_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT availability_demand_period CHECK (civilservice.checked(
        required_to IS NULL OR required_to > required_from, 'п. 11', 'availability_demand_period', 'availability_demand',
        'a demand ends after it starts', format('Required from %s to %s.', required_from, required_to),
        'Give required_to after required_from, or leave it NULL for a single moment.')),
    CONSTRAINT availability_demand_justification CHECK (civilservice.checked(
        legal_exception IS NULL OR btrim(coalesce(justification, '')) <> '', 'п. 11', 'availability_demand_justification', 'availability_demand',
        'a demand under art. 32 p. 4 states its justification', format('Exception %s without a justification.', legal_exception),
        'Say in justification why art. 32 p. 4 of the Law "On civil service" applies.'))
);
COMMENT ON TABLE civilservice.availability_demand IS
  'п. 11: требования работодателя быть на связи или выполнять работу; outside working time they are allowed only under art. 32 p. 4 of the Law "On civil service" (see after_hours_demands)';
COMMENT ON COLUMN civilservice.availability_demand.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.availability_demand.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.availability_demand.employee_id IS 'Служащий, от которого потребовали';
COMMENT ON COLUMN civilservice.availability_demand.demanded_by IS 'Кто потребовал (employee of the same body)';
COMMENT ON COLUMN civilservice.availability_demand.demanded_at IS 'Когда потребовал';
COMMENT ON COLUMN civilservice.availability_demand.kind IS 'be_reachable (быть на связи) or work (выполнять работу)';
COMMENT ON COLUMN civilservice.availability_demand.required_from IS 'From when the employee had to be reachable or work';
COMMENT ON COLUMN civilservice.availability_demand.required_to IS 'Until when; NULL for a single moment';
COMMENT ON COLUMN civilservice.availability_demand.legal_exception IS 'Исключение, на которое сослался работодатель: art_32_p_4 (ст. 32 п. 4 Закона «О государственной службе»), or NULL';
COMMENT ON COLUMN civilservice.availability_demand.justification IS 'Обоснование исключения, required with legal_exception';
COMMENT ON COLUMN civilservice.availability_demand.detail IS 'Подробности';
COMMENT ON CONSTRAINT availability_demand_kind ON civilservice.availability_demand IS 'п. 11: be_reachable or work';
COMMENT ON CONSTRAINT availability_demand_legal_exception ON civilservice.availability_demand IS 'п. 11: the exception of art. 32 p. 4 of the Law "On civil service", or none';
COMMENT ON CONSTRAINT availability_demand_period ON civilservice.availability_demand IS 'п. 11: a demand ends after it starts';
COMMENT ON CONSTRAINT availability_demand_justification ON civilservice.availability_demand IS 'п. 11: the exception of art. 32 p. 4 comes with its justification';
CREATE TRIGGER availability_demand_check BEFORE INSERT OR UPDATE ON civilservice.availability_demand
    FOR EACH ROW EXECUTE FUNCTION civilservice.availability_demand_check();
CREATE TRIGGER availability_demand_history AFTER UPDATE OR DELETE ON civilservice.availability_demand
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER availability_demand_check ON civilservice.availability_demand IS
  'п. 11: a demand concerns an employee while employed (availability_demand_within_employment)';
COMMENT ON TRIGGER availability_demand_history ON civilservice.availability_demand IS 'Every change of a demand is kept';

CREATE VIEW civilservice.after_hours_demands AS
    SELECT d.state_body_id, d.id AS demand_id, d.employee_id, e.full_name, d.demanded_by, d.demanded_at, d.kind,
           l.local_from, l.local_to, sch.schedule,
           CASE WHEN NOT civilservice.is_working_day(CAST(l.local_from AS date), b.calendar_code) THEN 'day_off'
                WHEN sch.schedule IS NOT NULL AND CAST(l.local_from AS time) < civilservice.day_start(sch.schedule) THEN 'before_working_time'
                ELSE 'after_working_time' END AS outside
      FROM civilservice.availability_demand d
      JOIN civilservice.state_body b ON b.id = d.state_body_id
      JOIN civilservice.employee e ON e.state_body_id = d.state_body_id AND e.id = d.employee_id
      CROSS JOIN LATERAL (SELECT d.required_from AT TIME ZONE b.time_zone AS local_from,
                                 coalesce(d.required_to, d.required_from) AT TIME ZONE b.time_zone AS local_to) l
      CROSS JOIN LATERAL (
          SELECT coalesce((SELECT ac.fixed_working_time
                             FROM civilservice.act_employee ae
                             JOIN civilservice.act ac ON ac.state_body_id = ae.state_body_id AND ac.id = ae.act_id
                            WHERE ae.state_body_id = d.state_body_id AND ae.employee_id = d.employee_id
                              AND ae.regime_group = 'flexible' AND ae.effective_term @> CAST(l.local_from AS date)),
                          e.work_schedule, b.work_schedule) AS schedule) sch
     WHERE d.legal_exception IS NULL
       AND (NOT civilservice.is_working_day(CAST(l.local_from AS date), b.calendar_code)
            OR CAST(l.local_to AS date) > CAST(l.local_from AS date)
            OR sch.schedule IS NOT NULL
               AND (CAST(l.local_from AS time) < civilservice.day_start(sch.schedule)
                    OR CAST(l.local_to AS time) > civilservice.day_end(sch.schedule)));
COMMENT ON VIEW civilservice.after_hours_demands IS
  'п. 11: demands that an employee be reachable or work outside working time (a day off, or before the start or after the end of the schedule in force, in the body''s time zone) without the exception of art. 32 p. 4 of the Law "On civil service" — violations of the employer';
COMMENT ON COLUMN civilservice.after_hours_demands.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.after_hours_demands.demand_id IS 'The demand (availability_demand.id)';
COMMENT ON COLUMN civilservice.after_hours_demands.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.after_hours_demands.full_name IS 'ФИО служащего';
COMMENT ON COLUMN civilservice.after_hours_demands.demanded_by IS 'Кто потребовал';
COMMENT ON COLUMN civilservice.after_hours_demands.demanded_at IS 'Когда потребовал';
COMMENT ON COLUMN civilservice.after_hours_demands.kind IS 'be_reachable or work';
COMMENT ON COLUMN civilservice.after_hours_demands.local_from IS 'Required from, in the body''s local time';
COMMENT ON COLUMN civilservice.after_hours_demands.local_to IS 'Required until, in the body''s local time';
COMMENT ON COLUMN civilservice.after_hours_demands.schedule IS 'Schedule in force that day (flexible act''s fixed working time, the employee''s or the body''s)';
COMMENT ON COLUMN civilservice.after_hours_demands.outside IS 'day_off, before_working_time or after_working_time';
COMMENT ON SEQUENCE civilservice.remote_time_record_id_seq IS 'Keys of civilservice.remote_time_record';
COMMENT ON SEQUENCE civilservice.availability_demand_id_seq IS 'Keys of civilservice.availability_demand';

-- attendance() reads recalls in order of employee, and one employee's through
-- this index only (п. 12); the key of recall is by body and id.
CREATE INDEX recall_employee_idx ON civilservice.recall (state_body_id, employee_id, report_at);
COMMENT ON INDEX civilservice.recall_employee_idx IS
  'Recalls of one employee (п. 12), as attendance() reads them';
