-- Absences (п. 9, 19–21): leave, sick leave, business trips, secondment,
-- training. A day of an absence is not a day at the workplace nor a remote
-- day: attendance() gives it the status absent, with no breach, so no
-- violation is computed for it and it never counts towards п. 21.

CREATE DOMAIN civilservice.absence_kind AS text
    CONSTRAINT absence_kind_valid CHECK (civilservice.checked(
        VALUE IN ('annual_leave', 'unpaid_leave', 'sick_leave', 'parental_leave', 'business_trip', 'secondment', 'training', 'other'),
        'п. 20', 'absence_kind_valid', 'absence', 'unknown kind of absence',
        'Value given: "' || VALUE || '".',
        'Use one of: annual_leave, unpaid_leave, sick_leave, parental_leave, business_trip, secondment, training, other.'));
COMMENT ON TYPE civilservice.absence_kind IS
  'Вид отсутствия: annual_leave (ежегодный оплачиваемый трудовой отпуск), unpaid_leave (отпуск без сохранения заработной платы), sick_leave (временная нетрудоспособность), parental_leave (отпуск по беременности и родам, по уходу за ребёнком), business_trip (командировка), secondment (откомандирование), training (обучение, повышение квалификации), other (иное отсутствие по документу)';
COMMENT ON CONSTRAINT absence_kind_valid ON DOMAIN civilservice.absence_kind IS 'п. 20: the accepted values (annual_leave, unpaid_leave, sick_leave, parental_leave, business_trip, secondment, training, other); any other is refused naming the point, with the list in the hint';

-- The check of an absence that a CHECK cannot make: inside the employment,
-- and no overlap with another absence of the employee. The exclusion
-- constraint absence_no_overlap is the last word; this trigger refuses
-- first, naming the point and the absence met, and takes a lock per
-- employee so that two concurrent writes of one employee's absences are
-- checked one after the other.
CREATE FUNCTION civilservice.absence_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    e record;
    other record;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'absence' THEN
        RAISE EXCEPTION 'absence_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.absence'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT x.employed_from, x.employed_to, x.full_name INTO e
      FROM civilservice.employee x WHERE x.state_body_id = NEW.state_body_id AND x.id = NEW.employee_id;
    IF NOT FOUND OR isempty(NEW.period) OR lower_inf(NEW.period) THEN
        RETURN NEW;     -- the foreign key or absence_period refuses it
    END IF;
    IF NOT (daterange(e.employed_from, e.employed_to, '[]') @> NEW.period) THEN
        PERFORM civilservice.refuse('п. 20', 'check_violation', 'absence_within_employment', 'absence',
            'an absence lies inside the employment of the employee',
            format('Employee %s (%s), employed %s to %s; absence %s (%s).', NEW.employee_id, e.full_name,
                   e.employed_from, coalesce(e.employed_to::text, 'now'), NEW.period, NEW.kind),
            'Give the days of the absence within employed_from and employed_to of the employee.');
    END IF;
    -- one employee's absences are written one transaction at a time
    PERFORM pg_advisory_xact_lock(hashtextextended(format('civilservice.absence %s %s', NEW.state_body_id, NEW.employee_id), 0));
    SELECT x.id, x.kind, x.period, x.document_number INTO other
      FROM civilservice.absence x
     WHERE x.state_body_id = NEW.state_body_id AND x.employee_id = NEW.employee_id
       AND x.period && NEW.period AND (TG_OP = 'INSERT' OR x.id <> OLD.id)
     ORDER BY lower(x.period) LIMIT 1;
    IF FOUND THEN
        PERFORM civilservice.refuse('п. 20', 'exclusion_violation', 'absence_no_overlap', 'absence',
            'an employee has one absence at a time',
            format('Employee %s: absence %s (%s) overlaps absence %s (%s, %s, document %s).', NEW.employee_id,
                   NEW.period, NEW.kind, other.id, other.kind, other.period, other.document_number),
            'Shorten or delete the other absence first (its history is kept), or give days that do not overlap it.');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.absence_check() IS
  'Trigger: an absence lies inside the employment of its employee (absence_within_employment) and overlaps no other absence of the employee (absence_no_overlap, 23P01; the exclusion constraint of that name is the backstop); one employee''s absences are checked one transaction at a time';
