-- Office days of combined remote acts (п. 3.1, п. 6)

CREATE TABLE civilservice.act_office_day (
    state_body_id bigint NOT NULL,
    id            bigserial,
    act_id        bigint NOT NULL,
    iso_weekday   smallint,
    period        daterange,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, act_id) REFERENCES civilservice.act (state_body_id, id) ON DELETE CASCADE,
    CONSTRAINT act_office_day_what CHECK (civilservice.checked(
        (iso_weekday IS NULL) <> (period IS NULL)
        AND (iso_weekday IS NULL OR iso_weekday BETWEEN 1 AND 7)
        AND (period IS NULL OR (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)
                                AND isfinite(lower(period)) AND isfinite(upper(period)))),
        'п. 3.1', 'act_office_day_what', 'act_office_day',
        'an office day is either a weekday of the pattern or a dated period',
        format('ISO weekday %s, period %s.', coalesce(iso_weekday::text, 'none'), coalesce(period::text, 'none')),
        'Give iso_weekday (1 = Monday … 7 = Sunday) alone, or a bounded period alone, e.g. ''[2026-04-20,2026-04-25)''.'))
);
CREATE INDEX act_office_day_act_idx ON civilservice.act_office_day (state_body_id, act_id);
COMMENT ON TABLE civilservice.act_office_day IS
  'п. 3.1: комбинированная дистанционная работа — the days at the employer''s premises under a combined remote act, by ISO weekday of a pattern and/or by dated period; the act''s other days are remote. Part of the act: frozen once it is signed';
COMMENT ON COLUMN civilservice.act_office_day.state_body_id IS 'Государственный орган (the act''s)';
COMMENT ON COLUMN civilservice.act_office_day.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.act_office_day.act_id IS 'Акт о комбинированной дистанционной работе';
COMMENT ON COLUMN civilservice.act_office_day.iso_weekday IS 'День недели по месту нахождения работодателя, ISO (1 = Monday … 7 = Sunday), every week of the act''s days in effect; NULL for a dated period';
COMMENT ON COLUMN civilservice.act_office_day.period IS 'Период работы по месту нахождения работодателя, [first day, day after the last); NULL for a weekday of the pattern';
COMMENT ON CONSTRAINT act_office_day_what ON civilservice.act_office_day IS
  'п. 3.1: an office day is either an ISO weekday 1-7 of the pattern or a bounded dated period';
COMMENT ON INDEX civilservice.act_office_day_act_idx IS 'Office days of one act, as attendance() and the signing read them';
COMMENT ON SEQUENCE civilservice.act_office_day_id_seq IS 'Keys of civilservice.act_office_day';
CREATE TRIGGER act_office_day_guard BEFORE INSERT OR UPDATE OR DELETE ON civilservice.act_office_day
    FOR EACH ROW EXECUTE FUNCTION civilservice.act_office_day_guard();
CREATE TRIGGER act_office_day_history AFTER UPDATE OR DELETE ON civilservice.act_office_day
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER act_office_day_guard ON civilservice.act_office_day IS
  'п. 3.1, п. 6: office days of a combined remote act, only while it is a draft';
COMMENT ON TRIGGER act_office_day_history ON civilservice.act_office_day IS 'Every change of an office day is kept';

-- After act_sign (names sort so): its list of missing items comes first.
CREATE TRIGGER act_sign_office_days BEFORE UPDATE ON civilservice.act
    FOR EACH ROW WHEN (OLD.status = 'draft' AND NEW.status = 'signed') EXECUTE FUNCTION civilservice.act_sign_office_days();
COMMENT ON TRIGGER act_sign_office_days ON civilservice.act IS
  'п. 3.1, п. 6: a combined remote act is signed with its office days';
