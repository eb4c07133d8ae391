/*
 * work_schedule.c — SQL type civilservice.work_schedule: a working day's
 * schedule with the fixed working time of the flexible regime (п. 17.3).
 *
 * The text form, validation and the day check live in work_schedule_text.c
 * (plain C, shared with the fuzz harness); this file binds them to SQL.
 */
#include "postgres.h"
#include "common/compat.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/timestamp.h"

#include "types/work_schedule.h"

#define PG_GETARG_WS(n) ((CsWorkSchedule *) PG_GETARG_POINTER(n))

StaticAssertDecl(sizeof(CsWorkSchedule) == 36, "work_schedule is 36 bytes without padding");

PG_FUNCTION_INFO_V1(cs_work_schedule_in);
Datum
cs_work_schedule_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	CsWorkSchedule *ws = palloc(sizeof(CsWorkSchedule));
	char		detail[CS_WS_DETAIL_LEN];

	if (!cs_ws_parse(str, strlen(str), ws, detail))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg("invalid input syntax for type work_schedule: \"%s\"", str),
				errdetail("%s", detail));
	PG_RETURN_POINTER(ws);
}

PG_FUNCTION_INFO_V1(cs_work_schedule_out);
Datum
cs_work_schedule_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(CS_WS_TEXT_LEN);

	cs_ws_format(PG_GETARG_WS(0), buf);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: the nine fields as int4, in declaration order; validated. */
PG_FUNCTION_INFO_V1(cs_work_schedule_recv);
Datum
cs_work_schedule_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CsWorkSchedule *ws = palloc(sizeof(CsWorkSchedule));
	int32	   *f = &ws->start_from;
	char		detail[CS_WS_DETAIL_LEN];
	int			i;

	for (i = 0; i < 9; i++)
		f[i] = pq_getmsgint(buf, 4);
	if (!cs_ws_validate(ws, detail))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				errmsg("invalid external value for type work_schedule"),
				errdetail("%s", detail));
	PG_RETURN_POINTER(ws);
}

PG_FUNCTION_INFO_V1(cs_work_schedule_send);
Datum
cs_work_schedule_send(PG_FUNCTION_ARGS)
{
	CsWorkSchedule *ws = PG_GETARG_WS(0);
	const int32 *f = &ws->start_from;
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	for (i = 0; i < 9; i++)
		pq_sendint32(&buf, f[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

#define WS_CMP(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(cs_ws_compare(PG_GETARG_WS(0), PG_GETARG_WS(1)) op 0); \
}

WS_CMP(cs_work_schedule_eq, ==)
WS_CMP(cs_work_schedule_ne, !=)
WS_CMP(cs_work_schedule_lt, <)
WS_CMP(cs_work_schedule_le, <=)
WS_CMP(cs_work_schedule_gt, >)
WS_CMP(cs_work_schedule_ge, >=)

PG_FUNCTION_INFO_V1(cs_work_schedule_cmp);
Datum
cs_work_schedule_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cs_ws_compare(PG_GETARG_WS(0), PG_GETARG_WS(1)));
}

/* The struct has no padding, so equal values have equal bytes. */
PG_FUNCTION_INFO_V1(cs_work_schedule_hash);
Datum
cs_work_schedule_hash(PG_FUNCTION_ARGS)
{
	return hash_any((const unsigned char *) PG_GETARG_WS(0), sizeof(CsWorkSchedule));
}

PG_FUNCTION_INFO_V1(cs_work_schedule_hash_extended);
Datum
cs_work_schedule_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_any_extended((const unsigned char *) PG_GETARG_WS(0), sizeof(CsWorkSchedule),
							 PG_GETARG_INT64(1));
}

static Datum
minutes_to_time(int32 m)
{
	return TimeADTGetDatum((TimeADT) m * USECS_PER_MINUTE);
}

PG_FUNCTION_INFO_V1(cs_core_start);
Datum
cs_core_start(PG_FUNCTION_ARGS)
{
	return minutes_to_time(PG_GETARG_WS(0)->core_from);
}

PG_FUNCTION_INFO_V1(cs_core_end);
Datum
cs_core_end(PG_FUNCTION_ARGS)
{
	return minutes_to_time(PG_GETARG_WS(0)->core_to);
}

PG_FUNCTION_INFO_V1(cs_day_start);
Datum
cs_day_start(PG_FUNCTION_ARGS)
{
	return minutes_to_time(PG_GETARG_WS(0)->start_from);
}

PG_FUNCTION_INFO_V1(cs_day_end);
Datum
cs_day_end(PG_FUNCTION_ARGS)
{
	return minutes_to_time(PG_GETARG_WS(0)->end_to);
}

PG_FUNCTION_INFO_V1(cs_break_start);
Datum
cs_break_start(PG_FUNCTION_ARGS)
{
	const CsWorkSchedule *ws = PG_GETARG_WS(0);

	if (ws->break_from < 0)
		PG_RETURN_NULL();
	return minutes_to_time(ws->break_from);
}

PG_FUNCTION_INFO_V1(cs_break_end);
Datum
cs_break_end(PG_FUNCTION_ARGS)
{
	const CsWorkSchedule *ws = PG_GETARG_WS(0);

	if (ws->break_to < 0)
		PG_RETURN_NULL();
	return minutes_to_time(ws->break_to);
}

PG_FUNCTION_INFO_V1(cs_daily_hours);
Datum
cs_daily_hours(PG_FUNCTION_ARGS)
{
	Interval   *r = palloc0(sizeof(Interval));

	r->time = (int64) PG_GETARG_WS(0)->hours * USECS_PER_MINUTE;
	PG_RETURN_INTERVAL_P(r);
}

/*
 * schedule_check(ws, arrived, left): the codes of what a day with that
 * arrival and departure breaks, in a fixed order; empty when it is fine.
 */
/*
 * worked_time(ws, arrived, left): the part of [arrived, left] inside the
 * day's window [start_from, end_to] and outside the break.
 */
PG_FUNCTION_INFO_V1(cs_worked_time);
Datum
cs_worked_time(PG_FUNCTION_ARGS)
{
	CsWorkSchedule *ws = PG_GETARG_WS(0);
	TimeADT		arrived = PG_GETARG_TIMEADT(1);
	TimeADT		left = PG_GETARG_TIMEADT(2);
	Interval   *r = palloc0(sizeof(Interval));

	if (left < arrived)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("departure time is before arrival time"),
				errhint("A working day here is within one calendar day."));
	r->time = cs_ws_worked(ws, arrived, left);
	PG_RETURN_INTERVAL_P(r);
}

PG_FUNCTION_INFO_V1(cs_schedule_check);
Datum
cs_schedule_check(PG_FUNCTION_ARGS)
{
	CsWorkSchedule *ws = PG_GETARG_WS(0);
	TimeADT		arrived = PG_GETARG_TIMEADT(1);
	TimeADT		left = PG_GETARG_TIMEADT(2);
	const char *codes[CS_WS_NCODES];
	Datum		elems[CS_WS_NCODES];
	int			n;
	int			i;

	if (left < arrived)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("departure time is before arrival time"),
				errhint("A working day here is within one calendar day."));
	n = cs_ws_codes(cs_ws_check(ws, arrived, left), codes);
	for (i = 0; i < n; i++)
		elems[i] = CStringGetTextDatum(codes[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}
