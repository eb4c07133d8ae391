-- Violations (п. 21), computed from attendance and entered by the HR service;
-- the queue of days whose violations are to be recomputed; a state body's own
-- values of the rule parameters of its policy (п. 20, 21).

CREATE TABLE civilservice.violation (
    state_body_id bigint NOT NULL,
    id            bigserial,
    employee_id   bigint NOT NULL,
    day           date NOT NULL,
    kind          text NOT NULL CONSTRAINT violation_kind CHECK (civilservice.checked(
                      civilservice.counts_as_violation(kind), 'п. 21', 'violation_kind', 'violation',
                      'a violation is of a kind that counts as one',
                      format('Kind "%s" is not a code of civilservice.breach_kind that counts as a violation.', kind),
                      'Use a kind of civilservice.breach_kind with counts_as_violation (labour_discipline or regime_condition for what the HR service documents).')),
    detail        text,
    source        text NOT NULL DEFAULT 'manual' CONSTRAINT violation_source CHECK (civilservice.checked(
                      source IN ('computed', 'manual'), 'п. 21', 'violation_source', 'violation',
                      'a violation is computed or manual',
                      format('Source "%s" is neither computed nor manual.', source),
                      'Leave source out (manual) when the HR service enters a violation; computed ones are written by recompute_violations() and refresh_violations().')),
    recorded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by   text NOT NULL DEFAULT current_user,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id)
);
CREATE INDEX violation_employee_day_idx ON civilservice.violation (state_body_id, employee_id, day);
-- one computed violation per employee, day and kind: a recomputation
-- changes only what changed
CREATE UNIQUE INDEX violation_computed_key ON civilservice.violation (state_body_id, employee_id, day, kind) WHERE source = 'computed';
COMMENT ON TABLE civilservice.violation IS
  'Нарушения (п. 21): computed from attendance (source computed: one per employee, day and kind, kept current by recompute_violations() and refresh_violations(), which delete those no longer found, insert new ones and leave the others alone) and entered by the HR service (source manual, never touched by a recomputation); every change is kept in history';
COMMENT ON COLUMN civilservice.violation.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.violation.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.violation.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.violation.day IS 'Дата нарушения';
COMMENT ON COLUMN civilservice.violation.kind IS 'Вид нарушения, a code of breach_kind that counts as a violation';
COMMENT ON COLUMN civilservice.violation.detail IS 'Подробности';
COMMENT ON COLUMN civilservice.violation.source IS 'computed (from attendance) or manual (HR service: labour discipline, regime conditions)';
COMMENT ON COLUMN civilservice.violation.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.violation.recorded_by IS 'Database role that recorded it';
COMMENT ON CONSTRAINT violation_kind ON civilservice.violation IS 'п. 21: a violation is of a kind of breach_kind that counts as a violation';
COMMENT ON CONSTRAINT violation_source ON civilservice.violation IS 'п. 21: a violation is computed (from attendance) or manual (documented by the HR service)';
COMMENT ON INDEX civilservice.violation_computed_key IS 'п. 21: one computed violation per employee, day and kind';
CREATE TRIGGER violation_history AFTER UPDATE OR DELETE ON civilservice.violation
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER violation_history ON civilservice.violation IS
  'Every change to a violation, computed or manual, is kept in civilservice.history; a recomputation changes only the computed violations that changed, so the history holds real changes only';
COMMENT ON SEQUENCE civilservice.violation_id_seq IS 'Keys of civilservice.violation';

------------------------------------------------------------------------------
-- The days whose violations are to be recomputed (п. 20, 21)

CREATE TABLE civilservice.violation_queue (
    state_body_id bigint NOT NULL,
    id            bigserial,
    employee_id   bigint NOT NULL,
    days          daterange NOT NULL CONSTRAINT violation_queue_days CHECK (civilservice.checked(
                      NOT isempty(days) AND NOT lower_inf(days) AND NOT upper_inf(days), 'п. 21', 'violation_queue_days', 'violation_queue',
                      'the days to recompute are a finite period',
                      format('Days %s of employee %s of state body %s.', days, employee_id, state_body_id),
                      'Give the first and the last day touched; civilservice.queue_violation_days() clamps the days to the last ten years.')),
    source_table  text NOT NULL,
    queued_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id) ON DELETE CASCADE
);
CREATE INDEX violation_queue_employee_idx ON civilservice.violation_queue (state_body_id, employee_id);
COMMENT ON TABLE civilservice.violation_queue IS
  'п. 20, 21: days of an employee whose violations are to be recomputed, written in the same transaction as the change that touched them (a load or correction of badge events, a remote time record, a recall, a signed or cancelled act, a list of employees, a changed employment or schedule) by the triggers *_violation_queue_*; civilservice.refresh_violations() recomputes the days that have ended and removes them';
COMMENT ON COLUMN civilservice.violation_queue.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.violation_queue.id IS 'Key within the body, in order of queueing';
COMMENT ON COLUMN civilservice.violation_queue.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.violation_queue.days IS 'The days touched (at most the last ten years, up to the body''s today)';
COMMENT ON COLUMN civilservice.violation_queue.source_table IS 'The table whose change touched the days';
COMMENT ON COLUMN civilservice.violation_queue.queued_at IS 'When the change was made (transaction time)';
COMMENT ON CONSTRAINT violation_queue_days ON civilservice.violation_queue IS 'п. 21: the days to recompute are a finite, non-empty period';
CREATE TRIGGER violation_queue_history AFTER UPDATE OR DELETE ON civilservice.violation_queue
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER violation_queue_history ON civilservice.violation_queue IS
  'Every removal from the queue (its recomputation) is kept in civilservice.history';
COMMENT ON SEQUENCE civilservice.violation_queue_id_seq IS 'Keys of civilservice.violation_queue';

-- The sources of attendance queue the days they touch. One generic trigger
-- function; its arguments name the employee column and the day or period
-- column(s) of the table, then the columns whose change matters on UPDATE.
CREATE TRIGGER access_event_violation_queue_insert AFTER INSERT ON civilservice.access_event
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'at');
CREATE TRIGGER access_event_violation_queue_update AFTER UPDATE ON civilservice.access_event
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'at');
CREATE TRIGGER access_event_violation_queue_delete AFTER DELETE ON civilservice.access_event
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'at');
CREATE TRIGGER remote_time_record_violation_queue_insert AFTER INSERT ON civilservice.remote_time_record
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'day');
CREATE TRIGGER remote_time_record_violation_queue_update AFTER UPDATE ON civilservice.remote_time_record
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'day', '', 'started_at', 'ended_at');
CREATE TRIGGER remote_time_record_violation_queue_delete AFTER DELETE ON civilservice.remote_time_record
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'day');
CREATE TRIGGER recall_violation_queue_insert AFTER INSERT ON civilservice.recall
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'report_at', 'until');
CREATE TRIGGER recall_violation_queue_update AFTER UPDATE ON civilservice.recall
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'report_at', 'until');
CREATE TRIGGER recall_violation_queue_delete AFTER DELETE ON civilservice.recall
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'report_at', 'until');
CREATE TRIGGER act_employee_violation_queue_insert AFTER INSERT ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'effective_term');
CREATE TRIGGER act_employee_violation_queue_update AFTER UPDATE ON civilservice.act_employee
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'effective_term', '', 'regime_group');
CREATE TRIGGER act_employee_violation_queue_delete AFTER DELETE ON civilservice.act_employee
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'effective_term');
CREATE TRIGGER absence_violation_queue_insert AFTER INSERT ON civilservice.absence
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'period');
CREATE TRIGGER absence_violation_queue_update AFTER UPDATE ON civilservice.absence
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'period', '', 'kind');
CREATE TRIGGER absence_violation_queue_delete AFTER DELETE ON civilservice.absence
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'period');
CREATE TRIGGER employee_violation_queue_update AFTER UPDATE ON civilservice.employee
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('id', 'employed_from', 'employed_to', 'work_schedule');
COMMENT ON TRIGGER access_event_violation_queue_insert ON civilservice.access_event IS 'п. 20, 21: a load (COPY or INSERT) queues the days of its events (and the day before each, a night belongs to the day it started) for the recomputation of violations';
COMMENT ON TRIGGER access_event_violation_queue_update ON civilservice.access_event IS 'п. 20, 21: a correction of events queues the days before and after it';
COMMENT ON TRIGGER access_event_violation_queue_delete ON civilservice.access_event IS 'п. 20, 21: deleted events queue their days';
COMMENT ON TRIGGER remote_time_record_violation_queue_insert ON civilservice.remote_time_record IS 'п. 9, 21: a remote time record queues its day';
COMMENT ON TRIGGER remote_time_record_violation_queue_update ON civilservice.remote_time_record IS 'п. 9, 21: a corrected remote time record queues its days';
COMMENT ON TRIGGER remote_time_record_violation_queue_delete ON civilservice.remote_time_record IS 'п. 9, 21: a deleted remote time record queues its day';
COMMENT ON TRIGGER recall_violation_queue_insert ON civilservice.recall IS 'п. 12, 21: a recall queues the days it covers';
COMMENT ON TRIGGER recall_violation_queue_update ON civilservice.recall IS 'п. 12, 21: a changed recall queues the days before and after';
COMMENT ON TRIGGER recall_violation_queue_delete ON civilservice.recall IS 'п. 12, 21: a deleted recall queues its days';
COMMENT ON TRIGGER act_employee_violation_queue_insert ON civilservice.act_employee IS 'п. 6, 17, 21: an employee put on an act in effect queues the days in effect';
COMMENT ON TRIGGER act_employee_violation_queue_update ON civilservice.act_employee IS 'п. 5, 18, 21: signing, an extension, a cap or a cancellation changes the days in effect and queues them, before and after';
COMMENT ON TRIGGER act_employee_violation_queue_delete ON civilservice.act_employee IS 'п. 6, 17, 21: an employee taken off an act queues the days in effect';
COMMENT ON TRIGGER absence_violation_queue_insert ON civilservice.absence IS 'п. 20, 21: a leave, sick leave, trip, secondment or training entered late queues its days: their violations are recomputed and disappear';
COMMENT ON TRIGGER absence_violation_queue_update ON civilservice.absence IS 'п. 20, 21: a corrected absence queues its days before and after';
COMMENT ON TRIGGER absence_violation_queue_delete ON civilservice.absence IS 'п. 20, 21: a deleted absence queues its days';
-- Signing, cancelling or capping an act rewrites the days in effect of its
-- list, which the triggers of act_employee queue; the office days of a
-- combined act change only while it is a draft (act_office_day_frozen).
COMMENT ON TRIGGER employee_violation_queue_update ON civilservice.employee IS 'п. 20, 21: a changed employment period or schedule queues the days of the employment, before and after';

------------------------------------------------------------------------------
-- A state body's own values of the rule parameters of its policy (п. 20, 21)

CREATE TABLE civilservice.body_rule_parameter (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body,
    id            bigserial,
    name          text NOT NULL CONSTRAINT body_rule_parameter_settable CHECK (civilservice.checked(
                      civilservice.body_rule_parameter_settable(name), civilservice.body_rule_parameter_point(name),
                      'body_rule_parameter_settable', 'body_rule_parameter',
                      'a state body sets only the rule parameters of its own policy',
                      format('Parameter "%s" of state body %s: %s.', name, state_body_id, civilservice.body_rule_parameter_bounds_text(name)),
                      'The national values (civilservice.rule_parameter) are the law''s; see civilservice.rule_parameter_body_policy for what a body sets.')),
    valid_from    date NOT NULL CONSTRAINT body_rule_parameter_valid_from CHECK (civilservice.checked(
                      isfinite(valid_from), civilservice.body_rule_parameter_point(name),
                      'body_rule_parameter_valid_from', 'body_rule_parameter',
                      'a state body''s value of a rule parameter is in force from a date',
                      format('Parameter "%s" of state body %s is given valid_from %s.', name, state_body_id, valid_from),
                      'Give the date of the body''s decision from which the value applies.')),
    value         numeric NOT NULL CONSTRAINT body_rule_parameter_bounds CHECK (civilservice.checked(
                      civilservice.body_rule_parameter_fits(name, value), civilservice.body_rule_parameter_point(name),
                      'body_rule_parameter_bounds', 'body_rule_parameter',
                      'a state body''s value of a rule parameter is outside its bounds',
                      format('Parameter "%s" of state body %s is given %s; %s.', name, state_body_id, value, civilservice.body_rule_parameter_bounds_text(name)),
                      'Give a value within the bounds (civilservice.rule_parameter_body_policy).')),
    source        text NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by   text NOT NULL DEFAULT current_user,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT body_rule_parameter_valid_from_key UNIQUE (state_body_id, name, valid_from)
);
COMMENT ON TABLE civilservice.body_rule_parameter IS
  'Параметры правил органа: a state body''s own value of a rule parameter of its policy (civilservice.rule_parameter_body_policy: the п. 21 threshold and window, the п. 20 session limit), in force for that body from valid_from until its next row of the same name, whatever the national value (civilservice.rule_parameter) does meanwhile; read by rule_parameter_value(name, on_date, body) and cs_rule_parameter_body()';
COMMENT ON COLUMN civilservice.body_rule_parameter.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.body_rule_parameter.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.body_rule_parameter.name IS 'Parameter name, one of civilservice.rule_parameter_body_policy';
COMMENT ON COLUMN civilservice.body_rule_parameter.valid_from IS 'First date the body''s value is in force';
COMMENT ON COLUMN civilservice.body_rule_parameter.value IS 'The body''s value, within the bounds of rule_parameter_body_policy';
COMMENT ON COLUMN civilservice.body_rule_parameter.source IS 'The body''s decision that sets the value (order, number, date)';
COMMENT ON COLUMN civilservice.body_rule_parameter.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.body_rule_parameter.recorded_by IS 'Database role that recorded it';
COMMENT ON CONSTRAINT body_rule_parameter_settable ON civilservice.body_rule_parameter IS 'п. 20, 21: a body sets only the parameters of its policy (rule_parameter_body_policy)';
COMMENT ON CONSTRAINT body_rule_parameter_valid_from ON civilservice.body_rule_parameter IS 'п. 20, 21: the body''s value is in force from a finite date';
COMMENT ON CONSTRAINT body_rule_parameter_bounds ON civilservice.body_rule_parameter IS 'п. 20, 21: the body''s value is within the bounds of rule_parameter_body_policy (months 1–120, count 1–1000, hours 1–24 in whole minutes)';
COMMENT ON CONSTRAINT body_rule_parameter_valid_from_key ON civilservice.body_rule_parameter IS 'One value of a body per parameter and valid_from';
COMMENT ON SEQUENCE civilservice.body_rule_parameter_id_seq IS 'Keys of civilservice.body_rule_parameter';
CREATE TRIGGER body_rule_parameter_history AFTER UPDATE OR DELETE ON civilservice.body_rule_parameter
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER body_rule_parameter_history ON civilservice.body_rule_parameter IS 'Every change to a body''s value is kept in civilservice.history';
CREATE TRIGGER body_rule_parameter_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.body_rule_parameter
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.calendar_invalidate();
COMMENT ON TRIGGER body_rule_parameter_invalidate ON civilservice.body_rule_parameter IS
  'A body''s value changes the parameters in force: drop the cached parameters in every backend (at commit) and in this one at once';
