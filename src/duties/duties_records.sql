-- The duties on the regimes (п. 7, 8, 22): what was considered when remote
-- work is applied, what the employer provided, the employees'
-- acknowledgements of the obligations of п. 22, and the signing check of п. 22.

-- п. 7: при применении дистанционной работы учитываются специфика работы и
-- технические возможности. One record per remote or combined remote act,
-- written while the act is a draft; not a condition of signing.
CREATE TABLE civilservice.act_justification (
    state_body_id   bigint NOT NULL REFERENCES civilservice.state_body (id),
    id              bigserial,
    act_id          bigint NOT NULL,
    work_specifics  text NOT NULL,
    technical_means text NOT NULL,
    considered_by   bigint,
    considered_on   date,
    recorded_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT act_justification_act_key UNIQUE (state_body_id, act_id),
    CONSTRAINT act_justification_act_fkey FOREIGN KEY (state_body_id, act_id)
        REFERENCES civilservice.act (state_body_id, id) ON DELETE CASCADE,
    FOREIGN KEY (state_body_id, considered_by) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT act_justification_contents CHECK (civilservice.checked(
        btrim(work_specifics, E' \t\n') <> '' AND btrim(technical_means, E' \t\n') <> '',
        'п. 7', 'act_justification_contents', 'act_justification',
        'the specifics of the work and the technical means considered are both stated',
        format('Act %s of body %s: specifics of the work %s, technical means %s.', act_id, state_body_id,
               CASE WHEN btrim(work_specifics, E' \t\n') <> '' THEN 'given' ELSE 'empty' END,
               CASE WHEN btrim(technical_means, E' \t\n') <> '' THEN 'given' ELSE 'empty' END),
        'State what in the duties suits remote work and which technical means (equipment, access, communication) they need.'))
);
COMMENT ON TABLE civilservice.act_justification IS
  'п. 7: учёт специфики работы и технических возможностей при применении дистанционной или комбинированной дистанционной работы: what was considered for a remote or combined remote act; recorded while the act is a draft, never changed once it is signed; not a condition of signing (see remote_acts_without_justification)';
COMMENT ON COLUMN civilservice.act_justification.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.act_justification.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.act_justification.act_id IS 'Акт о дистанционной или комбинированной дистанционной работе (one record per act)';
COMMENT ON COLUMN civilservice.act_justification.work_specifics IS 'Специфика работы: what in the duties allows them to be performed remotely';
COMMENT ON COLUMN civilservice.act_justification.technical_means IS 'Технические возможности, необходимые для выполнения должностных обязанностей';
COMMENT ON COLUMN civilservice.act_justification.considered_by IS 'Who considered them (an employee of the body, e.g. the head of the unit or the HR service), optional';
COMMENT ON COLUMN civilservice.act_justification.considered_on IS 'When they were considered, optional';
COMMENT ON COLUMN civilservice.act_justification.recorded_at IS 'When the record was written';
COMMENT ON CONSTRAINT act_justification_act_key ON civilservice.act_justification IS
  'п. 7: one record of what was considered per act';
COMMENT ON CONSTRAINT act_justification_act_fkey ON civilservice.act_justification IS
  'п. 7: the record belongs to an act of the same body; deleting a draft deletes it';
COMMENT ON CONSTRAINT act_justification_contents ON civilservice.act_justification IS
  'п. 7: both the specifics of the work and the technical means are stated';
CREATE TRIGGER act_justification_guard BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act_justification
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_justification_guard();
CREATE TRIGGER act_justification_history AFTER UPDATE OR DELETE ON civilservice.act_justification
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER act_justification_guard ON civilservice.act_justification IS
  'п. 7: a remote or combined remote act only (act_justification_remote_act); frozen once the act is signed (act_justification_frozen)';
COMMENT ON TRIGGER act_justification_history ON civilservice.act_justification IS 'Every change of the record is kept';
COMMENT ON SEQUENCE civilservice.act_justification_id_seq IS 'Keys of civilservice.act_justification';

CREATE VIEW civilservice.remote_acts_without_justification AS
SELECT a.state_body_id, a.id AS act_id, a.number, a.act_date, a.regime, a.status, a.term, a.signed_at
  FROM civilservice.act a
 WHERE a.regime IN ('remote', 'combined_remote') AND a.status <> 'draft'
   AND NOT EXISTS (SELECT FROM civilservice.act_justification j
                    WHERE j.state_body_id = a.state_body_id AND j.act_id = a.id);
COMMENT ON VIEW civilservice.remote_acts_without_justification IS
  'п. 7: signed (or since cancelled) remote and combined remote acts with no record of the specifics of the work and the technical means considered';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.act_id IS 'Акт';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.number IS 'Номер акта';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.act_date IS 'Дата акта';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.regime IS 'remote or combined_remote';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.status IS 'signed or cancelled';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.term IS 'Срок (п. 6.3)';
COMMENT ON COLUMN civilservice.remote_acts_without_justification.signed_at IS 'When it was signed';

-- п. 8: работодатель обеспечивает работника оборудованием, объектами
-- информатизации, услугами связи и иными средствами и несёт расходы по их
-- установлению и обслуживанию (wording of order No. 52, from 11.07.2026).
CREATE TABLE civilservice.equipment_provision (
    state_body_id    bigint NOT NULL REFERENCES civilservice.state_body (id),
    id               bigserial,
    employee_id      bigint NOT NULL,
    kind             civilservice.equipment_kind NOT NULL,
    description      text NOT NULL,
    inventory_number text,
    provided_on      date NOT NULL,
    returned_on      date,
    costs_borne_by   civilservice.cost_payer NOT NULL DEFAULT 'employer',
    cost_agreement   text,
    document         text NOT NULL,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT equipment_provision_described CHECK (civilservice.checked(
        btrim(description, E' \t\n') <> '' AND btrim(document, E' \t\n') <> '',
        'п. 8', 'equipment_provision_described', 'equipment_provision',
        'a provision says what was provided and by which document',
        format('Employee %s, provided on %s: description %s, document %s.', employee_id, provided_on,
               CASE WHEN btrim(description, E' \t\n') <> '' THEN 'given' ELSE 'empty' END,
               CASE WHEN btrim(document, E' \t\n') <> '' THEN 'given' ELSE 'empty' END),
        'Describe the equipment, object of informatization, communication service or other means, and give the document (act of transfer, contract, order).')),
    CONSTRAINT equipment_provision_period CHECK (civilservice.checked(
        returned_on IS NULL OR returned_on >= provided_on,
        'п. 8', 'equipment_provision_period', 'equipment_provision',
        'what was provided is returned on or after the day it was provided',
        format('Provided on %s, returned on %s.', provided_on, returned_on),
        'Correct the dates; leave returned_on NULL while the employee still has it.')),
    CONSTRAINT equipment_provision_cost_agreement CHECK (civilservice.checked(
        costs_borne_by = 'employer' OR btrim(coalesce(cost_agreement, ''), E' \t\n') <> '',
        'п. 8', 'equipment_provision_cost_agreement', 'equipment_provision',
        'costs not borne by the employer rest on a recorded agreement of the parties',
        format('Employee %s, provided on %s, costs borne by: %s; no agreement given.', employee_id, provided_on, costs_borne_by),
        'Give the agreement (its number and date, what each party pays) in cost_agreement, or set costs_borne_by = ''employer''.'))
);
CREATE INDEX equipment_provision_employee_idx ON civilservice.equipment_provision (state_body_id, employee_id, provided_on);
COMMENT ON TABLE civilservice.equipment_provision IS
  'п. 8: обеспечение работника оборудованием, объектами информатизации, услугами связи и иными средствами: what the employer provided to which employee, when, returned when, and who bears the costs of installing and maintaining it (from 11.07.2026 the employer only, before that what the parties agreed)';
COMMENT ON COLUMN civilservice.equipment_provision.state_body_id IS 'Государственный орган (работодатель)';
COMMENT ON COLUMN civilservice.equipment_provision.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.equipment_provision.employee_id IS 'Служащий, которому предоставлено';
COMMENT ON COLUMN civilservice.equipment_provision.kind IS 'Вид: equipment, informatization_object, communication_service, other';
COMMENT ON COLUMN civilservice.equipment_provision.description IS 'Наименование: what was provided (model, service, licence)';
COMMENT ON COLUMN civilservice.equipment_provision.inventory_number IS 'Инвентарный номер, for equipment and objects of informatization';
COMMENT ON COLUMN civilservice.equipment_provision.provided_on IS 'Дата предоставления';
COMMENT ON COLUMN civilservice.equipment_provision.returned_on IS 'Дата возврата (NULL: still with the employee)';
COMMENT ON COLUMN civilservice.equipment_provision.costs_borne_by IS 'Кто несёт расходы по установлению и обслуживанию: employer (from 11.07.2026 always), employee or shared (before, by agreement)';
COMMENT ON COLUMN civilservice.equipment_provision.cost_agreement IS 'Соглашение сторон о расходах, when the employer does not bear them all';
COMMENT ON COLUMN civilservice.equipment_provision.document IS 'Документ: act of transfer, contract or order';
COMMENT ON CONSTRAINT equipment_provision_described ON civilservice.equipment_provision IS
  'п. 8: what was provided and the document are stated';
COMMENT ON CONSTRAINT equipment_provision_period ON civilservice.equipment_provision IS
  'п. 8: returned on or after the day it was provided';
COMMENT ON CONSTRAINT equipment_provision_cost_agreement ON civilservice.equipment_provision IS
  'п. 8: costs not borne by the employer rest on a recorded agreement (allowed only before 11.07.2026, equipment_provision_costs_employer)';
COMMENT ON INDEX civilservice.equipment_provision_employee_idx IS 'What an employee has been provided, by date';
CREATE TRIGGER equipment_provision_check BEFORE INSERT OR UPDATE ON civilservice.equipment_provision
    FOR EACH ROW EXECUTE FUNCTION civilservice.equipment_provision_check();
CREATE TRIGGER equipment_provision_history AFTER UPDATE OR DELETE ON civilservice.equipment_provision
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER equipment_provision_check ON civilservice.equipment_provision IS
  'п. 8: from 11.07.2026 (the wording of order No. 52) the employer bears the costs (equipment_provision_costs_employer)';
COMMENT ON TRIGGER equipment_provision_history ON civilservice.equipment_provision IS 'Every change of a provision is kept';
COMMENT ON SEQUENCE civilservice.equipment_provision_id_seq IS 'Keys of civilservice.equipment_provision';

-- Per remote or combined remote act: each listed employee and what the
-- employer provided that the employee holds during the act's term (a draft
-- without a term: what the employee holds now). An employee provided with
-- nothing has one row with the provision columns NULL.
CREATE VIEW civilservice.act_equipment AS
SELECT a.state_body_id, a.id AS act_id, a.number AS act_number, a.regime, a.status, a.term,
       ae.employee_id, e.full_name,
       p.id AS provision_id, p.kind, p.description, p.inventory_number, p.provided_on, p.returned_on,
       p.costs_borne_by, p.document
  FROM civilservice.act a
  JOIN civilservice.act_employee ae ON ae.state_body_id = a.state_body_id AND ae.act_id = a.id
  JOIN civilservice.employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id
  LEFT JOIN civilservice.equipment_provision p
         ON p.state_body_id = ae.state_body_id AND p.employee_id = ae.employee_id
        AND coalesce(pg_catalog.daterange(p.provided_on, p.returned_on, '[]') && a.term, p.returned_on IS NULL)
 WHERE a.regime IN ('remote', 'combined_remote');
COMMENT ON VIEW civilservice.act_equipment IS
  'п. 8: per remote or combined remote act, each employee on it and what the employer provided that the employee holds during the act''s term (NULL provision columns: nothing provided)';
COMMENT ON COLUMN civilservice.act_equipment.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.act_equipment.act_id IS 'Акт';
COMMENT ON COLUMN civilservice.act_equipment.act_number IS 'Номер акта';
COMMENT ON COLUMN civilservice.act_equipment.regime IS 'remote or combined_remote';
COMMENT ON COLUMN civilservice.act_equipment.status IS 'draft, signed or cancelled';
COMMENT ON COLUMN civilservice.act_equipment.term IS 'Срок акта (п. 6.3)';
COMMENT ON COLUMN civilservice.act_equipment.employee_id IS 'Служащий в списке акта';
COMMENT ON COLUMN civilservice.act_equipment.full_name IS 'ФИО';
COMMENT ON COLUMN civilservice.act_equipment.provision_id IS 'Provision (civilservice.equipment_provision), NULL when nothing was provided';
COMMENT ON COLUMN civilservice.act_equipment.kind IS 'Вид предоставленного';
COMMENT ON COLUMN civilservice.act_equipment.description IS 'Наименование';
COMMENT ON COLUMN civilservice.act_equipment.inventory_number IS 'Инвентарный номер';
COMMENT ON COLUMN civilservice.act_equipment.provided_on IS 'Дата предоставления';
COMMENT ON COLUMN civilservice.act_equipment.returned_on IS 'Дата возврата';
COMMENT ON COLUMN civilservice.act_equipment.costs_borne_by IS 'Кто несёт расходы';
COMMENT ON COLUMN civilservice.act_equipment.document IS 'Документ';

-- п. 22: работникам необходимо соблюдать законодательство о государственной
-- службе, информационной безопасности, Этический кодекс и ограничения,
-- связанные с пребыванием на государственной службе. The employee's
-- acknowledgement of a wording of п. 22; the wording in force on the act's
-- date must be acknowledged by every employee on it before it is signed.
CREATE TABLE civilservice.obligation_acknowledgement (
    state_body_id   bigint NOT NULL REFERENCES civilservice.state_body (id),
    id              bigserial,
    employee_id     bigint NOT NULL,
    rule_wording_id integer NOT NULL REFERENCES civilservice.rule_wording (id),
    acknowledged_on date NOT NULL,
    channel         civilservice.acknowledgement_channel NOT NULL,
    document        text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT obligation_acknowledgement_once UNIQUE (state_body_id, employee_id, rule_wording_id),
    CONSTRAINT obligation_acknowledgement_document CHECK (civilservice.checked(
        btrim(document, E' \t\n') <> '',
        'п. 22', 'obligation_acknowledgement_document', 'obligation_acknowledgement',
        'an acknowledgement names the document the employee signed',
        format('Employee %s, acknowledged on %s through %s, no document given.', employee_id, acknowledged_on, channel),
        'Give the sheet of acknowledgement or the electronic document (its number and date).'))
);
COMMENT ON TABLE civilservice.obligation_acknowledgement IS
  'п. 22: ознакомление служащего с обязанностью соблюдать законодательство о государственной службе, информационной безопасности, Этический кодекс государственных служащих и ограничения, связанные с пребыванием на государственной службе: which wording of п. 22 the employee acknowledged, when and how; every employee on a remote, combined remote or flexible act has acknowledged the wording in force on the act date before it is signed';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.employee_id IS 'Служащий';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.rule_wording_id IS 'Редакция п. 22, с которой ознакомлен (civilservice.rule_wording; it covers the dates its point and valid_from are in force)';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.acknowledged_on IS 'Дата ознакомления: on or before the date of an act it covers';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.channel IS 'Способ: paper, e_qyzmet, hr_information_system, electronic_document';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.document IS 'Лист ознакомления или электронный документ (номер, дата)';
COMMENT ON COLUMN civilservice.obligation_acknowledgement.recorded_at IS 'When the record was written';
COMMENT ON CONSTRAINT obligation_acknowledgement_once ON civilservice.obligation_acknowledgement IS
  'п. 22: one acknowledgement per employee and wording';
COMMENT ON CONSTRAINT obligation_acknowledgement_document ON civilservice.obligation_acknowledgement IS
  'п. 22: an acknowledgement names the document the employee signed';
CREATE TRIGGER obligation_acknowledgement_guard BEFORE INSERT OR UPDATE OR DELETE ON civilservice.obligation_acknowledgement
    FOR EACH ROW EXECUTE FUNCTION civilservice.obligation_acknowledgement_guard();
CREATE TRIGGER obligation_acknowledgement_history AFTER UPDATE OR DELETE ON civilservice.obligation_acknowledgement
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER obligation_acknowledgement_guard ON civilservice.obligation_acknowledgement IS
  'п. 22: of a wording of п. 22, not before its order (obligation_acknowledgement_wording); never changed once an act was signed on it (obligation_acknowledgement_relied_on)';
COMMENT ON TRIGGER obligation_acknowledgement_history ON civilservice.obligation_acknowledgement IS 'Every change of an acknowledgement is kept';
COMMENT ON SEQUENCE civilservice.obligation_acknowledgement_id_seq IS 'Keys of civilservice.obligation_acknowledgement';

-- Who on an act lacks the acknowledgement of the wording of п. 22 in force
-- on its date (or on on_date when given: the signing passes the date being
-- signed). LANGUAGE sql without SET, like participation_days(): every name
-- and operator is schema-qualified.
CREATE FUNCTION civilservice.unacknowledged_employees(state_body_id bigint, act_id bigint, on_date date DEFAULT NULL)
    RETURNS TABLE (employee_id bigint, full_name text, wording_point text, wording_valid_from date, wording_source text)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    -- one index probe per employee: the acknowledgements of the wordings
    -- with the point and valid_from in force (the shipped one, and the
    -- body's own if it has one)
    SELECT ae.employee_id,
           (SELECT e.full_name FROM civilservice.employee e
             WHERE e.state_body_id OPERATOR(pg_catalog.=) ae.state_body_id AND e.id OPERATOR(pg_catalog.=) ae.employee_id),
           w.point, w.valid_from, w.source
      FROM civilservice.act a
      CROSS JOIN LATERAL civilservice.rule_wording_on('п. 22', COALESCE($3, a.act_date)) w
      JOIN civilservice.act_employee ae
        ON ae.state_body_id OPERATOR(pg_catalog.=) a.state_body_id AND ae.act_id OPERATOR(pg_catalog.=) a.id
     WHERE a.state_body_id OPERATOR(pg_catalog.=) $1 AND a.id OPERATOR(pg_catalog.=) $2
       AND NOT EXISTS (
           SELECT FROM civilservice.obligation_acknowledgement k
            WHERE k.state_body_id OPERATOR(pg_catalog.=) ae.state_body_id
              AND k.employee_id OPERATOR(pg_catalog.=) ae.employee_id
              AND k.rule_wording_id OPERATOR(pg_catalog.=) ANY (
                  ARRAY(SELECT kw.id FROM civilservice.rule_wording kw
                         WHERE kw.point OPERATOR(pg_catalog.=) w.point
                           AND kw.valid_from OPERATOR(pg_catalog.=) w.valid_from))
              AND k.acknowledged_on OPERATOR(pg_catalog.<=) COALESCE($3, a.act_date)
           OFFSET 0)  -- kept a subplan: a probe of the key per employee, not a scan of every acknowledgement
$$;
COMMENT ON FUNCTION civilservice.unacknowledged_employees(bigint, bigint, date) IS
  'п. 22: the employees on an act (state body, act) without an acknowledgement, dated on or before the act date (or on_date), of the wording of п. 22 in force on that date, with that wording; no rows when every one has it (or the act has no date). The same check the signing runs';

-- The signing check of п. 22. Named after act_sign so that it fires after
-- it: an incomplete act is refused for its missing items first.
CREATE TRIGGER act_sign_obligations BEFORE UPDATE ON civilservice.act
    FOR EACH ROW WHEN (OLD.status = 'draft' AND NEW.status = 'signed')
    EXECUTE FUNCTION civilservice.act_sign_obligations();
COMMENT ON TRIGGER act_sign_obligations ON civilservice.act IS
  'п. 22: every employee on the act has acknowledged the wording of п. 22 in force on the act date (act_employee_obligations_acknowledged)';
