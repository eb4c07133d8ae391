-- Recalls to the workplace (п. 12)

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
    proposed_on   date,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id, employee_id) REFERENCES civilservice.act_employee (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, proposed_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT recall_proposed_by CHECK (civilservice.checked(
        (initiated_by = 'direct_head_proposal') = (proposed_by IS NOT NULL), 'п. 12', 'recall_proposed_by', 'recall',
        'a recall on the proposal of the direct head names the head, and only such a recall does',
        format('Recall of employee %s: initiated_by %s, proposed_by %s.', employee_id, initiated_by, coalesce(proposed_by::text, 'NULL')),
        'On the proposal of the direct head, set initiated_by = ''direct_head_proposal'' and name the head in proposed_by; a recall by the employer itself has proposed_by NULL.')),
    CONSTRAINT recall_proposed_on CHECK (civilservice.checked(
        proposed_on IS NULL OR proposed_by IS NOT NULL, 'п. 12', 'recall_proposed_on', 'recall',
        'only a recall on the proposal of the direct head has a day of proposal',
        format('Recall of employee %s: initiated_by %s, proposed_on %s without a proposer.', employee_id, initiated_by, proposed_on),
        'Leave proposed_on NULL for a recall by the employer itself, or name the direct head who proposed it in proposed_by.')),
    CONSTRAINT recall_until_after_report CHECK (civilservice.checked(
        until IS NULL OR until > report_at, 'п. 12', 'recall_until_after_report', 'recall',
        'a recall ends after the report time',
        format('Recall of employee %s: report at %s, until %s.', employee_id, report_at, until),
        'Set until later than report_at, or leave it NULL when the end is not fixed.')),
    CONSTRAINT recall_urgent_notice CHECK (civilservice.checked(
        reason <> 'urgent_work' OR (notified_at IS NOT NULL AND notified_at < report_at), 'п. 12', 'recall_urgent_notice', 'recall',
        'a recall for unforeseen urgent work needs advance notice',
        format('Recall of employee %s for urgent work: notified at %s, report at %s.', employee_id, coalesce(notified_at::text, 'never'), report_at),
        'Notify the employee first and set notified_at, with report_at late enough after it.'))
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
COMMENT ON COLUMN civilservice.recall.proposed_on IS 'День предложения непосредственного руководителя (optional; NULL: the report day); the proposer is the direct head on that day';
COMMENT ON CONSTRAINT recall_proposed_by ON civilservice.recall IS
  'п. 12: a recall on the proposal of the direct head names the head, one by the employer does not (the trigger recall_check refuses under the same name a proposer who is not the recalled employee''s direct head that day, or the employee)';
COMMENT ON CONSTRAINT recall_proposed_on ON civilservice.recall IS
  'п. 12: only a proposal has a day of proposal (recall_check refuses under the same name one after the report day)';
COMMENT ON CONSTRAINT recall_until_after_report ON civilservice.recall IS
  'п. 12: the recall ends after the report time';
COMMENT ON CONSTRAINT recall_urgent_notice ON civilservice.recall IS
  'п. 12: a recall for unforeseen urgent work is notified before the report time (by at least urgent_recall_notice_minutes, checked by recall_check under the same name)';
CREATE TRIGGER recall_check BEFORE INSERT OR UPDATE ON civilservice.recall
    FOR EACH ROW EXECUTE FUNCTION civilservice.recall_check();
CREATE TRIGGER recall_history AFTER UPDATE OR DELETE ON civilservice.recall
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER recall_check ON civilservice.recall IS 'п. 12: a recall of an employee employed and working remotely that day; a proposal by the direct head that day; the minimum notice for urgent work';
COMMENT ON TRIGGER recall_history ON civilservice.recall IS 'Every change of a recall is kept';
COMMENT ON SEQUENCE civilservice.recall_id_seq IS 'Keys of civilservice.recall';

-- п. 10, next to the recalls of п. 12 (both read the organisation of
-- src/org/ for an employee on an act; this part comes after the acts):
-- «контроль режима рабочего времени работника осуществляется
-- руководителем структурного подразделения (в случае отсутствия
-- непосредственным руководителем) ... и службой управления персоналом».
-- Per employee on a signed act in effect on the day: the unit, its head,
-- the direct head, and the controller — the head of the unit, or the direct
-- head when the unit has no head that day or the employee heads it.
CREATE FUNCTION civilservice.controllers_on(on_date date, state_body_id bigint DEFAULT NULL)
    RETURNS TABLE (state_body_id bigint, employee_id bigint, full_name text, act_id bigint, act_number text,
                   regime civilservice.regime, term daterange, control_procedure text, communication_means text,
                   unit_id bigint, unit_name text, unit_head_id bigint, unit_head_name text,
                   direct_head_id bigint, direct_head_name text, controller_id bigint, controller_name text)
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT y.state_body_id, y.employee_id, e.full_name, y.act_id, a.number, a.regime, y.effective_term,
           a.control_procedure, a.communication_means,
           y.unit_id, u.name_ru, y.unit_head_id, uh.full_name, y.direct_head_id, dh.full_name,
           y.controller_id, c.full_name
      FROM (SELECT x.*,
                   CASE WHEN x.unit_head_id <> x.employee_id THEN x.unit_head_id ELSE x.direct_head_id END AS controller_id
              FROM (SELECT ae.state_body_id, ae.employee_id, ae.act_id, ae.effective_term, ou.unit_id,
                           civilservice.unit_head(ae.state_body_id, ou.unit_id, $1) AS unit_head_id,
                           civilservice.direct_head(ae.state_body_id, ae.employee_id, $1) AS direct_head_id
                      FROM civilservice.act_employee ae
                      CROSS JOIN LATERAL (SELECT civilservice.unit_of(ae.state_body_id, ae.employee_id, $1) AS unit_id) ou
                     WHERE ae.effective_term @> $1
                       AND ($2 IS NULL OR ae.state_body_id = $2)) x) y
      JOIN civilservice.act a ON a.state_body_id = y.state_body_id AND a.id = y.act_id
      JOIN civilservice.employee e ON e.state_body_id = y.state_body_id AND e.id = y.employee_id
      LEFT JOIN civilservice.org_unit u ON u.state_body_id = y.state_body_id AND u.id = y.unit_id
      LEFT JOIN civilservice.employee uh ON uh.state_body_id = y.state_body_id AND uh.id = y.unit_head_id
      LEFT JOIN civilservice.employee dh ON dh.state_body_id = y.state_body_id AND dh.id = y.direct_head_id
      LEFT JOIN civilservice.employee c ON c.state_body_id = y.state_body_id AND c.id = y.controller_id
     ORDER BY y.state_body_id, y.employee_id, y.act_id
$$;
COMMENT ON FUNCTION civilservice.controllers_on(date, bigint) IS
  'п. 10: per employee on a signed act in effect on a date (remote, combined remote or flexible; of one state body, or of all when NULL): the act with its control procedure and means of communication, the employee''s unit, its head, the direct head, and the controller of working time — the head of the unit, or the direct head when the unit has no head that day or the employee heads it (the HR service controls as well)';

CREATE VIEW civilservice.controllers AS
    SELECT c.* FROM civilservice.state_body b
     CROSS JOIN LATERAL civilservice.controllers_on(CAST(now() AT TIME ZONE b.time_zone AS date), b.id) c;
COMMENT ON VIEW civilservice.controllers IS
  'п. 10: who controls the working time of each employee on a signed act in effect today (in the body''s time zone): controllers_on() for today';
COMMENT ON COLUMN civilservice.controllers.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.controllers.employee_id IS 'Служащий на дистанционной, комбинированной дистанционной работе или в режиме гибкого рабочего времени';
COMMENT ON COLUMN civilservice.controllers.full_name IS 'ФИО служащего';
COMMENT ON COLUMN civilservice.controllers.act_id IS 'Акт, устанавливающий режим';
COMMENT ON COLUMN civilservice.controllers.act_number IS 'Номер акта';
COMMENT ON COLUMN civilservice.controllers.regime IS 'Режим: remote, combined_remote, flexible';
COMMENT ON COLUMN civilservice.controllers.term IS 'Days the employee is on the regime under the act (effective_term)';
COMMENT ON COLUMN civilservice.controllers.control_procedure IS 'Порядок контроля, set by the act (п. 10), optional';
COMMENT ON COLUMN civilservice.controllers.communication_means IS 'Способы коммуникации, set by the act (п. 10), optional';
COMMENT ON COLUMN civilservice.controllers.unit_id IS 'Структурное подразделение служащего (unit_of), NULL when none';
COMMENT ON COLUMN civilservice.controllers.unit_name IS 'Наименование подразделения';
COMMENT ON COLUMN civilservice.controllers.unit_head_id IS 'Руководитель структурного подразделения today, NULL when none';
COMMENT ON COLUMN civilservice.controllers.unit_head_name IS 'ФИО руководителя подразделения';
COMMENT ON COLUMN civilservice.controllers.direct_head_id IS 'Непосредственный руководитель (direct_head), NULL when none is known';
COMMENT ON COLUMN civilservice.controllers.direct_head_name IS 'ФИО непосредственного руководителя';
COMMENT ON COLUMN civilservice.controllers.controller_id IS 'п. 10: who controls the working time — the head of the unit, or the direct head when the unit has none or the employee heads it';
COMMENT ON COLUMN civilservice.controllers.controller_name IS 'ФИО контролирующего руководителя';
