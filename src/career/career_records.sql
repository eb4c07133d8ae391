-- career: part of the Concept 2024–2029 (filled by its module)
--
-- Career events of the employees of a body (Концепция, L401–L469): dated,
-- each with its legal basis. The checks are in src/career/career.sql.

CREATE TABLE civilservice.career_event (
    state_body_id       bigint NOT NULL REFERENCES civilservice.state_body (id),
    id                  bigserial,
    employee_id         bigint NOT NULL,
    kind                text NOT NULL,
    event_on            date NOT NULL,
    term                daterange,
    basis               text,
    is_promotion        boolean NOT NULL DEFAULT false,
    position            text,
    position_category   text,
    position_kind       text,
    corps               text,
    ground              text,
    other_state_body_id bigint REFERENCES civilservice.state_body (id),
    probation_months    integer,
    legal_basis         text NOT NULL,
    note                text,
    recorded_at         timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by         text NOT NULL DEFAULT current_user,
    PRIMARY KEY (state_body_id, id),
    FOREIGN KEY (state_body_id, employee_id) REFERENCES civilservice.employee (state_body_id, id),
    CONSTRAINT career_event_kind CHECK (civilservice.checked(
        kind IN ('appointment', 'release', 'transfer', 'secondment', 'secondment_in', 'adviser_extension'),
        'Концепция, L403, L456, L464, L469', 'career_event_kind', 'career_event', 'unknown kind of career event',
        format('Kind given: "%s".', kind),
        'Use appointment, release, transfer, secondment, secondment_in or adviser_extension.')),
    CONSTRAINT career_event_basis CHECK (civilservice.checked(
        CASE WHEN kind = 'appointment' THEN coalesce(basis IN ('competition', 'non_competitive', 'temporary_without_competition', 'transfer',
                                                         'rotation', 'reserve', 'early_career_graduate', 'pension_age_adviser', 'promotion'), false)
             ELSE basis IS NULL END,
        'Концепция, L403, L412, L464', 'career_event_basis', 'career_event', 'an appointment has a basis of the list; other events have none',
        format('Kind %s, basis "%s".', kind, coalesce(basis, 'none')),
        'For an appointment use competition, non_competitive, temporary_without_competition, transfer, rotation, reserve, early_career_graduate, pension_age_adviser or promotion; leave basis empty for other kinds.')),
    CONSTRAINT career_event_ground CHECK (civilservice.checked(
        CASE WHEN kind = 'release' THEN coalesce(ground IN ('own_wish', 'disciplinary', 'head_change', 'term_end', 'age_limit', 'transfer', 'other'), false)
             ELSE ground IS NULL END,
        'Концепция, L456', 'career_event_ground', 'career_event', 'a release has a ground of the list; other events have none',
        format('Kind %s, ground "%s".', kind, coalesce(ground, 'none')),
        'For a release use own_wish, disciplinary, head_change, term_end, age_limit, transfer or other; leave ground empty for other kinds.')),
    CONSTRAINT career_event_promotion CHECK (civilservice.checked(NOT is_promotion OR kind = 'appointment',
        'Концепция, L179', 'career_event_promotion', 'career_event', 'only an appointment is a promotion',
        format('Kind %s marked as a promotion.', kind), 'Set is_promotion only on the appointment to the higher position.')),
    CONSTRAINT career_event_corps CHECK (civilservice.checked(corps IS NULL OR corps IN ('A', 'B'),
        'Концепция, L454, L456', 'career_event_corps', 'career_event', 'the corps is A or B',
        format('Corps given: "%s".', corps), 'Use A (корпус «А») or B (корпус «Б»), Latin letters.')),
    CONSTRAINT career_event_position_kind CHECK (civilservice.checked(position_kind IS NULL OR position_kind IN ('adviser', 'other'),
        'Концепция, L464', 'career_event_position_kind', 'career_event', 'the kind of a position is adviser or other',
        format('Position kind given: "%s".', position_kind), 'Use adviser (советник) or other.')),
    CONSTRAINT career_event_position_category_valid CHECK (civilservice.checked(
        civilservice.position_category_is_valid(position_category), 'Концепция, L454', 'career_event_position_category_valid', 'career_event',
        'unknown category of a position', format('Category given: "%s".', position_category),
        'Write the category as A-1, B-2, C-O-2, E-1 (Cyrillic look-alike letters are folded to Latin).')),
    CONSTRAINT career_event_other_body CHECK (civilservice.checked(
        CASE WHEN kind IN ('transfer', 'secondment', 'secondment_in') THEN coalesce(other_state_body_id <> state_body_id, false)
             ELSE true END,
        'Концепция, L412, L469', 'career_event_other_body', 'career_event',
        'a transfer or secondment names the other state body, not the employee''s own',
        format('Kind %s of state body %s, other state body %s.', kind, state_body_id, coalesce(other_state_body_id::text, 'none')),
        'Give other_state_body_id: the destination of a transfer, the host of a secondment, the home body of a secondment_in.')),
    CONSTRAINT career_event_term CHECK (civilservice.checked(
        CASE WHEN term IS NULL THEN NOT (kind IN ('secondment', 'secondment_in', 'adviser_extension')
                                         OR (kind = 'appointment' AND basis IS NOT DISTINCT FROM 'temporary_without_competition'))
             ELSE NOT isempty(term) AND NOT lower_inf(term) AND isfinite(lower(term)) AND NOT upper_inf(term) AND isfinite(upper(term))
                  AND lower(term) >= event_on END,
        'Концепция, L403, L464, L469', 'career_event_term', 'career_event',
        'a temporary appointment, a secondment and an extension have a finite term starting on or after the event',
        format('Kind %s, basis %s, event on %s, term %s.', kind, coalesce(basis, 'none'), event_on, coalesce(term::text, 'none')),
        'Give the term as [first day, day after the last), e.g. ''[2025-12-01,2026-03-01)''; an open-ended term is refused.')),
    CONSTRAINT career_event_probation CHECK (civilservice.checked(
        probation_months IS NULL OR (kind = 'appointment' AND probation_months BETWEEN 1 AND 12),
        'Концепция, L401', 'career_event_probation', 'career_event', 'a probation belongs to an appointment and lasts 1 to 12 months',
        format('Kind %s, probation %s months.', kind, probation_months), 'Leave probation_months empty (the institution is being abolished).')),
    CONSTRAINT career_event_legal_basis CHECK (civilservice.checked(btrim(legal_basis, E' \t\n') <> '',
        'Концепция', 'career_event_legal_basis', 'career_event', 'a career event rests on an act',
        'legal_basis is blank.', 'Give the order: its number and date, e.g. Приказ № 45-к от 01.12.2025.')),
    CONSTRAINT career_event_dates_finite CHECK (civilservice.checked(isfinite(event_on),
        'Концепция', 'career_event_dates_finite', 'career_event', 'a career event has a calendar date',
        format('Event on %s.', event_on), 'Give a calendar date, not infinity.')),
    CONSTRAINT career_event_secondment_no_overlap EXCLUDE USING gist
        (state_body_id WITH =, employee_id WITH =, term WITH &&) WHERE (kind = 'secondment')
);
COMMENT ON TABLE civilservice.career_event IS
  'Кадровое событие служащего (Концепция 2024–2029): appointment (назначение), release (освобождение от должности), transfer (перевод в другой орган), secondment (откомандирование: recorded at the home body, other_state_body_id = host), secondment_in (прикомандирование: the host''s record of the same person as its employee for the term), adviser_extension (продление пребывания советника пенсионного возраста); dated, each with its legal basis. A secondment gives the home body''s attendance() the status absent, kind secondment, on its days';
COMMENT ON COLUMN civilservice.career_event.state_body_id IS 'Государственный орган: the employing (home) body';
COMMENT ON COLUMN civilservice.career_event.id IS 'Key within the body';
COMMENT ON COLUMN civilservice.career_event.employee_id IS 'Служащий (an employee of the body, employed on event_on)';
COMMENT ON COLUMN civilservice.career_event.kind IS 'Вид события: appointment, release, transfer, secondment, secondment_in, adviser_extension';
COMMENT ON COLUMN civilservice.career_event.event_on IS 'Дата события: the day of the appointment, release or transfer; the day of the order for a term';
COMMENT ON COLUMN civilservice.career_event.term IS 'Срок: [first day, day after the last) of a temporary appointment, secondment or extension; "не более N месяцев" means upper(term) <= lower(term) + N months (exclusive end, clamped to a shorter month''s end)';
COMMENT ON COLUMN civilservice.career_event.basis IS 'Основание назначения (appointments only): competition, non_competitive, temporary_without_competition (L403), transfer, rotation, reserve, early_career_graduate, pension_age_adviser (L464), promotion';
COMMENT ON COLUMN civilservice.career_event.is_promotion IS 'Назначение на вышестоящую должность (appointments only)';
COMMENT ON COLUMN civilservice.career_event.position IS 'Должность';
COMMENT ON COLUMN civilservice.career_event.position_category IS 'Категория должности, e.g. A-1, B-2, stored in Latin letters (Cyrillic look-alikes folded)';
COMMENT ON COLUMN civilservice.career_event.position_kind IS 'Вид должности: adviser (советник, L464) or other; an appointment with basis pension_age_adviser is to an adviser position';
COMMENT ON COLUMN civilservice.career_event.corps IS 'Корпус: A or B; the corps of the latest appointment is the employee''s corps (civilservice.corps_on)';
COMMENT ON COLUMN civilservice.career_event.ground IS 'Основание освобождения (releases only): own_wish, disciplinary, head_change (L456, corps "A" only), term_end, age_limit, transfer, other';
COMMENT ON COLUMN civilservice.career_event.other_state_body_id IS 'Другой орган: destination of a transfer, host of a secondment, home body of a secondment_in';
COMMENT ON COLUMN civilservice.career_event.probation_months IS 'Испытательный срок в месяцах (appointments only; the institution is abolished, L401: checked by probation_abolished)';
COMMENT ON COLUMN civilservice.career_event.legal_basis IS 'Правовое основание: the order (number and date)';
COMMENT ON COLUMN civilservice.career_event.note IS 'Примечание';
COMMENT ON COLUMN civilservice.career_event.recorded_at IS 'When it was recorded';
COMMENT ON COLUMN civilservice.career_event.recorded_by IS 'Database role that recorded it';
COMMENT ON CONSTRAINT career_event_kind ON civilservice.career_event IS 'The kinds of career event';
COMMENT ON CONSTRAINT career_event_basis ON civilservice.career_event IS 'Концепция, L403, L412, L464: an appointment has a basis of the list; other kinds none';
COMMENT ON CONSTRAINT career_event_ground ON civilservice.career_event IS 'Концепция, L456: a release has a ground of the list; other kinds none';
COMMENT ON CONSTRAINT career_event_promotion ON civilservice.career_event IS 'Only an appointment is a promotion';
COMMENT ON CONSTRAINT career_event_corps ON civilservice.career_event IS 'Концепция, L454, L456: the corps is A or B';
COMMENT ON CONSTRAINT career_event_position_kind ON civilservice.career_event IS 'Концепция, L464: adviser or other';
COMMENT ON CONSTRAINT career_event_position_category_valid ON civilservice.career_event IS 'The category of the position is valid (folded to Latin letters by career_event_fold_position_category)';
COMMENT ON CONSTRAINT career_event_other_body ON civilservice.career_event IS 'Концепция, L412, L469: a transfer or secondment names another state body';
COMMENT ON CONSTRAINT career_event_term ON civilservice.career_event IS 'Концепция, L403, L464, L469: a temporary appointment, secondment or extension has a finite term starting on or after the event (open-ended refused)';
COMMENT ON CONSTRAINT career_event_probation ON civilservice.career_event IS 'Концепция, L401: a probation belongs to an appointment';
COMMENT ON CONSTRAINT career_event_legal_basis ON civilservice.career_event IS 'A career event rests on an act';
COMMENT ON CONSTRAINT career_event_dates_finite ON civilservice.career_event IS 'A career event has a calendar date';
COMMENT ON CONSTRAINT career_event_secondment_no_overlap ON civilservice.career_event IS
  'Концепция, L469: one secondment of an employee at a time (career_event_check refuses first, naming the secondment met)';
COMMENT ON SEQUENCE civilservice.career_event_id_seq IS 'Keys of civilservice.career_event';
CREATE INDEX career_event_employee_idx ON civilservice.career_event (state_body_id, employee_id, event_on);
COMMENT ON INDEX civilservice.career_event_employee_idx IS 'The events of an employee in order (corps_on, the adviser check, the secondments attendance() reads)';
CREATE INDEX career_event_other_body_idx ON civilservice.career_event (other_state_body_id) WHERE other_state_body_id IS NOT NULL;
COMMENT ON INDEX civilservice.career_event_other_body_idx IS 'The events naming another body; used when a state body is deleted or its key checked';
CREATE TRIGGER career_event_fold_position_category BEFORE INSERT OR UPDATE OF position_category ON civilservice.career_event
    FOR EACH ROW EXECUTE FUNCTION civilservice.fold_position_category('position_category');
COMMENT ON TRIGGER career_event_fold_position_category ON civilservice.career_event IS
  'The category is stored in Latin letters: Cyrillic look-alikes are folded before the CHECK career_event_position_category_valid';
CREATE TRIGGER career_event_check BEFORE INSERT OR UPDATE ON civilservice.career_event
    FOR EACH ROW EXECUTE FUNCTION civilservice.career_event_check();
COMMENT ON TRIGGER career_event_check ON civilservice.career_event IS
  'Концепция, L401, L403, L456, L464, L469: employed on the day; the caps of P3, P6, P7 and the window of P4/P5 through concept_check; no overlapping secondments';
CREATE TRIGGER career_event_history AFTER UPDATE OR DELETE ON civilservice.career_event
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
COMMENT ON TRIGGER career_event_history ON civilservice.career_event IS 'Every change of a career event is kept';

CREATE VIEW civilservice.corps_a_release_windows AS
    SELECT w.* FROM civilservice.corps_a_release_windows_on(CURRENT_DATE) w;
COMMENT ON VIEW civilservice.corps_a_release_windows IS
  'Концепция, L456 (P4/P5): today''s release windows of corps "A" officials after the latest change of the first head, with their state (not_yet_open, open, closing within corps_a_window_closing_days() days, lapsed); corps_a_release_windows_on(date) for any day';
COMMENT ON COLUMN civilservice.corps_a_release_windows.state_body_id IS 'Государственный орган';
COMMENT ON COLUMN civilservice.corps_a_release_windows.employee_id IS 'Служащий корпуса «А»';
COMMENT ON COLUMN civilservice.corps_a_release_windows.full_name IS 'ФИО';
COMMENT ON COLUMN civilservice.corps_a_release_windows.head_changed_on IS 'First day of the latest first head';
COMMENT ON COLUMN civilservice.corps_a_release_windows.window_opens IS 'First day a release on the ground head_change is allowed (change + 3 months)';
COMMENT ON COLUMN civilservice.corps_a_release_windows.window_closes IS 'Last day it is allowed (change + 12 months)';
COMMENT ON COLUMN civilservice.corps_a_release_windows.state IS 'not_yet_open, open, closing, lapsed';

-- A secondment is an absence at the home body (attendance() reads it from
-- here): recording, correcting or deleting one queues its days for the
-- recomputation of violations, as an absence does.
CREATE TRIGGER career_event_violation_queue_insert AFTER INSERT ON civilservice.career_event
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'term');
CREATE TRIGGER career_event_violation_queue_update AFTER UPDATE ON civilservice.career_event
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'term', '', 'kind');
CREATE TRIGGER career_event_violation_queue_delete AFTER DELETE ON civilservice.career_event
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION civilservice.queue_violation_days('employee_id', 'term');
COMMENT ON TRIGGER career_event_violation_queue_insert ON civilservice.career_event IS 'Концепция, L469; п. 20, 21: a secondment queues its days: the home body''s violations on them are recomputed and disappear';
COMMENT ON TRIGGER career_event_violation_queue_update ON civilservice.career_event IS 'Концепция, L469; п. 20, 21: a corrected secondment queues its days before and after';
COMMENT ON TRIGGER career_event_violation_queue_delete ON civilservice.career_event IS 'Концепция, L469; п. 20, 21: a deleted secondment queues its days';
