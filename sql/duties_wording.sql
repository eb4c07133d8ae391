-- Order No. 52 of 31.03.2026: п. 3.5, 8, 15 part 2 and 22 in a new wording
-- from 11.07.2026; rule_wording_on() gives the wording in force on a date.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
-- a statement's refusal: SQLSTATE, constraint, message, detail, hint

-- the shipped wordings: the original of order No. 120 (text not recorded) and that of order No. 52
SELECT id, point, valid_from, adopted_on, wording IS NOT NULL AS text_recorded, source, shipped
  FROM civilservice.rule_wording ORDER BY id;
SELECT wording FROM civilservice.rule_wording WHERE point = 'п. 22' AND valid_from = '2026-07-11';

-- the wording in force: the day before, the day of, and before the Rules
SELECT point, valid_from, wording IS NULL AS original FROM civilservice.rule_wording_on('п. 22', '2026-07-10');
SELECT point, valid_from, left(wording, 40) AS wording FROM civilservice.rule_wording_on('п. 22', '2026-07-11');
SELECT point, valid_from FROM civilservice.rule_wording_on('п. 8', '2030-01-01');
SELECT count(*) AS wordings_before_the_rules FROM civilservice.rule_wording_on('п. 22', '2023-06-10');
SELECT count(*) AS unknown_point FROM civilservice.rule_wording_on('п. 99', '2026-07-11');

\x on
-- shipped wordings are the published text: refused
SELECT * FROM regress.refusal($$UPDATE civilservice.rule_wording SET wording = 'иной текст' WHERE id = 8$$);
SELECT * FROM regress.refusal($$DELETE FROM civilservice.rule_wording WHERE id = 7$$);
SELECT * FROM regress.refusal($$TRUNCATE civilservice.rule_wording CASCADE$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.rule_wording (id, point, valid_from, adopted_on, source) VALUES (8, 'п. 22', '2027-01-01', '2026-12-01', 'x')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.rule_wording (id, point, valid_from, adopted_on, source, shipped) VALUES (1000, 'п. 22', '2027-01-01', '2026-12-01', 'x', true)$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.rule_wording (id, point, valid_from, adopted_on, source) VALUES (1000, 'пункт 22', '2027-01-01', '2026-12-01', 'x')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.rule_wording (id, point, valid_from, adopted_on, source) VALUES (1000, 'п. 22', '2027-01-01', '2027-02-01', 'x')$$);
-- accepted: the body records the original text of п. 22 as its own row, which takes precedence
SELECT * FROM regress.refusal($$INSERT INTO civilservice.rule_wording (id, point, valid_from, wording, adopted_on, source)
    VALUES (1001, 'п. 22', '2023-06-11', 'Текст первоначальной редакции п. 22 (по официальной публикации)', '2023-05-29', 'Приказ от 29.05.2023 № 120, Эталонный контрольный банк')$$);
\x off
SELECT id, point, valid_from, wording, shipped FROM civilservice.rule_wording_on('п. 22', '2024-01-01');
SELECT id, point, valid_from, shipped FROM civilservice.rule_wording_on('п. 22', '2026-07-11');
-- its changes are kept
UPDATE civilservice.rule_wording SET wording = 'Уточнённый текст' WHERE id = 1001;
SELECT table_name, row_key, operation, old_row ->> 'wording' AS old_wording FROM civilservice.history WHERE table_name = 'rule_wording';
ROLLBACK;
