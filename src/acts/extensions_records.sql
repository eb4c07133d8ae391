-- Extensions of flexible time by agreement of the parties (п. 18)

CREATE TABLE civilservice.act_extension (
    state_body_id  bigint NOT NULL,
    id             bigserial,
    act_id         bigint NOT NULL,
    employee_id    bigint,
    agreement_ref  text NOT NULL CONSTRAINT act_extension_agreement_ref CHECK (civilservice.checked(
                       btrim(agreement_ref, E' \t\n') <> '', 'п. 18', 'act_extension_agreement_ref', 'act_extension',
                       'an extension references the agreement of the parties', 'agreement_ref is blank.',
                       'Give the number and date of the agreement of the parties to extend (п. 18: «по соглашению сторон»).')),
    agreement_date date NOT NULL,
    period         daterange NOT NULL CONSTRAINT act_extension_period_bounded CHECK (civilservice.checked(
                       NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)
                       AND isfinite(lower(period)) AND isfinite(upper(period)),
                       'п. 18', 'act_extension_period_bounded', 'act_extension',
                       'an extension is a period with a first and a last day', 'Period given: ' || period || '.',
                       'Give the period as [first day, day after the last day); it starts the day after the extended period ends.')),
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
COMMENT ON COLUMN civilservice.act_extension.agreement_date IS 'Дата соглашения сторон: on or before the last day of the period it extends (п. 18: a running period is extended)';
COMMENT ON COLUMN civilservice.act_extension.period IS 'Период продления: starts the day after the extended period ends';
COMMENT ON CONSTRAINT act_extension_agreement_ref ON civilservice.act_extension IS
  'п. 18: an extension references the agreement of the parties';
COMMENT ON CONSTRAINT act_extension_period_bounded ON civilservice.act_extension IS
  'п. 18: an extension is a period with a first and a last day';
-- The extensions of an act, for participation_days() and the foreign keys.
CREATE INDEX act_extension_act_idx ON civilservice.act_extension (state_body_id, act_id, employee_id);
COMMENT ON INDEX civilservice.act_extension_act_idx IS
  'The extensions of an act and of one employee on it, read whenever the days in effect are derived (participation_days)';
CREATE TRIGGER act_extension_apply BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act_extension
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_extension_apply();
CREATE TRIGGER act_extension_extend AFTER INSERT ON civilservice.act_extension
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_extension_extend();
COMMENT ON TRIGGER act_extension_apply ON civilservice.act_extension IS 'п. 18: an extension of a signed flexible act, at most the cap, contiguous, agreed while the period runs, for employees employed then and not under the reglament (п. 14); never changed';
COMMENT ON TRIGGER act_extension_extend ON civilservice.act_extension IS 'п. 18: the prolonged days in effect are written once the extension is in';
COMMENT ON SEQUENCE civilservice.act_extension_id_seq IS 'Keys of civilservice.act_extension';
