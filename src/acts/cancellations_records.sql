-- Cancellation of one employee's participation (п. 21)

CREATE TABLE civilservice.participation_cancellation (
    state_body_id bigint NOT NULL,
    id            bigserial,
    act_id        bigint NOT NULL,
    employee_id   bigint NOT NULL,
    cancelled_on  date NOT NULL,
    reason        text NOT NULL CONSTRAINT participation_cancellation_reason CHECK (civilservice.checked(
                      btrim(reason, E' \t\n') <> '', 'п. 21', 'participation_cancellation_reason', 'participation_cancellation',
                      'a cancellation states its reason', 'The reason is blank.',
                      'State the systematic violation of the regime''s conditions or of labour discipline the cancellation rests on (п. 21).')),
    cancelled_by  bigint NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    previous_term daterange,
    signed_by_role     name,
    signed_by_employee bigint,
    signed_for         bigint,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT participation_cancellation_signed_by_employee_fkey FOREIGN KEY (state_body_id, signed_by_employee)
        REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT participation_cancellation_once UNIQUE (state_body_id, act_id, employee_id),
    CONSTRAINT participation_cancellation_act_fkey
        FOREIGN KEY (state_body_id, act_id, employee_id) REFERENCES civilservice.act_employee (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, cancelled_by) REFERENCES civilservice.employee (state_body_id, id)
);
COMMENT ON TABLE civilservice.participation_cancellation IS
  'п. 21: отмена режима для одного служащего акта уполномоченным лицом (систематическое нарушение условий режима или трудовой дисциплины); the act and its other employees are unaffected; never changed or deleted';
COMMENT ON COLUMN civilservice.participation_cancellation.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.participation_cancellation.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.participation_cancellation.act_id IS 'Акт (signed)';
COMMENT ON COLUMN civilservice.participation_cancellation.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.participation_cancellation.cancelled_on IS 'First day the employee is no longer on the regime';
COMMENT ON COLUMN civilservice.participation_cancellation.reason IS 'Причина отмены';
COMMENT ON COLUMN civilservice.participation_cancellation.cancelled_by IS 'Уполномоченное лицо (п. 3, 21), an authorized employee of the same body';
COMMENT ON COLUMN civilservice.participation_cancellation.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.participation_cancellation.previous_term IS 'The days the employee was on the regime before the cancellation (set by the database)';
COMMENT ON COLUMN civilservice.participation_cancellation.signed_by_role IS 'п. 3.7, п. 21: the database role that recorded the decision (current_user; set by the database)';
COMMENT ON COLUMN civilservice.participation_cancellation.signed_by_employee IS 'п. 3.7, п. 21: the employee that role is (civilservice.role_body); NULL for a superuser or the owner of the table without a mapping (set by the database)';
COMMENT ON COLUMN civilservice.participation_cancellation.signed_for IS 'п. 3.7: cancelled_by, when another authorized person of the body signed acting for them (set by the database)';
COMMENT ON CONSTRAINT participation_cancellation_signed_by_employee_fkey ON civilservice.participation_cancellation IS
  'п. 3.7, п. 21: the person who signed is an employee of the body';
COMMENT ON CONSTRAINT participation_cancellation_reason ON civilservice.participation_cancellation IS
  'п. 21: a cancellation states its reason';
COMMENT ON CONSTRAINT participation_cancellation_once ON civilservice.participation_cancellation IS
  'п. 21: a participation is cancelled once';
COMMENT ON CONSTRAINT participation_cancellation_act_fkey ON civilservice.participation_cancellation IS
  'п. 21: what is cancelled is the participation of an employee listed on the act';
CREATE TRIGGER participation_cancellation_apply BEFORE INSERT OR UPDATE OR DELETE ON civilservice.participation_cancellation
    FOR EACH ROW EXECUTE FUNCTION civilservice.participation_cancellation_apply();
CREATE TRIGGER participation_cancellation_end AFTER INSERT ON civilservice.participation_cancellation
    FOR EACH ROW EXECUTE FUNCTION civilservice.participation_cancellation_end();
COMMENT ON TRIGGER participation_cancellation_apply ON civilservice.participation_cancellation IS 'п. 21: by the authorized person, within the days in effect of a signed act; never changed';
COMMENT ON TRIGGER participation_cancellation_end ON civilservice.participation_cancellation IS 'п. 21: the days in effect end the day before, once the cancellation is in';
COMMENT ON SEQUENCE civilservice.participation_cancellation_id_seq IS 'Keys of civilservice.participation_cancellation';
