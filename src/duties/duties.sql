-- The employer's and the employee's duties on the regimes: what was
-- considered when remote work is applied (п. 7), what the employer provides
-- and who bears its costs (п. 8), the employee's acknowledgement of the
-- obligations of п. 22, and the wordings of the points of the Rules with the
-- dates they are in force (order No. 52 of 31.03.2026 gives points 3.5, 8,
-- 15 part 2 and 22 a new wording from 11.07.2026).

------------------------------------------------------------------------------
-- The wordings of the points of the Rules (reference data, shipped)

CREATE TABLE civilservice.rule_wording (
    id         integer PRIMARY KEY,
    point      text    NOT NULL CONSTRAINT rule_wording_point_valid CHECK (civilservice.checked(point ~ '^п\. [0-9]+(\.[0-9]+)?( ч\. [0-9]+)?$',
        'приказ № 52', 'rule_wording_point_valid', 'rule_wording', 'a point is written "п. N", "п. N.M" or "п. N ч. K"',
        format('Point given: "%s".', point),
        'Write the point as the Rules do, e.g. п. 22 or п. 15 ч. 2.')),
    valid_from date    NOT NULL,
    wording    text,
    adopted_on date    NOT NULL,
    source     text    NOT NULL CONSTRAINT rule_wording_source_given CHECK (civilservice.checked(btrim(source) <> '',
        'приказ № 52', 'rule_wording_source_given', 'rule_wording', 'a wording names the order that gives it',
        NULL,
        'Give the order, its number and date.')),
    shipped    boolean NOT NULL DEFAULT false,
    CONSTRAINT rule_wording_point_valid_from_key UNIQUE (point, valid_from, shipped),
    CONSTRAINT rule_wording_adopted_before_force CHECK (civilservice.checked(adopted_on <= valid_from,
        'приказ № 52', 'rule_wording_adopted_before_force', 'rule_wording', 'a wording is in force on or after the day its order was adopted',
        format('Adopted on %s, in force from %s.', adopted_on, valid_from),
        'Correct adopted_on or valid_from.')),
    CONSTRAINT rule_wording_shipped_id CHECK (civilservice.checked(shipped = (id < 1000),
        'приказ № 52', 'rule_wording_shipped_id', 'rule_wording', 'keys below 1000 are those of rows shipped with the extension',
        format('Key %s, shipped %s.', id, shipped),
        'Leave id to its default (a body''s own rows are numbered from 1000).'))
);
CREATE SEQUENCE civilservice.rule_wording_id_seq START 1000 OWNED BY civilservice.rule_wording.id;
ALTER TABLE civilservice.rule_wording ALTER id SET DEFAULT nextval('civilservice.rule_wording_id_seq');
COMMENT ON TABLE civilservice.rule_wording IS
  'Редакции пунктов Правил: the wording of a point of the Rules with the date it is in force, so a check of a date uses the wording then in force (order No. 52 of 31.03.2026 gives п. 3.5, 8, 15 part 2 and 22 a new wording from 11.07.2026). A shipped row is never updated: a body''s own row with the same point and valid_from takes precedence over it';
COMMENT ON COLUMN civilservice.rule_wording.id IS 'Key (below 1000 for shipped wordings, from 1000 for a body''s own)';
COMMENT ON COLUMN civilservice.rule_wording.point IS 'Пункт Правил: ''п. 22'', ''п. 3.5'' (subpoint 5 of п. 3), ''п. 15 ч. 2'' (part 2 of п. 15)';
COMMENT ON COLUMN civilservice.rule_wording.valid_from IS 'First date the wording is in force; it stays in force until the next valid_from of the same point';
COMMENT ON COLUMN civilservice.rule_wording.wording IS 'Текст редакции as published; NULL when it is not recorded here (the original wordings of order No. 120: the published text of the Rules gives only the wordings of order No. 52)';
COMMENT ON COLUMN civilservice.rule_wording.adopted_on IS 'Date of the order that gives the wording (it is acknowledged from that day at the earliest)';
COMMENT ON COLUMN civilservice.rule_wording.source IS 'The order that gives the wording';
COMMENT ON COLUMN civilservice.rule_wording.shipped IS 'True for rows written by the extension''s script: never changed or deleted, left out of pg_dump (CREATE EXTENSION writes them again). A body''s own rows are false';
COMMENT ON SEQUENCE civilservice.rule_wording_id_seq IS 'Keys of a body''s own rows of civilservice.rule_wording (shipped rows are below 1000)';
COMMENT ON CONSTRAINT rule_wording_point_valid ON civilservice.rule_wording IS 'A point is written as the Rules number it';
COMMENT ON CONSTRAINT rule_wording_source_given ON civilservice.rule_wording IS 'A wording names the order that gives it';
COMMENT ON CONSTRAINT rule_wording_adopted_before_force ON civilservice.rule_wording IS 'A wording comes into force on or after the day its order is adopted';
COMMENT ON CONSTRAINT rule_wording_point_valid_from_key ON civilservice.rule_wording IS 'One shipped and one body''s wording per point and valid_from; the body''s takes precedence';
COMMENT ON CONSTRAINT rule_wording_shipped_id ON civilservice.rule_wording IS 'Keys below 1000 are kept for shipped wordings, so a later version of the extension can ship new ones';

SELECT pg_catalog.pg_extension_config_dump('civilservice.rule_wording', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('civilservice.rule_wording_id_seq', '');

-- Shipped wordings are the published legal text: never changed, deleted or
-- taken over (as shipped_row_guard() does for the calendar and the rule
-- parameters, whose list of tables is its own).
CREATE FUNCTION civilservice.rule_wording_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    hint text := 'Insert the body''s own row with the same point and valid_from: it takes precedence over the shipped wording.';
    taken record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'rule_wording'
       OR (TG_LEVEL = 'ROW') = (TG_OP = 'TRUNCATE') THEN
        RAISE EXCEPTION 'rule_wording_guard() must be a BEFORE row trigger (or BEFORE TRUNCATE statement trigger) on civilservice.rule_wording'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF civilservice.shipping() THEN
        -- the script: what it inserts is shipped, what it updates stays what it was
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        ELSIF TG_OP = 'INSERT' THEN
            NEW.shipped := true;
        ELSIF TG_OP = 'UPDATE' THEN
            NEW.shipped := OLD.shipped;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM civilservice.refuse('п. 3.5, п. 8, п. 15 ч. 2, п. 22', 'restrict_violation', 'rule_wording_shipped_row', 'rule_wording',
            'civilservice.rule_wording holds wordings shipped with the extension and cannot be truncated',
            'Rows shipped with the extension are the published legal text; CREATE EXTENSION writes them and pg_dump leaves them out.',
            'Delete the body''s own rows (shipped = false) with DELETE; their history is kept.');
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.shipped THEN
        PERFORM civilservice.refuse(OLD.point, 'restrict_violation', 'rule_wording_shipped_row', 'rule_wording',
            format('the wording in force from %s is shipped with the extension and cannot be %s', OLD.valid_from,
                   CASE TG_OP WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END),
            format('Row %s (%s). Rows shipped with the extension are the published legal text; CREATE EXTENSION writes them and pg_dump leaves them out, so a change to them would be lost on restore.',
                   OLD.id, OLD.source),
            hint);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF NEW.shipped THEN
        PERFORM civilservice.refuse(NEW.point, 'restrict_violation', 'rule_wording_shipped_row', 'rule_wording',
            format('row %s of civilservice.rule_wording cannot be marked shipped', NEW.id),
            'Only the install or update script of the extension writes shipped rows.',
            'Leave shipped false: the body''s own rows take precedence over shipped ones, and pg_dump keeps them.');
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT w.id, w.point INTO taken FROM civilservice.rule_wording w WHERE w.id = NEW.id AND w.shipped;
        IF FOUND THEN
            PERFORM civilservice.refuse(taken.point, 'restrict_violation', 'rule_wording_shipped_row', 'rule_wording',
                format('row %s of civilservice.rule_wording is shipped with the extension and cannot be replaced', NEW.id),
                format('The key %s belongs to a wording shipped with the extension; a body''s own row never takes it.', NEW.id),
                hint);
        END IF;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.rule_wording_guard() IS
  'Trigger: wordings written by the extension''s script are shipped = true and are never updated, deleted or truncated afterwards, no INSERT takes their key, and no one else marks a row shipped (23001, constraint rule_wording_shipped_row); a body records its own wording with a row of its own, which takes precedence and is dumped';

CREATE TRIGGER rule_wording_shipped_row BEFORE INSERT OR UPDATE OR DELETE ON civilservice.rule_wording
    FOR EACH ROW EXECUTE FUNCTION civilservice.rule_wording_guard();
CREATE TRIGGER rule_wording_shipped_row_truncate BEFORE TRUNCATE ON civilservice.rule_wording
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.rule_wording_guard();
CREATE TRIGGER rule_wording_history AFTER UPDATE OR DELETE ON civilservice.rule_wording
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER rule_wording_shipped_row ON civilservice.rule_wording IS 'A shipped wording is never updated or deleted; no INSERT takes its id';
COMMENT ON TRIGGER rule_wording_shipped_row_truncate ON civilservice.rule_wording IS 'TRUNCATE would delete the shipped wordings';
COMMENT ON TRIGGER rule_wording_history ON civilservice.rule_wording IS 'Every change to a body''s own wording is kept in civilservice.history';

-- The wordings shipped: the original ones of order No. 120 (in force ten
-- calendar days after its first publication, from 11.06.2023) and the new
-- ones of order No. 52 (from 11.07.2026), as the published text gives them.
INSERT INTO civilservice.rule_wording (id, point, valid_from, wording, adopted_on, source, shipped) VALUES
 (1, 'п. 3.5', '2023-06-11', NULL, '2023-05-29',
  'Приказ Председателя Агентства РК по делам государственной службы от 29.05.2023 № 120 (первоначальная редакция)', true),
 (2, 'п. 3.5', '2026-07-11',
  'дистанционная работа – осуществление трудового процесса вне места нахождения работодателя с применением в процессе трудовой деятельности информационно-коммуникационных технологий;',
  '2026-03-31', 'Приказ Председателя Агентства РК по делам государственной службы от 31.03.2026 № 52', true),
 (3, 'п. 8', '2023-06-11', NULL, '2023-05-29',
  'Приказ Председателя Агентства РК по делам государственной службы от 29.05.2023 № 120 (первоначальная редакция)', true),
 (4, 'п. 8', '2026-07-11',
  'Работодатель обеспечивает работника необходимыми для выполнения должностных обязанностей оборудованием, объектами информатизации в соответствии с законодательством Республики Казахстан об информатизации, услугами связи и иными средствами и несет расходы по их установлению и обслуживанию.',
  '2026-03-31', 'Приказ Председателя Агентства РК по делам государственной службы от 31.03.2026 № 52', true),
 (5, 'п. 15 ч. 2', '2023-06-11', NULL, '2023-05-29',
  'Приказ Председателя Агентства РК по делам государственной службы от 29.05.2023 № 120 (первоначальная редакция)', true),
 (6, 'п. 15 ч. 2', '2026-07-11',
  'Заявление подается в электронном виде посредством информационной системы "Е-кызмет" либо в ведомственной информационной системы по управлению персоналом.',
  '2026-03-31', 'Приказ Председателя Агентства РК по делам государственной службы от 31.03.2026 № 52', true),
 (7, 'п. 22', '2023-06-11', NULL, '2023-05-29',
  'Приказ Председателя Агентства РК по делам государственной службы от 29.05.2023 № 120 (первоначальная редакция)', true),
 (8, 'п. 22', '2026-07-11',
  'Работникам необходимо соблюдать законодательство в сфере государственной службы, информационной безопасности, Этический кодекс государственных служащих Республики Казахстан и ограничения, связанные с пребыванием на государственной службе.',
  '2026-03-31', 'Приказ Председателя Агентства РК по делам государственной службы от 31.03.2026 № 52', true);

CREATE VIEW civilservice.rule_wording_in_force AS
SELECT w.id, w.point, w.valid_from, w.wording, w.adopted_on, w.source, w.shipped
FROM civilservice.rule_wording w
WHERE NOT w.shipped
   OR NOT EXISTS (SELECT FROM civilservice.rule_wording b
                   WHERE NOT b.shipped AND b.point = w.point AND b.valid_from = w.valid_from);
COMMENT ON VIEW civilservice.rule_wording_in_force IS
  'Wordings of the points of the Rules: for each point and valid_from the body''s own row if there is one, else the shipped one';
COMMENT ON COLUMN civilservice.rule_wording_in_force.id IS 'Key of the wording';
COMMENT ON COLUMN civilservice.rule_wording_in_force.point IS 'Point of the Rules';
COMMENT ON COLUMN civilservice.rule_wording_in_force.valid_from IS 'First date the wording is in force';
COMMENT ON COLUMN civilservice.rule_wording_in_force.wording IS 'Text of the wording (NULL when not recorded)';
COMMENT ON COLUMN civilservice.rule_wording_in_force.adopted_on IS 'Date of the order that gives the wording';
COMMENT ON COLUMN civilservice.rule_wording_in_force.source IS 'The order that gives the wording';
COMMENT ON COLUMN civilservice.rule_wording_in_force.shipped IS 'The wording is shipped with the extension';

-- Inlined into the query that calls it (LANGUAGE sql, STABLE, no SET, as
-- participation_days()): the signing check calls it once per act signed,
-- so every name and operator in it is schema-qualified.
CREATE FUNCTION civilservice.rule_wording_on(point text, on_date date)
    RETURNS TABLE (id integer, point text, valid_from date, wording text, adopted_on date, source text, shipped boolean)
LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 1 AS $$
    SELECT w.id, w.point, w.valid_from, w.wording, w.adopted_on, w.source, w.shipped
      FROM civilservice.rule_wording_in_force w
     WHERE w.point OPERATOR(pg_catalog.=) $1 AND w.valid_from OPERATOR(pg_catalog.<=) $2
     ORDER BY w.valid_from DESC
     LIMIT 1
$$;
COMMENT ON FUNCTION civilservice.rule_wording_on(text, date) IS
  'The wording of a point of the Rules in force on a date (civilservice.rule_wording_in_force: a body''s own wording takes precedence over the shipped one of the same point and valid_from): the one with the latest valid_from not after the date; no row before the point was first in force';

------------------------------------------------------------------------------
-- п. 7: the specifics of the work and the technical means considered

CREATE FUNCTION civilservice.act_justification_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    r record;
    k record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'act_justification' THEN
        RAISE EXCEPTION 'act_justification_guard() must be a BEFORE row trigger on civilservice.act_justification'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    -- the act of the old row and of the new one: share-locked, so the act is
    -- not signed while its justification changes
    FOR k IN SELECT DISTINCT x.state_body_id, x.act_id
               FROM (SELECT OLD.state_body_id, OLD.act_id WHERE TG_OP <> 'INSERT'
                     UNION ALL
                     SELECT NEW.state_body_id, NEW.act_id WHERE TG_OP <> 'DELETE') AS x (state_body_id, act_id)
    LOOP
        SELECT a.id, a.number, a.regime, a.status INTO r
          FROM civilservice.act a
         WHERE a.state_body_id = k.state_body_id AND a.id = k.act_id
           FOR SHARE OF a;
        IF NOT FOUND THEN
            CONTINUE;  -- the foreign key refuses an unknown act; a deleted draft takes its justification
        END IF;
        IF r.status <> 'draft' THEN
            PERFORM civilservice.refuse('п. 7', 'restrict_violation', 'act_justification_frozen', 'act_justification',
                format('act %s is signed: what was considered when applying it cannot change', r.number),
                format('Act %s of body %s, status %s; attempted: %s.', r.id, k.state_body_id, r.status, lower(TG_OP)),
                'The specifics of the work and the technical means are recorded while the act is a draft; issue a new act to reconsider them.');
        END IF;
        IF TG_OP <> 'DELETE' AND k.state_body_id = NEW.state_body_id AND k.act_id = NEW.act_id AND r.regime = 'flexible' THEN
            PERFORM civilservice.refuse('п. 7', 'check_violation', 'act_justification_remote_act', 'act_justification',
                format('act %s sets flexible working time: п. 7 concerns remote and combined remote work', r.number),
                format('Act %s of body %s, regime %s.', r.id, k.state_body_id, r.regime),
                'Record the specifics of the work and the technical means for a remote or combined remote act.');
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.act_justification_guard() IS
  'Trigger: п. 7: what was considered when applying remote work is recorded for a remote or combined remote act only (act_justification_remote_act), and only while the act is a draft: once signed it never changes (act_justification_frozen); the act is share-locked meanwhile';

------------------------------------------------------------------------------
-- п. 8: what the employer provides, and who bears its costs

CREATE DOMAIN civilservice.equipment_kind AS text
    CONSTRAINT equipment_kind_valid CHECK (civilservice.checked(
        VALUE IN ('equipment', 'informatization_object', 'communication_service', 'other'),
        'п. 8', 'equipment_kind_valid', 'equipment_provision', 'unknown kind of what the employer provides',
        'Value given: "' || VALUE || '".',
        'Use one of: equipment, informatization_object, communication_service, other.'));
COMMENT ON TYPE civilservice.equipment_kind IS
  'п. 8: оборудование, объекты информатизации (законодательство РК об информатизации), услуги связи, иные средства';
COMMENT ON CONSTRAINT equipment_kind_valid ON DOMAIN civilservice.equipment_kind IS 'п. 8: the accepted values (equipment, informatization_object, communication_service, other); any other is refused naming the point, with the list in the hint';
CREATE DOMAIN civilservice.cost_payer AS text
    CONSTRAINT cost_payer_valid CHECK (civilservice.checked(
        VALUE IN ('employer', 'employee', 'shared'),
        'п. 8', 'cost_payer_valid', 'equipment_provision', 'unknown payer of the costs',
        'Value given: "' || VALUE || '".',
        'Use one of: employer, employee, shared.'));
COMMENT ON TYPE civilservice.cost_payer IS
  'п. 8: кто несёт расходы по установке и обслуживанию: работодатель, работник, совместно (from 11.07.2026 the employer only)';
COMMENT ON CONSTRAINT cost_payer_valid ON DOMAIN civilservice.cost_payer IS 'п. 8: the accepted values (employer, employee, shared); any other is refused naming the point, with the list in the hint';

-- The text decides: the costs are the employer's by law on a day when the
-- wording of п. 8 then in force says the employer bears them ("несет
-- расходы"): the wording of order No. 52, from 11.07.2026. The original
-- wording's text is not recorded, so before that day the register keeps
-- what the parties agreed.
CREATE FUNCTION civilservice.equipment_costs_on_employer(on_date date) RETURNS boolean
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT coalesce((SELECT w.wording ~* 'нес[её]т\s+расход' FROM civilservice.rule_wording_on('п. 8', $1) w), false)
$$;
COMMENT ON FUNCTION civilservice.equipment_costs_on_employer(date) IS
  'п. 8: whether the wording of п. 8 in force on the date puts the costs of installing and maintaining the means provided on the employer (its text says so: the wording of order No. 52, from 11.07.2026); false before, when what the parties agreed is recorded';

CREATE FUNCTION civilservice.equipment_provision_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    w record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'equipment_provision' THEN
        RAISE EXCEPTION 'equipment_provision_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.equipment_provision'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF NEW.costs_borne_by <> 'employer' AND civilservice.equipment_costs_on_employer(NEW.provided_on) THEN
        SELECT r.valid_from, r.source INTO w FROM civilservice.rule_wording_on('п. 8', NEW.provided_on) r;
        PERFORM civilservice.refuse('п. 8', 'check_violation', 'equipment_provision_costs_employer', 'equipment_provision',
            'the employer bears the costs of installing and maintaining what it provides',
            format('Provided on %s to employee %s: %s (%s); costs borne by: %s. The wording of п. 8 in force from %s (%s) puts them on the employer.',
                   NEW.provided_on, NEW.employee_id, NEW.description, NEW.kind, NEW.costs_borne_by, w.valid_from, w.source),
            'Set costs_borne_by = ''employer''; an agreement that the employee pays is recorded only for provisions before that date.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.equipment_provision_check() IS
  'Trigger: п. 8: a provision dated on a day when the wording of п. 8 in force puts the costs on the employer (from 11.07.2026) names the employer as the payer (equipment_provision_costs_employer)';

------------------------------------------------------------------------------
-- п. 22: the employee's acknowledgement of the obligations

CREATE DOMAIN civilservice.acknowledgement_channel AS text
    CONSTRAINT acknowledgement_channel_valid CHECK (civilservice.checked(
        VALUE IN ('paper', 'e_qyzmet', 'hr_information_system', 'electronic_document'),
        'п. 22', 'acknowledgement_channel_valid', 'obligation_acknowledgement', 'unknown channel of an acknowledgement',
        'Value given: "' || VALUE || '".',
        'Use one of: paper, e_qyzmet, hr_information_system, electronic_document.'));
COMMENT ON TYPE civilservice.acknowledgement_channel IS
  'п. 22: как служащий ознакомлен: лист ознакомления на бумаге, «Е-қызмет», информационная система кадровой службы, электронный документ (ЭЦП)';
COMMENT ON CONSTRAINT acknowledgement_channel_valid ON DOMAIN civilservice.acknowledgement_channel IS 'п. 22: the accepted values (paper, e_qyzmet, hr_information_system, electronic_document); any other is refused naming the point, with the list in the hint';

CREATE FUNCTION civilservice.obligation_acknowledgement_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    w record;
    r record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'obligation_acknowledgement' THEN
        RAISE EXCEPTION 'obligation_acknowledgement_guard() must be a BEFORE row trigger on civilservice.obligation_acknowledgement'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        -- the acts listing the employee are share-locked first: an act being
        -- signed on this acknowledgement is then seen signed, and one signed
        -- after this change sees it
        PERFORM 1 FROM civilservice.act a
          WHERE a.state_body_id = OLD.state_body_id
            AND a.id IN (SELECT ae.act_id FROM civilservice.act_employee ae
                          WHERE ae.state_body_id = OLD.state_body_id AND ae.employee_id = OLD.employee_id)
          FOR SHARE OF a;
        SELECT a.id, a.number, a.act_date, a.status INTO r
          FROM civilservice.act a
          JOIN civilservice.act_employee ae ON ae.state_body_id = a.state_body_id AND ae.act_id = a.id
          JOIN civilservice.rule_wording kw ON kw.id = OLD.rule_wording_id
          CROSS JOIN LATERAL civilservice.rule_wording_on(kw.point, a.act_date) iw
         WHERE ae.state_body_id = OLD.state_body_id AND ae.employee_id = OLD.employee_id
           AND a.status <> 'draft' AND a.act_date >= OLD.acknowledged_on
           AND iw.valid_from = kw.valid_from
         ORDER BY a.act_date, a.id
         LIMIT 1;
        IF FOUND THEN
            PERFORM civilservice.refuse('п. 22', 'restrict_violation', 'obligation_acknowledgement_relied_on', 'obligation_acknowledgement',
                format('the acknowledgement of employee %s was relied on when act %s was signed and cannot be %s',
                       OLD.employee_id, r.number, CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END),
                format('Acknowledgement %s of body %s, dated %s; act %s of %s, status %s.',
                       OLD.id, OLD.state_body_id, OLD.acknowledged_on, r.id, r.act_date, r.status),
                'Record a new acknowledgement instead; the one an act was signed on stays as it was.');
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    SELECT kw.point, kw.valid_from, kw.adopted_on, kw.source INTO w
      FROM civilservice.rule_wording kw WHERE kw.id = NEW.rule_wording_id;
    IF FOUND AND w.point <> 'п. 22' THEN
        PERFORM civilservice.refuse('п. 22', 'check_violation', 'obligation_acknowledgement_wording', 'obligation_acknowledgement',
            'the acknowledgement is of a wording of п. 22',
            format('Wording %s is of %s (in force from %s).', NEW.rule_wording_id, w.point, w.valid_from),
            'Name the wording of п. 22 the employee acknowledged (civilservice.rule_wording_on(''п. 22'', date)).');
    END IF;
    IF FOUND AND NEW.acknowledged_on < w.adopted_on THEN
        PERFORM civilservice.refuse('п. 22', 'check_violation', 'obligation_acknowledgement_wording', 'obligation_acknowledgement',
            'a wording cannot be acknowledged before its order is adopted',
            format('Acknowledged on %s; the wording of п. 22 in force from %s was adopted on %s (%s).',
                   NEW.acknowledged_on, w.valid_from, w.adopted_on, w.source),
            'Correct the date of the acknowledgement or the wording acknowledged.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.obligation_acknowledgement_guard() IS
  'Trigger: п. 22: an acknowledgement is of a wording of п. 22, dated on or after the day its order was adopted (obligation_acknowledgement_wording); once an act has been signed on it, it is never changed or deleted (obligation_acknowledgement_relied_on)';

-- The signing check of п. 22, next to act_sign (the acts module's own
-- check): a trigger of this module on civilservice.act, fired after act_sign
-- (triggers fire in the order of their names), so an incomplete act is
-- refused for what it lacks first.
CREATE FUNCTION civilservice.act_sign_obligations() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    missing text;
    wording_from date;
    wording_source text;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP <> 'UPDATE'
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'act' THEN
        RAISE EXCEPTION 'act_sign_obligations() must be a BEFORE UPDATE row trigger on civilservice.act'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF NOT (OLD.status = 'draft' AND NEW.status = 'signed') OR NEW.act_date IS NULL THEN
        RETURN NEW;  -- not a signing; an act without a date is act_sign's to refuse
    END IF;
    -- No lock here: a change or deletion of an acknowledgement share-locks
    -- the acts of its employee first (obligation_acknowledgement_guard), so
    -- it waits for this signing and then sees the act signed, or this
    -- signing waits for it and then sees the change.
    SELECT string_agg(format('%s (%s)', u.employee_id, u.full_name), ', ' ORDER BY u.employee_id),
           min(u.wording_valid_from), min(u.wording_source)
      INTO missing, wording_from, wording_source
      FROM civilservice.unacknowledged_employees(NEW.state_body_id, NEW.id, NEW.act_date) u;
    IF missing IS NOT NULL THEN
        PERFORM civilservice.refuse('п. 22', 'check_violation', 'act_employee_obligations_acknowledged', 'act',
            format('act %s cannot be signed: employees on it have not acknowledged the obligations of п. 22', NEW.number),
            format('Act %s of body %s dated %s; the wording of п. 22 in force is that of %s (%s); no acknowledgement of it dated on or before the act: employees %s.',
                   NEW.id, NEW.state_body_id, NEW.act_date, wording_from, wording_source, missing),
            'Record each employee''s acknowledgement of that wording in civilservice.obligation_acknowledgement (dated on or before the act), then sign; civilservice.unacknowledged_employees(state_body_id, act_id) lists who lacks it.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.act_sign_obligations() IS
  'Trigger: п. 22: a remote, combined remote or flexible act is signed only when every employee on it has acknowledged the wording of п. 22 in force on the act date, on or before that date (act_employee_obligations_acknowledged; an acknowledgement of the original wording does not cover an act dated from 11.07.2026)';
