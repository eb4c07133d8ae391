-- Schema-wide machinery shared by every part of the extension.

COMMENT ON SCHEMA civilservice IS
  'civilservice: the Kazakhstan civil-service Rules on remote work, combined remote work and flexible working time (order No. 120 of 29.05.2023), with the national production calendar';

-- Shipping (src/common/shipping.c): true only while the extension's own
-- install or update script runs.
CREATE FUNCTION civilservice.shipping() RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_shipping' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.shipping() IS
  'True only while CREATE EXTENSION civilservice or ALTER EXTENSION civilservice UPDATE runs its script: the rows then written to the reference tables are shipped with the extension';

CREATE FUNCTION civilservice.keep_history() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    old_row jsonb := to_jsonb(OLD);
    new_row jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(NEW) END;
BEGIN
    IF civilservice.shipping() THEN
        RETURN NULL;    -- the extension's own script: its rows are the shipped state, not a change
    END IF;
    INSERT INTO civilservice.history (table_name, row_key, operation, old_row, new_row)
    VALUES (TG_TABLE_NAME, old_row ->> TG_ARGV[0], TG_OP, old_row, new_row);
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
