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
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id, employee_id) REFERENCES civilservice.act_employee (state_body_id, act_id, employee_id),
    FOREIGN KEY (state_body_id, proposed_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT recall_proposed_by CHECK ((initiated_by = 'direct_head_proposal') = (proposed_by IS NOT NULL)),
    CONSTRAINT recall_until_after_report CHECK (until IS NULL OR until > report_at),
    CONSTRAINT recall_urgent_notice CHECK (reason <> 'urgent_work' OR (notified_at IS NOT NULL AND notified_at < report_at))
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
COMMENT ON CONSTRAINT recall_proposed_by ON civilservice.recall IS
  'п. 12: a recall on the proposal of the direct head names the head; one by the employer does not';
COMMENT ON CONSTRAINT recall_until_after_report ON civilservice.recall IS
  'п. 12: the recall ends after the report time';
COMMENT ON CONSTRAINT recall_urgent_notice ON civilservice.recall IS
  'п. 12: a recall for unforeseen urgent work is notified before the report time (by at least urgent_recall_notice_minutes, checked by recall_check under the same name)';
CREATE TRIGGER recall_check BEFORE INSERT OR UPDATE ON civilservice.recall
    FOR EACH ROW EXECUTE FUNCTION civilservice.recall_check();
CREATE TRIGGER recall_history AFTER UPDATE OR DELETE ON civilservice.recall
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER recall_check ON civilservice.recall IS 'п. 12: a recall of an employee working remotely that day; the minimum notice for urgent work';
COMMENT ON TRIGGER recall_history ON civilservice.recall IS 'Every change of a recall is kept';
COMMENT ON SEQUENCE civilservice.recall_id_seq IS 'Keys of civilservice.recall';
