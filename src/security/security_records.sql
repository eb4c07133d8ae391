
-- Tenancy: the roles of the database mapped to the state bodies they serve
-- (src/security/security.sql). This part runs after every other record
-- part: it secures every record table that exists by then.
CREATE TABLE civilservice.role_body (
    state_body_id bigint NOT NULL REFERENCES civilservice.state_body (id),
    id            bigserial,
    role_name     name NOT NULL,
    employee_id   bigint,
    PRIMARY KEY (state_body_id, id),
    CONSTRAINT role_body_role_key UNIQUE (state_body_id, role_name),
    CONSTRAINT role_body_employee FOREIGN KEY (state_body_id, employee_id)
        REFERENCES civilservice.employee (state_body_id, id)
);
CREATE INDEX role_body_role_name_idx ON civilservice.role_body (role_name);
COMMENT ON TABLE civilservice.role_body IS
  'Роли и государственные органы: which database role serves which state body, and, for a person who signs, that person''s employee row. A member of the role reads and writes the body''s rows as far as the shipped roles the mapped role belongs to allow (row-level security); written by civilservice_admin only';
COMMENT ON COLUMN civilservice.role_body.state_body_id IS 'Государственный орган: the state body served';
COMMENT ON COLUMN civilservice.role_body.id IS 'Surrogate key of the mapping (unique with state_body_id)';
COMMENT ON COLUMN civilservice.role_body.role_name IS 'Database role (a login or a group) that serves the body; its members serve it too';
COMMENT ON COLUMN civilservice.role_body.employee_id IS 'The employee who is that person (for a role of one person who signs: an authorized person, п. 3); NULL for a group or a system';
COMMENT ON CONSTRAINT role_body_role_key ON civilservice.role_body IS 'A role is mapped to a body once';
COMMENT ON CONSTRAINT role_body_employee ON civilservice.role_body IS 'The person is an employee of the body served';
COMMENT ON SEQUENCE civilservice.role_body_id_seq IS 'Keys of civilservice.role_body';

CREATE TRIGGER role_body_check BEFORE INSERT OR UPDATE ON civilservice.role_body
    FOR EACH ROW EXECUTE FUNCTION civilservice.role_body_check();
CREATE TRIGGER role_body_history AFTER UPDATE OR DELETE ON civilservice.role_body
    FOR EACH ROW EXECUTE FUNCTION civilservice.keep_history('id');
CREATE TRIGGER role_body_invalidate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON civilservice.role_body
    FOR EACH STATEMENT EXECUTE FUNCTION civilservice.role_body_invalidate();
COMMENT ON TRIGGER role_body_invalidate ON civilservice.role_body IS 'The cached mappings of every backend are dropped (served_state_bodies, signer_employee)';
COMMENT ON TRIGGER role_body_check ON civilservice.role_body IS 'A mapping names a role of the cluster (role_body_role)';
COMMENT ON TRIGGER role_body_history ON civilservice.role_body IS 'Every change of a mapping is kept';

-- Grants, row-level security, views with the caller's rights.
SELECT civilservice.secure_records();
