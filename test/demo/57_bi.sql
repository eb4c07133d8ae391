-- Reporting for BI tools: a dashboard login of the demo body (300) reads the
-- views of schema civilservice_bi, and nothing else of the records.
\pset footer off
\set SHOW_CONTEXT never
SET datestyle = ISO;

\echo '--- A dashboard login, a member of civilservice_reader, mapped to the demo body.'
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'demo_bi_dashboard') THEN
        CREATE ROLE demo_bi_dashboard LOGIN IN ROLE civilservice_reader;
    END IF;
END $$;
INSERT INTO civilservice.role_body (state_body_id, role_name)
SELECT 300, 'demo_bi_dashboard'
 WHERE NOT EXISTS (SELECT FROM civilservice.role_body WHERE state_body_id = 300 AND role_name = 'demo_bi_dashboard');
SET ROLE demo_bi_dashboard;

\echo '--- What the BI tool lists: the views of civilservice_bi.'
SELECT table_name FROM information_schema.views WHERE table_schema = 'civilservice_bi' ORDER BY 1;

\echo '--- Who works on which regime today, per regime.'
SELECT regime, count(*) AS employees FROM civilservice_bi.regimes_today GROUP BY regime ORDER BY regime;

\echo '--- The applications (п. 16): deadlines and whether a review is overdue or was late.'
SELECT application_id, full_name, received_on, deadline, status, overdue, decided_late FROM civilservice_bi.application_queue ORDER BY application_id;

\echo '--- Violations per month and kind (п. 21), and how fresh they are.'
SELECT month, kind, violations, employees FROM civilservice_bi.violations_monthly ORDER BY month, kind;
SELECT pending_entries, oldest_pending_day FROM civilservice_bi.violation_freshness;

\echo '--- Cancellations (п. 21) and demands outside working time (п. 11).'
SELECT cancellation, act_number, full_name, cancelled_on, reason FROM civilservice_bi.cancellations ORDER BY cancelled_on;
SELECT full_name, kind, local_from, outside FROM civilservice_bi.after_hours_demands ORDER BY local_from;

\echo '--- The Concept''s action plan: what is overdue.'
SELECT item_no, code, due, state FROM civilservice_bi.concept_plan_status WHERE overdue ORDER BY due, code LIMIT 5;

\echo '--- The record tables are closed to the dashboard (no IIN, no badge events):'
\set ON_ERROR_STOP 0
SELECT iin FROM civilservice.employee LIMIT 1;
\set ON_ERROR_STOP 1
RESET ROLE;
