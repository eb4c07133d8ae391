-- Types for people, bodies and schedules: civilservice.iin (ИИН),
-- civilservice.bin (БИН) and civilservice.work_schedule (график рабочего
-- дня with the fixed working time of п. 17.3). C code: src/idnumber.c,
-- src/iin.c, src/work_schedule_text.c, src/work_schedule.c.

------------------------------------------------------------------------
-- iin and bin: 12 digits kept as an int8 value, passed by value, compared,
-- hashed and sorted as int8 (the built-in int8 functions do the work, as in
-- contrib/isn).
------------------------------------------------------------------------

CREATE TYPE civilservice.iin;
CREATE FUNCTION civilservice.iin_in(cstring) RETURNS civilservice.iin
  AS 'MODULE_PATHNAME', 'cs_iin_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.iin_out(civilservice.iin) RETURNS cstring
  AS 'MODULE_PATHNAME', 'cs_iin_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.iin_recv(internal) RETURNS civilservice.iin
  AS 'MODULE_PATHNAME', 'cs_iin_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.iin_send(civilservice.iin) RETURNS bytea
  AS 'MODULE_PATHNAME', 'cs_id_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE civilservice.iin (
  INPUT = civilservice.iin_in, OUTPUT = civilservice.iin_out,
  RECEIVE = civilservice.iin_recv, SEND = civilservice.iin_send,
  INTERNALLENGTH = 8, PASSEDBYVALUE, ALIGNMENT = double, STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE civilservice.iin IS
  'ИИН (индивидуальный идентификационный номер): individual identification number, 12 digits with birth date, century/sex digit and check digit';

CREATE TYPE civilservice.bin;
CREATE FUNCTION civilservice.bin_in(cstring) RETURNS civilservice.bin
  AS 'MODULE_PATHNAME', 'cs_bin_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.bin_out(civilservice.bin) RETURNS cstring
  AS 'MODULE_PATHNAME', 'cs_iin_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.bin_recv(internal) RETURNS civilservice.bin
  AS 'MODULE_PATHNAME', 'cs_bin_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.bin_send(civilservice.bin) RETURNS bytea
  AS 'MODULE_PATHNAME', 'cs_id_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE civilservice.bin (
  INPUT = civilservice.bin_in, OUTPUT = civilservice.bin_out,
  RECEIVE = civilservice.bin_recv, SEND = civilservice.bin_send,
  INTERNALLENGTH = 8, PASSEDBYVALUE, ALIGNMENT = double, STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE civilservice.bin IS
  'БИН (бизнес-идентификационный номер): business identification number of a legal entity or state body, 12 digits with registration month, entity kind, unit kind and check digit';

COMMENT ON FUNCTION civilservice.iin_in(cstring) IS 'Text input of iin: 12 digits, validated (date, century digit, check digit)';
COMMENT ON FUNCTION civilservice.iin_out(civilservice.iin) IS 'Text output of iin: 12 digits';
COMMENT ON FUNCTION civilservice.iin_recv(internal) IS 'Binary input of iin: int8, validated like text input';
COMMENT ON FUNCTION civilservice.iin_send(civilservice.iin) IS 'Binary output of iin: int8';
COMMENT ON FUNCTION civilservice.bin_in(cstring) IS 'Text input of bin: 12 digits, validated (month, entity kind, unit, check digit)';
COMMENT ON FUNCTION civilservice.bin_out(civilservice.bin) IS 'Text output of bin: 12 digits';
COMMENT ON FUNCTION civilservice.bin_recv(internal) IS 'Binary input of bin: int8, validated like text input';
COMMENT ON FUNCTION civilservice.bin_send(civilservice.bin) IS 'Binary output of bin: int8';

-- Comparison support for both types, bound to the built-in int8 functions.
CREATE FUNCTION civilservice.iin_eq(civilservice.iin, civilservice.iin) RETURNS boolean AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.iin_ne(civilservice.iin, civilservice.iin) RETURNS boolean AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.iin_lt(civilservice.iin, civilservice.iin) RETURNS boolean AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.iin_le(civilservice.iin, civilservice.iin) RETURNS boolean AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.iin_gt(civilservice.iin, civilservice.iin) RETURNS boolean AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.iin_ge(civilservice.iin, civilservice.iin) RETURNS boolean AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.iin_cmp(civilservice.iin, civilservice.iin) RETURNS integer AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.iin_hash(civilservice.iin) RETURNS integer AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.iin_hash_extended(civilservice.iin, bigint) RETURNS bigint AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.bin_eq(civilservice.bin, civilservice.bin) RETURNS boolean AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.bin_ne(civilservice.bin, civilservice.bin) RETURNS boolean AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.bin_lt(civilservice.bin, civilservice.bin) RETURNS boolean AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.bin_le(civilservice.bin, civilservice.bin) RETURNS boolean AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.bin_gt(civilservice.bin, civilservice.bin) RETURNS boolean AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.bin_ge(civilservice.bin, civilservice.bin) RETURNS boolean AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.bin_cmp(civilservice.bin, civilservice.bin) RETURNS integer AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.bin_hash(civilservice.bin) RETURNS integer AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.bin_hash_extended(civilservice.bin, bigint) RETURNS bigint AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;


CREATE OPERATOR civilservice.= (LEFTARG = civilservice.iin, RIGHTARG = civilservice.iin, FUNCTION = civilservice.iin_eq, COMMUTATOR = OPERATOR(civilservice.=), NEGATOR = OPERATOR(civilservice.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR civilservice.<> (LEFTARG = civilservice.iin, RIGHTARG = civilservice.iin, FUNCTION = civilservice.iin_ne, COMMUTATOR = OPERATOR(civilservice.<>), NEGATOR = OPERATOR(civilservice.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR civilservice.< (LEFTARG = civilservice.iin, RIGHTARG = civilservice.iin, FUNCTION = civilservice.iin_lt, COMMUTATOR = OPERATOR(civilservice.>), NEGATOR = OPERATOR(civilservice.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR civilservice.<= (LEFTARG = civilservice.iin, RIGHTARG = civilservice.iin, FUNCTION = civilservice.iin_le, COMMUTATOR = OPERATOR(civilservice.>=), NEGATOR = OPERATOR(civilservice.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR civilservice.> (LEFTARG = civilservice.iin, RIGHTARG = civilservice.iin, FUNCTION = civilservice.iin_gt, COMMUTATOR = OPERATOR(civilservice.<), NEGATOR = OPERATOR(civilservice.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR civilservice.>= (LEFTARG = civilservice.iin, RIGHTARG = civilservice.iin, FUNCTION = civilservice.iin_ge, COMMUTATOR = OPERATOR(civilservice.<=), NEGATOR = OPERATOR(civilservice.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR civilservice.= (civilservice.iin, civilservice.iin) IS 'iin: equal';
COMMENT ON OPERATOR civilservice.<> (civilservice.iin, civilservice.iin) IS 'iin: not equal';
COMMENT ON OPERATOR civilservice.< (civilservice.iin, civilservice.iin) IS 'iin: less than';
COMMENT ON OPERATOR civilservice.<= (civilservice.iin, civilservice.iin) IS 'iin: less than or equal';
COMMENT ON OPERATOR civilservice.> (civilservice.iin, civilservice.iin) IS 'iin: greater than';
COMMENT ON OPERATOR civilservice.>= (civilservice.iin, civilservice.iin) IS 'iin: greater than or equal';
COMMENT ON FUNCTION civilservice.iin_eq(civilservice.iin, civilservice.iin) IS 'iin: equal (support of operator =)';
COMMENT ON FUNCTION civilservice.iin_ne(civilservice.iin, civilservice.iin) IS 'iin: not equal (support of operator <>)';
COMMENT ON FUNCTION civilservice.iin_lt(civilservice.iin, civilservice.iin) IS 'iin: less than (support of operator <)';
COMMENT ON FUNCTION civilservice.iin_le(civilservice.iin, civilservice.iin) IS 'iin: less than or equal (support of operator <=)';
COMMENT ON FUNCTION civilservice.iin_gt(civilservice.iin, civilservice.iin) IS 'iin: greater than (support of operator >)';
COMMENT ON FUNCTION civilservice.iin_ge(civilservice.iin, civilservice.iin) IS 'iin: greater than or equal (support of operator >=)';
COMMENT ON FUNCTION civilservice.iin_cmp(civilservice.iin, civilservice.iin) IS 'iin: three-way comparison for the btree operator class';
COMMENT ON FUNCTION civilservice.iin_hash(civilservice.iin) IS 'iin: hash for the hash operator class';
COMMENT ON FUNCTION civilservice.iin_hash_extended(civilservice.iin, bigint) IS 'iin: seeded hash for the hash operator class (hash partitioning)';
CREATE OPERATOR CLASS civilservice.iin_ops DEFAULT FOR TYPE civilservice.iin USING btree AS
  OPERATOR 1 civilservice.< , OPERATOR 2 civilservice.<= , OPERATOR 3 civilservice.= ,
  OPERATOR 4 civilservice.>= , OPERATOR 5 civilservice.> ,
  FUNCTION 1 civilservice.iin_cmp(civilservice.iin, civilservice.iin);
CREATE OPERATOR CLASS civilservice.iin_hash_ops DEFAULT FOR TYPE civilservice.iin USING hash AS
  OPERATOR 1 civilservice.= ,
  FUNCTION 1 civilservice.iin_hash(civilservice.iin),
  FUNCTION 2 civilservice.iin_hash_extended(civilservice.iin, bigint);

CREATE OPERATOR civilservice.= (LEFTARG = civilservice.bin, RIGHTARG = civilservice.bin, FUNCTION = civilservice.bin_eq, COMMUTATOR = OPERATOR(civilservice.=), NEGATOR = OPERATOR(civilservice.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR civilservice.<> (LEFTARG = civilservice.bin, RIGHTARG = civilservice.bin, FUNCTION = civilservice.bin_ne, COMMUTATOR = OPERATOR(civilservice.<>), NEGATOR = OPERATOR(civilservice.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR civilservice.< (LEFTARG = civilservice.bin, RIGHTARG = civilservice.bin, FUNCTION = civilservice.bin_lt, COMMUTATOR = OPERATOR(civilservice.>), NEGATOR = OPERATOR(civilservice.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR civilservice.<= (LEFTARG = civilservice.bin, RIGHTARG = civilservice.bin, FUNCTION = civilservice.bin_le, COMMUTATOR = OPERATOR(civilservice.>=), NEGATOR = OPERATOR(civilservice.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR civilservice.> (LEFTARG = civilservice.bin, RIGHTARG = civilservice.bin, FUNCTION = civilservice.bin_gt, COMMUTATOR = OPERATOR(civilservice.<), NEGATOR = OPERATOR(civilservice.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR civilservice.>= (LEFTARG = civilservice.bin, RIGHTARG = civilservice.bin, FUNCTION = civilservice.bin_ge, COMMUTATOR = OPERATOR(civilservice.<=), NEGATOR = OPERATOR(civilservice.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR civilservice.= (civilservice.bin, civilservice.bin) IS 'bin: equal';
COMMENT ON OPERATOR civilservice.<> (civilservice.bin, civilservice.bin) IS 'bin: not equal';
COMMENT ON OPERATOR civilservice.< (civilservice.bin, civilservice.bin) IS 'bin: less than';
COMMENT ON OPERATOR civilservice.<= (civilservice.bin, civilservice.bin) IS 'bin: less than or equal';
COMMENT ON OPERATOR civilservice.> (civilservice.bin, civilservice.bin) IS 'bin: greater than';
COMMENT ON OPERATOR civilservice.>= (civilservice.bin, civilservice.bin) IS 'bin: greater than or equal';
COMMENT ON FUNCTION civilservice.bin_eq(civilservice.bin, civilservice.bin) IS 'bin: equal (support of operator =)';
COMMENT ON FUNCTION civilservice.bin_ne(civilservice.bin, civilservice.bin) IS 'bin: not equal (support of operator <>)';
COMMENT ON FUNCTION civilservice.bin_lt(civilservice.bin, civilservice.bin) IS 'bin: less than (support of operator <)';
COMMENT ON FUNCTION civilservice.bin_le(civilservice.bin, civilservice.bin) IS 'bin: less than or equal (support of operator <=)';
COMMENT ON FUNCTION civilservice.bin_gt(civilservice.bin, civilservice.bin) IS 'bin: greater than (support of operator >)';
COMMENT ON FUNCTION civilservice.bin_ge(civilservice.bin, civilservice.bin) IS 'bin: greater than or equal (support of operator >=)';
COMMENT ON FUNCTION civilservice.bin_cmp(civilservice.bin, civilservice.bin) IS 'bin: three-way comparison for the btree operator class';
COMMENT ON FUNCTION civilservice.bin_hash(civilservice.bin) IS 'bin: hash for the hash operator class';
COMMENT ON FUNCTION civilservice.bin_hash_extended(civilservice.bin, bigint) IS 'bin: seeded hash for the hash operator class (hash partitioning)';
CREATE OPERATOR CLASS civilservice.bin_ops DEFAULT FOR TYPE civilservice.bin USING btree AS
  OPERATOR 1 civilservice.< , OPERATOR 2 civilservice.<= , OPERATOR 3 civilservice.= ,
  OPERATOR 4 civilservice.>= , OPERATOR 5 civilservice.> ,
  FUNCTION 1 civilservice.bin_cmp(civilservice.bin, civilservice.bin);
CREATE OPERATOR CLASS civilservice.bin_hash_ops DEFAULT FOR TYPE civilservice.bin USING hash AS
  OPERATOR 1 civilservice.= ,
  FUNCTION 1 civilservice.bin_hash(civilservice.bin),
  FUNCTION 2 civilservice.bin_hash_extended(civilservice.bin, bigint);

COMMENT ON OPERATOR CLASS civilservice.iin_ops USING btree IS 'iin: default btree operator class';
COMMENT ON OPERATOR CLASS civilservice.iin_hash_ops USING hash IS 'iin: default hash operator class';
COMMENT ON OPERATOR CLASS civilservice.bin_ops USING btree IS 'bin: default btree operator class';
COMMENT ON OPERATOR CLASS civilservice.bin_hash_ops USING hash IS 'bin: default hash operator class';

-- Casts: text <-> iin/bin work through the type I/O (text::iin, iin::text).
-- bigint <-> iin/bin: to bigint is free (same representation); from bigint
-- validates.
CREATE FUNCTION civilservice.iin(bigint) RETURNS civilservice.iin
  AS 'MODULE_PATHNAME', 'cs_iin_from_int8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.iin(bigint) IS 'Cast bigint to iin: the value of the 12 digits, validated';
CREATE FUNCTION civilservice.bin(bigint) RETURNS civilservice.bin
  AS 'MODULE_PATHNAME', 'cs_bin_from_int8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.bin(bigint) IS 'Cast bigint to bin: the value of the 12 digits, validated';
CREATE CAST (bigint AS civilservice.iin) WITH FUNCTION civilservice.iin(bigint);
CREATE CAST (civilservice.iin AS bigint) WITHOUT FUNCTION;
CREATE CAST (bigint AS civilservice.bin) WITH FUNCTION civilservice.bin(bigint);
CREATE CAST (civilservice.bin AS bigint) WITHOUT FUNCTION;
COMMENT ON CAST (bigint AS civilservice.iin) IS 'The value of the 12 digits, validated';
COMMENT ON CAST (civilservice.iin AS bigint) IS 'The value of the 12 digits (binary coercion)';
COMMENT ON CAST (bigint AS civilservice.bin) IS 'The value of the 12 digits, validated';
COMMENT ON CAST (civilservice.bin AS bigint) IS 'The value of the 12 digits (binary coercion)';

CREATE FUNCTION civilservice.iin_birth_date(civilservice.iin) RETURNS date
  AS 'MODULE_PATHNAME', 'cs_iin_birth_date_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.iin_birth_date(civilservice.iin) IS 'Дата рождения: birth date from digits 1-6 and the century digit 7';
CREATE FUNCTION civilservice.iin_sex(civilservice.iin) RETURNS text
  AS 'MODULE_PATHNAME', 'cs_iin_sex_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.iin_sex(civilservice.iin) IS 'Пол: ''male'' or ''female'' from digit 7 (odd male, even female)';
CREATE FUNCTION civilservice.iin_is_valid(text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'cs_iin_is_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.iin_is_valid(text) IS 'True when the text is a valid IIN (what iin input accepts); never raises';
CREATE FUNCTION civilservice.bin_registered(civilservice.bin) RETURNS date
  AS 'MODULE_PATHNAME', 'cs_bin_registered_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.bin_registered(civilservice.bin) IS 'Дата регистрации: first day of the registration month YYMM (digits 1-4; YY 90-99 = 1990s, else 2000s)';
CREATE FUNCTION civilservice.bin_entity_kind(civilservice.bin) RETURNS text
  AS 'MODULE_PATHNAME', 'cs_bin_entity_kind_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.bin_entity_kind(civilservice.bin) IS 'Тип юридического лица (digit 5): resident legal entity, non-resident legal entity or joint individual entrepreneurship';
CREATE FUNCTION civilservice.bin_unit_kind(civilservice.bin) RETURNS text
  AS 'MODULE_PATHNAME', 'cs_bin_unit_kind_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.bin_unit_kind(civilservice.bin) IS 'Признак подразделения (digit 6): head office, branch, representative office or peasant farm';
CREATE FUNCTION civilservice.bin_is_valid(text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'cs_bin_is_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.bin_is_valid(text) IS 'True when the text is a valid BIN (what bin input accepts); never raises';

------------------------------------------------------------------------
-- work_schedule: a working day's schedule. Text forms:
--   start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8
--   09:00-18:00, break 13:00-14:00          (an ordinary day)
-- Fixed length (nine int4: minutes since midnight; hours in minutes).
------------------------------------------------------------------------

CREATE TYPE civilservice.work_schedule;
CREATE FUNCTION civilservice.work_schedule_in(cstring) RETURNS civilservice.work_schedule
  AS 'MODULE_PATHNAME', 'cs_work_schedule_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.work_schedule_out(civilservice.work_schedule) RETURNS cstring
  AS 'MODULE_PATHNAME', 'cs_work_schedule_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.work_schedule_recv(internal) RETURNS civilservice.work_schedule
  AS 'MODULE_PATHNAME', 'cs_work_schedule_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.work_schedule_send(civilservice.work_schedule) RETURNS bytea
  AS 'MODULE_PATHNAME', 'cs_work_schedule_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE civilservice.work_schedule (
  INPUT = civilservice.work_schedule_in, OUTPUT = civilservice.work_schedule_out,
  RECEIVE = civilservice.work_schedule_recv, SEND = civilservice.work_schedule_send,
  INTERNALLENGTH = 36, ALIGNMENT = int4, STORAGE = plain, CATEGORY = 'U'
);
COMMENT ON TYPE civilservice.work_schedule IS
  'График рабочего дня: start window, fixed working time (фиксированное рабочее время, п. 17.3, core hours), end window, optional unpaid break, daily working hours';
COMMENT ON FUNCTION civilservice.work_schedule_in(cstring) IS 'Text input of work_schedule (long or ordinary-day form), validated';
COMMENT ON FUNCTION civilservice.work_schedule_out(civilservice.work_schedule) IS 'Canonical text of work_schedule (ordinary-day form when it applies)';
COMMENT ON FUNCTION civilservice.work_schedule_recv(internal) IS 'Binary input of work_schedule: nine int4, validated like text input';
COMMENT ON FUNCTION civilservice.work_schedule_send(civilservice.work_schedule) IS 'Binary output of work_schedule: nine int4';

CREATE FUNCTION civilservice.work_schedule_eq(civilservice.work_schedule, civilservice.work_schedule) RETURNS boolean AS 'MODULE_PATHNAME', 'cs_work_schedule_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.work_schedule_ne(civilservice.work_schedule, civilservice.work_schedule) RETURNS boolean AS 'MODULE_PATHNAME', 'cs_work_schedule_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.work_schedule_lt(civilservice.work_schedule, civilservice.work_schedule) RETURNS boolean AS 'MODULE_PATHNAME', 'cs_work_schedule_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.work_schedule_le(civilservice.work_schedule, civilservice.work_schedule) RETURNS boolean AS 'MODULE_PATHNAME', 'cs_work_schedule_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.work_schedule_gt(civilservice.work_schedule, civilservice.work_schedule) RETURNS boolean AS 'MODULE_PATHNAME', 'cs_work_schedule_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.work_schedule_ge(civilservice.work_schedule, civilservice.work_schedule) RETURNS boolean AS 'MODULE_PATHNAME', 'cs_work_schedule_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.work_schedule_cmp(civilservice.work_schedule, civilservice.work_schedule) RETURNS integer AS 'MODULE_PATHNAME', 'cs_work_schedule_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION civilservice.work_schedule_hash(civilservice.work_schedule) RETURNS integer AS 'MODULE_PATHNAME', 'cs_work_schedule_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION civilservice.work_schedule_hash_extended(civilservice.work_schedule, bigint) RETURNS bigint AS 'MODULE_PATHNAME', 'cs_work_schedule_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR civilservice.= (LEFTARG = civilservice.work_schedule, RIGHTARG = civilservice.work_schedule, FUNCTION = civilservice.work_schedule_eq, COMMUTATOR = OPERATOR(civilservice.=), NEGATOR = OPERATOR(civilservice.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR civilservice.<> (LEFTARG = civilservice.work_schedule, RIGHTARG = civilservice.work_schedule, FUNCTION = civilservice.work_schedule_ne, COMMUTATOR = OPERATOR(civilservice.<>), NEGATOR = OPERATOR(civilservice.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR civilservice.< (LEFTARG = civilservice.work_schedule, RIGHTARG = civilservice.work_schedule, FUNCTION = civilservice.work_schedule_lt, COMMUTATOR = OPERATOR(civilservice.>), NEGATOR = OPERATOR(civilservice.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR civilservice.<= (LEFTARG = civilservice.work_schedule, RIGHTARG = civilservice.work_schedule, FUNCTION = civilservice.work_schedule_le, COMMUTATOR = OPERATOR(civilservice.>=), NEGATOR = OPERATOR(civilservice.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR civilservice.> (LEFTARG = civilservice.work_schedule, RIGHTARG = civilservice.work_schedule, FUNCTION = civilservice.work_schedule_gt, COMMUTATOR = OPERATOR(civilservice.<), NEGATOR = OPERATOR(civilservice.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR civilservice.>= (LEFTARG = civilservice.work_schedule, RIGHTARG = civilservice.work_schedule, FUNCTION = civilservice.work_schedule_ge, COMMUTATOR = OPERATOR(civilservice.<=), NEGATOR = OPERATOR(civilservice.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR civilservice.= (civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: equal';
COMMENT ON OPERATOR civilservice.<> (civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: not equal';
COMMENT ON OPERATOR civilservice.< (civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: less than';
COMMENT ON OPERATOR civilservice.<= (civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: less than or equal';
COMMENT ON OPERATOR civilservice.> (civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: greater than';
COMMENT ON OPERATOR civilservice.>= (civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: greater than or equal';
COMMENT ON FUNCTION civilservice.work_schedule_eq(civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: equal (support of operator =)';
COMMENT ON FUNCTION civilservice.work_schedule_ne(civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: not equal (support of operator <>)';
COMMENT ON FUNCTION civilservice.work_schedule_lt(civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: less than (support of operator <)';
COMMENT ON FUNCTION civilservice.work_schedule_le(civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: less than or equal (support of operator <=)';
COMMENT ON FUNCTION civilservice.work_schedule_gt(civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: greater than (support of operator >)';
COMMENT ON FUNCTION civilservice.work_schedule_ge(civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: greater than or equal (support of operator >=)';
COMMENT ON FUNCTION civilservice.work_schedule_cmp(civilservice.work_schedule, civilservice.work_schedule) IS 'work_schedule: three-way comparison for the btree operator class';
COMMENT ON FUNCTION civilservice.work_schedule_hash(civilservice.work_schedule) IS 'work_schedule: hash for the hash operator class';
COMMENT ON FUNCTION civilservice.work_schedule_hash_extended(civilservice.work_schedule, bigint) IS 'work_schedule: seeded hash for the hash operator class (hash partitioning)';
CREATE OPERATOR CLASS civilservice.work_schedule_ops DEFAULT FOR TYPE civilservice.work_schedule USING btree AS
  OPERATOR 1 civilservice.< , OPERATOR 2 civilservice.<= , OPERATOR 3 civilservice.= ,
  OPERATOR 4 civilservice.>= , OPERATOR 5 civilservice.> ,
  FUNCTION 1 civilservice.work_schedule_cmp(civilservice.work_schedule, civilservice.work_schedule);
CREATE OPERATOR CLASS civilservice.work_schedule_hash_ops DEFAULT FOR TYPE civilservice.work_schedule USING hash AS
  OPERATOR 1 civilservice.= ,
  FUNCTION 1 civilservice.work_schedule_hash(civilservice.work_schedule),
  FUNCTION 2 civilservice.work_schedule_hash_extended(civilservice.work_schedule, bigint);
COMMENT ON OPERATOR CLASS civilservice.work_schedule_ops USING btree IS 'work_schedule: default btree operator class (order: lexicographic over start window, core, end window, break, hours)';
COMMENT ON OPERATOR CLASS civilservice.work_schedule_hash_ops USING hash IS 'work_schedule: default hash operator class (order: lexicographic over start window, core, end window, break, hours)';

CREATE FUNCTION civilservice.core_start(civilservice.work_schedule) RETURNS time
  AS 'MODULE_PATHNAME', 'cs_core_start' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.core_start(civilservice.work_schedule) IS 'Начало фиксированного рабочего времени (п. 17.3): start of the core hours';
CREATE FUNCTION civilservice.core_end(civilservice.work_schedule) RETURNS time
  AS 'MODULE_PATHNAME', 'cs_core_end' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.core_end(civilservice.work_schedule) IS 'Окончание фиксированного рабочего времени (п. 17.3): end of the core hours';
CREATE FUNCTION civilservice.day_start(civilservice.work_schedule) RETURNS time
  AS 'MODULE_PATHNAME', 'cs_day_start' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.day_start(civilservice.work_schedule) IS 'Начало рабочего дня: the earliest arrival of the start window (the working time begins no earlier, п. 11)';
CREATE FUNCTION civilservice.day_end(civilservice.work_schedule) RETURNS time
  AS 'MODULE_PATHNAME', 'cs_day_end' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.day_end(civilservice.work_schedule) IS 'Окончание рабочего дня: the latest departure of the end window (the working time ends no later, п. 11)';
CREATE FUNCTION civilservice.break_start(civilservice.work_schedule) RETURNS time
  AS 'MODULE_PATHNAME', 'cs_break_start' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.break_start(civilservice.work_schedule) IS 'Начало перерыва: start of the unpaid break; NULL when the schedule has none';
CREATE FUNCTION civilservice.break_end(civilservice.work_schedule) RETURNS time
  AS 'MODULE_PATHNAME', 'cs_break_end' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.break_end(civilservice.work_schedule) IS 'Окончание перерыва: end of the unpaid break; NULL when the schedule has none';
CREATE FUNCTION civilservice.daily_hours(civilservice.work_schedule) RETURNS interval
  AS 'MODULE_PATHNAME', 'cs_daily_hours' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.daily_hours(civilservice.work_schedule) IS 'Продолжительность рабочего дня: the daily working hours (п. 19)';
CREATE FUNCTION civilservice.worked_time(civilservice.work_schedule, arrived time, "left" time) RETURNS interval
  AS 'MODULE_PATHNAME', 'cs_worked_time' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.worked_time(civilservice.work_schedule, time, time) IS
  'Рабочее время дня: the part of [arrived, left] inside the schedule''s day (start window opening to end window closing) and outside the break';
CREATE FUNCTION civilservice.schedule_check(civilservice.work_schedule, arrived time, "left" time) RETURNS text[]
  AS 'MODULE_PATHNAME', 'cs_schedule_check' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.schedule_check(civilservice.work_schedule, time, time) IS
  'What a day with that arrival and departure breaks, as codes in this order: late_arrival (after the start window), left_before_core_end (during the fixed working time, п. 17.3), left_before_end_window, short_hours (worked time inside the span, less the break, below the daily hours); empty when the day is fine';

------------------------------------------------------------------------
-- Assignment casts from text and varchar, through the type's input
-- function (validated as text input is). Drivers that send their string
-- parameters typed as text or varchar (INSERT ... VALUES ($1::text), a
-- PREPARE with text parameters) store an IIN, a BIN or a schedule as they
-- store a literal. Assignment only, never implicit: in an expression
-- (iin = some_text) the text stays text, so no operator becomes ambiguous;
-- a comparison takes an untyped literal or a parameter typed as the type.
-- The casts to text and varchar are the built-in I/O conversions.
------------------------------------------------------------------------
CREATE CAST (text AS civilservice.iin) WITH INOUT AS ASSIGNMENT;
CREATE CAST (varchar AS civilservice.iin) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS civilservice.bin) WITH INOUT AS ASSIGNMENT;
CREATE CAST (varchar AS civilservice.bin) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS civilservice.work_schedule) WITH INOUT AS ASSIGNMENT;
CREATE CAST (varchar AS civilservice.work_schedule) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (text AS civilservice.iin) IS 'On assignment (INSERT, UPDATE, explicit casts): the text read by iin input, validated';
COMMENT ON CAST (varchar AS civilservice.iin) IS 'On assignment (INSERT, UPDATE, explicit casts): the text read by iin input, validated';
COMMENT ON CAST (text AS civilservice.bin) IS 'On assignment (INSERT, UPDATE, explicit casts): the text read by bin input, validated';
COMMENT ON CAST (varchar AS civilservice.bin) IS 'On assignment (INSERT, UPDATE, explicit casts): the text read by bin input, validated';
COMMENT ON CAST (text AS civilservice.work_schedule) IS 'On assignment (INSERT, UPDATE, explicit casts): the text read by work_schedule input, validated';
COMMENT ON CAST (varchar AS civilservice.work_schedule) IS 'On assignment (INSERT, UPDATE, explicit casts): the text read by work_schedule input, validated';
