-- Categories of positions are stored in Latin letters: the action plan of
-- the Concept writes «В-2, С-2, С-О-2, D-O-2, Е-1» (L1074) with Cyrillic
-- В, С, О, Е; folded on input, so a join on the category keeps every row.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

SELECT c AS given, civilservice.position_category_fold(c) AS stored,
       civilservice.position_category_is_valid(civilservice.position_category_fold(c)) AS valid
  FROM unnest(ARRAY['В-2', 'С-2', 'С-О-2', 'D-O-2', 'Е-1', 'c–o–2', ' е - 1 ', 'B-2', 'Б-2', 'F-1']) c;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (1211, '040540001002', 'Акимат');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, position_category) VALUES
 (1211, 1, '880202300037', '2020-01-01', 'Абенов', 'С-О-2'),   -- Cyrillic С, О
 (1211, 2, '910303400043', '2020-01-01', 'Жумабаева', 'C-O-2'),  -- Latin
 (1211, 3, '870404500059', '2020-01-01', 'Ким', 'Е-1');          -- Cyrillic Е
SELECT id, position_category, position_category = 'C-O-2' AS latin_c_o_2, octet_length(position_category) AS bytes
  FROM civilservice.employee WHERE state_body_id = 1211 ORDER BY id;
-- the categories of plan item 19 as the plan writes them join every employee of those categories
SELECT e.id, e.position_category
  FROM civilservice.employee e
  JOIN unnest(string_to_array('В-2, С-2, С-О-2, D-O-2, Е-1', ', ')) AS plan(category)
    ON e.position_category = civilservice.position_category_fold(plan.category)
 WHERE e.state_body_id = 1211 ORDER BY e.id;
UPDATE civilservice.employee SET position_category = 'В-2' WHERE state_body_id = 1211 AND id = 2;
SELECT position_category FROM civilservice.employee WHERE state_body_id = 1211 AND id = 2;
-- not a category even after folding: refused, with the hint
\x on
SELECT * FROM regress.refusal($$UPDATE civilservice.employee SET position_category = 'Б-2' WHERE state_body_id = 1211 AND id = 2$$);
\x off
ROLLBACK;
