-- п. 20: access-control (СКУД) events loaded with COPY: resends stored once,
-- late events accepted, malformed rows refused or diverted, partitions.
SET datestyle = ISO;
SET timezone = 'Asia/Almaty';
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (820, '040540001072', 'Министерство'), (821, '040540001082', 'Комитет');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (820, 1, '900101400023', '2020-01-01', 'Асанов'),
 (820, 2, '880202300037', '2020-01-01', 'Бекова'),
 (821, 3, '910303400043', '2020-01-01', 'Чужой');

-- the error of a statement: SQLSTATE, constraint, message
CREATE FUNCTION pg_temp.try(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; c text; m text;
BEGIN
    EXECUTE stmt;
    RETURN 'ok';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, c = CONSTRAINT_NAME, m = MESSAGE_TEXT;
    RETURN s || ' ' || coalesce(c, '-') || ': ' || m;
END $$;

-- a feed with a resend inside it (the second 09:00:05 line)
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-02 08:55:10+05,in,gate-1
820,2,2026-03-02 09:00:05+05,in,gate-2
820,2,2026-03-02 09:00:05+05,in,gate-2
820,1,2026-03-02 13:01:00+05,out,gate-1
820,1,2026-03-02 13:55:00+05,in,gate-1
820,2,2026-03-02 18:03:00+05,out,gate-2
\.
SELECT * FROM civilservice.access_event_load_stats();

-- the next feed resends two of them, adds one event and a late one
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-02 13:55:00+05,in,gate-1
820,2,2026-03-02 18:03:00+05,out,gate-2
820,1,2026-03-02 18:10:00+05,out,gate-1
820,2,2026-03-02 13:10:00+05,out,gate-2
\.
-- the same instant, another device or direction, is another event
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id, source) FROM STDIN (FORMAT csv);
820,2,2026-03-02 13:10:00+05,out,gate-3,skud
820,2,2026-03-02 13:10:00+05,in,gate-2,hr
820,2,2026-03-02 13:10:00+05,out,gate-2,hr
\.
SELECT employee_id, at, direction, device_id, source FROM civilservice.access_event
 WHERE state_body_id = 820 ORDER BY at, employee_id, device_id, direction;

-- malformed rows are refused, and nothing of the load is stored
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-03 08:50:00+05,in,gate-1
820,7,2026-03-03 08:51:00+05,in,gate-1
\.
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,3,2026-03-03 08:52:00+05,in,gate-1
\.
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-03 08:53:00+05,IN,gate-1
\.
SELECT count(*) AS stored_on_0303 FROM civilservice.access_event
 WHERE state_body_id = 820 AND at >= '2026-03-03' AND at < '2026-03-04';
-- SQLSTATE and constraint of each refusal, for COPY and for INSERT alike
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,7,2026-03-03 09:00+05,in,gate-1,skud' (FORMAT csv)$$);
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,3,2026-03-03 09:00+05,in,gate-1,skud' (FORMAT csv)$$);
SELECT pg_temp.try($$INSERT INTO civilservice.access_event VALUES (820, 7, '2026-03-03 09:00+05', 'in', 'gate-1')$$);
SELECT pg_temp.try($$INSERT INTO civilservice.access_event VALUES (821, 1, '2026-03-03 09:00+05', 'in', 'gate-1')$$);
SELECT pg_temp.try($$INSERT INTO civilservice.access_event VALUES (820, 1, '2026-03-03 09:00+05', 'выход', 'gate-1')$$);
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,2,2026-03-03 09:00+05,sideways,gate-2,skud' (FORMAT csv)$$);
-- a plain INSERT of a stored event meets the primary key
SELECT pg_temp.try($$INSERT INTO civilservice.access_event VALUES (820, 1, '2026-03-02 08:55:10+05', 'in', 'gate-1')$$);

-- divert mode: the good rows are stored, the bad ones are set aside
SET civilservice.access_event_rejects = 'divert';
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-04 08:40:00+05,in,gate-1
820,7,2026-03-04 08:41:00+05,in,gate-1
820,3,2026-03-04 08:42:00+05,in,gate-1
820,2,2026-03-04 08:43:00+05,вход,gate-2
820,,2026-03-04 08:44:00+05,in,gate-2
820,2,2026-03-04 08:45:00+05,in,gate-2
820,2,2026-03-04 08:45:00+05,in,gate-2
\.
SELECT * FROM civilservice.access_event_load_stats();
SELECT employee_id, at, direction FROM civilservice.access_event
 WHERE state_body_id = 820 AND at >= '2026-03-04' AND at < '2026-03-05' ORDER BY at;
SELECT employee_id, direction, sqlstate, constraint_name, reason
  FROM civilservice.access_event_rejected ORDER BY id;
RESET civilservice.access_event_rejects;

-- a COPY straight into a partition is filtered too
COPY civilservice.access_event_2026_03 (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-04 08:40:00+05,in,gate-1
820,1,2026-03-04 18:20:00+05,out,gate-1
\.
SELECT * FROM civilservice.access_event_load_stats();

-- partitions: the install covers 2024-01 to 2027-12; an event of a month
-- without a partition waits in the default partition
SELECT count(*) AS partitions, min(c.relname) AS first, max(c.relname) FILTER (WHERE c.relname <> 'access_event_default') AS last
  FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
 WHERE i.inhparent = 'civilservice.access_event'::regclass;
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2028-03-01 00:10:00+05,in,gate-1
820,1,2028-03-31 23:50:00+05,out,gate-1
820,1,2028-02-29 23:50:00+05,out,gate-1
\.
SELECT tableoid::regclass AS partition, at FROM civilservice.access_event WHERE state_body_id = 820 AND at >= '2028-01-01' ORDER BY at;
-- maintenance creates the months ahead and moves the waiting events
SELECT civilservice.ensure_access_event_partitions('2028-02-15', 3);
SELECT civilservice.ensure_access_event_partitions('2028-02-01', 3);
SELECT tableoid::regclass AS partition, at FROM civilservice.access_event WHERE state_body_id = 820 AND at >= '2028-01-01' ORDER BY at;
-- a resend into the new partition is still skipped
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2028-03-01 00:10:00+05,in,gate-1
\.
SELECT pg_temp.try($$SELECT civilservice.ensure_access_event_partitions('2028-01-01', 0)$$);
SELECT obj_description('civilservice.access_event_2028_03'::regclass, 'pg_class');

-- a new employee is known to the next statement (cache invalidation)
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (820, 7, '870404500059', '2026-03-01', 'Новый');
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,7,2026-03-05 08:51:00+05,in,gate-1
\.

-- every object of the part has a comment
SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
 WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relname IN ('access_event', 'access_event_rejected')
   AND col_description(c.oid, a.attnum) IS NULL;
SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'civilservice'::regnamespace
   AND (p.proname LIKE 'access_event%' OR p.proname LIKE '%access_event_partitions' OR p.proname = 'employee_invalidate')
   AND obj_description(p.oid, 'pg_proc') IS NULL;
ROLLBACK;
