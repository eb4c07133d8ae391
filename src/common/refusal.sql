-- One way to refuse (src/common/refusal.c): every refusal of the Rules
-- names its point, carries an integrity-class SQLSTATE, a real constraint
-- name (or one listed in the README), the table, a detail and a hint.

CREATE FUNCTION civilservice.refuse(point text, errcode text, constraint_name text, table_name text,
                                    message text, detail text DEFAULT NULL, hint text DEFAULT NULL)
    RETURNS void
    AS 'MODULE_PATHNAME', 'cs_refuse_sql' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.refuse(text, text, text, text, text, text, text) IS
  'Raises the refusal of a write under a point of the Rules and never returns: message "<point>: <message>" (e.g. point ''п. 18'', message in lower case without a final period), SQLSTATE errcode (five characters such as ''23514'', or check_violation, exclusion_violation, restrict_violation, foreign_key_violation, unique_violation, not_null_violation, integrity_constraint_violation, ambiguous_parameter), CONSTRAINT constraint_name, SCHEMA civilservice, TABLE table_name, DETAIL what was wrong, HINT how to fix it; constraint_name, table_name, detail and hint may be NULL and are then left out. Call it with PERFORM from PL/pgSQL. Executable by everyone on purpose: it only raises an error, reads and writes nothing. The C counterpart is cs_refuse() (src/common/refusal.h)';

-- The same refusal from a CHECK constraint or a domain: core's own message
-- for a failed CHECK names neither the point nor how to fix it.
CREATE FUNCTION civilservice.checked(ok boolean, point text, constraint_name text, table_name text,
                                     message text, detail text DEFAULT NULL, hint text DEFAULT NULL)
    RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_checked_sql' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.checked(boolean, text, text, text, text, text, text) IS
  'The condition of a CHECK constraint or domain that refuses under a point of the Rules: returns ok when it is true or NULL, and otherwise raises the refusal of civilservice.refuse() with SQLSTATE 23514 (check_violation), message "<point>: <message>", the constraint and table given, the detail and the hint. Used as CONSTRAINT x CHECK (civilservice.checked(<condition>, ''п. 15'', ''x'', ''<table>'', ...)), so that applications get the point, the constraint name and the hint of every CHECK. Executable by everyone on purpose: it reads and writes nothing';
