
-- Every change to reference data and to legal documents is kept.
CREATE TABLE civilservice.history (
    id          bigserial PRIMARY KEY,
    table_name  text        NOT NULL,
    row_key     text        NOT NULL,
    operation   text        NOT NULL CHECK (operation IN ('UPDATE', 'DELETE')),
    changed_at  timestamptz NOT NULL DEFAULT now(),
    changed_by  text        NOT NULL DEFAULT current_user,
    old_row     jsonb       NOT NULL,
    new_row     jsonb
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
CREATE INDEX history_table_row_idx ON civilservice.history (table_name, row_key);
COMMENT ON SEQUENCE civilservice.history_id_seq IS 'Keys of civilservice.history';
