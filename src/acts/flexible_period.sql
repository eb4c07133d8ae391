-- The cap of п. 18 on a period of flexible working time, computed in one
-- place (src/acts/flexible_period.c): for the requested period of an
-- application, the term of a flexible act and every extension.

INSERT INTO civilservice.rule_parameter (id, name, valid_from, value, unit, rule_point, description, source, shipped) VALUES
 (2, 'flexible_period_months', '2023-06-11', 6, 'months', 'п. 18',
  'Срок режима гибкого рабочего времени не более шести месяцев; каждое продление по соглашению сторон — снова не более шести месяцев',
  'Правила применения дистанционной работы, комбинированной дистанционной работы, работы в режиме гибкого рабочего времени для государственных служащих (приказ Председателя АДГС РК от 29.05.2023 № 120), п. 18', true);

CREATE FUNCTION civilservice.flexible_period_last_day(first_day date) RETURNS date
    AS 'MODULE_PATHNAME', 'cs_flexible_period_last_day_sql' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION civilservice.flexible_period_last_day(date) IS
  'п. 18: the last day a period of flexible time starting on first_day may last — first_day plus flexible_period_months (in force on first_day) calendar months, less one day; the day of month is clamped as in date + interval. A period [first_day, d) keeps the cap when d - 1 <= this day. The same computation checks applications, the signing of acts and extensions';
