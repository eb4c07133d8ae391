-- iin and bin: valid and invalid input of every kind, accessors, casts,
-- binary round trip, operators and indexes.
SET search_path = civilservice, public;
\set VERBOSITY default

-- valid IINs: 1800s..2000s, both sexes, leap day, surrounding white space
SELECT v::iin AS iin, iin_birth_date(v::iin), iin_sex(v::iin)
FROM (VALUES ('850515400121'), ('900101300453'), ('000229501234'), ('  801231200012 '),
             (E'\t910101600018\n'), ('750304401230'), ('850515100122')) t(v);

-- each error path
SELECT '85051540012'::iin;            -- length
SELECT '8505154001211'::iin;          -- length
SELECT ''::iin;                       -- empty
SELECT '85051540012a'::iin;           -- non-digit
SELECT '8505 15400121'::iin;          -- inner space
SELECT E'85051540012\x01'::iin;       -- control byte
SELECT '850515000121'::iin;           -- century digit 0
SELECT '850515700121'::iin;           -- century digit 7
SELECT '851315400121'::iin;           -- month 13
SELECT '850532400121'::iin;           -- day 32
SELECT '010229600076'::iin;           -- 29 Feb of a common year
SELECT '850515400122'::iin;           -- check digit
SELECT '850515301500'::iin;           -- no check digit possible

-- is_valid never raises
SELECT left(v, 14) AS v, length(v), iin_is_valid(v) FROM (VALUES ('850515400121'), ('850515400122'), (''), ('x'),
  ('85051540012'), ('010229600076'), (repeat('9', 1000))) t(v);
SELECT iin_is_valid(NULL), iin_birth_date(NULL), NULL::iin AS null_iin;

-- valid BINs
SELECT v::bin AS bin, bin_registered(v::bin), bin_entity_kind(v::bin), bin_unit_kind(v::bin)
FROM (VALUES ('040540001230'), ('121041004563'), ('970160000012'), ('050562000778'),
             ('150343004326'), ('190561000019'), (' 230140000119 ')) t(v);
SELECT '04054000123'::bin;            -- length
SELECT '04054000123O'::bin;           -- letter O
SELECT '041340001230'::bin;           -- month 13
SELECT '040040001230'::bin;           -- month 00
SELECT '040530001230'::bin;           -- entity kind 3
SELECT '040547001230'::bin;           -- unit 7
SELECT '040540001231'::bin;           -- check digit
SELECT v, bin_is_valid(v) FROM (VALUES ('040540001230'), ('040540001231'), ('abc'), (NULL)) t(v);

-- casts: text, bigint; iin and bin are different types
SELECT '850515400121'::iin::text, ('850515400121'::text)::iin;
SELECT '850515400121'::iin::bigint, 850515400121::bigint::iin, 40540001230::bigint::bin;
SELECT 850515400122::bigint::iin;
SELECT (-1)::bigint::bin;
SELECT '850515400121'::iin = '040540001230'::bin;

-- operators
SELECT a, b, a = b AS eq, a <> b AS ne, a < b AS lt, a <= b AS le, a > b AS gt, a >= b AS ge
FROM (VALUES ('850515400121'::iin, '900101300453'::iin), ('850515400121', '850515400121')) t(a, b);

-- binary round trip through COPY ... BINARY
CREATE TEMP TABLE ids (i iin, b bin);
INSERT INTO ids VALUES ('850515400121', '040540001230'), ('000229501234', '970160000012'), (NULL, NULL);
COPY ids TO '/tmp/civilservice_ids.bin' WITH (FORMAT binary);
CREATE TEMP TABLE ids2 (LIKE ids);
COPY ids2 FROM '/tmp/civilservice_ids.bin' WITH (FORMAT binary);
SELECT * FROM ids2 ORDER BY i NULLS LAST;
SELECT count(*) AS same FROM ids JOIN ids2 USING (i, b);
-- a wrong value over the wire is refused: a bigint column read as iin
CREATE TEMP TABLE raw (i bigint, b bigint);
INSERT INTO raw VALUES (850515400122, 40540001230);
COPY raw TO '/tmp/civilservice_raw.bin' WITH (FORMAT binary);
COPY ids2 FROM '/tmp/civilservice_raw.bin' WITH (FORMAT binary);

-- btree and hash indexes are used
CREATE TEMP TABLE people (i iin);
INSERT INTO people
  SELECT s.v::iin FROM (SELECT p || ((SELECT CASE WHEN r = 10 THEN NULL ELSE r END FROM
      (SELECT (sum(substr(p, k, 1)::int * k) % 11) AS r FROM generate_series(1, 11) k) x)) AS v
      FROM (SELECT '850515' || '3' || lpad(g::text, 4, '0') AS p FROM generate_series(1, 2000) g) y) s
  WHERE s.v IS NOT NULL;
SELECT count(*) > 1500 AS many FROM people;
CREATE INDEX people_btree ON people (i);
ANALYZE people;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM people WHERE i = '850515300016';
EXPLAIN (COSTS OFF) SELECT * FROM people WHERE i < '850515300016' ORDER BY i;
SELECT count(*) FROM people WHERE i BETWEEN '850515300016' AND '850515300204';
CREATE INDEX people_hash ON people USING hash (i);
DROP INDEX people_btree;
EXPLAIN (COSTS OFF) SELECT * FROM people WHERE i = '850515300016';
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT count(DISTINCT i) = count(*) AS distinct_ok FROM people;
