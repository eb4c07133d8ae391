-- The search_path of the database, for applications.
--
-- The types iin, bin and work_schedule have their operators in the schema
-- civilservice, as every object of the extension. A session whose
-- search_path does not name civilservice finds no "=" for
-- civilservice.iin and an untyped literal (WHERE iin = '880202300037' is
-- refused: operator does not exist). The extension is not relocatable, so,
-- as other extensions with their own operators in a fixed schema do, the
-- database gets civilservice at the end of its search_path:
--     "$user", public, civilservice
-- Every function of the extension sets its own search_path (pg_catalog
-- first) and qualifies every name, so what sessions have on their path
-- changes nothing inside it.
--
-- The database level is what works for the shipped roles: the settings of
-- a NOLOGIN group role (ALTER ROLE civilservice_hr SET ...) are not
-- inherited by its members. A deployment that prefers it per login role
-- runs ALTER ROLE <login> IN DATABASE <db> SET search_path = "$user",
-- public, civilservice (docs/clients.md).

CREATE FUNCTION civilservice.configure_search_path() RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    current_value text;
    entries text[];
    kept text[];
    e text;
    new_value text;
BEGIN
    -- the database's own setting (not a role's), as ALTER DATABASE left it
    SELECT substr(c, length('search_path=') + 1) INTO current_value
      FROM pg_db_role_setting s, unnest(s.setconfig) c
     WHERE s.setdatabase = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
       AND s.setrole = 0
       AND c LIKE 'search\_path=%';
    -- its entries, each an identifier as the server flattened it
    -- ("$user", public, "Some Schema"): split on the commas outside quotes
    entries := ARRAY(SELECT btrim(x)
                       FROM regexp_split_to_table(coalesce(current_value, '"$user", public'),
                                                  ',(?=(?:[^"]*"[^"]*")*[^"]*$)') AS x
                      WHERE btrim(x) <> '');
    kept := '{}';
    FOREACH e IN ARRAY entries LOOP
        IF e ~ '^".*"$' THEN
            e := replace(substr(e, 2, length(e) - 2), '""', '"');
        END IF;
        kept := kept || e;
    END LOOP;
    IF 'civilservice' = ANY (kept) THEN
        RETURN format('search_path of database %s already names civilservice: %s',
                      quote_ident(current_database()), current_value);
    END IF;
    SELECT string_agg(quote_ident(x), ', ' ORDER BY n) INTO new_value
      FROM unnest(kept || 'civilservice'::text) WITH ORDINALITY AS u(x, n);
    EXECUTE format('ALTER DATABASE %I SET search_path = %s', current_database(), new_value);
    RETURN format('search_path of database %s set to %s (for new sessions)',
                  quote_ident(current_database()), new_value);
END $$;
COMMENT ON FUNCTION civilservice.configure_search_path() IS
  'Appends civilservice to the search_path setting of the current database (ALTER DATABASE ... SET search_path), keeping its entries (by default "$user", public), so that new sessions find the operators of iin, bin and work_schedule: WHERE iin = ''880202300037'' uses the index. Does nothing when the setting names civilservice already; returns what it did. For the owner of the database or a superuser: EXECUTE is revoked from PUBLIC. create_records() calls it';
