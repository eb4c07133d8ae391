
-- Access-control (СКУД) events (п. 20). Loaded with COPY, which the
-- library runs itself (src/events/copy.c); checked by the trigger
-- access_event_employee for every other write.
CREATE TABLE civilservice.access_event (
    state_body_id bigint NOT NULL,
    employee_id   bigint NOT NULL,
    at            timestamptz NOT NULL,
    -- Collation "C": the key compares these bytewise, which made COPY
    -- into the table about 8% faster than the database's collation.
    direction     text COLLATE "C" NOT NULL,
    device_id     text COLLATE "C" NOT NULL,
    source        text NOT NULL DEFAULT 'skud',
    -- Time-leading key: badge feeds arrive in time order, so index inserts
    -- go to the right edge of the index (append-mostly); measured much
    -- cheaper for COPY than an employee-leading key. Declared on the
    -- parent: every partition, however created or restored, gets it.
    CONSTRAINT access_event_pkey PRIMARY KEY (state_body_id, employee_id, at, direction, device_id),
    CONSTRAINT access_event_direction CHECK (direction IN ('in', 'out'))
) PARTITION BY RANGE (at);
COMMENT ON TABLE civilservice.access_event IS
  'События СКУД (п. 20): passages of employees through the access-control system, one row per badge event; partitioned by month of at (bounds at 00:00 UTC+5), with the primary key (state_body_id, employee_id, at, direction, device_id), so a resent event is stored once. Load with COPY (see README)';
COMMENT ON COLUMN civilservice.access_event.state_body_id IS 'Государственный орган: the state body whose access-control system recorded the event';
COMMENT ON COLUMN civilservice.access_event.employee_id IS 'Государственный служащий: the employee (civilservice.employee (state_body_id, id)) who passed';
COMMENT ON COLUMN civilservice.access_event.at IS 'Время прохода: instant of the passage, as recorded by the device';
COMMENT ON COLUMN civilservice.access_event.direction IS 'Направление: ''in'' (вход) or ''out'' (выход)';
COMMENT ON COLUMN civilservice.access_event.device_id IS 'Считыватель (турникет): identifier of the badge reader in the access-control system';
COMMENT ON COLUMN civilservice.access_event.source IS 'Источник: system the event came from (default ''skud''; e.g. a manual correction by the HR service)';
COMMENT ON CONSTRAINT access_event_pkey ON civilservice.access_event IS
  'One row per event (п. 20): a resend of the same body, instant, employee, device and direction is the same event';
COMMENT ON CONSTRAINT access_event_direction ON civilservice.access_event IS
  'п. 20: the direction is ''in'' or ''out''';

-- The rule access_event_employee (п. 20: the event is of an employee of the
-- state body) is kept by two triggers of that name, as a foreign key is by
-- its pair of triggers: one checks every write of an event, the other
-- refuses to delete or re-key an employee who has events.
CREATE TRIGGER access_event_employee BEFORE INSERT OR UPDATE ON civilservice.access_event
    FOR EACH ROW EXECUTE FUNCTION civilservice.access_event_check();
COMMENT ON TRIGGER access_event_employee ON civilservice.access_event IS
  'п. 20: the event is complete, its direction is in or out, its employee is one of the state body''s; COPY into the table is run by the library, which applies the same checks and skips resent events';
CREATE TRIGGER access_event_employee BEFORE DELETE OR UPDATE OF state_body_id, id ON civilservice.employee
    FOR EACH ROW EXECUTE FUNCTION civilservice.access_event_employee_guard();
COMMENT ON TRIGGER access_event_employee ON civilservice.employee IS
  'п. 20: an employee who has access-control events is neither deleted nor re-keyed';
CREATE TRIGGER access_event_employee_truncate BEFORE TRUNCATE ON civilservice.employee
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.access_event_employee_guard();
COMMENT ON TRIGGER access_event_employee_truncate ON civilservice.employee IS
  'п. 20: the employees are not truncated while access-control events exist';
CREATE TRIGGER employee_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.employee
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.employee_invalidate();
COMMENT ON TRIGGER employee_invalidate ON civilservice.employee IS
  'Drops the cached employee keys of the access-control event checks (п. 20) in every backend when a change commits';

-- The default partition and the months of the Rules so far and ahead;
-- later months by civilservice.ensure_access_event_partitions() (monthly).
SELECT count(*) FROM civilservice.ensure_access_event_partitions('2024-01-01', 48);

-- Rows a load set aside (civilservice.access_event_rejects = 'divert').
CREATE TABLE civilservice.access_event_rejected (
    id              bigserial PRIMARY KEY,
    state_body_id   bigint,
    employee_id     bigint,
    at              timestamptz,
    direction       text,
    device_id       text,
    source          text,
    reason          text NOT NULL,
    sqlstate        text NOT NULL,
    constraint_name text,
    loaded_at       timestamptz NOT NULL DEFAULT now(),
    loaded_by       text NOT NULL DEFAULT current_user
);
COMMENT ON TABLE civilservice.access_event_rejected IS
  'Отклонённые события СКУД (п. 20): rows of a load refused by the rules while civilservice.access_event_rejects = ''divert'', as loaded, with the reason; fix them and load them again';
COMMENT ON COLUMN civilservice.access_event_rejected.id IS 'Surrogate key, in order of rejection';
COMMENT ON COLUMN civilservice.access_event_rejected.state_body_id IS 'Государственный орган: state body of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.employee_id IS 'Employee of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.at IS 'Instant of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.direction IS 'Direction of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.device_id IS 'Badge reader of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.source IS 'Source of the rejected row, as loaded';
COMMENT ON COLUMN civilservice.access_event_rejected.reason IS 'Why the row was refused (the error message and detail, naming п. 20)';
COMMENT ON COLUMN civilservice.access_event_rejected.sqlstate IS 'SQLSTATE the row would have raised (23503 unknown employee, 23514 direction, 23502 null value)';
COMMENT ON COLUMN civilservice.access_event_rejected.constraint_name IS 'Rule the row violates (access_event_employee, access_event_direction, access_event_complete for a missing value)';
COMMENT ON COLUMN civilservice.access_event_rejected.loaded_at IS 'Start of the transaction of the load';
COMMENT ON COLUMN civilservice.access_event_rejected.loaded_by IS 'Database role that ran the load';
COMMENT ON SEQUENCE civilservice.access_event_rejected_id_seq IS 'Keys of civilservice.access_event_rejected';
