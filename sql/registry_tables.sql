-- state_body and employee: defaults, checks, the IIN rule, employee_schedule,
-- pg_dump registration.
SET search_path = civilservice, public;
\set VERBOSITY default

INSERT INTO state_body (bin, name_kk, name_ru)
VALUES ('040540001230', 'Мемлекеттік қызмет істері агенттігі', 'Агентство по делам государственной службы')
RETURNING id, bin, time_zone, calendar_code, work_schedule;
INSERT INTO state_body (bin, name_ru, time_zone, work_schedule)
VALUES ('121041004563', 'Акимат', 'Asia/Qostanay', '08:30-17:30, break 12:30-13:30')
RETURNING id, bin, time_zone, calendar_code, work_schedule;
-- refused: duplicate BIN, bad BIN, unknown time zone, unknown calendar
INSERT INTO state_body (bin, name_ru) VALUES ('040540001230', 'Дубликат');
INSERT INTO state_body (bin, name_ru) VALUES ('040540001231', 'Ошибка');
INSERT INTO state_body (bin, name_ru, time_zone) VALUES ('970160000012', 'Орган', 'Asia/Nowhere');
INSERT INTO state_body (bin, name_ru, calendar_code) VALUES ('970160000012', 'Орган', 'xx');

INSERT INTO employee (state_body_id, iin, full_name, position, position_category, is_authorized, employed_from)
VALUES (1, '850515400121', 'Ахметова Айгерим', 'Руководитель аппарата', 'B-1', true, '2020-01-01'),
       (1, '900101300453', 'Сериков Нурлан', 'Главный эксперт', 'C-O-2', false, '2021-03-01');
INSERT INTO employee (state_body_id, iin, full_name, position_category, work_schedule, employed_from, employed_to)
VALUES (2, '850515400121', 'Ахметова Айгерим', 'E-1',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '2015-01-01', '2019-12-31');
SELECT state_body_id, id, iin, full_name, position_category, is_authorized, follows_reglament,
       employee_schedule(state_body_id, id)
FROM employee ORDER BY state_body_id, id;
SELECT employee_schedule(1, 999) IS NULL AS no_such_employee;

-- the same IIN twice at the same time in one body is refused; after the end it is fine
INSERT INTO employee (state_body_id, iin, full_name, employed_from)
VALUES (1, '850515400121', 'Ахметова Айгерим', '2024-01-01');
INSERT INTO employee (state_body_id, iin, full_name, employed_from, employed_to)
VALUES (2, '850515400121', 'Ахметова Айгерим', '2019-06-01', '2020-06-01');
INSERT INTO employee (state_body_id, iin, full_name, employed_from)
VALUES (2, '850515400121', 'Ахметова Айгерим', '2020-01-01');
-- refused: category pattern, period, bad IIN, unknown body
INSERT INTO employee (state_body_id, iin, full_name, position_category, employed_from)
VALUES (1, '000229501234', 'Иванов', 'Б-1', '2024-01-01');
INSERT INTO employee (state_body_id, iin, full_name, employed_from, employed_to)
VALUES (1, '000229501234', 'Иванов', '2024-01-01', '2023-01-01');
INSERT INTO employee (state_body_id, iin, full_name, employed_from)
VALUES (1, '000229501235', 'Иванов', '2024-01-01');
INSERT INTO employee (state_body_id, iin, full_name, employed_from)
VALUES (99, '000229501234', 'Иванов', '2024-01-01');

-- history of changes is kept
UPDATE employee SET position = 'Заместитель' WHERE iin = '900101300453';
SELECT table_name, operation, old_row ->> 'position' AS old_position FROM history WHERE table_name = 'employee';

-- ordinary tables, not members of the extension (pg_dump dumps them like any
-- other); every column commented
SELECT c.relname FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e' AND c.relname ~ '^(state_body|employee)' ORDER BY 1;
SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relname IN ('state_body', 'employee')
  AND a.attnum > 0 AND col_description(c.oid, a.attnum) IS NULL;
