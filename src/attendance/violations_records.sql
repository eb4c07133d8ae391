-- Violations (п. 21), computed from attendance and entered by the HR service.

CREATE TABLE civilservice.violation (
    state_body_id bigint NOT NULL,
    id            bigserial,
    employee_id   bigint NOT NULL,
    day           date NOT NULL,
    kind          text NOT NULL CONSTRAINT violation_kind CHECK (civilservice.counts_as_violation(kind)),
    detail        text,
    source        text NOT NULL DEFAULT 'manual' CONSTRAINT violation_source CHECK (source IN ('computed', 'manual')),
    recorded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by   text NOT NULL DEFAULT current_user,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id)
);
CREATE INDEX violation_employee_day_idx ON civilservice.violation (state_body_id, employee_id, day);
CREATE INDEX violation_day_idx ON civilservice.violation (state_body_id, day) WHERE source = 'computed';
COMMENT ON TABLE civilservice.violation IS
  'Нарушения (п. 21): computed from attendance by recompute_violations() (source computed, replaced on each recomputation of their period) and entered by the HR service (source manual, never touched by a recomputation)';
COMMENT ON COLUMN civilservice.violation.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.violation.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.violation.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.violation.day IS 'Дата нарушения';
COMMENT ON COLUMN civilservice.violation.kind IS 'Вид нарушения, a code of breach_kind that counts as a violation';
COMMENT ON COLUMN civilservice.violation.detail IS 'Подробности';
COMMENT ON COLUMN civilservice.violation.source IS 'computed (from attendance) or manual (HR service: labour discipline, regime conditions)';
COMMENT ON COLUMN civilservice.violation.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.violation.recorded_by IS 'Database role that recorded it';
CREATE TRIGGER violation_history AFTER UPDATE OR DELETE ON civilservice.violation
    FOR EACH ROW WHEN (OLD.source = 'manual') EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON SEQUENCE civilservice.violation_id_seq IS 'Keys of civilservice.violation';
