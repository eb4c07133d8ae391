
-- Every change to reference data and to legal documents is kept, append-only
-- and hash-chained (src/common/ledger.sql): only civilservice.keep_history()
-- writes a row, nobody updates, deletes or truncates one, and each row
-- carries the hash of the row before it in its chain (one chain per state
-- body, one for the reference data), so civilservice.verify_history() finds
-- a row edited, deleted or moved by someone who turned the guards off.
CREATE TABLE civilservice.history (
    id            bigserial PRIMARY KEY,
    state_body_id bigint,
    chain_seq     bigint      NOT NULL,
    prev_hash     bytea,
    hash          bytea       NOT NULL,
    table_name    text        NOT NULL,
    row_key       text        NOT NULL,
    operation     text        NOT NULL,
    changed_at    timestamptz NOT NULL,
    changed_by    text        NOT NULL,
    session_role  text        NOT NULL,
    old_row       jsonb       NOT NULL,
    new_row       jsonb,
    CONSTRAINT history_operation CHECK (civilservice.checked(operation IN ('UPDATE', 'DELETE'), 'история', 'history_operation', 'history',
        'a history row records an UPDATE or a DELETE', pg_catalog.format('operation = %s', operation),
        'Only civilservice.keep_history() writes history.')),
    CONSTRAINT history_chain_position UNIQUE NULLS NOT DISTINCT (state_body_id, chain_seq)
);
COMMENT ON TABLE civilservice.history IS
  'История изменений: the previous (and new) value of every updated or deleted row of the reference data and of the records of the state bodies. Append-only: written only by civilservice.keep_history(), never updated, deleted or truncated (23001, history_append_only, history_written_by_extension); hash-chained per state body, checked by civilservice.verify_history()';
COMMENT ON COLUMN civilservice.history.id IS 'Surrogate key, in order of writing (within a chain, in chain order)';
COMMENT ON COLUMN civilservice.history.state_body_id IS 'Государственный орган: the state body of the changed row (its id for civilservice.state_body); NULL for reference data such as the calendar. Each body has a chain of its own';
COMMENT ON COLUMN civilservice.history.chain_seq IS 'Position of the row in its chain (1, 2, 3, … per state body, without gaps)';
COMMENT ON COLUMN civilservice.history.prev_hash IS 'Hash of the row before it in its chain (NULL for the first)';
COMMENT ON COLUMN civilservice.history.hash IS 'SHA-256 of the canonical text of the row, prev_hash included (civilservice.history_digest())';
COMMENT ON COLUMN civilservice.history.table_name IS 'Table of the changed row (the partitioned table for a row of a partition)';
COMMENT ON COLUMN civilservice.history.row_key IS 'Key of the changed row within its state body, as text: the value of the key column, or a JSON array of the values of several';
COMMENT ON COLUMN civilservice.history.operation IS 'UPDATE or DELETE';
COMMENT ON COLUMN civilservice.history.changed_at IS 'When the change was made (transaction time)';
COMMENT ON COLUMN civilservice.history.changed_by IS 'Role the change was made as: the role set by SET ROLE, else the session user (inside a SECURITY DEFINER function of the deployment, still the session''s role, not the function''s owner)';
COMMENT ON COLUMN civilservice.history.session_role IS 'Session user (the role logged in, or set by SET SESSION AUTHORIZATION) of the change';
COMMENT ON COLUMN civilservice.history.old_row IS 'The row before the change';
COMMENT ON COLUMN civilservice.history.new_row IS 'The row after the change (NULL for DELETE)';
COMMENT ON CONSTRAINT history_operation ON civilservice.history IS 'история: a row records an UPDATE or a DELETE';
COMMENT ON CONSTRAINT history_chain_position ON civilservice.history IS
  'история: one row per position of a chain, so two writers never fork a chain (under REPEATABLE READ the later one is refused with 40001 and retries)';
CREATE INDEX history_table_row_idx ON civilservice.history (table_name, row_key);
COMMENT ON SEQUENCE civilservice.history_id_seq IS 'Keys of civilservice.history';
-- Nobody but keep_history() (SECURITY DEFINER) writes; readers are granted
-- SELECT by the deployment.
REVOKE ALL ON TABLE civilservice.history FROM PUBLIC;
REVOKE ALL ON SEQUENCE civilservice.history_id_seq FROM PUBLIC;
CREATE TRIGGER history_append_only BEFORE INSERT OR UPDATE OR DELETE ON civilservice.history
    FOR EACH ROW EXECUTE FUNCTION civilservice.history_append_only();
COMMENT ON TRIGGER history_append_only ON civilservice.history IS
  'история: rows are written only by civilservice.keep_history() and never updated or deleted (23001, history_written_by_extension, history_append_only); TRUNCATE is refused by records_not_truncated';
