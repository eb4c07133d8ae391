
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
CREATE TRIGGER emergency_case_history AFTER UPDATE OR DELETE ON civilservice.emergency_case
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON SEQUENCE civilservice.emergency_case_id_seq IS 'Keys of civilservice.emergency_case';

------------------------------------------------------------------------------
-- Applications for flexible time (п. 15–16)

CREATE TABLE civilservice.flexible_application (
    state_body_id      bigint NOT NULL REFERENCES civilservice.state_body,
    id                 bigserial,
    employee_id        bigint NOT NULL,
    received_at        timestamptz NOT NULL DEFAULT pg_catalog.now(),
    channel            civilservice.application_channel NOT NULL,
    reasons            text NOT NULL CONSTRAINT flexible_application_reasons CHECK (btrim(reasons) <> ''),
    requested_schedule civilservice.work_schedule NOT NULL,
    requested_period   daterange NOT NULL CONSTRAINT flexible_application_period_bounded
                       CHECK (NOT isempty(requested_period) AND NOT lower_inf(requested_period) AND NOT upper_inf(requested_period)),
    status             civilservice.application_status NOT NULL DEFAULT 'received',
    decided_at         timestamptz,
    rejection_reason   text,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT flexible_application_rejection_reason
        CHECK (status <> 'rejected' OR btrim(coalesce(rejection_reason, '')) <> '')
);
COMMENT ON TABLE civilservice.flexible_application IS
  'п. 15–16: заявление служащего об установлении режима гибкого рабочего времени (причины, режим, период); рассматривается в течение десяти рабочих дней';
COMMENT ON COLUMN civilservice.flexible_application.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.flexible_application.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.flexible_application.employee_id IS 'Служащий, подавший заявление';
COMMENT ON COLUMN civilservice.flexible_application.received_at IS 'Дата и время поступления; the review deadline counts from it on the body''s calendar';
COMMENT ON COLUMN civilservice.flexible_application.channel IS 'Канал подачи: «Е-қызмет» или информационная система кадровой службы (п. 15)';
COMMENT ON COLUMN civilservice.flexible_application.reasons IS 'Причины (п. 15)';
COMMENT ON COLUMN civilservice.flexible_application.requested_schedule IS 'Запрашиваемый режим рабочего времени (п. 15)';
COMMENT ON COLUMN civilservice.flexible_application.requested_period IS 'Запрашиваемый период; at most the cap of п. 18';
COMMENT ON COLUMN civilservice.flexible_application.status IS 'received, approved (set when an act listing it is signed), rejected, withdrawn';
COMMENT ON COLUMN civilservice.flexible_application.decided_at IS 'When it was approved, rejected or withdrawn';
COMMENT ON COLUMN civilservice.flexible_application.rejection_reason IS 'Причина отказа (required when rejected)';
CREATE TRIGGER flexible_application_check BEFORE INSERT OR UPDATE ON civilservice.flexible_application
    FOR EACH ROW EXECUTE FUNCTION civilservice.flexible_application_check();
CREATE TRIGGER flexible_application_history AFTER UPDATE OR DELETE ON civilservice.flexible_application
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');

------------------------------------------------------------------------------
-- Acts

CREATE TABLE civilservice.act (
    state_body_id       bigint NOT NULL REFERENCES civilservice.state_body,
    id                  bigserial,
    number              text,
    act_date            date,
    issued_by           bigint,
    regime              civilservice.regime NOT NULL,
    basis               civilservice.act_basis,
    emergency_case_id   bigint REFERENCES civilservice.emergency_case,
    basis_text          text,
    term                daterange,
    place_of_work       text,
    fixed_working_time  civilservice.work_schedule,
    control_procedure   text,
    communication_means text,
    status              civilservice.act_status NOT NULL DEFAULT 'draft',
    signed_at           timestamptz,
    cancelled_on        date,
    cancel_reason       text,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, issued_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT act_cancellation CHECK (status <> 'cancelled' OR (cancelled_on IS NOT NULL AND btrim(coalesce(cancel_reason, '')) <> ''))
);
COMMENT ON TABLE civilservice.act IS
  'Акт уполномоченного лица об установлении дистанционной, комбинированной дистанционной работы (п. 4–6) или режима гибкого рабочего времени (п. 15, 17); signed acts are never deleted and never change';
COMMENT ON COLUMN civilservice.act.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.act.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.act.number IS 'Номер акта';
COMMENT ON COLUMN civilservice.act.act_date IS 'Дата акта';
COMMENT ON COLUMN civilservice.act.issued_by IS 'Уполномоченное лицо (п. 3), employee of the same body with is_authorized';
COMMENT ON COLUMN civilservice.act.regime IS 'Режим: remote, combined_remote, flexible';
COMMENT ON COLUMN civilservice.act.basis IS 'Основание (п. 6.1, 17.1): agreement (п. 4), emergency (п. 5), application (п. 15)';
COMMENT ON COLUMN civilservice.act.emergency_case_id IS 'Случай п. 5, for the emergency basis';
COMMENT ON COLUMN civilservice.act.basis_text IS 'Реквизиты основания (соглашение сторон и т. п.)';
COMMENT ON COLUMN civilservice.act.term IS 'Срок (п. 6.3) / период (п. 17.4), [first day, day after the last)';
COMMENT ON COLUMN civilservice.act.place_of_work IS 'Место выполнения работы (п. 6.4), remote and combined';
COMMENT ON COLUMN civilservice.act.fixed_working_time IS 'Фиксированное рабочее время (п. 17.3), flexible';
COMMENT ON COLUMN civilservice.act.control_procedure IS 'Порядок контроля (п. 10), optional';
COMMENT ON COLUMN civilservice.act.communication_means IS 'Средства связи (п. 10), optional';
COMMENT ON COLUMN civilservice.act.status IS 'draft (editable), signed (in force, immutable), cancelled (п. 21)';
COMMENT ON COLUMN civilservice.act.signed_at IS 'When it was signed (set by the database)';
COMMENT ON COLUMN civilservice.act.cancelled_on IS 'Дата отмены: first day the act no longer applies';
COMMENT ON COLUMN civilservice.act.cancel_reason IS 'Причина отмены';

-- The list of employees (п. 6.2, 17.2). regime_group and effective_term are
-- kept by the database: effective_term is set when the act is signed and
-- follows extensions, caps and cancellation; the exclusion constraint then
-- keeps an employee off two overlapping acts of the same group (п. 13).
CREATE TABLE civilservice.act_employee (
    state_body_id  bigint NOT NULL,
    act_id         bigint NOT NULL,
    employee_id    bigint NOT NULL,
    application_id bigint,
    regime_group   text CHECK (regime_group IN ('remote', 'flexible')),
    effective_term daterange,
    PRIMARY KEY (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, act_id) REFERENCES civilservice.act (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    FOREIGN KEY (state_body_id, application_id) REFERENCES civilservice.flexible_application (state_body_id, id),
    CONSTRAINT act_employee_no_overlap EXCLUDE USING gist
        (state_body_id WITH =, employee_id WITH =, regime_group WITH =, effective_term WITH &&)
        WHERE (effective_term IS NOT NULL)
);
COMMENT ON TABLE civilservice.act_employee IS
  'Список служащих акта (п. 6.2, 17.2): one row per employee; for a flexible act, the employee''s own application (п. 15)';
COMMENT ON COLUMN civilservice.act_employee.state_body_id IS 'Государственный орган (the act''s and the employee''s)';
COMMENT ON COLUMN civilservice.act_employee.act_id IS 'Акт';
COMMENT ON COLUMN civilservice.act_employee.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.act_employee.application_id IS 'Заявление служащего (flexible acts, п. 15)';
COMMENT ON COLUMN civilservice.act_employee.regime_group IS 'remote (remote and combined remote) or flexible: п. 13 lets the two groups overlap, never two of one group; set from the act when it is signed (NULL on a draft)';
COMMENT ON COLUMN civilservice.act_employee.effective_term IS 'Days the employee is on the regime under this act: the term once signed, with extensions, capped by п. 5 and ended by cancellation; NULL on a draft';

CREATE TRIGGER act_guard BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_guard();
CREATE TRIGGER act_sign BEFORE UPDATE ON civilservice.act
    FOR EACH ROW WHEN (OLD.status = 'draft' AND NEW.status = 'signed') EXECUTE FUNCTION civilservice.act_sign();
CREATE TRIGGER act_effect AFTER UPDATE ON civilservice.act
    REFERENCING OLD TABLE AS old_acts NEW TABLE AS new_acts
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_effect();
CREATE TRIGGER act_history AFTER UPDATE OR DELETE ON civilservice.act
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
-- Inserts and deletes are guarded at every depth (the extension's own
-- triggers only delete the rows of a draft being deleted). Updates made by
-- the extension's triggers (depth > 0) keep effective_term and regime_group;
-- for them act_employee_kept checks the bounds instead of the full guard, and
-- act_employee_keys refuses a change of the list of a signed act at any depth.
CREATE TRIGGER act_employee_guard_insert AFTER INSERT ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_guard();
CREATE TRIGGER act_employee_guard_update AFTER UPDATE ON civilservice.act_employee
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT WHEN (pg_catalog.pg_trigger_depth() = 0) EXECUTE FUNCTION civilservice.act_employee_guard();
CREATE TRIGGER act_employee_guard_delete AFTER DELETE ON civilservice.act_employee
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.act_employee_guard();
CREATE TRIGGER act_employee_keys BEFORE UPDATE OF state_body_id, act_id, employee_id, application_id
    ON civilservice.act_employee
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_employee_keys();
CREATE TRIGGER act_employee_kept AFTER UPDATE ON civilservice.act_employee
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT WHEN (pg_catalog.pg_trigger_depth() > 0) EXECUTE FUNCTION civilservice.act_employee_kept();
-- No history trigger here: effective_term is derived from the act, its
-- extensions and its case, whose changes are all kept; the list itself never
-- changes once the act is signed.

------------------------------------------------------------------------------
-- Extensions of flexible time by agreement of the parties (п. 18)

CREATE TABLE civilservice.act_extension (
    state_body_id  bigint NOT NULL,
    id             bigserial,
    act_id         bigint NOT NULL,
    employee_id    bigint,
    agreement_ref  text NOT NULL CONSTRAINT act_extension_agreement_ref CHECK (btrim(agreement_ref) <> ''),
    agreement_date date NOT NULL,
    period         daterange NOT NULL CONSTRAINT act_extension_period_bounded
                   CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)),
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id) REFERENCES civilservice.act (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id, employee_id) REFERENCES civilservice.act_employee (state_body_id, act_id, employee_id)
);
COMMENT ON TABLE civilservice.act_extension IS
  'п. 18: продление режима гибкого рабочего времени по соглашению сторон на следующий период (each at most the cap, contiguous with the period it extends); never changed or deleted';
COMMENT ON COLUMN civilservice.act_extension.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.act_extension.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.act_extension.act_id IS 'Продлеваемый акт (signed, flexible)';
COMMENT ON COLUMN civilservice.act_extension.employee_id IS 'Служащий, whose participation is extended; NULL extends every employee of the act';
COMMENT ON COLUMN civilservice.act_extension.agreement_ref IS 'Реквизиты соглашения сторон о продлении';
COMMENT ON COLUMN civilservice.act_extension.agreement_date IS 'Дата соглашения сторон';
COMMENT ON COLUMN civilservice.act_extension.period IS 'Период продления: starts the day after the extended period ends';
CREATE TRIGGER act_extension_apply BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act_extension
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_extension_apply();
CREATE TRIGGER act_extension_extend AFTER INSERT ON civilservice.act_extension
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_extension_extend();
CREATE TRIGGER emergency_case_cap_acts AFTER UPDATE OF ends_on ON civilservice.emergency_case
    FOR EACH ROW WHEN (NEW.ends_on IS NOT NULL AND NEW.ends_on IS DISTINCT FROM OLD.ends_on)
    EXECUTE FUNCTION civilservice.emergency_case_cap_acts();

CREATE TABLE civilservice.recall (
    state_body_id bigint NOT NULL,
    id            bigserial,
    act_id        bigint NOT NULL,
    employee_id   bigint NOT NULL,
    initiated_by  civilservice.recall_initiator NOT NULL,
    proposed_by   bigint,
    reason        civilservice.recall_reason NOT NULL,
    notified_at   timestamptz,
    report_at     timestamptz NOT NULL,
    until         timestamptz,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id, employee_id) REFERENCES civilservice.act_employee (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, proposed_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT recall_proposed_by CHECK ((initiated_by = 'direct_head_proposal') = (proposed_by IS NOT NULL)),
    CONSTRAINT recall_until_after_report CHECK (until IS NULL OR until > report_at)
);
COMMENT ON TABLE civilservice.recall IS
  'п. 12: вызов служащего, работающего дистанционно, на рабочее место';
COMMENT ON COLUMN civilservice.recall.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.recall.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.recall.act_id IS 'Акт о дистанционной или комбинированной работе, по которому работает служащий';
COMMENT ON COLUMN civilservice.recall.employee_id IS 'Вызываемый служащий';
COMMENT ON COLUMN civilservice.recall.initiated_by IS 'Инициатор: работодатель или непосредственный руководитель (предложение)';
COMMENT ON COLUMN civilservice.recall.proposed_by IS 'Непосредственный руководитель, внёсший предложение';
COMMENT ON COLUMN civilservice.recall.reason IS 'Основание вызова (п. 12)';
COMMENT ON COLUMN civilservice.recall.notified_at IS 'Когда служащий уведомлён; for urgent work before report_at by at least urgent_recall_notice_minutes';
COMMENT ON COLUMN civilservice.recall.report_at IS 'Время явки на рабочее место';
COMMENT ON COLUMN civilservice.recall.until IS 'До какого времени (optional)';
CREATE TRIGGER recall_check BEFORE INSERT OR UPDATE ON civilservice.recall
    FOR EACH ROW EXECUTE FUNCTION civilservice.recall_check();
CREATE TRIGGER recall_history AFTER UPDATE OR DELETE ON civilservice.recall
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');

CREATE VIEW civilservice.current_regimes AS
    SELECT * FROM civilservice.regimes_on(CAST(now() AT TIME ZONE 'Asia/Almaty' AS date));
COMMENT ON VIEW civilservice.current_regimes IS
  'regimes_on() for today (Kazakhstan time, UTC+5)';
COMMENT ON COLUMN civilservice.current_regimes.state_body_id IS 'State body (государственный орган)';
COMMENT ON COLUMN civilservice.current_regimes.employee_id IS 'Employee (государственный служащий)';
COMMENT ON COLUMN civilservice.current_regimes.full_name IS 'Employee''s full name (ФИО)';
COMMENT ON COLUMN civilservice.current_regimes.regime IS 'Regime: remote, combined_remote or flexible (п. 3)';
COMMENT ON COLUMN civilservice.current_regimes.act_id IS 'The act that sets the regime (акт уполномоченного лица)';
COMMENT ON COLUMN civilservice.current_regimes.act_number IS 'Number of the act';
COMMENT ON COLUMN civilservice.current_regimes.basis IS 'Basis of the act: agreement (п. 4), emergency (п. 5) or application (п. 15)';
COMMENT ON COLUMN civilservice.current_regimes.term IS 'Days the employee is on the regime: the term with extensions, capped by the emergency case, ended by cancellation';

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
COMMENT ON COLUMN civilservice.application_queue.channel IS 'Channel the application came through: e_qyzmet (Е-қызмет) or hr_information_system (п. 15)';
COMMENT ON COLUMN civilservice.application_queue.received_on IS 'Day received, in the body''s time zone';
COMMENT ON COLUMN civilservice.application_queue.deadline IS 'Review deadline: the 10th working day after receipt on the body''s calendar (п. 16)';
COMMENT ON COLUMN civilservice.application_queue.status IS 'received, approved, rejected or withdrawn';
COMMENT ON COLUMN civilservice.application_queue.working_days_left IS 'While awaiting review: working days after today up to the deadline (0 on the last day, negative when overdue)';
COMMENT ON SEQUENCE civilservice.flexible_application_id_seq IS 'Keys of civilservice.flexible_application';
COMMENT ON SEQUENCE civilservice.act_id_seq IS 'Keys of civilservice.act';
COMMENT ON SEQUENCE civilservice.act_extension_id_seq IS 'Keys of civilservice.act_extension';
COMMENT ON SEQUENCE civilservice.recall_id_seq IS 'Keys of civilservice.recall';

------------------------------------------------------------------------------
-- Cancellation of one employee's participation (п. 21)

CREATE TABLE civilservice.participation_cancellation (
    state_body_id bigint NOT NULL,
    id            bigserial,
    act_id        bigint NOT NULL,
    employee_id   bigint NOT NULL,
    cancelled_on  date NOT NULL,
    reason        text NOT NULL CONSTRAINT participation_cancellation_reason CHECK (btrim(reason) <> ''),
    cancelled_by  bigint NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    previous_term daterange,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT participation_cancellation_once UNIQUE (state_body_id, act_id, employee_id),
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
CREATE TRIGGER participation_cancellation_apply BEFORE INSERT OR UPDATE OR DELETE ON civilservice.participation_cancellation
    FOR EACH ROW EXECUTE FUNCTION civilservice.participation_cancellation_apply();
CREATE TRIGGER participation_cancellation_end AFTER INSERT ON civilservice.participation_cancellation
    FOR EACH ROW EXECUTE FUNCTION civilservice.participation_cancellation_end();
COMMENT ON SEQUENCE civilservice.participation_cancellation_id_seq IS 'Keys of civilservice.participation_cancellation';
