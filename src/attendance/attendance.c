/*
 * attendance.c — badge events per employee and working day (п. 20).
 *
 * event_days() reads the access-control events of a period once, without
 * sorting them as a whole: they are grouped per employee in a hash table,
 * each employee's few events are sorted in memory, an exit is paired with
 * the entry just before it when they are close enough, and the pair belongs
 * to the local day of the entry (a night belongs to the day it started).
 * attendance() (sql/attendance.sql) joins the result with the calendar, the
 * acts and the schedules.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "nodes/params.h"
#include "pgtime.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "types/work_schedule.h"

PG_FUNCTION_INFO_V1(cs_event_days);
PG_FUNCTION_INFO_V1(cs_day_worked);
PG_FUNCTION_INFO_V1(cs_day_breaches);

/* Days around the period: one before (nights ending in it), two after. */
#define CS_DAYS_BEFORE 2
#define CS_DAYS_AFTER 3

typedef struct CsEvent
{
	TimestampTz at;
	bool		in;
} CsEvent;

typedef struct CsEmpKey
{
	int64		body;
	int64		employee;
} CsEmpKey;

typedef struct CsEmpEvents
{
	CsEmpKey	key;
	int			n;
	int			cap;
	CsEvent    *ev;
} CsEmpEvents;

/* A body's local midnights, in UTC, for the days of the window. */
typedef struct CsBody
{
	int64		id;
	pg_tz	   *tz;
	TimestampTz *midnight;		/* ndays + 1 entries */
} CsBody;

typedef struct CsDayAgg
{
	bool		used;
	bool		has_in;
	bool		has_out;
	TimestampTz first_in;
	TimestampTz last_out;
	int64		present;
	int32		unpaired;
	int32		events;
} CsDayAgg;

static int
event_cmp(const void *a, const void *b)
{
	const CsEvent *x = a;
	const CsEvent *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	/* at the same instant an entry comes before an exit ('in' < 'out') */
	if (x->in != y->in)
		return x->in ? -1 : 1;
	return 0;
}

/* UTC instant of local midnight of date d in zone tz. */
static TimestampTz
local_midnight(DateADT d, pg_tz *tz)
{
	struct pg_tm tm;
	int			offset;
	Timestamp	result;

	memset(&tm, 0, sizeof(tm));
	j2date(d + POSTGRES_EPOCH_JDATE, &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
	offset = DetermineTimeZoneOffset(&tm, tz);
	if (tm2timestamp(&tm, 0, &offset, &result) != 0)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("date out of range for attendance: %s",
					   DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(d)))));
	return result;
}

/* Index of the local day of instant t: midnight[i] <= t < midnight[i + 1]; -1 outside. */
static int
day_index(const TimestampTz *midnight, int ndays, TimestampTz t)
{
	int			lo = 0,
				hi = ndays;

	if (t < midnight[0] || t >= midnight[ndays])
		return -1;
	while (hi - lo > 1)
	{
		int			mid = (lo + hi) / 2;

		if (midnight[mid] <= t)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* Local wall-clock time of instant t in zone tz. */
static Timestamp
local_time(TimestampTz t, pg_tz *tz)
{
	struct pg_tm tm;
	fsec_t		fsec;
	int			offset;
	Timestamp	result;

	if (timestamp2tm(t, &offset, &tm, &fsec, NULL, tz) != 0 ||
		tm2timestamp(&tm, fsec, NULL, &result) != 0)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("timestamp out of range"));
	return result;
}

static int64
interval_usecs(const Interval *iv)
{
	return iv->time + (int64) iv->day * USECS_PER_DAY + (int64) iv->month * DAYS_PER_MONTH * USECS_PER_DAY;
}

/* Receives the events straight from the executor into the hash table. */
typedef struct CsEventReceiver
{
	DestReceiver pub;
	HTAB	   *emps;
	MemoryContext cxt;
} CsEventReceiver;

static bool
event_receive(TupleTableSlot *slot, DestReceiver *self)
{
	CsEventReceiver *r = (CsEventReceiver *) self;
	CsEmpKey	key;
	CsEmpEvents *ee;
	bool		found;

	slot_getallattrs(slot);
	if (slot->tts_isnull[0] || slot->tts_isnull[1] || slot->tts_isnull[2] || slot->tts_isnull[3])
		return true;
	key.body = DatumGetInt64(slot->tts_values[0]);
	key.employee = DatumGetInt64(slot->tts_values[1]);
	ee = hash_search(r->emps, &key, HASH_ENTER, &found);
	if (!found)
	{
		ee->n = 0;
		ee->cap = 8;
		ee->ev = MemoryContextAlloc(r->cxt, sizeof(CsEvent) * ee->cap);
	}
	else if (ee->n == ee->cap)
	{
		ee->cap *= 2;
		ee->ev = repalloc(ee->ev, sizeof(CsEvent) * ee->cap);
	}
	ee->ev[ee->n].at = DatumGetTimestampTz(slot->tts_values[2]);
	ee->ev[ee->n].in = DatumGetBool(slot->tts_values[3]);
	ee->n++;
	return true;
}

static void
event_startup(DestReceiver *self, int operation, TupleDesc typeinfo)
{
}

static void
event_shutdown(DestReceiver *self)
{
}

static void
event_destroy(DestReceiver *self)
{
}

/*
 * event_days(from_day, to_day, body, max_session) → (state_body_id,
 * employee_id, day, first_in, last_out, present, unpaired, events); first_in
 * and last_out in the body's local time
 */
Datum
cs_event_days(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	DateADT		from_day,
				to_day,
				first_day;
	bool		all_bodies = PG_ARGISNULL(2);
	int64		body_arg = all_bodies ? 0 : PG_GETARG_INT64(2);
	int64		max_session;
	int			ndays;
	MemoryContext work,
				old;
	HASHCTL		ctl;
	HTAB	   *emps;
	CsBody	   *bodies = NULL;
	int			nbodies = 0;
	TimestampTz lo_ts = 0,
				hi_ts = 0;
	SPIPlanPtr	plan;
	HASH_SEQ_STATUS seq;
	CsEmpEvents *ee;
	CsDayAgg   *agg;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(3))
		ereport(ERROR,
				errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				errmsg("event_days needs from_day, to_day and max_session"));
	from_day = PG_GETARG_DATEADT(0);
	to_day = PG_GETARG_DATEADT(1);
	max_session = interval_usecs(PG_GETARG_INTERVAL_P(3));
	if (DATE_NOT_FINITE(from_day) || DATE_NOT_FINITE(to_day))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("attendance needs a finite period"));

	InitMaterializedSRF(fcinfo, 0);
	if (to_day < from_day)
		PG_RETURN_NULL();
	if ((int64) to_day - from_day > 3660)
		ereport(ERROR,
				errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				errmsg("attendance covers at most ten years at a time"),
				errhint("Split the period."));

	first_day = from_day - CS_DAYS_BEFORE;
	ndays = (to_day + CS_DAYS_AFTER) - first_day;

	work = AllocSetContextCreate(CurrentMemoryContext, "civilservice event_days", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(work);
	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(CsEmpKey);
	ctl.entrysize = sizeof(CsEmpEvents);
	ctl.hcxt = work;
	emps = hash_create("civilservice event_days", 1024, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	agg = palloc(sizeof(CsDayAgg) * ndays);
	MemoryContextSwitchTo(old);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/* the bodies and their local midnights */
	{
		Oid			argtypes[1] = {INT8OID};
		Datum		args[1] = {Int64GetDatum(body_arg)};
		char		nulls[1] = {all_bodies ? 'n' : ' '};
		uint64		i;

		if (SPI_execute_with_args("SELECT id, time_zone FROM civilservice.state_body WHERE $1 IS NULL OR id = $1",
								  1, argtypes, args, nulls, true, 0) != SPI_OK_SELECT)
			elog(ERROR, "SPI_execute_with_args failed");
		old = MemoryContextSwitchTo(work);
		nbodies = (int) SPI_processed;
		bodies = palloc0(sizeof(CsBody) * Max(nbodies, 1));
		for (i = 0; i < SPI_processed; i++)
		{
			bool		isnull;
			HeapTuple	tup = SPI_tuptable->vals[i];
			char	   *tzname = SPI_getvalue(tup, SPI_tuptable->tupdesc, 2);
			pg_tz	   *tz = tzname ? pg_tzset(tzname) : NULL;
			int			d;

			if (tz == NULL)
				ereport(ERROR,
						errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						errmsg("state body has an unknown time zone \"%s\"", tzname ? tzname : "(null)"));
			bodies[i].id = DatumGetInt64(SPI_getbinval(tup, SPI_tuptable->tupdesc, 1, &isnull));
			bodies[i].tz = tz;
			bodies[i].midnight = palloc(sizeof(TimestampTz) * (ndays + 1));
			for (d = 0; d <= ndays; d++)
				bodies[i].midnight[d] = local_midnight(first_day + d, tz);
			if (i == 0 || bodies[i].midnight[0] < lo_ts)
				lo_ts = bodies[i].midnight[0];
			if (i == 0 || bodies[i].midnight[ndays] > hi_ts)
				hi_ts = bodies[i].midnight[ndays];
		}
		MemoryContextSwitchTo(old);
	}

	if (nbodies > 0)
	{
		Oid			argtypes[3] = {TIMESTAMPTZOID, TIMESTAMPTZOID, INT8OID};
		Datum		args[3] = {TimestampTzGetDatum(lo_ts), TimestampTzGetDatum(hi_ts), Int64GetDatum(body_arg)};
		char		nulls[3] = {' ', ' ', all_bodies ? 'n' : ' '};

		SPIExecuteOptions opts;
		ParamListInfo params = makeParamList(3);
		CsEventReceiver recv;

		plan = SPI_prepare("SELECT state_body_id, employee_id, at, direction = 'in' FROM civilservice.access_event "
						   "WHERE at >= $1 AND at < $2 AND ($3 IS NULL OR state_body_id = $3)", 3, argtypes);
		if (plan == NULL)
			elog(ERROR, "SPI_prepare failed");
		for (int i = 0; i < 3; i++)
		{
			params->params[i].value = args[i];
			params->params[i].isnull = nulls[i] == 'n';
			params->params[i].pflags = PARAM_FLAG_CONST;
			params->params[i].ptype = argtypes[i];
		}
		memset(&recv, 0, sizeof(recv));
		recv.pub.receiveSlot = event_receive;
		recv.pub.rStartup = event_startup;
		recv.pub.rShutdown = event_shutdown;
		recv.pub.rDestroy = event_destroy;
		recv.pub.mydest = DestNone;
		recv.emps = emps;
		recv.cxt = work;
		memset(&opts, 0, sizeof(opts));
		opts.params = params;
		opts.read_only = true;
		opts.dest = (DestReceiver *) &recv;
		if (SPI_execute_plan_extended(plan, &opts) < 0)
			elog(ERROR, "SPI_execute_plan_extended failed");
	}

	/* pair and aggregate per employee and local day */
	hash_seq_init(&seq, emps);
	while ((ee = hash_seq_search(&seq)) != NULL)
	{
		CsBody	   *b = NULL;
		int			i;

		for (i = 0; i < nbodies; i++)
			if (bodies[i].id == ee->key.body)
			{
				b = &bodies[i];
				break;
			}
		if (b == NULL)
			continue;
		memset(agg, 0, sizeof(CsDayAgg) * ndays);
		qsort(ee->ev, ee->n, sizeof(CsEvent), event_cmp);
		for (i = 0; i < ee->n; i++)
		{
			CsEvent    *e = &ee->ev[i];
			bool		closes = !e->in && i > 0 && ee->ev[i - 1].in && e->at - ee->ev[i - 1].at <= max_session;
			bool		paired = closes || (e->in && i + 1 < ee->n && !ee->ev[i + 1].in &&
											ee->ev[i + 1].at - e->at <= max_session);
			int			d = day_index(b->midnight, ndays, closes ? ee->ev[i - 1].at : e->at);
			CsDayAgg   *a;

			if (d < 0)
				continue;
			a = &agg[d];
			a->used = true;
			a->events++;
			if (e->in && (!a->has_in || e->at < a->first_in))
			{
				a->first_in = e->at;
				a->has_in = true;
			}
			if (!e->in && (!a->has_out || e->at > a->last_out))
			{
				a->last_out = e->at;
				a->has_out = true;
			}
			if (closes)
				a->present += e->at - ee->ev[i - 1].at;
			if (!paired)
				a->unpaired++;
		}
		for (i = from_day - first_day; i <= to_day - first_day; i++)
		{
			Datum		values[8];
			bool		nulls[8] = {false};
			Interval   *present;

			if (!agg[i].used)
				continue;
			present = palloc0(sizeof(Interval));
			present->time = agg[i].present;
			values[0] = Int64GetDatum(ee->key.body);
			values[1] = Int64GetDatum(ee->key.employee);
			values[2] = DateADTGetDatum(first_day + i);
			values[3] = TimestampGetDatum(agg[i].has_in ? local_time(agg[i].first_in, b->tz) : 0);
			nulls[3] = !agg[i].has_in;
			values[4] = TimestampGetDatum(agg[i].has_out ? local_time(agg[i].last_out, b->tz) : 0);
			nulls[4] = !agg[i].has_out;
			values[5] = IntervalPGetDatum(present);
			values[6] = Int32GetDatum(agg[i].unpaired);
			values[7] = Int32GetDatum(agg[i].events);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
			pfree(present);
		}
	}

	SPI_finish();
	MemoryContextDelete(work);
	PG_RETURN_NULL();
}

/* Time of day of local timestamp t, as TimeADT; 24:00 when t is after day d. */
static TimeADT
time_on(Timestamp t, DateADT d)
{
	Timestamp	midnight = (Timestamp) d * USECS_PER_DAY;

	if (t - midnight >= USECS_PER_DAY)
		return USECS_PER_DAY;
	return t - midnight;
}

static int64
break_spanned(const CsWorkSchedule *ws, Timestamp t_in, Timestamp t_out, DateADT d)
{
	if (ws->break_from < 0)
		return 0;
	if (time_on(t_in, d) <= (int64) ws->break_from * USECS_PER_MINUTE &&
		time_on(t_out, d) >= (int64) ws->break_to * USECS_PER_MINUTE)
		return (int64) (ws->break_to - ws->break_from) * USECS_PER_MINUTE;
	return 0;
}

/*
 * day_worked(expected, schedule, day, first_in, last_out, present): the
 * working time of a day. At the workplace, the time present inside the
 * schedule's day and outside its break (presence before or after the day is
 * not work); on a remote day, the reported time less the break when it spans
 * it (п. 9). Without a schedule or both times, the time present.
 */
Datum
cs_day_worked(PG_FUNCTION_ARGS)
{
	Interval   *present,
			   *r;
	const CsWorkSchedule *ws;
	DateADT		d;
	Timestamp	t_in,
				t_out;
	int64		worked;

	if (PG_ARGISNULL(5))
		PG_RETURN_NULL();
	present = PG_GETARG_INTERVAL_P(5);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3) || PG_ARGISNULL(4))
		PG_RETURN_INTERVAL_P(present);
	ws = (const CsWorkSchedule *) PG_GETARG_POINTER(1);
	d = PG_GETARG_DATEADT(2);
	t_in = PG_GETARG_TIMESTAMP(3);
	t_out = PG_GETARG_TIMESTAMP(4);
	if (t_out < t_in || t_in < (Timestamp) d * USECS_PER_DAY)
		PG_RETURN_INTERVAL_P(present);
	worked = interval_usecs(present);
	if (strcmp(text_to_cstring(PG_GETARG_TEXT_PP(0)), "remote") == 0)
		worked -= break_spanned(ws, t_in, t_out, d);
	else
	{
		int64		inside = cs_ws_worked(ws, time_on(t_in, d), time_on(t_out, d));

		if (inside < worked)
			worked = inside;
	}
	r = palloc0(sizeof(Interval));
	r->time = Max(worked, 0);
	PG_RETURN_INTERVAL_P(r);
}

/*
 * day_breaches(expected, schedule, day, first_in, last_out, worked,
 * daily_limit, unpaired, badged, recorded) → the codes of breach_kind for a
 * day, in a fixed order.
 */
Datum
cs_day_breaches(PG_FUNCTION_ARGS)
{
	char	   *expected = PG_ARGISNULL(0) ? "" : text_to_cstring(PG_GETARG_TEXT_PP(0));
	bool		has_ws = !PG_ARGISNULL(1);
	bool		has_times = !PG_ARGISNULL(2) && !PG_ARGISNULL(3) && !PG_ARGISNULL(4);
	bool		badged = !PG_ARGISNULL(8) && PG_GETARG_BOOL(8);
	bool		recorded = !PG_ARGISNULL(9) && PG_GETARG_BOOL(9);
	int32		unpaired = PG_ARGISNULL(7) ? 0 : PG_GETARG_INT32(7);
	bool		at_work = strcmp(expected, "office") == 0 || strcmp(expected, "recalled") == 0;
	bool		remote = strcmp(expected, "remote") == 0;
	Datum		elems[10];
	int			n = 0;

	if (at_work && !badged)
		elems[n++] = CStringGetTextDatum("no_show");
	if (remote && !recorded)
		elems[n++] = CStringGetTextDatum("no_time_record");
	if ((at_work || remote) && has_ws && has_times)
	{
		const CsWorkSchedule *ws = (const CsWorkSchedule *) PG_GETARG_POINTER(1);
		DateADT		d = PG_GETARG_DATEADT(2);
		Timestamp	t_in = PG_GETARG_TIMESTAMP(3);
		Timestamp	t_out = PG_GETARG_TIMESTAMP(4);

		if (t_out >= t_in && t_in >= (Timestamp) d * USECS_PER_DAY)
		{
			const char *codes[CS_WS_NCODES];
			int			k = cs_ws_codes(cs_ws_check(ws, time_on(t_in, d), time_on(t_out, d)), codes);
			int			i;

			for (i = 0; i < k; i++)
				elems[n++] = CStringGetTextDatum(codes[i]);
		}
	}
	if (!PG_ARGISNULL(5) && !PG_ARGISNULL(6) && strcmp(expected, "dismissed") != 0 &&
		interval_usecs(PG_GETARG_INTERVAL_P(5)) > interval_usecs(PG_GETARG_INTERVAL_P(6)))
		elems[n++] = CStringGetTextDatum("over_daily_limit");
	if (remote && badged)
		elems[n++] = CStringGetTextDatum("present_on_remote_day");
	if (strcmp(expected, "day_off") == 0 && badged)
		elems[n++] = CStringGetTextDatum("present_on_day_off");
	if (unpaired > 0)
		elems[n++] = CStringGetTextDatum("unpaired_events");
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}
