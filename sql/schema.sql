-- Schema-wide machinery shared by every part of the extension.

COMMENT ON SCHEMA civilservice IS
  'civilservice: the Kazakhstan civil-service Rules on remote work, combined remote work and flexible working time (order No. 120 of 29.05.2023), with the national production calendar';

-- Restore mode (src/restore.c): a superuser restoring a pg_dump sets
-- civilservice.restore_mode = on, and the triggers accept the dumped rows as
-- they are (signed acts, extensions already applied, ...).
CREATE FUNCTION civilservice.restore_mode() RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_restore_mode' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.restore_mode() IS
  'True while the session restores a dump (civilservice.restore_mode = on, settable by a superuser only): the triggers then load rows as dumped, without the checks of the Rules';

-- Shipping (src/restore.c): on only while the install script writes the rows
-- shipped with the extension; settable by a superuser only.
CREATE FUNCTION civilservice.shipping() RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_shipping' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.shipping() IS
  'True while the install script writes the rows shipped with the extension (civilservice.shipping = on, settable by a superuser only)';

-- Every change to reference data and to legal documents is kept.
CREATE TABLE civilservice.history (
    id          bigserial PRIMARY KEY,
    table_name  text        NOT NULL,
    row_key     text        NOT NULL,
    operation   text        NOT NULL CHECK (operation IN ('UPDATE', 'DELETE')),
    changed_at  timestamptz NOT NULL DEFAULT now(),
    changed_by  text        NOT NULL DEFAULT current_user,
    old_row     jsonb       NOT NULL,
    new_row     jsonb,
    shipped     boolean     NOT NULL DEFAULT false
);
COMMENT ON TABLE civilservice.history IS
  'История изменений: the previous value of every updated or deleted row of the calendar, the rule parameters and the legal documents';
COMMENT ON COLUMN civilservice.history.id IS 'Surrogate key, in order of change';
COMMENT ON COLUMN civilservice.history.table_name IS 'Table of the changed row';
COMMENT ON COLUMN civilservice.history.row_key IS 'Key of the changed row, as text';
COMMENT ON COLUMN civilservice.history.operation IS 'UPDATE or DELETE';
COMMENT ON COLUMN civilservice.history.changed_at IS 'When the change was made (transaction time)';
COMMENT ON COLUMN civilservice.history.changed_by IS 'Database role that made the change';
COMMENT ON COLUMN civilservice.history.old_row IS 'The row before the change';
COMMENT ON COLUMN civilservice.history.new_row IS 'The row after the change (NULL for DELETE)';
COMMENT ON COLUMN civilservice.history.shipped IS 'True for history shipped with the extension (such rows are not dumped: the install script recreates them)';
CREATE INDEX history_table_row_idx ON civilservice.history (table_name, row_key);

CREATE FUNCTION civilservice.keep_history() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    old_row jsonb := to_jsonb(OLD);
    new_row jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(NEW) END;
BEGIN
    IF civilservice.restore_mode() AND (old_row ->> 'shipped')::boolean
       AND NOT (new_row ->> 'shipped')::boolean THEN
        RETURN NULL;    -- a restore replacing a shipped row by its dumped revision (shipped_row_guard): not a change
    END IF;
    INSERT INTO civilservice.history (table_name, row_key, operation, old_row, new_row, shipped)
    VALUES (TG_TABLE_NAME, old_row ->> TG_ARGV[0], TG_OP, old_row, new_row, civilservice.shipping());
    RETURN NULL;
END $$;
COMMENT ON FUNCTION civilservice.keep_history() IS
  'Trigger: copies the old row of an UPDATE or DELETE into civilservice.history; argument: the key column';

-- Rows shipped by the extension carry shipped = true and are left out of
-- pg_dump (the install script recreates them). A DBA's UPDATE makes such a
-- row the DBA's own (shipped = false), so the revision is dumped; on restore
-- the dumped row replaces the freshly shipped one with the same key instead
-- of duplicating it.
CREATE FUNCTION civilservice.shipped_row_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    shipping boolean := civilservice.shipping();
    keycol text := TG_ARGV[0];
    cols text;
    replaced bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.shipped AND NOT shipping THEN
            RAISE EXCEPTION 'row % of %.% is shipped with the extension and cannot be deleted',
                to_jsonb(OLD) ->> keycol, TG_TABLE_SCHEMA, TG_TABLE_NAME
              USING ERRCODE = 'restrict_violation',
                    CONSTRAINT = TG_TABLE_NAME || '_shipped_row',
                    DETAIL = 'Calendar facts and rule parameters are legal data; their history is kept.',
                    HINT = 'Revise the row with UPDATE, or close it (revoked = true, last_year, a later valid_from) instead of deleting it.';
        END IF;
        RETURN OLD;
    END IF;
    IF NOT shipping THEN
        NEW.shipped := false;
    END IF;
    IF TG_OP = 'INSERT' AND NOT shipping THEN
        -- restore of a DBA-revised shipped row: update the shipped one in place
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
          FROM pg_attribute WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped;
        EXECUTE format('UPDATE %s SET (%s) = (SELECT %s FROM jsonb_populate_record(NULL::%s, $1)) '
                       'WHERE %I::text = $2 AND shipped', TG_RELID::regclass, cols, cols,
                       TG_RELID::regclass, keycol)
          USING to_jsonb(NEW), to_jsonb(NEW) ->> keycol;
        GET DIAGNOSTICS replaced = ROW_COUNT;
        IF replaced > 0 THEN
            RETURN NULL;
        END IF;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.shipped_row_guard() IS
  'Trigger: keeps rows shipped with the extension apart from rows of the DBA, so pg_dump keeps the DBA''s rows and revisions and never duplicates shipped ones; argument: the key column';
COMMENT ON SEQUENCE civilservice.history_id_seq IS 'Keys of civilservice.history';
