-- One way to refuse (src/common/refusal.c): every refusal of the Rules
-- names its point, carries an integrity-class SQLSTATE, a real constraint
-- name (or one listed in the README), the table, a detail and a hint.

CREATE FUNCTION civilservice.refuse(point text, errcode text, constraint_name text, table_name text,
                                    message text, detail text DEFAULT NULL, hint text DEFAULT NULL)
    RETURNS void
    AS 'MODULE_PATHNAME', 'cs_refuse_sql' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.refuse(text, text, text, text, text, text, text) IS
  'Raises the refusal of a write under a point of the Rules and never returns: message "<point>: <message>" (e.g. point ''п. 18'', message in lower case without a final period), SQLSTATE errcode (five characters such as ''23514'', or check_violation, exclusion_violation, restrict_violation, foreign_key_violation, unique_violation, not_null_violation, integrity_constraint_violation, ambiguous_parameter), CONSTRAINT constraint_name, SCHEMA civilservice, TABLE table_name, DETAIL what was wrong, HINT how to fix it; constraint_name, table_name, detail and hint may be NULL and are then left out. Call it with PERFORM from PL/pgSQL. Executable by everyone on purpose: it only raises an error, reads and writes nothing. The C counterpart is cs_refuse() (src/common/refusal.h)';
