-- The list of employees of an act (п. 6.2, 17.2) and the days each one is
-- on the regime under it (act_employee.effective_term, with regime_group).
--
-- The days in effect are derived in one place, participation_days(): the
-- act's term once signed (п. 6.3, 17.4) — capped by its emergency case
-- (п. 5) since the cap shortens the term itself — prolonged by the act's
-- extensions (п. 18), ended the day before the cancellation of the act or
-- of the employee's participation (п. 21), and never outside the
-- employment of the employee (a participation ends at dismissal). Every writer (signing, act
-- cancellation and emergency cap through act_effect, an extension, the
-- cancellation of one participation) writes what it returns with
-- write_participation_days(); the one check, act_employee_kept, compares
-- every written row with it. They are stored because the exclusion
-- constraint act_employee_no_overlap (п. 13) needs them in the row.

-- Inlined into the query that calls it (LANGUAGE sql, STABLE, no SET): a
-- statement over thousands of acts is one join, not one call per act; so
-- every name and operator in it is schema-qualified. The cancellations are
-- an outer join the planner may hash; the extensions, rarer (flexible time
-- only), a subquery per participation of a flexible act.
CREATE FUNCTION civilservice.participation_days(state_body_id bigint, act_id bigint)
    RETURNS TABLE (employee_id bigint, regime_group text, effective_term daterange)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT ae.employee_id,
           CASE WHEN a.status OPERATOR(pg_catalog.<>) 'draft' THEN
               CASE WHEN a.regime OPERATOR(pg_catalog.=) 'flexible' THEN 'flexible' ELSE 'remote' END
           END,
           CASE WHEN a.status OPERATOR(pg_catalog.<>) 'draft' THEN
               pg_catalog.daterange(pg_catalog.lower(a.term),
                   GREATEST(pg_catalog.upper(a.term),
                            -- п. 18: only flexible time is extended
                            CASE WHEN a.regime OPERATOR(pg_catalog.=) 'flexible' THEN
                                (SELECT pg_catalog.max(pg_catalog.upper(x.period))
                                   FROM civilservice.act_extension x
                                  WHERE x.state_body_id OPERATOR(pg_catalog.=) ae.state_body_id
                                    AND x.act_id OPERATOR(pg_catalog.=) ae.act_id
                                    AND (x.employee_id IS NULL OR x.employee_id OPERATOR(pg_catalog.=) ae.employee_id))
                            END))
               OPERATOR(pg_catalog.*)
               pg_catalog.daterange(NULL,
                   LEAST(CASE WHEN a.status OPERATOR(pg_catalog.=) 'cancelled' THEN a.cancelled_on END,
                         pc.cancelled_on))
               -- п. 3: only a civil servant of the body is on a regime; the
               -- participation ends at dismissal
               OPERATOR(pg_catalog.*)
               pg_catalog.daterange(e.employed_from, e.employed_to, '[]')
           END
      FROM civilservice.act a
      JOIN civilservice.act_employee ae
        ON ae.state_body_id OPERATOR(pg_catalog.=) a.state_body_id AND ae.act_id OPERATOR(pg_catalog.=) a.id
      JOIN civilservice.employee e
        ON e.state_body_id OPERATOR(pg_catalog.=) ae.state_body_id AND e.id OPERATOR(pg_catalog.=) ae.employee_id
      LEFT JOIN civilservice.participation_cancellation pc
        ON pc.state_body_id OPERATOR(pg_catalog.=) ae.state_body_id AND pc.act_id OPERATOR(pg_catalog.=) ae.act_id
       AND pc.employee_id OPERATOR(pg_catalog.=) ae.employee_id
     WHERE a.state_body_id OPERATOR(pg_catalog.=) $1 AND a.id OPERATOR(pg_catalog.=) $2
$$;
COMMENT ON FUNCTION civilservice.participation_days(bigint, bigint) IS
  'The one derivation of the days each employee on an act (state body, act) is on its regime, one row per employee of the list: NULL on a draft; else the term (capped by the emergency case, п. 5), prolonged to the end of the latest extension of the act or of the employee (п. 18, flexible time), ended the day before the cancellation of the act or of the participation (п. 21), and within the employee''s employment (employed_from..employed_to: the participation ends at dismissal); with the regime group of п. 13 (remote for remote and combined remote work, flexible). act_employee.effective_term and regime_group always equal it';

-- Only the rows that change are written. PL/pgSQL rather than SQL: the
-- planner then sees the arrays themselves and plans for their length. jit =
-- off: compiling the statement costs more than it saves.
CREATE FUNCTION civilservice.write_participation_days(state_body_ids bigint[], act_ids bigint[]) RETURNS bigint
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog SET jit = off AS $$
DECLARE
    written bigint;
BEGIN
    UPDATE civilservice.act_employee ae
       SET regime_group = d.regime_group, effective_term = d.effective_term
      FROM unnest(state_body_ids, act_ids) AS c (state_body_id, act_id)
           CROSS JOIN LATERAL civilservice.participation_days(c.state_body_id, c.act_id) d
     WHERE ae.state_body_id = c.state_body_id AND ae.act_id = c.act_id AND ae.employee_id = d.employee_id
       AND (ae.regime_group IS DISTINCT FROM d.regime_group OR ae.effective_term IS DISTINCT FROM d.effective_term);
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END $$;
COMMENT ON FUNCTION civilservice.write_participation_days(bigint[], bigint[]) IS
  'Writes participation_days() into act_employee for the acts given as parallel arrays of state bodies and act ids (each pair once); only rows that change are written; returns their number. Called by every change that moves the days in effect: signing, cancellation and emergency cap (act_effect), extensions (п. 18), cancellation of a participation (п. 21). It writes nothing but the derivation, so it is safe for anyone allowed to update act_employee';

-- The list of employees changes only on a draft. Checked per statement over
-- the transition tables: every act concerned is share-locked, so no employee
-- is added to or removed from an act while it is being signed.
CREATE FUNCTION civilservice.act_employee_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    r record;
BEGIN
    PERFORM civilservice.trigger_fired_as('act_employee_guard', TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME,
                                          '^AFTER STATEMENT (INSERT|UPDATE|DELETE) ON civilservice\.act_employee$');
    -- lock the acts concerned, then look at their current state
    IF TG_OP = 'DELETE' THEN
        PERFORM 1 FROM civilservice.act a
          WHERE (a.state_body_id, a.id) IN (SELECT state_body_id, act_id FROM old_rows) FOR SHARE OF a;
        SELECT a.* INTO r FROM civilservice.act a
         WHERE (a.state_body_id, a.id) IN (SELECT state_body_id, act_id FROM old_rows) AND a.status <> 'draft'
         ORDER BY a.state_body_id, a.id LIMIT 1;
    ELSE
        -- inserted or updated rows (an update that moves a row off an act
        -- is act_employee_keys' to check)
        PERFORM 1 FROM civilservice.act a
          WHERE (a.state_body_id, a.id) IN (SELECT state_body_id, act_id FROM new_rows) FOR SHARE OF a;
        SELECT a.* INTO r FROM civilservice.act a
         WHERE (a.state_body_id, a.id) IN (SELECT state_body_id, act_id FROM new_rows) AND a.status <> 'draft'
         ORDER BY a.state_body_id, a.id LIMIT 1;
    END IF;
    IF r.id IS NOT NULL THEN
        PERFORM civilservice.refuse(CASE WHEN r.regime = 'flexible' THEN 'п. 17.2' ELSE 'п. 6.2' END,
            'restrict_violation', 'act_signed_immutable', 'act_employee',
            format('act %s is %s: its list of employees cannot change', r.number, r.status),
            format('Act %s of body %s, status %s.', r.id, r.state_body_id, r.status),
            'Issue a new act for other employees; extend one employee''s participation with act_extension (п. 18).');
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN NULL;
    END IF;
    -- п. 14: no reglament employee on a flexible act
    SELECT n.employee_id, n.state_body_id, a.number INTO r
      FROM new_rows n
      JOIN civilservice.act a ON a.state_body_id = n.state_body_id AND a.id = n.act_id
      JOIN civilservice.employee e ON e.state_body_id = n.state_body_id AND e.id = n.employee_id
     WHERE a.regime = 'flexible' AND e.follows_reglament
     ORDER BY n.state_body_id, n.act_id, n.employee_id LIMIT 1;
    IF FOUND THEN
        PERFORM civilservice.refuse('п. 14', 'check_violation', 'act_employee_reglament', 'act_employee',
            'flexible working time does not apply to an employee whose working time follows the reglament',
            format('Employee %s of body %s, act %s.', r.employee_id, r.state_body_id, r.number),
            'Leave the employee off the flexible act (remote or combined remote work remains possible).');
    END IF;
    -- п. 15: only a flexible act lists applications
    SELECT n.application_id, a.number, a.regime INTO r
      FROM new_rows n
      JOIN civilservice.act a ON a.state_body_id = n.state_body_id AND a.id = n.act_id
     WHERE a.regime <> 'flexible' AND n.application_id IS NOT NULL
     ORDER BY n.state_body_id, n.act_id, n.employee_id LIMIT 1;
    IF FOUND THEN
        PERFORM civilservice.refuse('п. 15', 'check_violation', 'act_employee_application', 'act_employee',
            'only a flexible act lists applications',
            format('Act %s is %s; application %s.', r.number, r.regime, r.application_id),
            'Clear application_id.');
    END IF;
    -- п. 15: the application listed is the employee's own, and still open:
    -- a rejected or withdrawn application is final and never the basis of an act
    SELECT n.application_id, n.employee_id, a.number, fa.employee_id AS applicant, fa.status INTO r
      FROM new_rows n
      JOIN civilservice.act a ON a.state_body_id = n.state_body_id AND a.id = n.act_id
      JOIN civilservice.flexible_application fa ON fa.state_body_id = n.state_body_id AND fa.id = n.application_id
     WHERE n.application_id IS NOT NULL
       AND (fa.employee_id <> n.employee_id OR fa.status IN ('rejected', 'withdrawn'))
     ORDER BY n.state_body_id, n.act_id, n.employee_id LIMIT 1;
    IF FOUND THEN
        PERFORM civilservice.refuse('п. 15', 'check_violation', 'act_employee_application', 'act_employee',
            CASE WHEN r.applicant <> r.employee_id
                 THEN 'a flexible act lists each employee with an application of their own'
                 ELSE format('a %s application is final and is not the basis of an act', r.status) END,
            format('Act %s, employee %s: application %s of employee %s, status %s.',
                   r.number, r.employee_id, r.application_id, r.applicant, r.status),
            CASE WHEN r.applicant <> r.employee_id
                 THEN 'Give the application the employee filed (flexible_application.employee_id = act_employee.employee_id).'
                 ELSE 'The employee files a new application (п. 15); list that one.' END);
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.act_employee_guard() IS
  'Statement trigger: the list of employees changes only on a draft (the acts are share-locked); reglament employees stay off flexible acts (п. 14); applications only on flexible acts, each the employee''s own and neither rejected nor withdrawn (п. 15)';

CREATE FUNCTION civilservice.act_employee_keys() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    r record;
BEGIN
    PERFORM civilservice.trigger_fired_as('act_employee_keys', TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME,
                                          '^BEFORE ROW UPDATE ON civilservice\.act_employee$');
    -- both acts share-locked: neither is signed while the row moves
    PERFORM 1 FROM civilservice.act a
      WHERE a.state_body_id = OLD.state_body_id AND a.id = OLD.act_id
         OR a.state_body_id = NEW.state_body_id AND a.id = NEW.act_id
      FOR SHARE OF a;
    SELECT a.id, a.number, a.state_body_id, a.status, a.regime INTO r FROM civilservice.act a
     WHERE (a.state_body_id = OLD.state_body_id AND a.id = OLD.act_id
            OR a.state_body_id = NEW.state_body_id AND a.id = NEW.act_id)
       AND a.status <> 'draft'
     ORDER BY a.state_body_id, a.id
     LIMIT 1;
    IF FOUND THEN
        PERFORM civilservice.refuse(CASE WHEN r.regime = 'flexible' THEN 'п. 17.2' ELSE 'п. 6.2' END,
            'restrict_violation', 'act_signed_immutable', 'act_employee',
            format('act %s is %s: its list of employees cannot change', r.number, r.status),
            format('Act %s of body %s, status %s.', r.id, r.state_body_id, r.status),
            'Issue a new act for other employees; extend one employee''s participation with act_extension (п. 18).');
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.act_employee_keys() IS
  'Trigger: the body, act, employee, application and schedule difference reason of a row of a signed or cancelled act never change, whoever updates them; the acts a row leaves and joins are share-locked';

-- The one check of the days in effect, for every INSERT and UPDATE of
-- act_employee at any depth: by an application, by write_participation_days,
-- or by a trigger of some other table. jit = off: a signing checks 100,000
-- rows in well under the time LLVM takes to compile the query.
CREATE FUNCTION civilservice.act_employee_kept() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog SET jit = off AS $$
DECLARE
    -- Rows are inserted only into drafts (act_employee_guard_insert, fired
    -- before this trigger, refuses the others) and the days of a draft are
    -- NULL: of inserted rows, only those bringing values can differ.
    inserted boolean := TG_OP = 'INSERT';
    r record;
BEGIN
    PERFORM civilservice.trigger_fired_as('act_employee_kept', TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME,
                                          '^AFTER STATEMENT (INSERT|UPDATE) ON civilservice\.act_employee$');
    -- the first row that differs, in key order: the rows that differ are
    -- found first (OFFSET 0 keeps the planner from sorting all the rows to
    -- join them in order), then sorted
    SELECT * INTO r
      FROM (SELECT n.state_body_id, n.act_id, n.employee_id, n.regime_group, n.effective_term,
                   d.regime_group AS expected_group, d.effective_term AS expected_term
              FROM new_rows n
              -- an inner join: the act and the row exist (foreign key, and
              -- the row was just written); an outer one would force a loop
              JOIN LATERAL civilservice.participation_days(n.state_body_id, n.act_id) d
                ON d.employee_id = n.employee_id
             WHERE (NOT inserted OR n.regime_group IS NOT NULL OR n.effective_term IS NOT NULL)
               AND (n.regime_group IS DISTINCT FROM d.regime_group OR n.effective_term IS DISTINCT FROM d.effective_term)
            OFFSET 0) differing
     ORDER BY state_body_id, act_id, employee_id
     LIMIT 1;
    IF FOUND THEN
        PERFORM civilservice.refuse('п. 5, п. 18, п. 21', 'check_violation', 'act_employee_derived', 'act_employee',
            format('the days in effect of employee %s on act %s are not what the act says', r.employee_id,
                   (SELECT coalesce(a.number, a.id::text) FROM civilservice.act a
                     WHERE a.state_body_id = r.state_body_id AND a.id = r.act_id)),
            format('Act %s of body %s, employee %s: regime_group %s, effective_term %s; the act, its extensions and cancellations give %s, %s.',
                   r.act_id, r.state_body_id, r.employee_id,
                   coalesce(r.regime_group, 'NULL'), coalesce(r.effective_term::text, 'NULL'),
                   coalesce(r.expected_group, 'NULL'), coalesce(r.expected_term::text, 'NULL')),
            'Leave regime_group and effective_term to the database: NULL on a draft, then the term of the signed act, capped by its emergency case (п. 5), prolonged by its extensions (п. 18), ended by cancellations (п. 21) and by the end of employment.');
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.act_employee_kept() IS
  'Statement trigger: every row inserted or updated in act_employee, whoever writes it, has exactly the regime group and days in effect of participation_days() — NULL on a draft; the term, the emergency cap (п. 5), the extensions (п. 18) and the cancellations (п. 21) once signed';

-- A participation ends at dismissal: when an employee's employment dates
-- change, the days in effect of every non-draft act listing the employee are
-- derived again (participation_days) in the same transaction; the trigger
-- act_employee_history keeps each rewritten row in civilservice.history.
CREATE FUNCTION civilservice.employee_participation() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog SET jit = off AS $$
DECLARE
    r record;
BEGIN
    IF TG_WHEN <> 'AFTER' OR TG_LEVEL <> 'ROW' OR TG_OP <> 'UPDATE'
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'employee' THEN
        RAISE EXCEPTION 'employee_participation() must be an AFTER UPDATE row trigger on civilservice.employee'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    BEGIN
        WITH derived AS (
            SELECT ae.state_body_id, ae.act_id, ae.employee_id,
                   d.regime_group, d.effective_term
              FROM civilservice.act_employee ae
              JOIN LATERAL civilservice.participation_days(ae.state_body_id, ae.act_id) d
                ON d.employee_id = ae.employee_id
             WHERE ae.state_body_id = NEW.state_body_id AND ae.employee_id = NEW.id
               AND (ae.regime_group IS DISTINCT FROM d.regime_group OR ae.effective_term IS DISTINCT FROM d.effective_term)
        )
        UPDATE civilservice.act_employee ae
           SET regime_group = d.regime_group, effective_term = d.effective_term
          FROM derived d
         WHERE ae.state_body_id = d.state_body_id AND ae.act_id = d.act_id AND ae.employee_id = d.employee_id;
    EXCEPTION WHEN exclusion_violation THEN
        -- a later end of employment gives back days another act now holds
        SELECT string_agg(format('act %s (%s, %s)', a.number, a.regime, d.effective_term), '; ' ORDER BY a.id) AS acts
          INTO r
          FROM civilservice.act_employee ae
          JOIN civilservice.act a ON a.state_body_id = ae.state_body_id AND a.id = ae.act_id
          JOIN LATERAL civilservice.participation_days(ae.state_body_id, ae.act_id) d ON d.employee_id = ae.employee_id
         WHERE ae.state_body_id = NEW.state_body_id AND ae.employee_id = NEW.id
           AND ae.effective_term IS DISTINCT FROM d.effective_term;
        PERFORM civilservice.refuse('п. 13', 'exclusion_violation', 'act_employee_no_overlap', 'act_employee',
            format('the new employment dates of employee %s would put them on two overlapping acts of one regime group', NEW.id),
            format('Employment %s – %s; acts whose days in effect would grow back: %s.',
                   NEW.employed_from, coalesce(NEW.employed_to::text, 'open'), coalesce(r.acts, 'none')),
            'End or cancel the other act first, or keep the earlier end of employment.');
    END;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.employee_participation() IS
  'Trigger: when an employee''s employment dates change, the days in effect of every act listing the employee are rewritten from participation_days() (a participation ends at dismissal), each rewritten row kept in civilservice.history by act_employee_history (table act_employee, key [act_id, employee_id]); п. 13 still holds';
