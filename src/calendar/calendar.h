/*
 * calendar.h — the production calendar engine (производственный календарь).
 *
 * Other parts of the extension count working days through these calls; they
 * share the per-backend cache built by calendar.c: the calendar in force as
 * last committed, taken in at the first call of each statement.
 */
#ifndef CIVILSERVICE_CALENDAR_H
#define CIVILSERVICE_CALENDAR_H

#include "postgres.h"
#include "utils/date.h"
#include "utils/numeric.h"

/* Register the cache invalidation callback; called once from _PG_init. */
extern void cs_calendar_init(void);

/* True when d is a working day of calendar cal (NUL-terminated code). */
extern bool cs_is_working(const char *cal, int cal_len, DateADT d);

/* add_working_days semantics, see calendar.sql. */
extern DateADT cs_add_working(const char *cal, int cal_len, DateADT d, int64 n);

/* Working days in [a, b); negative when b < a. */
extern int32 cs_count_working(const char *cal, int cal_len, DateADT a, DateADT b);

/*
 * Value of a rule parameter in force on a date (the body's own value taking
 * precedence over the shipped one), as a copy in the caller's memory
 * context; errors when none is.
 */
extern Numeric cs_rule_parameter(const char *name, DateADT on_date);

/*
 * Value of a rule parameter in force on a date for state body `body`: the
 * body's own value (civilservice.body_rule_parameter, for the parameters a
 * body may set: civilservice.rule_parameter_body_policy) with the latest
 * valid_from not after the date, else the national value as
 * cs_rule_parameter() gives it. Cached with the calendar (latest committed
 * rows, whatever the isolation level; dropped when either table changes).
 */
extern Numeric cs_rule_parameter_body(const char *name, DateADT on_date, int64 body);

#endif
