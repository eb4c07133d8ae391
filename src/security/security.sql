-- Security: shipped roles, their privileges, and tenancy per state body by
-- row-level security.
--
-- One database serves many state bodies. A deployment never grants table
-- privileges by hand: it makes its login roles members of the shipped
-- NOLOGIN group roles below (what a person may do) and maps roles to the
-- state bodies they serve in civilservice.role_body (where they may do it).
-- civilservice.secure_records(), called by create_records(), grants each
-- shipped role what the table civilservice.shipped_role_privileges says,
-- enables row-level security on every record table that has a state body,
-- and makes every view over the records run with its caller's rights.

-- The shipped roles are cluster-wide: created once, kept when the
-- extension is dropped (other databases of the cluster may use them).
DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['civilservice_admin', 'civilservice_hr', 'civilservice_authorized',
                             'civilservice_loader', 'civilservice_auditor',
                             'civilservice_national_auditor', 'civilservice_reader'] LOOP
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) r) THEN
            EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $roles$;

-- COMMENT ON ROLE is not per database: the roles are documented here.
CREATE VIEW civilservice.shipped_roles (name, purpose, every_body) AS VALUES
    ('civilservice_admin'::name,
     'Administrator of the extension''s data: state bodies, the mapping of roles to bodies (role_body), emergency cases, the body''s own reference rows, and every record of every body (no TRUNCATE)',
     true),
    ('civilservice_hr'::name,
     'HR officer (кадровая служба, п. 10, 20): employees, drafts of acts and their lists, applications received, badge corrections, remote time records, manual violations and their recomputation, demands (п. 11) — of the bodies the role serves',
     false),
    ('civilservice_authorized'::name,
     'Authorized person (уполномоченное лицо, п. 3): what the HR officer does, plus signing and cancelling acts, deciding applications (п. 15–16), extensions (п. 18), recalls (п. 12), cancellations of participation (п. 21) — of the bodies the role serves',
     false),
    ('civilservice_loader'::name,
     'Badge-system loader (СКУД, п. 20): inserts access-control events of the bodies the role serves, and nothing else',
     false),
    ('civilservice_auditor'::name,
     'Auditor: reads every record of the bodies the role serves; writes nothing',
     false),
    ('civilservice_national_auditor'::name,
     'National auditor: reads every record of every state body; writes nothing',
     true),
    ('civilservice_reader'::name,
     'Reporting (BI): reads the views of schema civilservice_bi (regimes, applications, expiring acts, violations, cancellations, demands, the Concept) for the bodies the role serves, and the reference data; no record table or internal view, so neither the employees'' IIN nor the badge events',
     false);
COMMENT ON VIEW civilservice.shipped_roles IS
  'The NOLOGIN group roles shipped with the extension (created by CREATE EXTENSION when missing). A deployment makes its login roles members of them and maps roles to state bodies in civilservice.role_body; it never grants table privileges by hand';
COMMENT ON COLUMN civilservice.shipped_roles.name IS 'Name of the database role';
COMMENT ON COLUMN civilservice.shipped_roles.purpose IS 'Who is a member, and what the role may read and write';
COMMENT ON COLUMN civilservice.shipped_roles.every_body IS 'True when the role serves every state body without a mapping in role_body (the administrator, the national auditor)';

-- The decision, per table or view and per shipped role, of what it may do:
-- one row per object, one column per role. A cell holds the letters of the
-- privileges, as in an ACL: r = SELECT, a = INSERT, w = UPDATE, d = DELETE
-- (never TRUNCATE); a letter followed by (-col,col) is granted on every
-- column but those. Every record table must have a row: a table without
-- one is closed to the shipped roles (test/pgtap/security.sql fails), so a
-- new table cannot ship without a decision.
CREATE VIEW civilservice.shipped_role_privileges
    (object_name, civilservice_admin, civilservice_hr, civilservice_authorized, civilservice_loader,
     civilservice_auditor, civilservice_national_auditor, civilservice_reader) AS VALUES
    -- records
    ('state_body'::name,         'rawd', 'r',    'r',    '',  'r', 'r', ''),
    ('role_body',                'rawd', 'r',    'r',    'r', 'r', 'r', 'r'),
    ('employee',                 'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('act',                      'rawd', 'ra(-status,signed_at,cancelled_on,cancel_reason)w(-status,signed_at,cancelled_on,cancel_reason)d',
                                                 'rawd', '',  'r', 'r', ''),
    ('act_employee',             'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('flexible_application',     'rawd', 'ra(-status,decided_at,rejection_reason)w(-status,decided_at,rejection_reason)',
                                                 'rawd', '',  'r', 'r', ''),
    ('act_extension',            'rawd', 'r',    'ra',   '',  'r', 'r', ''),
    ('recall',                   'rawd', 'r',    'rawd', '',  'r', 'r', ''),
    ('participation_cancellation','rawd','r',    'ra',   '',  'r', 'r', ''),
    ('emergency_case',           'rawd', 'r',    'r',    '',  'r', 'r', ''),
    ('access_event',             'rawd', 'ra',   'ra',   'a', 'r', 'r', ''),
    ('access_event_rejected',    'rawd', 'rd',   'rd',   '',  'r', 'r', ''),
    ('remote_time_record',       'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('availability_demand',      'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('violation',                'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('absence',                  'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('act_office_day',           'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('act_justification',        'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('equipment_provision',      'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('obligation_acknowledgement','rawd','rawd', 'rawd', '',  'r', 'r', ''),
    ('org_unit',                 'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('org_unit_head',            'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('org_unit_member',          'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('first_head',               'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    -- a body's own policy (п. 21 threshold, session limit): its authorized persons decide
    ('body_rule_parameter',      'rawd', 'r',    'rawd', '',  'r', 'r', ''),
    -- the Concept: a body's mode of a proposed rule is its authorized persons'
    -- choice; findings are appended by concept_check() with the writer's rights
    ('body_concept_check',       'rawd', 'r',    'rawd', '',  'r', 'r', 'r'),
    ('concept_finding',          'ra',   'ra',   'ra',   '',  'r', 'r', ''),
    ('concept_findings_open',    'r',    'r',    'r',    '',  'r', 'r', ''),
    -- concept: career (src/career); the reader reads the records only
    -- through the views of civilservice_bi (src/bi)
    ('career_event',             'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('corps_a_release_windows',  'r',    'r',    'r',    '',  'r', 'r', ''),
    ('pension_age',              'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    -- concept: selection (src/selection)
    ('competition',              'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('vacancy',                  'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('candidacy',                'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('shortlist',                'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('practical_assessment',     'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('practical_assessments_overdue','r','r',    'r',    '',  'r', 'r', ''),
    -- concept: personnel records (src/personnel)
    ('education',                'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('training',                 'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('internship',               'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('disciplinary_case',        'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('case_circumstance',        'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('performance_evaluation',   'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('premium',                  'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    -- concept: indicators (src/indicators)
    ('indicator_entry',          'rawd', 'rawd', 'rawd', '',  'r', 'r', ''),
    ('indicator_progress',       'r',    'r',    'r',    '',  'r', 'r', ''),
    ('concept_indicator',        'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('concept_indicator_target', 'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('indicator_national_entry', 'rawd', 'r',    'r',    'r', 'r', 'r', 'r'),
    -- written by the extension's triggers and refresh_violations() (SECURITY DEFINER)
    ('violation_queue',          'r',    '',     '',     '',  'r', 'r', ''),
    -- the history is written only by keep_history() (SECURITY DEFINER): the
    -- roles read their bodies' part of it
    ('history',                  'r',    'r',    'r',    '',  'r', 'r', ''),
    ('act_equipment',            'r',    'r',    'r',    '',  'r', 'r', ''),
    ('controllers',              'r',    'r',    'r',    '',  'r', 'r', ''),
    ('direct_heads',             'r',    'r',    'r',    '',  'r', 'r', ''),
    ('first_head_change',        'r',    'r',    'r',    '',  'r', 'r', ''),
    ('remote_acts_without_justification','r','r','r',    '',  'r', 'r', ''),
    ('application_queue',        'r',    'r',    'r',    '',  'r', 'r', ''),
    ('current_regimes',          'r',    'r',    'r',    '',  'r', 'r', ''),
    ('after_hours_demands',      'r',    'r',    'r',    '',  'r', 'r', ''),
    -- bi (src/bi)
    -- (the reader reads the records only through the views of the schema
    -- civilservice_bi, created and granted by src/bi/bi_records.sql)
    -- reference data of the engine: the body's own rows are the
    -- administrator's; everyone reads the law
    ('calendar',                 'rawd', 'r',    'r',    'r', 'r', 'r', 'r'),
    ('calendar_revision',        'rawd', 'r',    'r',    'r', 'r', 'r', 'r'),
    ('holiday_rule',             'rawd', 'r',    'r',    'r', 'r', 'r', 'r'),
    ('calendar_entry',           'rawd', 'r',    'r',    'r', 'r', 'r', 'r'),
    ('rule_parameter',           'rawd', 'r',    'r',    'r', 'r', 'r', 'r'),
    ('calendar_in_force',        'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('holiday_rule_in_force',    'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('calendar_entry_in_force',  'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('rule_parameter_in_force',  'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('calendar_year_status',     'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('breach_kind',              'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('rule_wording',             'rawd', 'r',    'r',    'r', 'r', 'r', 'r'),
    ('rule_wording_in_force',    'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('rule_parameter_body_policy','r',   'r',    'r',    'r', 'r', 'r', 'r'),
    -- the Concept's parameters, implementing acts and plan: national, the administrator's
    ('concept_parameter',        'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('concept_parameter_status', 'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('implementing_act',         'rawd', 'r',    'r',    'r', 'r', 'r', 'r'),
    ('implementing_act_parameter','rawd','r',    'r',    'r', 'r', 'r', 'r'),
    ('implementing_act_parameters','r',  'r',    'r',    'r', 'r', 'r', 'r'),
    -- concept: plan (src/concept/plan.sql)
    ('concept_plan_item',        'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('concept_plan_deliverable', 'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('concept_plan_progress',    'rawd', 'r',    'r',    'r', 'r', 'r', 'r'),
    ('concept_plan_status',      'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('shipped_roles',            'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('shipped_role_privileges',  'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('shipped_role_grants',      'r',    'r',    'r',    'r', 'r', 'r', 'r'),
    ('shipped_function_privileges','r',  'r',    'r',    'r', 'r', 'r', 'r');
COMMENT ON VIEW civilservice.shipped_role_privileges IS
  'What each shipped role may do on each table and view of the schema, granted by civilservice.secure_records(): letters r (SELECT), a (INSERT), w (UPDATE), d (DELETE); a letter followed by (-col,...) is granted on every column but those; an empty cell grants nothing. Every record table has a row';
COMMENT ON COLUMN civilservice.shipped_role_privileges.object_name IS 'Table or view of schema civilservice';
COMMENT ON COLUMN civilservice.shipped_role_privileges.civilservice_admin IS 'Privileges of civilservice_admin';
COMMENT ON COLUMN civilservice.shipped_role_privileges.civilservice_hr IS 'Privileges of civilservice_hr';
COMMENT ON COLUMN civilservice.shipped_role_privileges.civilservice_authorized IS 'Privileges of civilservice_authorized';
COMMENT ON COLUMN civilservice.shipped_role_privileges.civilservice_loader IS 'Privileges of civilservice_loader';
COMMENT ON COLUMN civilservice.shipped_role_privileges.civilservice_auditor IS 'Privileges of civilservice_auditor';
COMMENT ON COLUMN civilservice.shipped_role_privileges.civilservice_national_auditor IS 'Privileges of civilservice_national_auditor';
COMMENT ON COLUMN civilservice.shipped_role_privileges.civilservice_reader IS 'Privileges of civilservice_reader';

-- The same decision, one row per object, role and privilege.
CREATE VIEW civilservice.shipped_role_grants AS
    SELECT p.object_name, c.role_name,
           CASE m[1] WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' ELSE 'DELETE' END AS privilege,
           pg_catalog.string_to_array(m[2], ',')::name[] AS except_columns
      FROM civilservice.shipped_role_privileges p
     CROSS JOIN LATERAL (VALUES
            ('civilservice_admin'::name, p.civilservice_admin), ('civilservice_hr', p.civilservice_hr),
            ('civilservice_authorized', p.civilservice_authorized), ('civilservice_loader', p.civilservice_loader),
            ('civilservice_auditor', p.civilservice_auditor), ('civilservice_national_auditor', p.civilservice_national_auditor),
            ('civilservice_reader', p.civilservice_reader)) AS c (role_name, cell)
     CROSS JOIN LATERAL pg_catalog.regexp_matches(c.cell, '([rawd])(?:\(-([a-z0-9_,]+)\))?', 'g') AS m;
COMMENT ON VIEW civilservice.shipped_role_grants IS
  'civilservice.shipped_role_privileges one privilege per row: what secure_records() grants';
COMMENT ON COLUMN civilservice.shipped_role_grants.object_name IS 'Table or view of schema civilservice';
COMMENT ON COLUMN civilservice.shipped_role_grants.role_name IS 'Shipped role';
COMMENT ON COLUMN civilservice.shipped_role_grants.privilege IS 'SELECT, INSERT, UPDATE or DELETE';
COMMENT ON COLUMN civilservice.shipped_role_grants.except_columns IS 'NULL: the privilege is granted on the table; else on every column but these';

-- Functions that are not for everyone, and who may execute them. Every
-- trigger function of the schema is revoked from PUBLIC as well (below);
-- triggers fire whatever the privileges of the function, so only the
-- creator of a trigger needs them (the administrator, who may own the
-- records and restores them). Helpers that a trigger calls in a query run
-- with the rights of the writer, so its roles keep them.
CREATE VIEW civilservice.shipped_function_privileges (function_signature, role_names) AS VALUES
    ('civilservice.write_participation_days(bigint[],bigint[])',
     '{civilservice_admin,civilservice_hr,civilservice_authorized}'::name[]),
    ('civilservice.cancel_participation(bigint,bigint,bigint,date,text,bigint)',
     '{civilservice_admin,civilservice_authorized}'),
    ('civilservice.cancel_act(bigint,bigint,date,text)',
     '{civilservice_admin,civilservice_authorized}'),
    ('civilservice.recompute_violations(date,date,bigint)',
     '{civilservice_admin,civilservice_hr,civilservice_authorized}'),
    ('civilservice.ensure_access_event_partitions(date,integer)',
     '{civilservice_admin}'),
    ('civilservice.access_event_comment_partition(regclass,date)',
     '{civilservice_admin}'),
    ('civilservice.require_shared_preload()',
     '{}'),
    ('civilservice.secure_records()',
     '{}'),
    ('civilservice.configure_search_path()',
     '{}');
COMMENT ON VIEW civilservice.shipped_function_privileges IS
  'Functions of the schema that PUBLIC may not execute (besides every trigger function), and the shipped roles that may: writing API functions go to the roles that may write what they write; internal helpers to the roles whose writes call them; the set-up functions to their owner only (create_records() too, which revokes its own)';
COMMENT ON COLUMN civilservice.shipped_function_privileges.function_signature IS 'The function, as regprocedure text';
COMMENT ON COLUMN civilservice.shipped_function_privileges.role_names IS 'Shipped roles granted EXECUTE';

-- Tenancy. The bodies the current user serves: those mapped in role_body
-- to a role the user is a member of (directly or not), where that mapped
-- role is itself a member of one of the given shipped roles (NULL: any).
-- So a person who is an HR officer of body A (through a role mapped to A
-- and member of civilservice_hr) and an auditor of body B (through a role
-- mapped to B and member of civilservice_auditor) writes only A's rows and
-- reads both. The policies call it once per statement, as an InitPlan:
-- state_body_id = ANY ((SELECT civilservice.served_state_bodies(...))).
-- A role that may not read role_body (a member of no shipped role) serves
-- no body. The answer comes from a per-backend cache (src/security/security.c):
-- the mappings read as the table's owner under a snapshot taken at build
-- time, and per user and shipped roles the bodies; dropped by any change of
-- role_body (trigger role_body_invalidate), of role membership or of roles.
CREATE FUNCTION civilservice.served_state_bodies(shipped_roles name[] DEFAULT NULL)
RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'cs_served_state_bodies'
    LANGUAGE C STABLE PARALLEL SAFE SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.served_state_bodies(name[]) IS
  'The state bodies the current user serves: those mapped in civilservice.role_body to a role the user is a member of, when that role is a member of one of the given shipped roles (NULL: of any role); none for a role that may not read role_body. Used by the row-level security policies, once per statement; answered from a per-backend cache dropped by any change of role_body, of role membership or of roles';

-- Whether the current user serves every body through one of the given
-- shipped roles that serve every body (the administrator; the national
-- auditor, who only reads).
CREATE FUNCTION civilservice.serves_every_state_body(
    shipped_roles name[] DEFAULT '{civilservice_admin,civilservice_national_auditor}')
RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_serves_every_state_body'
    LANGUAGE C STABLE PARALLEL SAFE SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.serves_every_state_body(name[]) IS
  'True when the current user is a member of one of the given shipped roles that serve every state body without a mapping (civilservice_admin; civilservice_national_auditor, who reads only); by default, of either. Used by the row-level security policies, once per statement';

-- The same two answers for the session user (the role that logged in),
-- whatever role a statement runs as. A SECURITY DEFINER function that
-- serves reports runs as its owner, so it asks these to keep to the bodies
-- of whoever connected (civilservice.indicator_progress_served()). SET ROLE
-- does not change the session user: a superuser who sets a role still
-- counts as the superuser here.
CREATE FUNCTION civilservice.session_served_state_bodies(shipped_roles name[] DEFAULT NULL)
RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'cs_session_served_state_bodies'
    LANGUAGE C STABLE PARALLEL SAFE SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.session_served_state_bodies(name[]) IS
  'The state bodies the session user (the role that logged in) serves, as civilservice.served_state_bodies() answers for the current user: for functions running with their owner''s rights that serve the bodies of whoever connected';
CREATE FUNCTION civilservice.session_serves_every_state_body(
    shipped_roles name[] DEFAULT '{civilservice_admin,civilservice_national_auditor}')
RETURNS boolean
    AS 'MODULE_PATHNAME', 'cs_session_serves_every_state_body'
    LANGUAGE C STABLE PARALLEL SAFE SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.session_serves_every_state_body(name[]) IS
  'True when the session user (the role that logged in) serves every state body, as civilservice.serves_every_state_body() answers for the current user';

-- Signatures. Signing or cancelling an act, deciding an application and
-- cancelling a participation record who did it: the database role
-- (current_user) and the employee that role is, by its mapping in role_body
-- for the act's body (the row of current_user itself first, else a row of
-- a role current_user is a member of). A superuser is a member of every
-- role: only a mapping of its own name counts for it.
CREATE FUNCTION civilservice.signer_employee(state_body_id bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'cs_signer_employee'
    LANGUAGE C STABLE PARALLEL SAFE SET search_path = pg_catalog;
COMMENT ON FUNCTION civilservice.signer_employee(bigint) IS
  'The employee of the given state body that the current user is, by civilservice.role_body: the mapping of current_user itself first, else that of a role it is a member of (a superuser: its own mapping only); NULL when none';

-- The signature of a decision: who signs (role, employee) and for whom. The
-- signer is the issuer (the authorized person named on the document) or an
-- authorized person of the body, employed on the day, acting for the
-- issuer; a role with no employee of the body signs nothing, except a
-- superuser or the owner of the table, recorded by role alone (they may do
-- anything). Refuses with the given point and constraint name (23514).
CREATE FUNCTION civilservice.signature(state_body_id bigint, issuer bigint, table_name name,
                                       point text, constraint_name text, what text,
                                       OUT role_name name, OUT employee_id bigint, OUT acting_for bigint)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
DECLARE
    e record;
    today date;
    elsewhere text;
BEGIN
    role_name := current_user;
    employee_id := civilservice.signer_employee(signature.state_body_id);
    IF employee_id IS NULL THEN
        IF pg_has_role(current_user,
                       (SELECT c.relowner FROM pg_class c
                         WHERE c.relnamespace OPERATOR(pg_catalog.=) 'civilservice'::regnamespace
                           AND c.relname OPERATOR(pg_catalog.=) signature.table_name), 'USAGE') THEN
            RETURN;     -- the owner or a superuser: recorded by role
        END IF;
        SELECT string_agg(format('employee %s of body %s', m.employee_id, m.state_body_id), ', ' ORDER BY m.state_body_id, m.id)
          INTO elsewhere
          FROM civilservice.role_body m JOIN pg_roles r ON r.rolname OPERATOR(pg_catalog.=) m.role_name
         WHERE m.employee_id IS NOT NULL AND pg_has_role(current_user, r.oid, 'MEMBER');
        PERFORM civilservice.refuse(point, 'check_violation', constraint_name, table_name,
            format('role %s is no person of state body %s and cannot %s', quote_ident(current_user), signature.state_body_id, what),
            format('Role %s is mapped to no employee of body %s (it is %s); %s.',
                   quote_ident(current_user), signature.state_body_id, coalesce(elsewhere, 'no employee of any body'),
                   CASE WHEN issuer IS NULL THEN 'the decision is an authorized person''s of the body'
                        ELSE format('the document names as its authorized person employee %s', issuer) END),
            'Sign under the role of the authorized person of the body (civilservice.role_body with its employee_id), or of an authorized person of the body acting for them.');
    END IF;
    -- the person named on the document, as anyone acting for them, is an
    -- authorized person employed on the day of the decision
    SELECT x.is_authorized, x.employed_from, x.employed_to, x.full_name, CAST(now() AT TIME ZONE b.time_zone AS date) AS today
      INTO e
      FROM civilservice.employee x JOIN civilservice.state_body b ON b.id OPERATOR(pg_catalog.=) x.state_body_id
     WHERE x.state_body_id OPERATOR(pg_catalog.=) signature.state_body_id AND x.id OPERATOR(pg_catalog.=) signature.employee_id;
    today := e.today;
    IF coalesce(e.is_authorized AND e.employed_from OPERATOR(pg_catalog.<=) today
                AND (e.employed_to IS NULL OR e.employed_to OPERATOR(pg_catalog.>=) today), false) THEN
        IF employee_id IS DISTINCT FROM issuer THEN
            acting_for := issuer;   -- NULL when the document names no issuer
        END IF;
        RETURN;
    END IF;
    IF issuer IS NULL OR employee_id OPERATOR(pg_catalog.=) issuer THEN
        PERFORM civilservice.refuse(point, 'check_violation', constraint_name, table_name,
            format('role %s cannot %s: it is no authorized person of state body %s', quote_ident(current_user), what, signature.state_body_id),
            format('Role %s is employee %s of body %s (%s), %s; the decision is an authorized person''s of the body.',
                   quote_ident(current_user), employee_id, signature.state_body_id, coalesce(e.full_name, 'unknown'),
                   CASE WHEN NOT coalesce(e.is_authorized, false) THEN 'who is not an authorized person'
                        ELSE format('not employed on %s', today) END),
            'Decide under the role of an authorized person of the body employed today.');
    END IF;
    PERFORM civilservice.refuse(point, 'check_violation', constraint_name, table_name,
        format('role %s cannot %s in another person''s name', quote_ident(current_user), what),
        format('Role %s is employee %s of body %s (%s), %s; the document names as its authorized person employee %s.',
               quote_ident(current_user), employee_id, signature.state_body_id, coalesce(e.full_name, 'unknown'),
               CASE WHEN NOT coalesce(e.is_authorized, false) THEN 'who is not an authorized person'
                    ELSE format('not employed on %s', today) END,
               issuer),
        'The authorized person named signs under their own role; another authorized person of the body, employed today, may sign acting for them.');
END $$;
COMMENT ON FUNCTION civilservice.signature(bigint, bigint, name, text, text, text) IS
  'Who signs a decision of a state body (п. 3.7): the current role, its employee (signer_employee) and, when that employee is not the issuer named but an authorized person of the body employed today, the issuer acted for. Refuses (23514, the given point and constraint) a role that is no employee of the body, or whose employee is neither the issuer nor an authorized person employed today; a superuser or the owner of the table without a mapping is recorded by role alone';

-- The cache of served_state_bodies() and signer_employee()
-- (src/security/security.c) is dropped in every backend by any change of
-- role_body: a statement trigger sends the invalidation.
CREATE FUNCTION civilservice.role_body_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'cs_role_body_invalidate' LANGUAGE C;
COMMENT ON FUNCTION civilservice.role_body_invalidate() IS
  'Statement trigger on civilservice.role_body: every backend drops its cache of the mappings (served_state_bodies, signer_employee), this one at once, the others at commit';

-- A mapping names a role that exists. The check runs on writes only, so a
-- restore into a cluster whose roles are created later still loads.
CREATE FUNCTION civilservice.role_body_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF TG_WHEN <> 'BEFORE' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE')
       OR TG_TABLE_SCHEMA <> 'civilservice' OR TG_TABLE_NAME <> 'role_body' THEN
        RAISE EXCEPTION 'role_body_check() must be a BEFORE INSERT OR UPDATE row trigger on civilservice.role_body'
          USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = NEW.role_name) THEN
        RAISE EXCEPTION 'role "%" does not exist', NEW.role_name
          USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'role_body_role',
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'role_name',
                DETAIL = pg_catalog.format('State body %s is mapped to role %s, which is not a role of this cluster.',
                                           NEW.state_body_id, pg_catalog.quote_ident(NEW.role_name)),
                HINT = 'Create the role first (CREATE ROLE ... IN ROLE civilservice_hr, for instance), then map it.';
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION civilservice.role_body_check() IS
  'Trigger: a row of civilservice.role_body names a role of the cluster (23503, constraint role_body_role)';

-- Grants, row-level security and caller's rights, from the decisions above
-- and the catalog; idempotent. Run by the install script for the objects of
-- the extension and by create_records() for the records; run it again
-- (as the owner of the records) after adding a record table or a view.
CREATE FUNCTION civilservice.secure_records() RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    members boolean := civilservice.shipping();
    nsp oid := 'civilservice'::regnamespace;
    o record;
    g record;
    cols text;
    missing text;
    cmd text;
    letter text;
    roles name[];
    every name[];
    expr text;
    key text;
    n_grants int := 0;
    n_tables int := 0;
    n_views int := 0;
BEGIN
    -- 1. grants: the shipped roles, and PUBLIC nothing but the schema
    EXECUTE 'GRANT USAGE ON SCHEMA civilservice TO PUBLIC';
    FOR o IN
        SELECT c.oid, c.relname, c.relkind
          FROM pg_class c
         WHERE c.relnamespace = nsp AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
           AND NOT c.relispartition
           AND EXISTS (SELECT FROM pg_depend d
                        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e') = members
         ORDER BY c.relname
    LOOP
        EXECUTE format('REVOKE ALL ON TABLE civilservice.%I FROM PUBLIC, civilservice_admin, civilservice_hr, civilservice_authorized, civilservice_loader, civilservice_auditor, civilservice_national_auditor, civilservice_reader',
                       o.relname);
        FOR g IN SELECT * FROM civilservice.shipped_role_grants WHERE object_name = o.relname LOOP
            IF g.except_columns IS NULL THEN
                EXECUTE format('GRANT %s ON TABLE civilservice.%I TO %I', g.privilege, o.relname, g.role_name);
            ELSE
                SELECT string_agg(x, ', ') INTO missing
                  FROM unnest(g.except_columns) x
                 WHERE NOT EXISTS (SELECT FROM pg_attribute a
                                    WHERE a.attrelid = o.oid AND a.attname = x AND a.attnum > 0 AND NOT a.attisdropped);
                IF missing IS NOT NULL THEN
                    RAISE EXCEPTION 'civilservice.shipped_role_privileges names columns that civilservice.% does not have: %', o.relname, missing
                      USING ERRCODE = 'undefined_column',
                            HINT = 'Correct the decision in src/security/security.sql.';
                END IF;
                SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
                  FROM pg_attribute a
                 WHERE a.attrelid = o.oid AND a.attnum > 0 AND NOT a.attisdropped
                   AND a.attname <> ALL (g.except_columns);
                EXECUTE format('GRANT %s (%s) ON TABLE civilservice.%I TO %I', g.privilege, cols, o.relname, g.role_name);
            END IF;
            n_grants := n_grants + 1;
            -- an INSERT takes its keys from the table's own sequences
            IF g.privilege = 'INSERT' THEN
                FOR cols IN
                    SELECT s.relname FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
                     WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                       AND d.refobjid = o.oid AND d.deptype = 'a' AND s.relkind = 'S'
                LOOP
                    EXECUTE format('GRANT USAGE ON SEQUENCE civilservice.%I TO %I', cols, g.role_name);
                END LOOP;
            END IF;
        END LOOP;
        -- a view over the records runs with its caller's rights, or it
        -- would read them past row-level security
        IF o.relkind = 'v' AND NOT members THEN
            EXECUTE format('ALTER VIEW civilservice.%I SET (security_invoker = true)', o.relname);
            n_views := n_views + 1;
        END IF;
    END LOOP;

    IF members THEN
        -- functions: every trigger function and the listed ones are not for PUBLIC
        FOR o IN
            SELECT p.oid::regprocedure AS f FROM pg_proc p
             WHERE p.pronamespace = nsp AND p.prorettype = 'trigger'::regtype
        LOOP
            EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', o.f);
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO civilservice_admin', o.f);
        END LOOP;
        FOR o IN SELECT f.function_signature::regprocedure AS f, f.role_names
                   FROM civilservice.shipped_function_privileges f
        LOOP
            EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', o.f);
            FOR cols IN SELECT unnest(o.role_names) LOOP
                EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', o.f, cols);
            END LOOP;
        END LOOP;
        RETURN format('%s grants on the objects of the extension', n_grants);
    END IF;

    -- 2. row-level security on every record table with a state body
    FOR o IN
        SELECT c.oid, c.relname
          FROM pg_class c
         WHERE c.relnamespace = nsp AND c.relkind IN ('r', 'p') AND NOT c.relispartition
           AND NOT EXISTS (SELECT FROM pg_depend d
                            WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
           AND (c.relname = 'state_body'
                OR EXISTS (SELECT FROM pg_attribute a
                            WHERE a.attrelid = c.oid AND a.attname = 'state_body_id' AND NOT a.attisdropped))
         ORDER BY c.relname
    LOOP
        key := CASE o.relname WHEN 'state_body' THEN 'id' ELSE 'state_body_id' END;
        EXECUTE format('ALTER TABLE civilservice.%I ENABLE ROW LEVEL SECURITY', o.relname);
        FOREACH cmd IN ARRAY ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE'] LOOP
            SELECT coalesce(array_agg(DISTINCT x.role_name ORDER BY x.role_name), '{}') INTO roles
              FROM civilservice.shipped_role_grants x
             WHERE x.object_name = o.relname AND x.privilege = cmd;
            SELECT coalesce(array_agg(r.name ORDER BY r.name), '{}') INTO every
              FROM civilservice.shipped_roles r
             WHERE r.every_body AND r.name = ANY (roles);
            IF o.relname = 'role_body' THEN
                -- served_state_bodies() reads this table: its rows are
                -- visible to the members of the mapped role, and only
                -- the roles of every body write them
                expr := CASE WHEN cmd = 'SELECT' THEN
                            format('(SELECT civilservice.serves_every_state_body(%L)) OR pg_catalog.pg_has_role(CURRENT_USER, (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) role_name), ''MEMBER'')', every)
                        WHEN cardinality(every) > 0 THEN
                            format('(SELECT civilservice.serves_every_state_body(%L))', every)
                        ELSE 'false' END;
            ELSIF cardinality(roles) = 0 THEN
                expr := 'false';
            ELSIF cardinality(every) > 0 THEN
                expr := format('(SELECT civilservice.serves_every_state_body(%L)) OR %I OPERATOR(pg_catalog.=) ANY ((SELECT civilservice.served_state_bodies(%L))::bigint[])',
                               every, key, roles);
            ELSE
                expr := format('%I OPERATOR(pg_catalog.=) ANY ((SELECT civilservice.served_state_bodies(%L))::bigint[])', key, roles);
            END IF;
            IF EXISTS (SELECT FROM pg_policy WHERE polrelid = o.oid AND polname = o.relname || '_' || lower(cmd)) THEN
                EXECUTE format('DROP POLICY %I ON civilservice.%I', o.relname || '_' || lower(cmd), o.relname);
            END IF;
            EXECUTE format('CREATE POLICY %I ON civilservice.%I FOR %s TO PUBLIC %s',
                           o.relname || '_' || lower(cmd), o.relname, cmd,
                           CASE cmd WHEN 'INSERT' THEN format('WITH CHECK (%s)', expr)
                                    WHEN 'UPDATE' THEN format('USING (%s) WITH CHECK (%s)', expr, expr)
                                    ELSE format('USING (%s)', expr) END);
            EXECUTE format('COMMENT ON POLICY %I ON civilservice.%I IS %L',
                           o.relname || '_' || lower(cmd), o.relname,
                           format('Tenancy: %s of the rows of the state bodies the user serves as %s%s',
                                  cmd, CASE WHEN cardinality(roles) = 0 THEN 'no role' ELSE array_to_string(roles, ', ') END,
                                  CASE WHEN cardinality(every) > 0 THEN format('; of every body as %s', array_to_string(every, ', ')) ELSE '' END));
        END LOOP;
        n_tables := n_tables + 1;
    END LOOP;
    RETURN format('%s grants, row-level security on %s tables, %s views with the caller''s rights', n_grants, n_tables, n_views);
END $$;
COMMENT ON FUNCTION civilservice.secure_records() IS
  'Grants the shipped roles what civilservice.shipped_role_privileges and shipped_function_privileges say (PUBLIC gets USAGE on the schema only), enables row-level security with a policy per command on every record table that has a state body (state_body by its id), and sets security_invoker on every view over the records. Idempotent; create_records() calls it; call it again, as the owner of the records, after adding a record table or view';

SELECT civilservice.secure_records();
