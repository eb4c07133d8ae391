-- The bodies' side of the Concept's checks: the mode a body chooses for a
-- proposed rule, and the findings of the checks that warn. The parameters,
-- acts and the check itself are in src/concept/concept.sql.

CREATE TABLE civilservice.body_concept_check (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    parameter     text NOT NULL REFERENCES civilservice.concept_parameter (name),
    valid_from    date NOT NULL,
    mode          text NOT NULL CONSTRAINT body_concept_check_mode CHECK (civilservice.checked(mode IN ('off', 'warn', 'enforce'),
        'Концепция', 'body_concept_check_mode', 'body_concept_check', 'unknown mode of a check of the Concept',
        format('Mode given: "%s".', mode),
        'Use off (not checked), warn (a warning and a finding) or enforce (refused), for a rule still proposed.')),
    reason        text,
    PRIMARY KEY (state_body_id, parameter, valid_from),
    CONSTRAINT body_concept_check_date_finite CHECK (civilservice.checked(isfinite(valid_from),
        'Концепция', 'body_concept_check_date_finite', 'body_concept_check', 'a choice is in force from a calendar date',
        format('valid_from %s.', valid_from), 'Give the first day the choice applies.'))
);
COMMENT ON TABLE civilservice.body_concept_check IS
  'How a state body applies a rule of the Concept while it is proposed: off, warn (the default without a row) or enforce (e.g. a body piloting the new selection, plan item 13.2), from valid_from until its next row. Once an implementing act brings the rule into force it is enforced whatever the body chose';
COMMENT ON COLUMN civilservice.body_concept_check.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.body_concept_check.parameter IS 'The parameter of the Concept (civilservice.concept_parameter)';
COMMENT ON COLUMN civilservice.body_concept_check.valid_from IS 'First day the choice applies';
COMMENT ON COLUMN civilservice.body_concept_check.mode IS 'off, warn or enforce';
COMMENT ON COLUMN civilservice.body_concept_check.reason IS 'Why (e.g. the order on the pilot)';
COMMENT ON CONSTRAINT body_concept_check_mode ON civilservice.body_concept_check IS 'A check of the Concept is off, warn or enforce';
COMMENT ON CONSTRAINT body_concept_check_date_finite ON civilservice.body_concept_check IS 'A choice applies from a calendar date';
CREATE TRIGGER body_concept_check_history AFTER UPDATE OR DELETE ON civilservice.body_concept_check
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('parameter', 'valid_from');
COMMENT ON TRIGGER body_concept_check_history ON civilservice.body_concept_check IS 'Every change of a body''s choice is kept';

-- Append-only: a finding is cleared by a later row, never updated.
CREATE TABLE civilservice.concept_finding (
    state_body_id   bigint NOT NULL REFERENCES civilservice.state_body (id),
    id              bigserial,
    parameter       text NOT NULL REFERENCES civilservice.concept_parameter (name),
    constraint_name text NOT NULL,
    table_name      text NOT NULL,
    record_id       bigint,
    on_date         date NOT NULL,
    status          text NOT NULL,
    mode            text NOT NULL,
    cleared         boolean NOT NULL DEFAULT false,
    message         text NOT NULL,
    detail          text,
    found_at        timestamptz NOT NULL DEFAULT now(),
    found_by        name NOT NULL DEFAULT current_user,
    PRIMARY KEY (state_body_id, id)
);
COMMENT ON TABLE civilservice.concept_finding IS
  'Findings of the checks of the Concept that warn: a record that breaks a rule still proposed is kept, and the finding is recorded here by civilservice.concept_check(); when the record is corrected a later row clears it. Append-only; civilservice.concept_findings_open lists what is still open';
COMMENT ON COLUMN civilservice.concept_finding.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.concept_finding.id IS 'Key within the body, in the order of recording';
COMMENT ON COLUMN civilservice.concept_finding.parameter IS 'The parameter of the Concept';
COMMENT ON COLUMN civilservice.concept_finding.constraint_name IS 'The check (the constraint name a refusal would carry)';
COMMENT ON COLUMN civilservice.concept_finding.table_name IS 'The table of the record';
COMMENT ON COLUMN civilservice.concept_finding.record_id IS 'The key of the record within the body (NULL when the check concerns no one record)';
COMMENT ON COLUMN civilservice.concept_finding.on_date IS 'The date the check concerns';
COMMENT ON COLUMN civilservice.concept_finding.status IS 'Status of the parameter on that date (proposed)';
COMMENT ON COLUMN civilservice.concept_finding.mode IS 'Mode of the check (warn)';
COMMENT ON COLUMN civilservice.concept_finding.cleared IS 'True for a row that clears the previous finding of the same record and check';
COMMENT ON COLUMN civilservice.concept_finding.message IS 'What the check found';
COMMENT ON COLUMN civilservice.concept_finding.detail IS 'The values concerned';
COMMENT ON COLUMN civilservice.concept_finding.found_at IS 'When';
COMMENT ON COLUMN civilservice.concept_finding.found_by IS 'The database role whose write was checked';
COMMENT ON SEQUENCE civilservice.concept_finding_id_seq IS 'Keys of civilservice.concept_finding';
CREATE INDEX concept_finding_record_idx ON civilservice.concept_finding (state_body_id, table_name, record_id, constraint_name, id);
COMMENT ON INDEX civilservice.concept_finding_record_idx IS 'The last finding of a record and check (concept_check, concept_findings_open)';

CREATE TRIGGER concept_finding_append_only BEFORE UPDATE OR DELETE ON civilservice.concept_finding
    FOR EACH ROW EXECUTE FUNCTION civilservice.concept_finding_append_only();
COMMENT ON TRIGGER concept_finding_append_only ON civilservice.concept_finding IS 'Findings are never changed or deleted';

CREATE VIEW civilservice.concept_findings_open AS
SELECT f.state_body_id, f.parameter, f.constraint_name, f.table_name, f.record_id, f.on_date,
       f.message, f.detail, f.found_at, f.found_by,
       s.status AS status_today, civilservice.concept_check_mode(f.state_body_id, f.parameter, CURRENT_DATE) AS mode_today
  FROM (SELECT DISTINCT ON (state_body_id, table_name, record_id, constraint_name) *
          FROM civilservice.concept_finding
         ORDER BY state_body_id, table_name, record_id, constraint_name, id DESC) f
 CROSS JOIN LATERAL civilservice.concept_parameter_on(f.parameter, CURRENT_DATE) s
 WHERE NOT f.cleared;
COMMENT ON VIEW civilservice.concept_findings_open IS
  'Записи, нарушающие предлагаемые правила Концепции: the records that break a rule of the Concept while it is proposed and have not been corrected, with the rule''s status and the body''s mode today (a finding whose rule is now in force is a record made before the law: it is kept, and the next write of it is refused)';
COMMENT ON COLUMN civilservice.concept_findings_open.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.concept_findings_open.parameter IS 'The parameter of the Concept';
COMMENT ON COLUMN civilservice.concept_findings_open.constraint_name IS 'The check';
COMMENT ON COLUMN civilservice.concept_findings_open.table_name IS 'The table of the record';
COMMENT ON COLUMN civilservice.concept_findings_open.record_id IS 'The record';
COMMENT ON COLUMN civilservice.concept_findings_open.on_date IS 'The date the check concerned';
COMMENT ON COLUMN civilservice.concept_findings_open.message IS 'What was found';
COMMENT ON COLUMN civilservice.concept_findings_open.detail IS 'The values concerned';
COMMENT ON COLUMN civilservice.concept_findings_open.found_at IS 'When';
COMMENT ON COLUMN civilservice.concept_findings_open.found_by IS 'Whose write';
COMMENT ON COLUMN civilservice.concept_findings_open.status_today IS 'Status of the parameter today';
COMMENT ON COLUMN civilservice.concept_findings_open.mode_today IS 'Mode of the check for the body today';
