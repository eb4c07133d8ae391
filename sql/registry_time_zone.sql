-- п. 3: the time zone of a state body is a full IANA name (Area/Location) that
-- the server lists and the C code loads; abbreviations, POSIX strings and
-- Etc/GMT±N (whose sign is inverted) are refused.
\set VERBOSITY verbose
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT tz, civilservice.time_zone_is_valid(tz) AS valid
  FROM unnest(ARRAY['Asia/Almaty', 'Asia/Aqtobe', 'Asia/Qostanay', 'Etc/UTC', 'America/Argentina/Buenos_Aires',
                    'ALMT', 'almt', 'EST', 'UTC', 'UTC+5', 'UTC-5', '<+05>-5', 'Etc/GMT+5', 'Etc/GMT-5',
                    'asia/almaty', 'Asia/Nowhere', 'Asia/../Asia/Almaty', '/Asia/Almaty', '', 'posixrules',
                    'Factory']) AS t(tz);
SELECT civilservice.time_zone_is_valid(NULL) AS null_is_unknown;
-- accepted: a full IANA name
INSERT INTO civilservice.state_body (id, bin, name_ru, time_zone) VALUES (931, '040540001101', 'Департамент (Актобе)', 'Asia/Aqtobe')
RETURNING id, time_zone;
-- refused: an abbreviation, a POSIX string, an inverted Etc name
INSERT INTO civilservice.state_body (id, bin, name_ru, time_zone) VALUES (932, '040540001111', 'Орган', 'ALMT');
INSERT INTO civilservice.state_body (id, bin, name_ru, time_zone) VALUES (932, '040540001111', 'Орган', 'UTC+5');
UPDATE civilservice.state_body SET time_zone = 'Etc/GMT-5' WHERE id = 931;
SELECT id, time_zone FROM civilservice.state_body WHERE id IN (931, 932) ORDER BY id;
ROLLBACK;
