-- The ledger: a history nobody can forge, and records nobody can truncate.
--
-- civilservice.history (src/common/common_records.sql) is written only by
-- civilservice.keep_history() (src/common/common.sql, SECURITY DEFINER), is
-- never updated, deleted or truncated, and is hash-chained: every row holds
-- the SHA-256 of its own canonical text and the hash of the row before it in
-- its chain (one chain per state body, one for the reference data), so that
-- verify_history() finds what someone who turned the guards off (a superuser
-- or the table's owner) edited, deleted or moved. TRUNCATE of every record
-- table is refused: it removes rows without a trace in the history.

-- The canonical text of a history row, and its hash. The text is a JSON
-- array (jsonb's output is canonical: keys sorted, no insignificant space),
-- with the time in UTC, so it depends on no setting of the session and a
-- restored row hashes as it did when written.
CREATE FUNCTION civilservice.history_digest(state_body_id bigint, chain_seq bigint, prev_hash bytea,
                                            table_name text, row_key text, operation text,
                                            changed_at timestamptz, changed_by text, session_role text,
                                            old_row jsonb, new_row jsonb)
    RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.sha256(pg_catalog.convert_to(pg_catalog.jsonb_build_array(
        'civilservice.history 1', state_body_id, chain_seq, pg_catalog.encode(prev_hash, 'hex'),
        table_name, row_key, operation,
        pg_catalog.to_char(pg_catalog.timezone('UTC', changed_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        changed_by, session_role, old_row, new_row)::text, 'UTF8'))
$$;
COMMENT ON FUNCTION civilservice.history_digest(bigint, bigint, bytea, text, text, text, timestamptz, text, text, jsonb, jsonb) IS
  'The hash of a row of civilservice.history: SHA-256 of the JSON array [''civilservice.history 1'', state_body_id, chain_seq, prev_hash in hex, table_name, row_key, operation, changed_at in UTC (YYYY-MM-DDTHH:MI:SS.USZ), changed_by, session_role, old_row, new_row] as text in UTF-8; independent of the session''s settings';

-- A row deleted from a default partition by civilservice.
-- ensure_access_event_partitions() is moved into its month's new table
-- (attached as a partition right after): not a change, so not history.
-- Only called for a DELETE from a partition.
CREATE FUNCTION civilservice.history_row_moved(part regclass, old_row jsonb) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    month_table text;
    found_row   boolean;
BEGIN
    IF part IS NULL OR old_row IS NULL THEN
        RETURN false;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_class c
                    WHERE c.oid = part AND c.relispartition
                      AND pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT'
                      AND pg_partition_root(c.oid) = 'civilservice.access_event'::regclass) THEN
        RETURN false;
    END IF;
    -- the month, in UTC+5, of the event (the partitions' bounds)
    month_table := 'access_event_' || to_char(timezone(interval '+05:00', (old_row ->> 'at')::timestamptz), 'YYYY_MM');
    IF NOT EXISTS (SELECT FROM pg_class c
                    WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relname = month_table
                      AND c.relkind = 'r' AND NOT c.relispartition) THEN
        RETURN false;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT FROM civilservice.%I t WHERE t.at OPERATOR(pg_catalog.=) ($1 OPERATOR(pg_catalog.->>) ''at'')::timestamptz'
                   ' AND pg_catalog.to_jsonb(t) OPERATOR(pg_catalog.=) $1)', month_table)
      INTO found_row USING old_row;
    RETURN found_row;
END $$;
COMMENT ON FUNCTION civilservice.history_row_moved(regclass, jsonb) IS
  'Internal (keep_history()): whether a row deleted from the default partition of civilservice.access_event is being moved by ensure_access_event_partitions() into its month''s table, which is not yet attached; such a move is not a change and is not kept in history';
REVOKE ALL ON FUNCTION civilservice.history_row_moved(regclass, jsonb) FROM PUBLIC;

-- The guard of civilservice.history: a row is inserted only by
-- keep_history() — which runs as the extension's owner, inside a trigger,
-- and marks its own INSERT with a transaction-local setting — and no row is
-- ever updated or deleted, by anyone, the owner included. A role granted
-- INSERT, or the owner typing an INSERT, is refused.
CREATE FUNCTION civilservice.history_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'history' THEN
        RAISE EXCEPTION 'history_append_only() must be a BEFORE row trigger on civilservice.history'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF coalesce(current_setting('civilservice.history_writer', true), '') = 'keep_history'
           AND pg_trigger_depth() > 1
           AND current_user::text::regrole = (SELECT p.proowner FROM pg_proc p
                                               WHERE p.oid = 'civilservice.keep_history()'::regprocedure) THEN
            RETURN NEW;
        END IF;
        PERFORM civilservice.refuse('история', 'restrict_violation', 'history_written_by_extension', 'history',
            'rows of civilservice.history are written only by civilservice.keep_history()',
            format('An INSERT into civilservice.history by %s (as %s) for table %s, key %s, was not written by the history trigger of a change.',
                   session_user, current_user, coalesce(NEW.table_name, 'NULL'), coalesce(NEW.row_key, 'NULL')),
            'Change the row itself with UPDATE or DELETE: its trigger keeps the history, with who made the change and when.');
    END IF;
    PERFORM civilservice.refuse('история', 'restrict_violation', 'history_append_only', 'history',
        format('civilservice.history is append-only: its rows cannot be %s', CASE TG_OP WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END),
        format('%s by %s of the history of the %s of %s, key %s, made by %s.', TG_OP, current_user,
               OLD.operation, OLD.table_name, OLD.row_key, OLD.changed_by),
        'The history is the legal record of every change; a correction is a new change of the row itself, which is kept in turn.');
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.history_append_only() IS
  'Trigger history_append_only, BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW on civilservice.history: inserts only from civilservice.keep_history() (23001, history_written_by_extension), never an UPDATE or DELETE (23001, history_append_only), whoever the role';

-- TRUNCATE removes rows without firing their row triggers: without a trace
-- in the history, and without the checks of the Rules on what refers to
-- them. Every record table refuses it (the history too).
CREATE FUNCTION civilservice.records_not_truncated() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'STATEMENT' OR TG_OP <> 'TRUNCATE' OR TG_TABLE_SCHEMA <> 'civilservice' THEN
        RAISE EXCEPTION 'records_not_truncated() must be a BEFORE TRUNCATE statement trigger on a table of civilservice'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF TG_TABLE_NAME = 'history' THEN
        PERFORM civilservice.refuse('история', 'restrict_violation', 'history_append_only', 'history',
            'civilservice.history is append-only and cannot be truncated',
            format('TRUNCATE of civilservice.history by %s: the history is the legal record of every change, each row chained to the one before it by its hash.', current_user),
            'Nothing removes history. To keep a copy elsewhere use pg_dump or COPY (SELECT …) TO.');
    END IF;
    PERFORM civilservice.refuse('история', 'restrict_violation', 'records_not_truncated', TG_TABLE_NAME,
        format('civilservice.%s cannot be truncated', TG_TABLE_NAME),
        format('TRUNCATE of civilservice.%s by %s: TRUNCATE removes the records of the state bodies without their history and without the checks of the Rules.', TG_TABLE_NAME, current_user),
        'Delete the rows with DELETE: the history keeps what was deleted, and the Rules'' checks run (a signed act is never deleted; cancel it instead).');
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.records_not_truncated() IS
  'Trigger records_not_truncated, BEFORE TRUNCATE FOR EACH STATEMENT on every record table of civilservice: refuses TRUNCATE (23001, records_not_truncated; history_append_only for civilservice.history), so no record disappears without its history';

-- The guard on every record table: every table of the schema that is not a
-- member of the extension, whoever's part created it, partitions included.
CREATE FUNCTION civilservice.guard_records_truncate() RETURNS SETOF text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c
              WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relkind IN ('r', 'p')
                AND NOT EXISTS (SELECT FROM pg_depend d
                                 WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
                AND NOT EXISTS (SELECT FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'records_not_truncated')
              ORDER BY c.relname LOOP
        EXECUTE format('CREATE TRIGGER records_not_truncated BEFORE TRUNCATE ON civilservice.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION civilservice.records_not_truncated()', t.relname);
        EXECUTE format('COMMENT ON TRIGGER records_not_truncated ON civilservice.%I IS %L', t.relname,
                       'TRUNCATE is refused: it would remove records without their history (use DELETE)');
        RETURN NEXT t.relname;
    END LOOP;
END $$;
COMMENT ON FUNCTION civilservice.guard_records_truncate() IS
  'Gives every record table of civilservice (every table of the schema that is not a member of the extension, partitions included) the trigger records_not_truncated, where it is missing; returns the tables it guarded. create_records() calls it last; call it after adding a table or a partition by hand';
REVOKE ALL ON FUNCTION civilservice.guard_records_truncate() FROM PUBLIC;

-- The check of the chains. Within a chain, the order of id is the order of
-- writing, which is the order of positions (appends to a chain are
-- serialized, and the id is drawn under the chain's lock):
--   - a row whose hash is not the hash of its content was edited;
--   - a position missing from the chain is a deleted row (a gap);
--   - a position written after a higher one is a row moved out of its
--     place (reordered);
--   - a prev_hash that is not the hash of the row at the position before
--     is a broken link (that row was replaced, hash and all).
-- The deletion of a chain's last rows leaves no successor to notice it:
-- keep the last link of each chain (history_chain_heads) outside the
-- database and compare.
CREATE FUNCTION civilservice.verify_history(state_body_id bigint DEFAULT NULL)
    RETURNS TABLE (body_id bigint, id bigint, chain_seq bigint, problem text)
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
    body bigint := $1;
BEGIN
    RETURN QUERY
    WITH h AS (
        SELECT x.state_body_id, x.id, x.chain_seq, x.prev_hash, x.hash,
               civilservice.history_digest(x.state_body_id, x.chain_seq, x.prev_hash, x.table_name, x.row_key,
                                           x.operation, x.changed_at, x.changed_by, x.session_role,
                                           x.old_row, x.new_row) AS recomputed,
               -- in the order written: the highest position before this row
               coalesce(max(x.chain_seq) OVER (by_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS max_before,
               -- in the order of positions: the row before it in the chain
               lag(x.chain_seq) OVER by_seq AS pos_pred_seq,
               lag(x.hash) OVER by_seq AS pos_pred_hash,
               lag(x.id) OVER by_seq AS pos_pred_id
          FROM civilservice.history x
         WHERE body IS NULL OR x.state_body_id = body
        WINDOW by_id AS (PARTITION BY x.state_body_id ORDER BY x.id),
               by_seq AS (PARTITION BY x.state_body_id ORDER BY x.chain_seq)
    ), checks AS (
        SELECT h.state_body_id, h.id, h.chain_seq, 1 AS n,
               CASE WHEN h.hash IS DISTINCT FROM h.recomputed
                    THEN 'edited: the row does not match its hash' END AS problem
          FROM h
        UNION ALL
        SELECT h.state_body_id, h.id, h.chain_seq, 2,
               CASE
                 WHEN h.chain_seq <= h.max_before
                   THEN format('reordered: position %s stands after position %s', h.chain_seq, h.max_before)
                 WHEN h.chain_seq > h.max_before + 1 AND coalesce(h.pos_pred_seq, 0) > h.max_before
                   THEN format('reordered: position %s stands before position %s', h.chain_seq, h.pos_pred_seq)
                 WHEN h.chain_seq = h.max_before + 2
                   THEN format('gap: position %s of the chain is missing (a deleted row)', h.chain_seq - 1)
                 WHEN h.chain_seq > h.max_before + 2
                   THEN format('gap: positions %s to %s of the chain are missing (deleted rows)', h.max_before + 1, h.chain_seq - 1)
               END
          FROM h
        UNION ALL
        SELECT h.state_body_id, h.id, h.chain_seq, 3,
               CASE
                 WHEN h.chain_seq = 1 AND h.prev_hash IS NOT NULL
                   THEN 'broken link: the first row of the chain names a previous row'
                 WHEN h.pos_pred_seq = h.chain_seq - 1 AND h.prev_hash IS DISTINCT FROM h.pos_pred_hash
                   THEN format('broken link: prev_hash is not the hash of row %s, position %s', h.pos_pred_id, h.pos_pred_seq)
               END
          FROM h
    )
    SELECT c.state_body_id, c.id, c.chain_seq, c.problem
      FROM checks c
     WHERE c.problem IS NOT NULL
     ORDER BY c.state_body_id NULLS FIRST, c.id, c.n;
END $$;
COMMENT ON FUNCTION civilservice.verify_history(bigint) IS
  'Checks the hash chains of civilservice.history (of one state body, or every chain when NULL, the reference data''s included): returns one row per broken link — the row, its position and what is wrong: edited (its hash does not match), gap (positions missing: deleted rows), reordered (positions out of order), broken link (prev_hash is not the hash of the row before); no rows when the history is intact';

-- The last link of each chain: keep it outside the database (a report, a
-- log) to notice later the deletion of a chain's newest rows.
CREATE FUNCTION civilservice.history_chain_heads()
    RETURNS TABLE (body_id bigint, chain_seq bigint, id bigint, changed_at timestamptz, hash text)
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    SELECT DISTINCT ON (x.state_body_id) x.state_body_id, x.chain_seq, x.id, x.changed_at, encode(x.hash, 'hex')
      FROM civilservice.history x
     ORDER BY x.state_body_id NULLS FIRST, x.chain_seq DESC;
END $$;
COMMENT ON FUNCTION civilservice.history_chain_heads() IS
  'The last link of each chain of civilservice.history (body_id NULL: the reference data): its position, row, time and hash in hex. Keep it outside the database (a signed report, a log) to notice later the deletion of a chain''s newest rows, which verify_history() alone cannot see';
