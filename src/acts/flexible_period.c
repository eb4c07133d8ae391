/*
 * flexible_period.c — the cap of п. 18: "the period of flexible working time
 * may not exceed six months"; each extension agreed by the parties is again
 * a period under the same cap.
 *
 * The one place the cap is computed. The application (requested period),
 * the signing of an act (its term) and every extension (its period) compare
 * their last day with cs_flexible_period_last_day(), in C directly or in SQL
 * through civilservice.flexible_period_last_day(). The number of months is
 * the rule parameter flexible_period_months in force on the first day.
 *
 * Months are calendar months with the day clamped to the length of the
 * target month, as PostgreSQL's date + interval 'N months' does: a period
 * from 31 August may last until 27 or 28 February (the day before
 * 28 or 29 February), a period from 1 February until 31 July.
 */
#include "postgres.h"
#include "common/compat.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/numeric.h"

#include "acts/flexible_period.h"
#include "calendar/calendar.h"

PG_FUNCTION_INFO_V1(cs_flexible_period_last_day_sql);

/* A cap beyond a hundred years is a wrong parameter row, not a rule. */
#define MAX_CAP_MONTHS 1200

DateADT
cs_flexible_period_last_day(DateADT first_day, int *months_out)
{
	Numeric		cap;
	int			months;
	int			y,
				m,
				d;

	if (DATE_NOT_FINITE(first_day))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("п. 18: a period of flexible time starts on a finite date")));
	cap = cs_rule_parameter("flexible_period_months", first_day);
	months = DatumGetInt32(DirectFunctionCall1(numeric_int4, NumericGetDatum(cap)));
	if (months <= 0 || months > MAX_CAP_MONTHS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rule parameter \"flexible_period_months\" must be between 1 and %d, not %d",
						MAX_CAP_MONTHS, months),
				 errhint("Correct the row of civilservice.rule_parameter in force on that date.")));

	j2date(first_day + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	m += months;
	y += (m - 1) / 12;
	m = (m - 1) % 12 + 1;
	if (d > day_tab[isleap(y)][m - 1])
		d = day_tab[isleap(y)][m - 1];
	/* the Julian check first: date2j() itself overflows past its range */
	if (!IS_VALID_JULIAN(y, m, d) || !IS_VALID_DATE(date2j(y, m, d) - POSTGRES_EPOCH_JDATE))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range")));
	if (months_out != NULL)
		*months_out = months;
	/* the day after the cap, less one: the last day of the period */
	return date2j(y, m, d) - POSTGRES_EPOCH_JDATE - 1;
}

/* civilservice.flexible_period_last_day(first_day date) → date */
Datum
cs_flexible_period_last_day_sql(PG_FUNCTION_ARGS)
{
	if (PG_NARGS() != 1 || PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(cs_flexible_period_last_day(PG_GETARG_DATEADT(0), NULL));
}
