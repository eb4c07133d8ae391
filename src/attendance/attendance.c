/*
 * attendance.c — attendance per employee and day (п. 9, 17, 19, 20).
 *
 * attendance() reads each of its sources in employee order, through SPI
 * cursors, one batch at a time: the employees, their badge events (by
 * employee and instant, the order of the events' key (state_body_id,
 * employee_id, at, ...)), the acts in effect, the recalls and the remote time
 * records. It merges them one employee at a time, so a call holds one batch
 * of each source and one employee's days, whatever the size of the body, and
 * a longer period costs in proportion (its events are read in spans of a
 * quarter, so the merge of monthly partitions stays narrow). Given an
 * employee, every source is read through that employee's key range only.
 *
 * Events are paired as they stream by: an exit closes the entry just before
 * it when close enough, and the pair belongs to the local day of the entry
 * (a night belongs to the day it started). A day's pairs are its presence
 * intervals: the time worked is their part inside the schedule's day, and
 * the time out between them during the fixed working time is checked
 * against a tolerance. event_days() exposes the pairing alone; day_worked()
 * and day_breaches() the rules of one day, on the same intervals.
 *
 * What a day is expected to be: dismissed after the employment, else a day
 * off by the body's calendar, else absent (civilservice.absence, or a
 * secondment of civilservice.career_event: kind secondment), else
 * recalled (п. 12), else remote (a remote act, or a combined remote act
 * outside its office days, п. 3.1), else office.
 */
#include "postgres.h"
#include "common/compat.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/int.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "pgtime.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"
#include "utils/tuplestore.h"

#include "calendar/calendar.h"
#include "types/work_schedule.h"

PG_FUNCTION_INFO_V1(cs_attendance);
PG_FUNCTION_INFO_V1(cs_event_days);
PG_FUNCTION_INFO_V1(cs_day_worked);
PG_FUNCTION_INFO_V1(cs_day_breaches);

/* Days of events read around the period: nights ending in it, and after. */
#define CS_DAYS_BEFORE 2
#define CS_DAYS_AFTER 3

/* Longest period, in days after the first (as attendance_period()). */
#define CS_MAX_PERIOD 3660

/* Rows fetched from a cursor at a time. */
#define CS_BATCH 1000

/*
 * Events are read in consecutive spans of this many days, one cursor each,
 * taken one after the other for each employee: each cursor merges the few
 * monthly partitions of its span, so the cost of merging per event does not
 * grow with the period.
 */
#define CS_SPAN_DAYS 92
#define CS_MAX_SPANS ((CS_MAX_PERIOD + 1 + CS_DAYS_BEFORE + CS_DAYS_AFTER + CS_SPAN_DAYS - 1) / CS_SPAN_DAYS)

/* ---------------------------------------------------------------------
 * The rules of one day
 * --------------------------------------------------------------------- */

typedef enum CsExpected
{
	EXP_OFFICE,
	EXP_REMOTE,
	EXP_DAY_OFF,
	EXP_RECALLED,
	EXP_DISMISSED,
	EXP_ABSENT,
	EXP_OTHER					/* any other text given to the SQL functions */
} CsExpected;

#define CS_NEXPECTED 6
static const char *const expected_names[CS_NEXPECTED] = {
	"office", "remote", "day_off", "recalled", "dismissed", "absent"
};

/*
 * Breaches as bits, in the order they are reported (breach_kind); bits 2-5
 * are the CS_WS_* codes of the schedule check, shifted.
 */
#define BR_NO_SHOW			0x001
#define BR_NO_TIME_RECORD	0x002
#define BR_WS_SHIFT			2
#define BR_ABSENT_FIXED		0x040
#define BR_OVER_DAILY		0x080
#define BR_ON_REMOTE_DAY	0x100
#define BR_ON_DAY_OFF		0x200
#define BR_UNPAIRED			0x400
#define BR_NBITS			11

static CsExpected
expected_of(const char *s)
{
	int			i;

	for (i = 0; i < CS_NEXPECTED; i++)
		if (strcmp(s, expected_names[i]) == 0)
			return (CsExpected) i;
	return EXP_OTHER;
}

static const char *
breach_code(int bit)
{
	const char *codes[CS_WS_NCODES];

	switch (1 << bit)
	{
		case BR_NO_SHOW:
			return "no_show";
		case BR_NO_TIME_RECORD:
			return "no_time_record";
		case BR_ABSENT_FIXED:
			return "absent_during_fixed_time";
		case BR_OVER_DAILY:
			return "over_daily_limit";
		case BR_ON_REMOTE_DAY:
			return "present_on_remote_day";
		case BR_ON_DAY_OFF:
			return "present_on_day_off";
		case BR_UNPAIRED:
			return "unpaired_events";
	}
	/* a code of the schedule check: its own table names it */
	if (cs_ws_codes(1u << (bit - BR_WS_SHIFT), codes) != 1)
		elog(ERROR, "unknown breach bit %d", bit);
	return codes[0];
}

static ArrayType *
breach_array(unsigned mask)
{
	Datum		elems[BR_NBITS];
	int			n = 0;
	int			bit;

	for (bit = 0; bit < BR_NBITS; bit++)
		if (mask & (1u << bit))
			elems[n++] = CStringGetTextDatum(breach_code(bit));
	return construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT);
}

/* Microseconds of an interval, a month taken as 30 days; errors on overflow. */
static int64
interval_usecs(const Interval *iv)
{
	int64		r;
	int64		days;

	if (pg_mul_s64_overflow((int64) iv->month, DAYS_PER_MONTH, &days) ||
		pg_add_s64_overflow(days, iv->day, &days) ||
		pg_mul_s64_overflow(days, USECS_PER_DAY, &r) ||
		pg_add_s64_overflow(r, iv->time, &r))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("interval out of range"),
				errdetail("The interval is longer than a timestamp can hold."),
				errhint("Give a duration of hours or days."));
	return r;
}

/*
 * Local midnight starting day d as a timestamp; false when d is outside the
 * range of timestamps.
 */
static bool
day_start(DateADT d, Timestamp *midnight)
{
	if (DATE_NOT_FINITE(d) ||
		d < DATETIME_MIN_JULIAN - POSTGRES_EPOCH_JDATE ||
		d >= TIMESTAMP_END_JULIAN - POSTGRES_EPOCH_JDATE - 1)
		return false;
	*midnight = (Timestamp) d * USECS_PER_DAY;
	return true;
}

/* Time of day of local timestamp t (t >= midnight); 24:00 when after the day. */
static int64
time_on(Timestamp t, Timestamp midnight)
{
	if (t - USECS_PER_DAY >= midnight)
		return USECS_PER_DAY;
	return t - midnight;
}

/*
 * Entry and exit of a day usable for the schedule: both finite, the exit
 * not before the entry, the entry not before the day. Sets the times of day.
 */
static bool
day_times(DateADT d, Timestamp t_in, Timestamp t_out, int64 *arrived, int64 *left)
{
	Timestamp	midnight;

	if (!day_start(d, &midnight) || TIMESTAMP_NOT_FINITE(t_in) || TIMESTAMP_NOT_FINITE(t_out) ||
		t_out < t_in || t_in < midnight)
		return false;
	*arrived = time_on(t_in, midnight);
	*left = time_on(t_out, midnight);
	return true;
}

/*
 * One presence interval of a day: an entry and the exit that closes it, in
 * local time; or, on a remote day, the remote time record.
 */
typedef struct CsSpan
{
	int64		len;			/* its length */
	bool		usable;			/* starts on the day: lo and hi are set */
	int64		lo;				/* time of day of the entry */
	int64		hi;				/* time of day of the exit, 24:00 when after the day */
} CsSpan;

static void
span_of(DateADT d, Timestamp t_in, Timestamp t_out, CsSpan *s)
{
	s->len = t_out - t_in;
	s->usable = day_times(d, t_in, t_out, &s->lo, &s->hi);
}

/* Microseconds common to [a, b) and [c, e). */
static inline int64
overlap_usecs(int64 a, int64 b, int64 c, int64 e)
{
	int64		lo = Max(a, c),
				hi = Min(b, e);

	return hi > lo ? hi - lo : 0;
}

/*
 * Working time of a day from its presence intervals (п. 9, 19): at the
 * workplace, the part of each interval inside the schedule's day and outside
 * its break (presence before or after the day, or out of the workplace, is
 * not work); on a remote day, the reported time less the break when the
 * record spans it. Without a schedule, or for an interval that does not
 * start on the day, its length.
 */
static int64
worked_usecs(bool remote, const CsWorkSchedule *ws, const CsSpan *spans, int n)
{
	int64		w = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		const CsSpan *s = &spans[i];
		int64		x = s->len;

		if (ws != NULL && s->usable)
		{
			if (!remote)
				x = cs_ws_worked(ws, s->lo, s->hi);
			else if (ws->break_from >= 0 &&
					 s->lo <= (int64) ws->break_from * USECS_PER_MINUTE &&
					 s->hi >= (int64) ws->break_to * USECS_PER_MINUTE)
				x -= (int64) (ws->break_to - ws->break_from) * USECS_PER_MINUTE;
		}
		w += Max(x, 0);
	}
	return w;
}

/*
 * Time out of the workplace during the fixed working time (п. 17.3; the
 * whole working time of a standard schedule): the time between consecutive
 * presence intervals of the day (so between its first entry and last exit)
 * inside core_from..core_to, less the break. Intervals in order of entry.
 */
static int64
fixed_time_out(const CsWorkSchedule *ws, const CsSpan *spans, int n)
{
	int64		core_from = (int64) ws->core_from * USECS_PER_MINUTE,
				core_to = (int64) ws->core_to * USECS_PER_MINUTE;
	int64		out = 0,
				reach = 0;
	bool		any = false;
	int			i;

	for (i = 0; i < n; i++)
	{
		const CsSpan *s = &spans[i];

		if (!s->usable)
			continue;
		if (any && s->lo > reach)
		{
			int64		lo = Max(reach, core_from),
						hi = Min(s->lo, core_to);

			if (hi > lo)
			{
				out += hi - lo;
				if (ws->break_from >= 0)
					out -= overlap_usecs(lo, hi, (int64) ws->break_from * USECS_PER_MINUTE,
										 (int64) ws->break_to * USECS_PER_MINUTE);
			}
		}
		reach = any ? Max(reach, s->hi) : s->hi;
		any = true;
	}
	return out;
}

/* What is known of a day, for its breaches. */
typedef struct CsDayFacts
{
	CsExpected	expected;
	const CsWorkSchedule *schedule; /* NULL when none */
	DateADT		day;
	bool		has_times;		/* day, first entry and last exit all known */
	Timestamp	t_in;
	Timestamp	t_out;
	const CsSpan *spans;		/* presence intervals, in order of entry */
	int			nspans;
	bool		has_presence;	/* spans known (time present and worked) */
	int64		worked;			/* worked_usecs() of the spans */
	bool		has_limit;
	int64		daily_limit;
	bool		has_tolerance;
	int64		tolerance;		/* time out allowed during the fixed working time */
	int32		unpaired;
	bool		badged;
	bool		recorded;
} CsDayFacts;

static unsigned
breach_mask(const CsDayFacts *f)
{
	bool		at_work = f->expected == EXP_OFFICE || f->expected == EXP_RECALLED;
	bool		remote = f->expected == EXP_REMOTE;
	unsigned	mask = 0;
	int64		arrived,
				left;

	/* nothing is expected of an employee away by a document or no longer employed */
	if (f->expected == EXP_ABSENT || f->expected == EXP_DISMISSED)
		return 0;
	if (at_work && !f->badged)
		mask |= BR_NO_SHOW;
	if (remote && !f->recorded)
		mask |= BR_NO_TIME_RECORD;
	if ((at_work || remote) && f->schedule != NULL && f->has_times &&
		day_times(f->day, f->t_in, f->t_out, &arrived, &left))
	{
		/* the windows from the first entry and last exit; the hours from the time worked */
		unsigned	ws = cs_ws_check(f->schedule, arrived, left) & ~CS_WS_SHORT_HOURS;

		if (f->has_presence && f->worked < (int64) f->schedule->hours * USECS_PER_MINUTE)
			ws |= CS_WS_SHORT_HOURS;
		mask |= ws << BR_WS_SHIFT;
	}
	if (at_work && f->schedule != NULL && f->has_presence && f->has_tolerance &&
		fixed_time_out(f->schedule, f->spans, f->nspans) > f->tolerance)
		mask |= BR_ABSENT_FIXED;
	if (f->has_presence && f->has_limit && f->worked > f->daily_limit)
		mask |= BR_OVER_DAILY;
	if (remote && f->badged)
		mask |= BR_ON_REMOTE_DAY;
	if (f->expected == EXP_DAY_OFF && f->badged)
		mask |= BR_ON_DAY_OFF;
	if (f->unpaired > 0)
		mask |= BR_UNPAIRED;
	return mask;
}

/* ---------------------------------------------------------------------
 * Time zones and days
 * --------------------------------------------------------------------- */

/* UTC instant of local midnight of date d in zone tz. */
static TimestampTz
local_midnight(DateADT d, pg_tz *tz)
{
	struct pg_tm tm;
	int			offset;
	TimestampTz result;

	memset(&tm, 0, sizeof(tm));
	j2date(d + POSTGRES_EPOCH_JDATE, &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
	offset = DetermineTimeZoneOffset(&tm, tz);
	if (tm2timestamp(&tm, 0, &offset, &result) != 0)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("date out of range for attendance: %s",
					   DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(d)))),
				errdetail("Its midnight cannot be represented as a timestamp."),
				errhint("Give a period within the range of timestamps."));
	return result;
}

/* Local wall-clock time of instant t in zone tz. */
static Timestamp
local_time(TimestampTz t, pg_tz *tz)
{
	struct pg_tm tm;
	fsec_t		fsec;
	int			offset;
	Timestamp	result;

	if (TIMESTAMP_NOT_FINITE(t))
		return t;
	if (timestamp2tm(t, &offset, &tm, &fsec, NULL, tz) != 0 ||
		tm2timestamp(&tm, fsec, NULL, &result) != 0)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("timestamp out of range"),
				errdetail("A badge event or time record cannot be shown in the body's local time."),
				errhint("Correct the instant of the event or record."));
	return result;
}

/* Local date of instant t in zone tz. */
static DateADT
local_date(TimestampTz t, pg_tz *tz)
{
	Timestamp	l = local_time(t, tz);

	if (TIMESTAMP_IS_NOBEGIN(l))
		return DATEVAL_NOBEGIN;
	if (TIMESTAMP_IS_NOEND(l))
		return DATEVAL_NOEND;
	/* floor division: timestamps before 2000 are negative */
	return (DateADT) (l >= 0 ? l / USECS_PER_DAY : -((-l + USECS_PER_DAY - 1) / USECS_PER_DAY));
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

/* ---------------------------------------------------------------------
 * Sources read through SPI cursors
 * --------------------------------------------------------------------- */

/*
 * The queries, each in two forms: a body's rows, and one employee's ($4).
 * Every one returns the employee first and is ordered by it. Run with
 * search_path = pg_catalog (the functions pin it).
 */
typedef enum CsSource
{
	SRC_EMPLOYEES,
	SRC_EVENTS,
	SRC_ACTS,
	SRC_RECALLS,
	SRC_RECORDS,
	SRC_OFFICE_DAYS,
	SRC_ABSENCES,
	CS_NSOURCES
} CsSource;

typedef struct CsQuery
{
	const char *text;			/* with %s for the employee condition */
	const char *one;			/* the employee condition */
	Oid			bound;			/* type of $2 and $3 */
} CsQuery;

static const CsQuery queries[CS_NSOURCES] = {
	/* employed at some time in [$2, $3] */
	[SRC_EMPLOYEES] = {
		"SELECT e.id, e.employed_from, e.employed_to, e.work_schedule FROM civilservice.employee e"
		" WHERE e.state_body_id = $1 AND e.employed_from <= $3 AND (e.employed_to IS NULL OR e.employed_to >= $2)%s"
		" ORDER BY e.id",
		" AND e.id = $4", DATEOID
	},
	/* badge events in [$2, $3), an entry before an exit at the same instant */
	[SRC_EVENTS] = {
		"SELECT a.employee_id, a.at, a.direction = 'in' FROM civilservice.access_event a"
		" WHERE a.state_body_id = $1 AND a.at >= $2 AND a.at < $3%s"
		" ORDER BY a.employee_id, a.at, a.direction",
		" AND a.employee_id = $4", TIMESTAMPTZOID
	},
	/* days on a regime under signed acts, touching [$2, $3] */
	[SRC_ACTS] = {
		"SELECT ae.employee_id, ae.regime_group = 'remote',"
		" coalesce(lower(ae.effective_term), '-infinity'::date), coalesce(upper(ae.effective_term), 'infinity'::date),"
		" ac.fixed_working_time"
		" FROM civilservice.act_employee ae"
		" JOIN civilservice.act ac ON ac.state_body_id = ae.state_body_id AND ac.id = ae.act_id"
		" WHERE ae.state_body_id = $1 AND ae.effective_term && daterange($2, $3, '[]')"
		" AND ae.regime_group IN ('remote', 'flexible')%s"
		" ORDER BY ae.employee_id",
		" AND ae.employee_id = $4", DATEOID
	},
	/* recalls to the workplace (п. 12) touching the period, with a day's margin */
	[SRC_RECALLS] = {
		"SELECT r.employee_id, r.report_at, r.until FROM civilservice.recall r"
		" WHERE r.state_body_id = $1 AND r.report_at < $3 AND coalesce(r.until, r.report_at) >= $2%s"
		" ORDER BY r.employee_id",
		" AND r.employee_id = $4", TIMESTAMPTZOID
	},
	/* remote time records of [$2, $3] (п. 9) */
	[SRC_RECORDS] = {
		"SELECT t.employee_id, t.day, t.started_at, t.ended_at FROM civilservice.remote_time_record t"
		" WHERE t.state_body_id = $1 AND t.day >= $2 AND t.day <= $3%s"
		" ORDER BY t.employee_id, t.day",
		" AND t.employee_id = $4", DATEOID
	},
	/* office days of combined remote acts touching [$2, $3] (п. 3.1) */
	[SRC_OFFICE_DAYS] = {
		"SELECT ae.employee_id, od.iso_weekday,"
		" coalesce(pg_catalog.lower(od.period), '-infinity'::date), coalesce(pg_catalog.upper(od.period), 'infinity'::date),"
		" coalesce(pg_catalog.lower(ae.effective_term), '-infinity'::date), coalesce(pg_catalog.upper(ae.effective_term), 'infinity'::date)"
		" FROM civilservice.act_employee ae"
		" JOIN civilservice.act ac ON ac.state_body_id OPERATOR(pg_catalog.=) ae.state_body_id AND ac.id OPERATOR(pg_catalog.=) ae.act_id"
		" JOIN civilservice.act_office_day od ON od.state_body_id OPERATOR(pg_catalog.=) ae.state_body_id AND od.act_id OPERATOR(pg_catalog.=) ae.act_id"
		" WHERE ae.state_body_id OPERATOR(pg_catalog.=) $1"
		" AND ae.effective_term OPERATOR(pg_catalog.&&) pg_catalog.daterange($2, $3, '[]')"
		" AND ae.regime_group OPERATOR(pg_catalog.=) 'remote' AND ac.regime OPERATOR(pg_catalog.=) 'combined_remote'%s"
		" ORDER BY ae.employee_id",
		" AND ae.employee_id OPERATOR(pg_catalog.=) $4", DATEOID
	},
	/*
	 * absences touching [$2, $3]; a secondment recorded at the home body
	 * (civilservice.career_event, Концепция L469) is an absence of kind
	 * secondment on its days, read from the secondment itself
	 */
	[SRC_ABSENCES] = {
		"SELECT x.employee_id, pg_catalog.lower(x.period), coalesce(pg_catalog.upper(x.period), 'infinity'::date), x.kind"
		" FROM (SELECT a.state_body_id, a.employee_id, a.period, a.kind::text AS kind FROM civilservice.absence a"
		" UNION ALL SELECT c.state_body_id, c.employee_id, c.term, 'secondment' FROM civilservice.career_event c"
		" WHERE c.kind OPERATOR(pg_catalog.=) 'secondment') x"
		" WHERE x.state_body_id OPERATOR(pg_catalog.=) $1 AND x.period OPERATOR(pg_catalog.&&) pg_catalog.daterange($2, $3, '[]')%s"
		" ORDER BY x.employee_id",
		" AND x.employee_id OPERATOR(pg_catalog.=) $4", DATEOID
	},
};

/* Plans kept for the backend's life; the plan cache replans them as needed. */
static SPIPlanPtr plans[CS_NSOURCES][2];
static SPIPlanPtr bodies_plan;

static SPIPlanPtr
plan_of(CsSource src, bool one)
{
	if (plans[src][one] == NULL)
	{
		Oid			types[4] = {INT8OID, queries[src].bound, queries[src].bound, INT8OID};
		char	   *text = psprintf(queries[src].text, one ? queries[src].one : "");
		SPIPlanPtr	plan;

		/* no parallel plan: a cursor runs in one process anyway */
		plan = SPI_prepare_cursor(text, 4, types, 0);
		if (plan == NULL)
			elog(ERROR, "SPI_prepare_cursor failed: %s", SPI_result_code_string(SPI_result));
		if (SPI_keepplan(plan) != 0)
			elog(ERROR, "SPI_keepplan failed");
		plans[src][one] = plan;
		pfree(text);
	}
	return plans[src][one];
}

/* One source, fetched a batch at a time. */
typedef struct CsStream
{
	Portal		portal;
	SPITupleTable *batch;
	uint64		n;
	uint64		pos;
	bool		last;			/* the batch held is the cursor's last */
} CsStream;

static void
stream_open(CsStream *s, CsSource src, bool one, Datum *args)
{
	static const char nulls[4] = {' ', ' ', ' ', ' '};

	memset(s, 0, sizeof(CsStream));
	s->portal = SPI_cursor_open(NULL, plan_of(src, one), args, nulls, true);
	if (s->portal == NULL)
		elog(ERROR, "SPI_cursor_open failed: %s", SPI_result_code_string(SPI_result));
}

/* The current row, NULL at the end. */
static HeapTuple
stream_peek(CsStream *s)
{
	if (s->pos < s->n)
		return s->batch->vals[s->pos];
	if (s->last)
		return NULL;
	if (s->batch != NULL)
		SPI_freetuptable(s->batch);
	SPI_cursor_fetch(s->portal, true, CS_BATCH);
	s->batch = SPI_tuptable;
	s->n = SPI_processed;
	s->pos = 0;
	s->last = s->n < CS_BATCH;
	return s->n > 0 ? s->batch->vals[0] : NULL;
}

static void
stream_close(CsStream *s)
{
	if (s->batch != NULL)
		SPI_freetuptable(s->batch);
	if (s->portal != NULL)
		SPI_cursor_close(s->portal);
	memset(s, 0, sizeof(CsStream));
}

/* Column n (from 1) of the current row; isnull may be NULL for a NOT NULL one. */
static inline Datum
col(CsStream *s, HeapTuple tup, int n, bool *isnull)
{
	bool		dummy;

	return SPI_getbinval(tup, s->batch->tupdesc, n, isnull ? isnull : &dummy);
}

/* The employee of the current row, or false at the end. */
static inline bool
stream_employee(CsStream *s, HeapTuple *tup, int64 *employee)
{
	*tup = stream_peek(s);
	if (*tup == NULL)
		return false;
	*employee = DatumGetInt64(col(s, *tup, 1, NULL));
	return true;
}

/* Moves to the first row of employee emp or after (rows of others are skipped). */
static void
stream_seek(CsStream *s, int64 emp)
{
	HeapTuple	tup;
	int64		e;

	while (stream_employee(s, &tup, &e) && e < emp)
		s->pos++;
}

/* The next row of employee emp, NULL when there is none. */
static HeapTuple
stream_next_of(CsStream *s, int64 emp)
{
	HeapTuple	tup;
	int64		e;

	if (!stream_employee(s, &tup, &e) || e != emp)
		return NULL;
	s->pos++;
	return tup;
}

/* ---------------------------------------------------------------------
 * The call: the period, the bodies, one employee's days
 * --------------------------------------------------------------------- */

/* Badge events of one local day. */
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
	int32		pair_first;		/* its pairs in CsCall.pair_in/out (attendance) */
	int32		npairs;
} CsDayAgg;

typedef struct CsBody
{
	int64		id;
	pg_tz	   *tz;
	char	   *calendar;
	CsWorkSchedule schedule;
} CsBody;

typedef struct CsCall
{
	DateADT		from;
	DateADT		to;
	int			nperiod;		/* days of [from, to] */
	DateADT		first;			/* first day of the events read */
	int			ndays;			/* days of events read, from first */
	int64		max_session;
	bool		one;			/* one employee */
	int64		employee;
	MemoryContext cxt;			/* the call's */
	MemoryContext emp_cxt;		/* one employee's, reset between employees */
	CsBody	   *bodies;
	int			nbodies;
	/* per body */
	CsBody	   *body;
	TimestampTz *midnight;		/* ndays + 1 local midnights of the body */
	bool	   *working;		/* per day of the period */
	/* per employee, over the event days */
	CsDayAgg   *agg;
	/* attendance only: the employee's pairs (entry, exit), in order of entry */
	TimestampTz *pair_in;
	TimestampTz *pair_out;
	int32		npairs;
	int32		maxpairs;
	/* attendance only, per day of the period */
	Interval   *daily_limit;
	bool	   *remote;
	bool	   *recalled;
	const CsWorkSchedule **flexible;	/* a flexible act's fixed working time */
	bool	   *recorded;
	TimestampTz *rec_start;
	TimestampTz *rec_end;
	bool	   *office;			/* an office day of a combined remote act (п. 3.1) */
	Datum	   *absence;		/* the kind of an absence, 0 when none */
	int64	   *tolerance;		/* time out allowed during the fixed working time */
	Datum		expected_text[CS_NEXPECTED];
	ArrayType **breaches;		/* by mask, made when first needed */
	ReturnSetInfo *rsinfo;
} CsCall;

static void
check_period(DateADT from, DateADT to)
{
	if (DATE_NOT_FINITE(from) || DATE_NOT_FINITE(to))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
				errmsg("attendance needs a finite period, not %s to %s",
					   DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(from))),
					   DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(to)))),
				errdetail("Attendance has a row for every day of the period."),
				errhint("Give the first and the last day of the period."));
	if ((int64) to - from > CS_MAX_PERIOD)
		ereport(ERROR,
				errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				errmsg("attendance covers at most ten years at a time, not %s to %s",
					   DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(from))),
					   DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(to)))),
				errdetail("The period has %lld days; at most %d are computed at a time.",
						  (long long) to - from + 1, CS_MAX_PERIOD + 1),
				errhint("Split the period."));
	if (from < DATETIME_MIN_JULIAN - POSTGRES_EPOCH_JDATE + CS_DAYS_BEFORE ||
		to >= TIMESTAMP_END_JULIAN - POSTGRES_EPOCH_JDATE - CS_DAYS_AFTER)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("date out of range for attendance: %s to %s",
					   DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(from))),
					   DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(to)))),
				errdetail("The days around the period must be within the range of timestamps."),
				errhint("Give a period within the range of timestamps."));
}

/*
 * Hours of a rule parameter on a date, as an interval: the value of state
 * body *body when given (its own value of a parameter of its policy, else
 * the national one), the national value when body is NULL.
 */
static Interval *
parameter_hours(const char *name, DateADT d, const int64 *body)
{
	Interval	hour;

	memset(&hour, 0, sizeof(hour));
	hour.time = USECS_PER_HOUR;
	return DatumGetIntervalP(DirectFunctionCall2(interval_mul, IntervalPGetDatum(&hour),
												 DirectFunctionCall1(numeric_float8,
																	 NumericGetDatum(body ? cs_rule_parameter_body(name, d, *body)
																					 : cs_rule_parameter(name, d)))));
}

/* Microseconds of a rule parameter in minutes on a date. */
static int64
parameter_minutes(const char *name, DateADT d, int64 body)
{
	float8		m = DatumGetFloat8(DirectFunctionCall1(numeric_float8,
													   NumericGetDatum(cs_rule_parameter_body(name, d, body))));

	if (isnan(m) || m < 0 || m > (float8) MINS_PER_HOUR * HOURS_PER_DAY * 366)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("rule parameter %s is %g minutes on %s", name, m,
					   DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(d)))),
				errdetail("A number of minutes between 0 and a year is expected."),
				errhint("Insert a row of civilservice.rule_parameter with a sensible value valid from that day."));
	return (int64) rint(m * USECS_PER_MINUTE);
}

/* The period's checks and the arrays every body and employee reuse. */
static void
call_init(CsCall *c, DateADT from, DateADT to, int64 max_session, bool for_attendance)
{
	MemoryContext old;

	c->from = from;
	c->to = to;
	c->nperiod = to - from + 1;
	c->first = from - CS_DAYS_BEFORE;
	c->ndays = (to + CS_DAYS_AFTER) - c->first;
	c->max_session = max_session;
	c->cxt = AllocSetContextCreate(CurrentMemoryContext, "civilservice attendance", ALLOCSET_DEFAULT_SIZES);
	c->emp_cxt = AllocSetContextCreate(c->cxt, "civilservice attendance employee", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(c->cxt);
	c->midnight = palloc(sizeof(TimestampTz) * (c->ndays + 1));
	c->agg = palloc(sizeof(CsDayAgg) * c->ndays);
	if (for_attendance)
	{
		int			i;

		c->working = palloc(sizeof(bool) * c->nperiod);
		c->daily_limit = palloc(sizeof(Interval) * c->nperiod);
		c->remote = palloc(sizeof(bool) * c->nperiod);
		c->recalled = palloc(sizeof(bool) * c->nperiod);
		c->flexible = palloc(sizeof(CsWorkSchedule *) * c->nperiod);
		c->recorded = palloc(sizeof(bool) * c->nperiod);
		c->rec_start = palloc(sizeof(TimestampTz) * c->nperiod);
		c->rec_end = palloc(sizeof(TimestampTz) * c->nperiod);
		c->office = palloc(sizeof(bool) * c->nperiod);
		c->absence = palloc(sizeof(Datum) * c->nperiod);
		c->tolerance = palloc(sizeof(int64) * c->nperiod);
		c->maxpairs = 64;
		c->pair_in = palloc(sizeof(TimestampTz) * c->maxpairs);
		c->pair_out = palloc(sizeof(TimestampTz) * c->maxpairs);
		c->breaches = palloc0(sizeof(ArrayType *) * (1 << BR_NBITS));
		for (i = 0; i < CS_NEXPECTED; i++)
			c->expected_text[i] = CStringGetTextDatum(expected_names[i]);
		/* the daily limit in force on each day (п. 9, 19) */
		for (i = 0; i < c->nperiod; i++)
			c->daily_limit[i] = *parameter_hours("daily_hours_limit", from + i, NULL);
	}
	MemoryContextSwitchTo(old);
}

/* The bodies asked for (all when body_null), in order of their key. */
static void
load_bodies(CsCall *c, bool body_null, int64 body)
{
	Datum		args[1] = {Int64GetDatum(body)};
	char		nulls[1] = {body_null ? 'n' : ' '};
	MemoryContext old;
	uint64		i;

	if (bodies_plan == NULL)
	{
		Oid			types[1] = {INT8OID};
		SPIPlanPtr	plan = SPI_prepare("SELECT b.id, b.time_zone, b.calendar_code, b.work_schedule"
									   " FROM civilservice.state_body b WHERE $1 IS NULL OR b.id = $1 ORDER BY b.id",
									   1, types);

		if (plan == NULL)
			elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		if (SPI_keepplan(plan) != 0)
			elog(ERROR, "SPI_keepplan failed");
		bodies_plan = plan;
	}
	if (SPI_execute_plan(bodies_plan, args, nulls, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed");
	old = MemoryContextSwitchTo(c->cxt);
	c->nbodies = (int) SPI_processed;
	c->bodies = palloc0(sizeof(CsBody) * Max(c->nbodies, 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		CsBody	   *b = &c->bodies[i];
		char	   *tzname = SPI_getvalue(tup, desc, 2);
		bool		isnull;
		Datum		ws;

		b->id = DatumGetInt64(SPI_getbinval(tup, desc, 1, &isnull));
		b->tz = tzname ? pg_tzset(tzname) : NULL;
		if (b->tz == NULL)
			ereport(ERROR,
					errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					errmsg("state body %lld has an unknown time zone \"%s\"",
						   (long long) b->id, tzname ? tzname : "(null)"),
					errdetail("Attendance is computed in the body's local time."),
					errhint("Set civilservice.state_body.time_zone to a time zone name such as Asia/Almaty."));
		b->calendar = SPI_getvalue(tup, desc, 3);
		ws = SPI_getbinval(tup, desc, 4, &isnull);
		if (isnull || b->calendar == NULL)
			elog(ERROR, "state body %lld has no calendar or schedule", (long long) b->id);
		memcpy(&b->schedule, DatumGetPointer(ws), sizeof(CsWorkSchedule));
	}
	MemoryContextSwitchTo(old);
	SPI_freetuptable(SPI_tuptable);
}

/* Local midnights of the event days, and the working days, of body b. */
static void
body_init(CsCall *c, CsBody *b)
{
	int			d;

	c->body = b;
	for (d = 0; d <= c->ndays; d++)
		c->midnight[d] = local_midnight(c->first + d, b->tz);
	if (c->working)
		for (d = 0; d < c->nperiod; d++)
			c->working[d] = cs_is_working(b->calendar, strlen(b->calendar), c->from + d);
}

/* Opens a source of the current body over [lo, hi]. */
static void
open_source(CsCall *c, CsStream *s, CsSource src, Datum lo, Datum hi)
{
	Datum		args[4] = {Int64GetDatum(c->body->id), lo, hi, Int64GetDatum(c->employee)};

	stream_open(s, src, c->one, args);
}

/* The badge events of the current body, as consecutive spans of local days. */
typedef struct CsEvents
{
	int			n;
	CsStream	span[CS_MAX_SPANS];
} CsEvents;

static void
open_events(CsCall *c, CsEvents *ev)
{
	int			d;

	ev->n = 0;
	for (d = 0; d < c->ndays; d += CS_SPAN_DAYS)
		open_source(c, &ev->span[ev->n++], SRC_EVENTS, TimestampTzGetDatum(c->midnight[d]),
					TimestampTzGetDatum(c->midnight[Min(d + CS_SPAN_DAYS, c->ndays)]));
}

static void
close_events(CsEvents *ev)
{
	int			i;

	for (i = ev->n - 1; i >= 0; i--)
		stream_close(&ev->span[i]);
	ev->n = 0;
}

/* The first employee with events not read yet, or false when none is left. */
static bool
events_employee(CsEvents *ev, int64 *employee)
{
	bool		found = false;
	int			i;

	for (i = 0; i < ev->n; i++)
	{
		HeapTuple	tup;
		int64		e;

		if (stream_employee(&ev->span[i], &tup, &e) && (!found || e < *employee))
		{
			*employee = e;
			found = true;
		}
	}
	return found;
}

static inline void
unpaired_entry(CsCall *c, TimestampTz at)
{
	int			d = day_index(c->midnight, c->ndays, at);

	if (d >= 0)
		c->agg[d].unpaired++;
}

/*
 * Keeps a pair of day a (whose pairs come one after the other, in order of
 * entry). The arrays grow with the employee who has the most pairs in the
 * period, and are reused.
 */
static void
add_pair(CsCall *c, CsDayAgg *a, TimestampTz t_in, TimestampTz t_out)
{
	if (c->npairs == c->maxpairs)
	{
		if (c->maxpairs > (int32) (MaxAllocSize / sizeof(TimestampTz) / 2))
			ereport(ERROR,
					errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					errmsg("too many badge events of one employee in the period"),
					errhint("Ask for a shorter period."));
		c->maxpairs *= 2;
		c->pair_in = repalloc(c->pair_in, sizeof(TimestampTz) * c->maxpairs);
		c->pair_out = repalloc(c->pair_out, sizeof(TimestampTz) * c->maxpairs);
	}
	if (a->npairs == 0)
		a->pair_first = c->npairs;
	c->pair_in[c->npairs] = t_in;
	c->pair_out[c->npairs] = t_out;
	c->npairs++;
	a->npairs++;
}

/*
 * Pairs and aggregates per local day the events of employee emp, which come
 * in order of instant (span after span). An exit closes the entry just
 * before it when at most max_session later; the pair belongs to the day of
 * the entry. Whether an entry is paired is known at the next event.
 */
static void
employee_events(CsCall *c, CsEvents *ev, int64 emp)
{
	HeapTuple	tup;
	bool		has_prev = false;
	bool		prev_in = false;
	TimestampTz prev_at = 0;
	int			i;

	memset(c->agg, 0, sizeof(CsDayAgg) * c->ndays);
	c->npairs = 0;
	for (i = 0; i < ev->n; i++)
	{
		CsStream   *s = &ev->span[i];

		stream_seek(s, emp);
		while ((tup = stream_next_of(s, emp)) != NULL)
		{
			TimestampTz at = DatumGetTimestampTz(col(s, tup, 2, NULL));
			bool		in = DatumGetBool(col(s, tup, 3, NULL));
			bool		closes = !in && has_prev && prev_in && at - prev_at <= c->max_session;
			int			d;

			if (has_prev && prev_in && !closes)
				unpaired_entry(c, prev_at);
			d = day_index(c->midnight, c->ndays, closes ? prev_at : at);
			if (d >= 0)
			{
				CsDayAgg   *a = &c->agg[d];

				a->used = true;
				a->events++;
				if (in && (!a->has_in || at < a->first_in))
				{
					a->first_in = at;
					a->has_in = true;
				}
				if (!in && (!a->has_out || at > a->last_out))
				{
					a->last_out = at;
					a->has_out = true;
				}
				if (closes)
				{
					a->present += at - prev_at;
					if (c->pair_in != NULL)
						add_pair(c, a, prev_at, at);
				}
				else if (!in)
					a->unpaired++;
			}
			has_prev = true;
			prev_in = in;
			prev_at = at;
		}
	}
	if (has_prev && prev_in)
		unpaired_entry(c, prev_at);
}

/* Marks days [lo, hi] of the period in flags. */
static void
mark_days(CsCall *c, bool *flags, int64 lo, int64 hi)
{
	int64		d;

	lo = Max(lo, (int64) c->from);
	hi = Min(hi, (int64) c->to);
	for (d = lo; d <= hi; d++)
		flags[d - c->from] = true;
}

/* The sources of an employee's regime, each in order of employee. */
typedef struct CsRegimeSources
{
	CsStream	acts;
	CsStream	recalls;
	CsStream	records;
	CsStream	office;
	CsStream	absences;
} CsRegimeSources;

/* ISO day of the week of d: 1 = Monday … 7 = Sunday. */
static inline int
iso_weekday(DateADT d)
{
	int			dow = j2day(d + POSTGRES_EPOCH_JDATE);

	return dow == 0 ? 7 : dow;
}

/*
 * The acts, recalls, time records, office days and absences of employee emp
 * over the period.
 */
static void
employee_regime(CsCall *c, CsRegimeSources *src, int64 emp)
{
	HeapTuple	tup;
	int			n = c->nperiod;
	CsStream   *acts = &src->acts,
			   *recalls = &src->recalls,
			   *records = &src->records,
			   *office = &src->office,
			   *absences = &src->absences;

	memset(c->remote, 0, sizeof(bool) * n);
	memset(c->recalled, 0, sizeof(bool) * n);
	memset(c->flexible, 0, sizeof(CsWorkSchedule *) * n);
	memset(c->recorded, 0, sizeof(bool) * n);
	memset(c->office, 0, sizeof(bool) * n);
	memset(c->absence, 0, sizeof(Datum) * n);

	stream_seek(acts, emp);
	while ((tup = stream_next_of(acts, emp)) != NULL)
	{
		bool		remote = DatumGetBool(col(acts, tup, 2, NULL));
		int64		lo = DatumGetDateADT(col(acts, tup, 3, NULL));
		int64		hi = DatumGetDateADT(col(acts, tup, 4, NULL)) - 1;	/* upper bound excluded */
		bool		no_ws;
		Datum		ws = col(acts, tup, 5, &no_ws);

		if (remote)
			mark_days(c, c->remote, lo, hi);
		else
		{
			CsWorkSchedule *copy = NULL;
			int64		d;

			/*
			 * Copied: the batch may be freed before the employee's days are
			 * done. Without a fixed working time the own schedule applies.
			 */
			if (!no_ws)
			{
				copy = MemoryContextAlloc(c->emp_cxt, sizeof(CsWorkSchedule));
				memcpy(copy, DatumGetPointer(ws), sizeof(CsWorkSchedule));
			}
			for (d = Max(lo, (int64) c->from); d <= Min(hi, (int64) c->to); d++)
				c->flexible[d - c->from] = copy;
		}
	}

	/*
	 * п. 3.1: the office days of a combined remote act, within the days it is
	 * in effect — every day of a dated period, or the days of the pattern's
	 * ISO weekday.
	 */
	stream_seek(office, emp);
	while ((tup = stream_next_of(office, emp)) != NULL)
	{
		bool		no_weekday;
		int			weekday = DatumGetInt16(col(office, tup, 2, &no_weekday));
		int64		lo = Max((int64) DatumGetDateADT(col(office, tup, 5, NULL)), (int64) c->from);
		int64		hi = Min((int64) DatumGetDateADT(col(office, tup, 6, NULL)) - 1, (int64) c->to);
		int64		d;

		if (no_weekday)
		{
			lo = Max(lo, (int64) DatumGetDateADT(col(office, tup, 3, NULL)));
			hi = Min(hi, (int64) DatumGetDateADT(col(office, tup, 4, NULL)) - 1);
			for (d = lo; d <= hi; d++)
				c->office[d - c->from] = true;
		}
		else
			for (d = lo; d <= hi; d++)
				if (iso_weekday((DateADT) d) == weekday)
					c->office[d - c->from] = true;
	}

	/* the days of a recall: from the local day of report_at to that of the last instant before until */
	stream_seek(recalls, emp);
	while ((tup = stream_next_of(recalls, emp)) != NULL)
	{
		TimestampTz report_at = DatumGetTimestampTz(col(recalls, tup, 2, NULL));
		bool		no_until;
		TimestampTz until = DatumGetTimestampTz(col(recalls, tup, 3, &no_until));
		TimestampTz last = no_until ? report_at : (TIMESTAMP_NOT_FINITE(until) ? until : until - 1);

		mark_days(c, c->recalled, local_date(report_at, c->body->tz), local_date(last, c->body->tz));
	}

	stream_seek(records, emp);
	while ((tup = stream_next_of(records, emp)) != NULL)
	{
		DateADT		day = DatumGetDateADT(col(records, tup, 2, NULL));
		int			i = day - c->from;

		if (i < 0 || i >= n)
			continue;
		c->recorded[i] = true;
		c->rec_start[i] = DatumGetTimestampTz(col(records, tup, 3, NULL));
		c->rec_end[i] = DatumGetTimestampTz(col(records, tup, 4, NULL));
	}

	/* absences: the kind on each of their days (copied, as the schedules) */
	stream_seek(absences, emp);
	while ((tup = stream_next_of(absences, emp)) != NULL)
	{
		int64		lo = Max((int64) DatumGetDateADT(col(absences, tup, 2, NULL)), (int64) c->from);
		int64		hi = Min((int64) DatumGetDateADT(col(absences, tup, 3, NULL)) - 1, (int64) c->to);
		Datum		kind;
		int64		d;

		if (hi < lo)
			continue;
		kind = datumCopy(col(absences, tup, 4, NULL), false, -1);
		for (d = lo; d <= hi; d++)
			c->absence[d - c->from] = kind;
	}
}

/*
 * The presence intervals of a day (its pairs) into spans, the times of day
 * measured from the day's local midnight; returns their number.
 */
static int
day_spans(CsCall *c, const CsDayAgg *a, DateADT day, CsSpan *spans)
{
	int			k;
	TimestampTz midnight = c->midnight[day - c->first];

	for (k = 0; k < a->npairs; k++)
	{
		TimestampTz t_in = c->pair_in[a->pair_first + k];
		TimestampTz t_out = c->pair_out[a->pair_first + k];
		CsSpan	   *s = &spans[k];

		/* time of day from the local midnight, 24:00 when after the day */
		s->len = t_out - t_in;
		s->usable = true;
		s->lo = t_in - midnight;
		s->hi = Min(t_out - midnight, USECS_PER_DAY);
	}
	return a->npairs;
}

/* The days of employee emp from max(from, employed_from), as rows. */
static void
employee_days(CsCall *c, int64 emp, DateADT employed_from, bool has_end, DateADT employed_to,
			  const CsWorkSchedule *own)
{
	DateADT		day;
	CsSpan	   *spans = NULL;
	int			maxspans = 0;

	for (day = Max(c->from, employed_from); day <= c->to; day++)
	{
		int			i = day - c->from;
		CsDayAgg   *a = &c->agg[day - c->first];
		CsDayFacts	f;
		Datum		values[12];
		bool		nulls[12] = {false};
		Interval	present = {0},
					worked = {0};
		bool		has_present = false;
		Timestamp	t_in = 0,
					t_out = 0;
		bool		has_in = false,
					has_out = false;
		unsigned	mask;

		memset(&f, 0, sizeof(f));
		if (has_end && day > employed_to)
			f.expected = EXP_DISMISSED;
		else if (!c->working[i])
			f.expected = EXP_DAY_OFF;
		else if (c->absence[i] != (Datum) 0)
			f.expected = EXP_ABSENT;
		else if (c->recalled[i])
			f.expected = EXP_RECALLED;
		else if (c->remote[i] && !c->office[i])
			f.expected = EXP_REMOTE;
		else
			f.expected = EXP_OFFICE;
		f.schedule = c->flexible[i] != NULL ? c->flexible[i] : own;
		f.day = day;
		f.has_limit = true;
		f.daily_limit = interval_usecs(&c->daily_limit[i]);
		f.has_tolerance = true;
		f.tolerance = c->tolerance[i];

		if (f.expected == EXP_DISMISSED)
		{
			/* outside the employment nothing is computed */
		}
		else if (f.expected == EXP_REMOTE)
		{
			/* on a remote day the remote worker's time record stands for the badge events (п. 9) */
			f.badged = a->used;
			f.unpaired = a->unpaired;
			f.recorded = c->recorded[i];
			if (f.recorded)
			{
				CsSpan		record;

				t_in = local_time(c->rec_start[i], c->body->tz);
				t_out = local_time(c->rec_end[i], c->body->tz);
				has_in = has_out = true;
				present = *DatumGetIntervalP(DirectFunctionCall2(timestamp_mi,
																 TimestampTzGetDatum(c->rec_end[i]),
																 TimestampTzGetDatum(c->rec_start[i])));
				has_present = true;
				span_of(day, t_in, t_out, &record);
				record.len = interval_usecs(&present);
				f.has_presence = true;
				f.worked = worked_usecs(true, f.schedule, &record, 1);
			}
		}
		else if (a->used)
		{
			f.badged = true;
			f.unpaired = a->unpaired;
			if (a->has_in)
			{
				t_in = local_time(a->first_in, c->body->tz);
				has_in = true;
			}
			if (a->has_out)
			{
				t_out = local_time(a->last_out, c->body->tz);
				has_out = true;
			}
			present.time = a->present;
			has_present = true;
			if (a->npairs > maxspans)
			{
				maxspans = Max(a->npairs, 8);
				spans = MemoryContextAlloc(c->emp_cxt, sizeof(CsSpan) * maxspans);
			}
			f.spans = spans;
			f.nspans = day_spans(c, a, day, spans);
			f.has_presence = true;
			f.worked = worked_usecs(false, f.schedule, f.spans, f.nspans);
		}
		f.has_times = has_in && has_out;
		f.t_in = t_in;
		f.t_out = t_out;
		worked.time = f.worked;

		mask = breach_mask(&f);
		if (c->breaches[mask] == NULL)
		{
			MemoryContext old = MemoryContextSwitchTo(c->cxt);

			c->breaches[mask] = breach_array(mask);
			MemoryContextSwitchTo(old);
		}

		values[0] = Int64GetDatum(c->body->id);
		values[1] = Int64GetDatum(emp);
		values[2] = DateADTGetDatum(day);
		values[3] = c->expected_text[f.expected];
		values[4] = PointerGetDatum(f.schedule);
		values[5] = TimestampGetDatum(t_in);
		nulls[5] = !has_in;
		values[6] = TimestampGetDatum(t_out);
		nulls[6] = !has_out;
		values[7] = IntervalPGetDatum(&present);
		nulls[7] = !has_present;
		/* an absent day counts no working time (п. 19: nor towards the week) */
		values[8] = IntervalPGetDatum(&worked);
		nulls[8] = !has_present || f.expected == EXP_ABSENT;
		values[9] = Int32GetDatum(f.unpaired);
		values[10] = PointerGetDatum(c->breaches[mask]);
		values[11] = c->absence[i];
		nulls[11] = f.expected == EXP_DISMISSED || c->absence[i] == (Datum) 0;
		tuplestore_putvalues(c->rsinfo->setResult, c->rsinfo->setDesc, values, nulls);
	}
}

/* All employees of the current body (or the one asked for), merged with their sources. */
static void
body_attendance(CsCall *c)
{
	CsStream	emps;
	CsRegimeSources src;
	CsEvents	events;
	HeapTuple	tup;
	Datum		from = DateADTGetDatum(c->from),
				to = DateADTGetDatum(c->to);

	/* recalls as far as a day around the period in UTC, as the local days need */
	open_source(c, &emps, SRC_EMPLOYEES, from, to);
	open_events(c, &events);
	open_source(c, &src.acts, SRC_ACTS, from, to);
	open_source(c, &src.recalls, SRC_RECALLS,
				TimestampTzGetDatum((TimestampTz) (c->from - 1) * USECS_PER_DAY),
				TimestampTzGetDatum((TimestampTz) (c->to + 2) * USECS_PER_DAY));
	open_source(c, &src.records, SRC_RECORDS, from, to);
	open_source(c, &src.office, SRC_OFFICE_DAYS, from, to);
	open_source(c, &src.absences, SRC_ABSENCES, from, to);

	while ((tup = stream_peek(&emps)) != NULL)
	{
		int64		emp = DatumGetInt64(col(&emps, tup, 1, NULL));
		DateADT		employed_from = DatumGetDateADT(col(&emps, tup, 2, NULL));
		bool		no_end,
					no_ws;
		DateADT		employed_to = DatumGetDateADT(col(&emps, tup, 3, &no_end));
		Datum		ws = col(&emps, tup, 4, &no_ws);
		CsWorkSchedule own;
		MemoryContext old;

		CHECK_FOR_INTERRUPTS();
		/* the employee's own schedule, else the body's */
		memcpy(&own, no_ws ? (void *) &c->body->schedule : DatumGetPointer(ws), sizeof(CsWorkSchedule));
		emps.pos++;

		old = MemoryContextSwitchTo(c->emp_cxt);
		employee_events(c, &events, emp);
		employee_regime(c, &src, emp);
		employee_days(c, emp, employed_from, !no_end, employed_to, &own);
		MemoryContextSwitchTo(old);
		MemoryContextReset(c->emp_cxt);
	}

	stream_close(&src.absences);
	stream_close(&src.office);
	stream_close(&src.records);
	stream_close(&src.recalls);
	stream_close(&src.acts);
	close_events(&events);
	stream_close(&emps);
}

/*
 * attendance(from_day, to_day, body [, employee]) — see attendance.sql. A
 * NULL body means every body; a NULL employee every employee.
 */
Datum
cs_attendance(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	CsCall		c;
	DateADT		from,
				to;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	/* a period with an unknown end has no days */
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	from = PG_GETARG_DATEADT(0);
	to = PG_GETARG_DATEADT(1);
	check_period(from, to);
	if (to < from)
		PG_RETURN_NULL();

	memset(&c, 0, sizeof(c));
	c.rsinfo = rsinfo;
	c.one = PG_NARGS() > 3 && !PG_ARGISNULL(3);
	c.employee = c.one ? PG_GETARG_INT64(3) : 0;
	/* the session limit is each body's (п. 20): set per body below */
	call_init(&c, from, to, 0, true);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	load_bodies(&c, PG_ARGISNULL(2), PG_ARGISNULL(2) ? 0 : PG_GETARG_INT64(2));
	for (i = 0; i < c.nbodies; i++)
	{
		c.max_session = interval_usecs(parameter_hours("attendance_max_session_hours", from, &c.bodies[i].id));
		/* the time out allowed during the fixed working time (п. 17.3, 20), each body's */
		for (int d = 0; d < c.nperiod; d++)
			c.tolerance[d] = parameter_minutes("attendance_absence_tolerance_minutes", from + d, c.bodies[i].id);
		body_init(&c, &c.bodies[i]);
		body_attendance(&c);
	}
	SPI_finish();
	MemoryContextDelete(c.cxt);
	PG_RETURN_NULL();
}

/*
 * event_days(from_day, to_day, body, max_session) → (state_body_id,
 * employee_id, day, first_in, last_out, present, unpaired, events) of the
 * days of [from_day, to_day] with badge events; first_in and last_out in the
 * body's local time.
 */
Datum
cs_event_days(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	CsCall		c;
	DateADT		from,
				to;
	int64		max_session;
	int			i;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(3))
		ereport(ERROR,
				errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				errmsg("event_days needs from_day, to_day and max_session"),
				errdetail("Only body may be NULL, for every body."),
				errhint("Give the period and the longest presence counted as one."));
	from = PG_GETARG_DATEADT(0);
	to = PG_GETARG_DATEADT(1);
	max_session = interval_usecs(PG_GETARG_INTERVAL_P(3));
	InitMaterializedSRF(fcinfo, 0);
	check_period(from, to);
	if (to < from)
		PG_RETURN_NULL();

	memset(&c, 0, sizeof(c));
	c.rsinfo = rsinfo;
	call_init(&c, from, to, max_session, false);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	load_bodies(&c, PG_ARGISNULL(2), PG_ARGISNULL(2) ? 0 : PG_GETARG_INT64(2));
	for (i = 0; i < c.nbodies; i++)
	{
		CsEvents	events;
		int64		emp = 0;

		body_init(&c, &c.bodies[i]);
		open_events(&c, &events);
		while (events_employee(&events, &emp))
		{
			int			d;

			CHECK_FOR_INTERRUPTS();
			employee_events(&c, &events, emp);
			for (d = from - c.first; d <= to - c.first; d++)
			{
				CsDayAgg   *a = &c.agg[d];
				Datum		values[8];
				bool		nulls[8] = {false};
				Interval	present;

				if (!a->used)
					continue;
				memset(&present, 0, sizeof(present));
				present.time = a->present;
				values[0] = Int64GetDatum(c.body->id);
				values[1] = Int64GetDatum(emp);
				values[2] = DateADTGetDatum(c.first + d);
				values[3] = TimestampGetDatum(a->has_in ? local_time(a->first_in, c.body->tz) : 0);
				nulls[3] = !a->has_in;
				values[4] = TimestampGetDatum(a->has_out ? local_time(a->last_out, c.body->tz) : 0);
				nulls[4] = !a->has_out;
				values[5] = IntervalPGetDatum(&present);
				values[6] = Int32GetDatum(a->unpaired);
				values[7] = Int32GetDatum(a->events);
				tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
			}
		}
		close_events(&events);
	}
	SPI_finish();
	MemoryContextDelete(c.cxt);
	PG_RETURN_NULL();
}

/* Orders spans: usable ones by entry, then the others. */
static int
span_cmp(const void *a, const void *b)
{
	const CsSpan *x = (const CsSpan *) a,
			   *y = (const CsSpan *) b;

	if (x->usable != y->usable)
		return x->usable ? -1 : 1;
	if (!x->usable || x->lo == y->lo)
		return 0;
	return x->lo < y->lo ? -1 : 1;
}

/*
 * The presence intervals given to day_worked() and day_breaches(): a
 * one-dimensional tsrange[] in local time; NULL and empty elements are
 * skipped; every other one must be bounded and finite. Day unknown: no
 * interval is usable (each counts its length).
 */
static int
spans_of_array(ArrayType *arr, bool has_day, DateADT day, CsSpan **out)
{
	TypeCacheEntry *tc;
	Datum	   *elems;
	bool	   *enulls;
	int			n,
				i,
				k = 0;
	CsSpan	   *spans;

	if (ARR_ELEMTYPE(arr) != TSRANGEOID || ARR_NDIM(arr) > 1)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("presence must be a one-dimensional array of tsrange"),
				errhint("Give the day's presence intervals as ARRAY[tsrange(entry, exit), ...] in local time."));
	deconstruct_array(arr, TSRANGEOID, -1, false, TYPALIGN_DOUBLE, &elems, &enulls, &n);
	tc = lookup_type_cache(TSRANGEOID, TYPECACHE_RANGE_INFO);
	spans = palloc(sizeof(CsSpan) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		RangeBound	lo,
					hi;
		bool		empty;
		Timestamp	t_in,
					t_out;

		if (enulls[i])
			continue;
		range_deserialize(tc, DatumGetRangeTypeP(elems[i]), &lo, &hi, &empty);
		if (empty)
			continue;
		t_in = lo.infinite ? DT_NOBEGIN : DatumGetTimestamp(lo.val);
		t_out = hi.infinite ? DT_NOEND : DatumGetTimestamp(hi.val);
		if (TIMESTAMP_NOT_FINITE(t_in) || TIMESTAMP_NOT_FINITE(t_out))
		{
			Oid			out_fn;
			bool		varlena;

			getTypeOutputInfo(TSRANGEOID, &out_fn, &varlena);
			ereport(ERROR,
					errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					errmsg("a presence interval must be bounded: %s",
						   OidOutputFunctionCall(out_fn, elems[i])),
					errdetail("Each interval is an entry and the exit that closes it."),
					errhint("Leave out an entry without its exit."));
		}
		if (has_day)
			span_of(day, t_in, t_out, &spans[k]);
		else
		{
			spans[k].len = t_out - t_in;
			spans[k].usable = false;
		}
		k++;
	}
	qsort(spans, k, sizeof(CsSpan), span_cmp);
	*out = spans;
	return k;
}

/*
 * day_worked(expected, schedule, day, presence): the working time of a day
 * from its presence intervals (see worked_usecs). NULL presence: NULL.
 */
Datum
cs_day_worked(PG_FUNCTION_ARGS)
{
	CsSpan	   *spans;
	int			n;
	bool		remote;
	Interval   *r;

	if (PG_ARGISNULL(3))
		PG_RETURN_NULL();
	n = spans_of_array(PG_GETARG_ARRAYTYPE_P(3), !PG_ARGISNULL(2), PG_ARGISNULL(2) ? 0 : PG_GETARG_DATEADT(2), &spans);
	remote = !PG_ARGISNULL(0) && strcmp(text_to_cstring(PG_GETARG_TEXT_PP(0)), "remote") == 0;
	r = palloc0(sizeof(Interval));
	r->time = worked_usecs(remote, PG_ARGISNULL(1) ? NULL : (const CsWorkSchedule *) PG_GETARG_POINTER(1), spans, n);
	PG_RETURN_INTERVAL_P(r);
}

/*
 * day_breaches(expected, schedule, day, first_in, last_out, presence,
 * daily_limit, tolerance, unpaired, badged, recorded) → the codes of
 * breach_kind for a day, in a fixed order.
 */
Datum
cs_day_breaches(PG_FUNCTION_ARGS)
{
	CsDayFacts	f;

	memset(&f, 0, sizeof(f));
	f.expected = PG_ARGISNULL(0) ? EXP_OTHER : expected_of(text_to_cstring(PG_GETARG_TEXT_PP(0)));
	f.schedule = PG_ARGISNULL(1) ? NULL : (const CsWorkSchedule *) PG_GETARG_POINTER(1);
	if (!PG_ARGISNULL(2))
		f.day = PG_GETARG_DATEADT(2);
	f.has_times = !PG_ARGISNULL(2) && !PG_ARGISNULL(3) && !PG_ARGISNULL(4);
	if (f.has_times)
	{
		f.t_in = PG_GETARG_TIMESTAMP(3);
		f.t_out = PG_GETARG_TIMESTAMP(4);
	}
	if (!PG_ARGISNULL(5))
	{
		CsSpan	   *spans;

		f.nspans = spans_of_array(PG_GETARG_ARRAYTYPE_P(5), !PG_ARGISNULL(2), f.day, &spans);
		f.spans = spans;
		f.has_presence = true;
		f.worked = worked_usecs(f.expected == EXP_REMOTE, f.schedule, spans, f.nspans);
	}
	f.has_limit = !PG_ARGISNULL(6);
	if (f.has_limit)
		f.daily_limit = interval_usecs(PG_GETARG_INTERVAL_P(6));
	f.has_tolerance = !PG_ARGISNULL(7);
	if (f.has_tolerance)
		f.tolerance = interval_usecs(PG_GETARG_INTERVAL_P(7));
	f.unpaired = PG_ARGISNULL(8) ? 0 : PG_GETARG_INT32(8);
	f.badged = !PG_ARGISNULL(9) && PG_GETARG_BOOL(9);
	f.recorded = !PG_ARGISNULL(10) && PG_GETARG_BOOL(10);
	PG_RETURN_ARRAYTYPE_P(breach_array(breach_mask(&f)));
}
