-- Schema-wide machinery shared by every part of the extension.

COMMENT ON SCHEMA civilservice IS
  'civilservice: the Kazakhstan civil-service Rules on remote work, combined remote work and flexible working time (order No. 120 of 29.05.2023), with the national production calendar';

-- Shipping (src/common/shipping.c): true only while the extension's own
-- install or update script runs. PARALLEL RESTRICTED: the server does not
-- tell parallel workers that a script runs.
CREATE FUNCTION civilservice.shipping() RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_shipping' LANGUAGE C STABLE PARALLEL RESTRICTED;
COMMENT ON FUNCTION civilservice.shipping() IS
  'True only while CREATE EXTENSION civilservice or ALTER EXTENSION civilservice UPDATE runs its script: the rows then written to the reference tables are shipped with the extension';

-- History of every change to a row that can change. Rows written by the
-- extension's script are the shipped state, not a change: they are skipped
-- (the history table is a record, and does not exist while CREATE EXTENSION
-- runs).
--
-- SECURITY DEFINER: the history is written by the extension only. Its owner
-- is the role that ran CREATE EXTENSION, which applications never use; no
-- other role needs (or gets) INSERT on civilservice.history, and its guard
-- (history_append_only(), src/common/ledger.sql) refuses any row that this
-- function did not write. Who made the change is read before nothing of the
-- caller is lost: current_user here is the owner, but the role setting (SET
-- ROLE) and session_user are the caller's.
--
-- Each row is appended to the hash chain of its state body
-- (src/common/ledger.sql): appends to one chain are serialized by a
-- transaction-level advisory lock, taken before the chain's last row is
-- read, so concurrent writers of one body chain one after the other and
-- writers of different bodies never wait for one another.
CREATE FUNCTION civilservice.keep_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    old_row  jsonb;
    new_row  jsonb;
    col      text;
    tbl      text := TG_TABLE_NAME;
    row_key  text;
    body     bigint;
    by_role  text;
    at       timestamptz := now();
    seq      bigint;
    prev     bytea;
    h        bytea;
    hid      bigint;
BEGIN
    IF TG_WHEN <> 'AFTER' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('UPDATE', 'DELETE')
       OR TG_NARGS < 1 OR TG_TABLE_SCHEMA <> 'civilservice' THEN
        RAISE EXCEPTION 'keep_history() must be an AFTER UPDATE OR DELETE row trigger on a table of civilservice, with the key column(s) as its arguments'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF civilservice.shipping() THEN
        RETURN NULL;
    END IF;
    old_row := to_jsonb(OLD);
    FOREACH col IN ARRAY TG_ARGV LOOP
        IF NOT old_row ? col THEN
            RAISE EXCEPTION 'keep_history(): civilservice.% has no column "%"', TG_TABLE_NAME, col
              USING ERRCODE = 'trigger_protocol_violated';
        END IF;
    END LOOP;
    IF TG_NARGS = 1 THEN
        row_key := old_row ->> TG_ARGV[0];
    ELSE
        SELECT jsonb_agg(old_row -> k.col ORDER BY k.n)::text INTO row_key
          FROM unnest(TG_ARGV) WITH ORDINALITY AS k(col, n);
    END IF;
    -- a row of a partition is a row of its partitioned table
    SELECT c.relname INTO tbl FROM pg_class c
     WHERE c.oid = coalesce(pg_partition_root(TG_RELID), TG_RELID);
    IF TG_OP = 'DELETE' AND tbl <> TG_TABLE_NAME
       AND civilservice.history_row_moved(TG_RELID, old_row) THEN
        -- moved out of a default partition into its new partition: not a change
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        new_row := to_jsonb(NEW);
    END IF;
    body := (CASE WHEN tbl = 'state_body' THEN old_row ->> 'id' ELSE old_row ->> 'state_body_id' END)::bigint;
    -- the caller's role: SET ROLE, else the session user (current_user is
    -- this function's owner)
    by_role := current_setting('role');
    IF by_role = 'none' THEN
        by_role := session_user;
    END IF;

    -- append to the chain of the body: one writer at a time, to the end
    -- as last committed (a fresh snapshot per statement in READ COMMITTED)
    IF body IS NULL THEN
        PERFORM pg_advisory_xact_lock(8437293, 0);
        SELECT x.chain_seq, x.hash INTO seq, prev FROM civilservice.history x
         WHERE x.state_body_id IS NULL ORDER BY x.chain_seq DESC LIMIT 1;
    ELSE
        PERFORM pg_advisory_xact_lock(8437292, hashint8(body));
        SELECT x.chain_seq, x.hash INTO seq, prev FROM civilservice.history x
         WHERE x.state_body_id = body ORDER BY x.chain_seq DESC LIMIT 1;
    END IF;
    seq := coalesce(seq, 0) + 1;
    hid := nextval('civilservice.history_id_seq');
    h := civilservice.history_digest(body, seq, prev, tbl, row_key, TG_OP, at, by_role, session_user, old_row, new_row);
    PERFORM set_config('civilservice.history_writer', 'keep_history', true);
    IF current_setting('transaction_isolation') = 'read committed' THEN
        INSERT INTO civilservice.history (id, state_body_id, chain_seq, prev_hash, hash, table_name, row_key,
                                          operation, changed_at, changed_by, session_role, old_row, new_row)
        VALUES (hid, body, seq, prev, h, tbl, row_key, TG_OP, at, by_role, session_user, old_row, new_row);
    ELSE
        -- the snapshot of the transaction may predate the chain's last row
        BEGIN
            INSERT INTO civilservice.history (id, state_body_id, chain_seq, prev_hash, hash, table_name, row_key,
                                              operation, changed_at, changed_by, session_role, old_row, new_row)
            VALUES (hid, body, seq, prev, h, tbl, row_key, TG_OP, at, by_role, session_user, old_row, new_row);
        EXCEPTION WHEN unique_violation THEN
            PERFORM set_config('civilservice.history_writer', '', true);
            RAISE EXCEPTION 'could not serialize access due to a concurrent change of the history of state body %', coalesce(body::text, '(reference data)')
              USING ERRCODE = 'serialization_failure',
                    DETAIL = format('Another transaction appended position %s of the chain after this transaction''s snapshot was taken.', seq),
                    HINT = 'Retry the transaction.';
        END;
    END IF;
    PERFORM set_config('civilservice.history_writer', '', true);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.keep_history() IS
  'Trigger (SECURITY DEFINER): appends the old (and new) row of an UPDATE or DELETE to civilservice.history, in the hash chain of the row''s state body, with the caller''s role (SET ROLE, else session user), the session user and the transaction time (rows written by the extension''s script are skipped); arguments: the key column, or several key columns (the key is then a JSON array of their values)';

-- Reference rows written by the extension's script are shipped = true: the
-- published legal data. They are never updated or deleted afterwards, since
-- pg_dump leaves them out and CREATE EXTENSION writes them again: a change
-- to them would silently be lost on restore. A body revises them with rows
-- of its own (shipped = false), which take precedence over the shipped ones
-- (src/calendar/calendar.sql says how, per table) and which pg_dump keeps.
-- So no INSERT may take the key of a shipped row, and no one but the script
-- marks a row shipped.
CREATE FUNCTION civilservice.shipped_row_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    keycol text := TG_ARGV[0];
    expected_key text := CASE TG_TABLE_NAME WHEN 'calendar' THEN 'code' ELSE 'id' END;
    row_key text;
    hint text;
    taken boolean;
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_NARGS <> 1 OR TG_TABLE_SCHEMA <> 'civilservice'
       OR TG_TABLE_NAME NOT IN ('calendar', 'holiday_rule', 'calendar_entry', 'rule_parameter')
       OR (TG_LEVEL = 'ROW') = (TG_OP = 'TRUNCATE')
       OR keycol IS DISTINCT FROM expected_key THEN
        RAISE EXCEPTION 'shipped_row_guard() must be a BEFORE row trigger (or BEFORE TRUNCATE statement trigger) on a reference table of civilservice, with its key column as the argument'
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
        RAISE EXCEPTION 'civilservice.% holds rows shipped with the extension and cannot be truncated', TG_TABLE_NAME
          USING ERRCODE = 'restrict_violation', CONSTRAINT = TG_TABLE_NAME || '_shipped_row',
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME,
                DETAIL = 'Rows shipped with the extension are the published legal data; CREATE EXTENSION writes them and pg_dump leaves them out.',
                HINT = 'Delete the body''s own rows (shipped = false) with DELETE; their history is kept.';
    END IF;

    hint := CASE TG_TABLE_NAME
        WHEN 'calendar' THEN 'Insert or update the body''s own row of civilservice.calendar_revision for this calendar: its attributes take precedence over the shipped ones.'
        WHEN 'holiday_rule' THEN 'Insert the body''s own rule with replaces = %s: it takes precedence over the shipped rule (with revoked = true it cancels it).'
        WHEN 'calendar_entry' THEN 'Insert the body''s own row for the same calendar and day: it takes precedence over the shipped one (with revoked = true it cancels it).'
        ELSE 'Insert the body''s own row with the same name and valid_from: it takes precedence over the shipped value.' END;

    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.shipped THEN
        row_key := to_jsonb(OLD) ->> keycol;
        RAISE EXCEPTION 'row % of civilservice.% is shipped with the extension and cannot be %',
            row_key, TG_TABLE_NAME, CASE TG_OP WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END
          USING ERRCODE = 'restrict_violation', CONSTRAINT = TG_TABLE_NAME || '_shipped_row',
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME,
                DETAIL = 'Rows shipped with the extension are the published legal data; CREATE EXTENSION writes them and pg_dump leaves them out, so a change to them would be lost on restore.',
                HINT = format(hint, row_key);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;

    row_key := to_jsonb(NEW) ->> keycol;
    IF NEW.shipped THEN
        RAISE EXCEPTION 'row % of civilservice.% cannot be marked shipped', row_key, TG_TABLE_NAME
          USING ERRCODE = 'restrict_violation', CONSTRAINT = TG_TABLE_NAME || '_shipped_row',
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'shipped',
                DETAIL = 'Only the install or update script of the extension writes shipped rows.',
                HINT = 'Leave shipped false: the body''s own rows take precedence over shipped ones, and pg_dump keeps them.';
    END IF;
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('SELECT EXISTS (SELECT FROM civilservice.%I t WHERE t.%I OPERATOR(pg_catalog.=) ($1).%I AND t.shipped)',
                       TG_TABLE_NAME, keycol, keycol)
          INTO taken USING NEW;
        IF taken THEN
            RAISE EXCEPTION 'row % of civilservice.% is shipped with the extension and cannot be replaced', row_key, TG_TABLE_NAME
              USING ERRCODE = 'restrict_violation', CONSTRAINT = TG_TABLE_NAME || '_shipped_row',
                    SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME,
                    DETAIL = format('The key %s belongs to a row shipped with the extension; a body''s own row never takes it.', row_key),
                    HINT = format(hint, row_key);
        END IF;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.shipped_row_guard() IS
  'Trigger: rows written by the extension''s script are shipped = true and are never updated, deleted or truncated afterwards, no INSERT takes their key, and no one else marks a row shipped (23001, constraint <table>_shipped_row); a body revises shipped data with rows of its own, which take precedence and are dumped; argument: the key column';

-- A trigger function of PL/pgSQL checks where it is fired, as the C ones do
-- with cs_trigger_check() (src/common/trigger_check.h): attached elsewhere,
-- it would read another table's rows as ours.
CREATE FUNCTION civilservice.trigger_fired_as(fname text, tg_when text, tg_level text, tg_op text,
                                              tg_table_schema name, tg_table_name name, expected text)
    RETURNS void
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
DECLARE
    fired text := format('%s %s %s ON %s.%s', tg_when, tg_level, tg_op, tg_table_schema, tg_table_name);
BEGIN
    IF fired !~ expected THEN
        RAISE EXCEPTION '%() cannot be fired as %', fname, fired
          USING ERRCODE = 'trigger_protocol_violated',
                DETAIL = format('It is fired only as %s.', expected),
                HINT = 'Triggers of civilservice are created by the extension and civilservice.create_records(); do not attach its functions to other tables.';
    END IF;
END $$;
COMMENT ON FUNCTION civilservice.trigger_fired_as(text, text, text, text, name, name, text) IS
  'Raises 39P01 unless "<TG_WHEN> <TG_LEVEL> <TG_OP> ON <schema>.<table>" matches the regular expression expected: the first statement of every PL/pgSQL trigger function of the extension that reads the rows of a particular table';
