-- Applications for flexible time (п. 15–16)

CREATE TABLE civilservice.flexible_application (
    state_body_id      bigint NOT NULL REFERENCES civilservice.state_body,
    id                 bigserial,
    employee_id        bigint NOT NULL,
    received_at        timestamptz NOT NULL DEFAULT pg_catalog.now(),
    channel            civilservice.application_channel NOT NULL,
    reasons            text NOT NULL CONSTRAINT flexible_application_reasons CHECK (civilservice.checked(
                           btrim(reasons, E' \t\n') <> '',
                           'п. 15', 'flexible_application_reasons', 'flexible_application',
                           'the application states its reasons', 'The reasons are blank.',
                           'State why the employee asks for flexible working time (п. 15: the application states the reasons, the time regime and the period).')),
    requested_schedule civilservice.work_schedule NOT NULL,
    requested_period   daterange NOT NULL CONSTRAINT flexible_application_period_bounded CHECK (civilservice.checked(
                           NOT isempty(requested_period) AND NOT lower_inf(requested_period) AND NOT upper_inf(requested_period)
                           AND isfinite(lower(requested_period)) AND isfinite(upper(requested_period)),
                           'п. 15', 'flexible_application_period_bounded', 'flexible_application',
                           'the application states the period with a first and a last day',
                           'Requested period: ' || requested_period || '.',
                           'Give the period as [first day, day after the last day), e.g. ''[2026-04-01,2026-10-01)''.')),
    status             civilservice.application_status NOT NULL DEFAULT 'received',
    decided_at         timestamptz,
    rejection_reason   text,
    decided_by_role    name,
    decided_by_employee bigint,
    decided_for        bigint,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT flexible_application_decided_by_employee_fkey FOREIGN KEY (state_body_id, decided_by_employee)
        REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT flexible_application_rejection_reason CHECK (civilservice.checked(
        status <> 'rejected' OR btrim(coalesce(rejection_reason, '')) <> '',
        'п. 16', 'flexible_application_rejection_reason', 'flexible_application',
        'a rejected application states the reason of the refusal',
        'Application ' || id || ' of employee ' || employee_id || ': rejected without rejection_reason.',
        'Set rejection_reason together with status = ''rejected''.'))
);
COMMENT ON TABLE civilservice.flexible_application IS
  'п. 15–16: заявление служащего об установлении режима гибкого рабочего времени (причины, режим, период); рассматривается в течение десяти рабочих дней';
COMMENT ON COLUMN civilservice.flexible_application.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.flexible_application.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.flexible_application.employee_id IS 'Служащий, подавший заявление';
COMMENT ON COLUMN civilservice.flexible_application.received_at IS 'Дата и время поступления; the review deadline counts from it on the body''s calendar';
COMMENT ON COLUMN civilservice.flexible_application.channel IS 'Канал подачи (п. 15): e_qyzmet («Е-кызмет») or hr_information_system (ведомственная система управления персоналом); document_management_system or paper only for applications received before 11.07.2026 (application_electronic_only)';
COMMENT ON COLUMN civilservice.flexible_application.reasons IS 'Причины (п. 15)';
COMMENT ON COLUMN civilservice.flexible_application.requested_schedule IS 'Запрашиваемый режим рабочего времени (п. 15)';
COMMENT ON COLUMN civilservice.flexible_application.requested_period IS 'Запрашиваемый период; at most the cap of п. 18';
COMMENT ON COLUMN civilservice.flexible_application.status IS 'received, approved (set when an act listing it is signed), rejected, withdrawn (the last two final); frozen once a signed act lists it';
COMMENT ON COLUMN civilservice.flexible_application.decided_at IS 'When it was approved, rejected or withdrawn';
COMMENT ON COLUMN civilservice.flexible_application.rejection_reason IS 'Причина отказа (required when rejected)';
COMMENT ON COLUMN civilservice.flexible_application.decided_by_role IS 'п. 3.7, п. 16: the database role that decided it (approved: the role that signed the act; rejected, withdrawn: current_user); set by the database';
COMMENT ON COLUMN civilservice.flexible_application.decided_by_employee IS 'п. 3.7, п. 16: the employee that role is (civilservice.role_body); NULL for a superuser or the owner of the table without a mapping, or a withdrawal by a role of no employee; set by the database';
COMMENT ON COLUMN civilservice.flexible_application.decided_for IS 'п. 3.7: approved by an act signed by an authorized person acting for its issuer: that issuer; set by the database';
COMMENT ON CONSTRAINT flexible_application_reasons ON civilservice.flexible_application IS
  'п. 15: the application states its reasons';
COMMENT ON CONSTRAINT flexible_application_period_bounded ON civilservice.flexible_application IS
  'п. 15: the application states the period, with a first and a last day';
COMMENT ON CONSTRAINT flexible_application_decided_by_employee_fkey ON civilservice.flexible_application IS
  'п. 3.7, п. 16: the person who decided is an employee of the body';
COMMENT ON CONSTRAINT flexible_application_rejection_reason ON civilservice.flexible_application IS
  'п. 16: a rejected application states the reason of the refusal';
CREATE TRIGGER flexible_application_check BEFORE INSERT OR UPDATE OR DELETE ON civilservice.flexible_application
    FOR EACH ROW EXECUTE FUNCTION civilservice.flexible_application_check();
CREATE TRIGGER flexible_application_history AFTER UPDATE OR DELETE ON civilservice.flexible_application
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER flexible_application_check ON civilservice.flexible_application IS 'п. 18: the requested period at most the cap; п. 15: the electronic channel from 11.07.2026, approved only by signing an act, frozen once a signed act rests on it; п. 15, 16: rejected and withdrawn are final';
COMMENT ON TRIGGER flexible_application_history ON civilservice.flexible_application IS 'Every change of an application is kept';
COMMENT ON SEQUENCE civilservice.flexible_application_id_seq IS 'Keys of civilservice.flexible_application';

CREATE VIEW civilservice.application_queue AS
    SELECT q.state_body_id, q.id AS application_id, q.employee_id, e.full_name, q.channel,
           q.received_on, q.deadline, q.status,
           CASE WHEN q.status = 'received' THEN
               civilservice.working_days_between(q.today + 1, q.deadline + 1, q.calendar_code) END AS working_days_left
      FROM (SELECT fa.*, b.calendar_code,
                   CAST(fa.received_at AT TIME ZONE b.time_zone AS date) AS received_on,
                   civilservice.review_deadline(CAST(fa.received_at AT TIME ZONE b.time_zone AS date), b.calendar_code) AS deadline,
                   CAST(now() AT TIME ZONE b.time_zone AS date) AS today
              FROM civilservice.flexible_application fa
              JOIN civilservice.state_body b ON b.id = fa.state_body_id) q
      JOIN civilservice.employee e ON e.state_body_id = q.state_body_id AND e.id = q.employee_id;
COMMENT ON VIEW civilservice.application_queue IS
  'п. 16: applications for flexible time with the day received, the review deadline on the body''s calendar, and, while awaiting review, the working days after today up to the deadline (0 on the last day, negative when overdue)';
COMMENT ON COLUMN civilservice.application_queue.state_body_id IS 'State body (государственный орган)';
COMMENT ON COLUMN civilservice.application_queue.application_id IS 'Application for flexible working time (заявление, п. 15)';
COMMENT ON COLUMN civilservice.application_queue.employee_id IS 'Employee who filed the application';
COMMENT ON COLUMN civilservice.application_queue.full_name IS 'Employee''s full name (ФИО)';
COMMENT ON COLUMN civilservice.application_queue.channel IS 'Channel the application came through: e_qyzmet (Е-кызмет) or hr_information_system (п. 15); document_management_system or paper before 11.07.2026';
COMMENT ON COLUMN civilservice.application_queue.received_on IS 'Day received, in the body''s time zone';
COMMENT ON COLUMN civilservice.application_queue.deadline IS 'Review deadline: the 10th working day after receipt on the body''s calendar (п. 16)';
COMMENT ON COLUMN civilservice.application_queue.status IS 'received, approved, rejected or withdrawn';
COMMENT ON COLUMN civilservice.application_queue.working_days_left IS 'While awaiting review: working days after today up to the deadline (0 on the last day, negative when overdue)';
