/*
 * calendar.c — the Kazakh production calendar engine.
 *
 * The effective calendar of a year is computed from three kinds of data
 * (src/calendar/calendar.sql): the weekend days of the calendar, holidays
 * defined by rule, and dated entries (religious days off, transfers by
 * decree). The order of application is the law's:
 *
 *   1. weekend days are days off;
 *   2. dated days off (Kurban Ait, a weekday made a day off) are days off;
 *   3. holidays by rule are days off; a state or national holiday falling on
 *      a weekend day moves the day off to the next working day (Labour Code,
 *      art. 85); religious days off never move;
 *   4. a weekend day made a working day by decree is a working day, whatever
 *      was computed before (2020: the day carried over from 9 May was worked).
 *
 * Only the rows in force are read: the *_in_force views apply the precedence
 * of a body's own rows over the shipped ones, so it is written once.
 *
 * Each backend caches, per calendar, the number of working days before each
 * covered day and the position of every working day: counting is two loads
 * and an offset of n working days three, with no search.
 *
 * The cache is the calendar as last committed, whatever the isolation level
 * of the caller: it is law, not a record read under the transaction's
 * snapshot. So
 *   - it is built under a snapshot taken at build time, never the
 *     transaction's (a REPEATABLE READ snapshot may predate a committed
 *     transfer of a day off);
 *   - a trigger on the calendar tables sends a relcache invalidation of
 *     civilservice.calendar at commit, and applies it at once in the
 *     changing transaction (a rolled-back change is never seen); the
 *     callback below only bumps a counter, and the next call resets the
 *     cache, never while a caller may be using it;
 *   - the first call of each statement takes in the invalidations other
 *     backends have sent (a statement that only calls our functions locks no
 *     table, so the server would not take them in for us);
 *   - a cache built while an invalidation arrived is used by that call only,
 *     never kept as current.
 * Per call, the validity check is a comparison of counters (and of the
 * statement's start time).
 */
#include "postgres.h"
#include "common/compat.h"

#include "catalog/pg_trigger.h"
#include <limits.h>

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "catalog/pg_class.h"

#include "calendar/calendar.h"
#include "common/trigger_check.h"
#include "common/schema.h"

#define CS_SCHEMA "civilservice"

/* Why a day is what it is (step of the algorithm above). */
typedef enum DayKind
{
	DAY_WORKING = 0,
	DAY_WEEKEND,
	DAY_HOLIDAY,				/* holiday by rule */
	DAY_RELIGIOUS,				/* religious day off, never moved */
	DAY_CARRIED,				/* day off carried over from a weekend holiday */
	DAY_DECREE_OFF,				/* a working day made a day off */
	DAY_DECREE_WORKING			/* a day off made a working day */
} DayKind;

typedef struct DayInfo
{
	DayKind		kind;
	const char *reason;			/* NULL: plain working day or weekend */
	const char *source;
} DayInfo;

typedef struct Calendar
{
	char		code[NAMEDATALEN];
	int			code_len;
	int			first_year;
	int			last_year;
	DateADT		first;			/* 1 January of first_year */
	int32		ndays;
	int32		nwork;
	int32	   *before;			/* working days in [first, first + i), i = 0..ndays */
	int32	   *work_pos;		/* offset of the k-th working day */
} Calendar;

typedef struct RuleParam
{
	char		name[NAMEDATALEN];
	DateADT		valid_from;
	Numeric		value;
} RuleParam;

/* A state body's own value of a parameter of its policy (body_rule_parameter). */
typedef struct BodyParam
{
	int64		body;
	char		name[NAMEDATALEN];
	DateADT		valid_from;
	Numeric		value;
} BodyParam;

/* Everything below lives in cache_cxt and is dropped on invalidation. */
static MemoryContext cache_cxt = NULL;
static Calendar **calendars = NULL;
static int	ncalendars = 0;
static int	maxcalendars = 0;
static Calendar *last_calendar = NULL;
static RuleParam *params = NULL;
static int	nparams = -1;		/* -1: not loaded */
static BodyParam *body_params = NULL;
static int	nbody_params = -1;	/* -1: not loaded */

/*
 * inval_counter counts the invalidations taken in; cache_counter is its value
 * when the cache was last known current (0: never, rebuild at the next call).
 * cache_generation changes at each reset, so a call site can keep the
 * calendar it found as long as the generation is the same.
 */
static uint64 inval_counter = 1;
static uint64 cache_counter = 0;
static uint64 cache_generation = 1;
static TimestampTz checked_statement = 0;
static Oid	calendar_relid = InvalidOid;

static void
cs_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == calendar_relid)
		inval_counter++;
}

void
cs_calendar_init(void)
{
	CacheRegisterRelcacheCallback(cs_relcache_callback, (Datum) 0);
}

static Oid
lookup_calendar_relid(void)
{
	return cs_schema_relid("calendar");
}

static void
cache_reset(void)
{
	if (cache_cxt == NULL)
		cache_cxt = AllocSetContextCreate(CacheMemoryContext,
										  "civilservice calendar cache",
										  ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(cache_cxt);
	calendars = NULL;
	ncalendars = maxcalendars = 0;
	last_calendar = NULL;
	params = NULL;
	nparams = -1;
	body_params = NULL;
	nbody_params = -1;
	cache_generation++;
	/* before reading anything, so that a change during the build is noticed */
	cache_counter = inval_counter;
	calendar_relid = lookup_calendar_relid();
}

static inline void
cache_check(void)
{
	TimestampTz stmt = GetCurrentStatementStartTimestamp();

	if (unlikely(stmt != checked_statement))
	{
		checked_statement = stmt;
		AcceptInvalidationMessages();
	}
	if (likely(cache_counter == inval_counter))
		return;
	cache_reset();
}

/*
 * After a build: if an invalidation arrived since the cache was last known
 * current (during the build, say, while the tables were locked), what was
 * built may predate a commit. The caller uses it for this call; the next
 * call resets the cache.
 */
static inline void
cache_built(void)
{
	if (cache_counter != inval_counter)
		cache_counter = 0;
}

/*
 * A snapshot taken now, for a build. The transaction's snapshot may be older
 * than a committed change (REPEATABLE READ). GetLatestSnapshot() is refused
 * in parallel mode, where these functions run too (they are PARALLEL SAFE);
 * the catalog snapshot of a table with no system cache is taken anew, in any
 * mode, and like any MVCC snapshot sees the changes of the transaction's
 * earlier commands.
 */
static Snapshot
latest_snapshot(void)
{
	InvalidateCatalogSnapshot();
	return RegisterSnapshot(GetCatalogSnapshot(calendar_relid));
}

/* ---------------------------------------------------------------------
 * Queries, planned once per backend. Every name is schema-qualified and
 * every operator is pg_catalog's, whatever the caller's search_path.
 * --------------------------------------------------------------------- */

typedef enum CsQuery
{
	Q_CALENDAR,
	Q_ENTRIES,
	Q_RULES,
	Q_PARAMS,
	Q_BODY_PARAMS,
	NUM_QUERIES
} CsQuery;

static const char *const query_text[NUM_QUERIES] = {
	"SELECT weekend, first_year, last_year, weekend_source FROM " CS_SCHEMA ".calendar_in_force "
	"WHERE code OPERATOR(pg_catalog.=) $1",
	"SELECT day, kind, name, source FROM " CS_SCHEMA ".calendar_entry_in_force "
	"WHERE calendar_code OPERATOR(pg_catalog.=) $1 "
	"AND day OPERATOR(pg_catalog.>=) $2 AND day OPERATOR(pg_catalog.<) $3",
	"SELECT month, day, name, kind OPERATOR(pg_catalog.=) 'religious', source, first_year, last_year "
	"FROM " CS_SCHEMA ".holiday_rule_in_force WHERE calendar_code OPERATOR(pg_catalog.=) $1 ORDER BY id",
	"SELECT name, valid_from, value FROM " CS_SCHEMA ".rule_parameter_in_force ORDER BY valid_from",
	"SELECT state_body_id, name, valid_from, value FROM " CS_SCHEMA ".body_rule_parameter "
	"ORDER BY state_body_id, name, valid_from",
};
static const int query_nargs[NUM_QUERIES] = {1, 3, 1, 0, 0};
static SPIPlanPtr query_plan[NUM_QUERIES];

/* Run query q under snapshot snap; SPI must be connected. */
static uint64
run_query(CsQuery q, Datum *args, Snapshot snap)
{
	static Oid	argtypes[3] = {TEXTOID, DATEOID, DATEOID};
	int			rc;

	if (query_plan[q] == NULL)
	{
		SPIPlanPtr	plan = SPI_prepare(query_text[q], query_nargs[q], argtypes);

		if (plan == NULL)
			elog(ERROR, "could not plan a query of the production calendar: %s",
				 SPI_result_code_string(SPI_result));
		if (SPI_keepplan(plan) != 0)
			elog(ERROR, "could not keep a plan of the production calendar");
		query_plan[q] = plan;
	}
	rc = SPI_execute_snapshot(query_plan[q], args, NULL, snap, InvalidSnapshot, true, false, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "could not read the production calendar: %s", SPI_result_code_string(rc));
	return SPI_processed;
}

/* ---------------------------------------------------------------------
 * Date helpers
 * --------------------------------------------------------------------- */

static DateADT
ymd_to_date(int y, int m, int d)
{
	return date2j(y, m, d) - POSTGRES_EPOCH_JDATE;
}

/* ISO day of week, 1 = Monday .. 7 = Sunday */
static int
iso_dow(DateADT d)
{
	int			dow = j2day(d + POSTGRES_EPOCH_JDATE);

	return dow == 0 ? 7 : dow;
}

static char *
date_text(DateADT d)
{
	return DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(d)));
}

static char *
date_ru(DateADT d)
{
	int			y,
				m,
				dd;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	return psprintf("%02d.%02d.%04d", dd, m, y);
}

/* ---------------------------------------------------------------------
 * Computing the effective calendar
 * --------------------------------------------------------------------- */

typedef struct CalendarRow
{
	bool		weekend[8];		/* by ISO day of week */
	int			first_year;
	int			last_year;
	char	   *source;			/* of the weekend days */
} CalendarRow;

typedef struct HolidayHit
{
	int32		off;			/* offset in the extended range */
	int			rule;			/* order of the rule (by id) */
	bool		religious;
	const char *name;
	const char *source;
} HolidayHit;

static int
holiday_hit_cmp(const void *a, const void *b)
{
	const HolidayHit *x = a;
	const HolidayHit *y = b;

	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->rule - y->rule;
}

static void
calendar_not_found(const char *code)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("production calendar \"%s\" does not exist", code),
			 errhint("Calendars are rows of civilservice.calendar; the national one is \"kz\".")));
}

static Datum
get_col(int col, bool *isnull)
{
	return SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, col, isnull);
}

/* Read the calendar in force; SPI must be connected. */
static void
read_calendar_row(const char *code, CalendarRow *row, Snapshot snap, MemoryContext out)
{
	Datum		arg = CStringGetTextDatum(code);
	bool		isnull[3];
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;

	if (run_query(Q_CALENDAR, &arg, snap) == 0)
		calendar_not_found(code);

	memset(row->weekend, 0, sizeof(row->weekend));
	arr = DatumGetArrayTypeP(get_col(1, &isnull[0]));
	row->first_year = DatumGetInt32(get_col(2, &isnull[1]));
	row->last_year = DatumGetInt32(get_col(3, &isnull[2]));
	/* the constraints of the tables guarantee these; never compute from less */
	if (isnull[0] || isnull[1] || isnull[2] ||
		row->first_year < 1991 || row->last_year < row->first_year ||
		row->last_year > row->first_year + 199)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("production calendar \"%s\" in force has no valid weekend or years", code),
				 errhint("Check the calendar and its revision in civilservice.calendar_in_force.")));
	if (ARR_ELEMTYPE(arr) != INT2OID)
		elog(ERROR, "weekend of production calendar \"%s\" is not a smallint[]", code);
	deconstruct_array(arr, INT2OID, 2, true, TYPALIGN_SHORT, &elems, &nulls, &nelems);
	for (int i = 0; i < nelems; i++)
	{
		int			dow = nulls[i] ? 0 : DatumGetInt16(elems[i]);

		if (dow >= 1 && dow <= 7)
			row->weekend[dow] = true;
	}
	row->source = MemoryContextStrdup(out, SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4));
}

/*
 * Compute the effective calendar of code over its covered years, as in force
 * now. Returns an array of row->last_year - row->first_year + 1 years of
 * DayInfo starting at 1 January of first_year, allocated (with its strings)
 * in out. The year before first_year is computed too, so that a holiday
 * carried over from it lands right, then dropped.
 */
static DayInfo *
compute_calendar(const char *code, CalendarRow *row, int32 *ndays_out, MemoryContext out)
{
	Snapshot	snap;
	DateADT		ext_first;
	int32		ext_n;
	int32		skip;
	int			ext_first_year;
	DayInfo    *days;
	Datum		args[3];
	HolidayHit *hits;
	int			nhits = 0;
	int			maxhits;
	uint64		nrows;
	int32	   *decree_working;
	DayInfo    *decree;
	int			ndecree = 0;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	snap = latest_snapshot();
	read_calendar_row(code, row, snap, out);

	ext_first_year = row->first_year - 1;
	ext_first = ymd_to_date(ext_first_year, 1, 1);
	ext_n = ymd_to_date(row->last_year + 1, 1, 1) - ext_first;
	skip = ymd_to_date(row->first_year, 1, 1) - ext_first;

	days = MemoryContextAllocZero(out, sizeof(DayInfo) * ext_n);

	/* 1. weekend days */
	for (int32 i = 0; i < ext_n; i++)
		days[i].kind = row->weekend[iso_dow(ext_first + i)] ? DAY_WEEKEND : DAY_WORKING;

	/* 2. dated days off; working days made by decree are kept for step 4 */
	args[0] = CStringGetTextDatum(code);
	args[1] = DateADTGetDatum(ext_first);
	args[2] = DateADTGetDatum(ext_first + ext_n);
	nrows = run_query(Q_ENTRIES, args, snap);
	decree_working = palloc(sizeof(int32) * (nrows + 1));
	for (uint64 i = 0; i < nrows; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		DateADT		d = DatumGetDateADT(SPI_getbinval(tup, desc, 1, &isnull));
		char	   *kind = SPI_getvalue(tup, desc, 2);
		int32		off = d - ext_first;

		if (isnull || kind == NULL || off < 0 || off >= ext_n)
			continue;			/* the query and the constraints rule these out */
		if (strcmp(kind, "working_day") == 0)
		{
			decree_working[ndecree++] = (int32) i;
			continue;
		}
		days[off].kind = strcmp(kind, "religious_day_off") == 0 ? DAY_RELIGIOUS : DAY_DECREE_OFF;
		days[off].reason = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 3));
		days[off].source = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 4));
	}

	/* 4 (read now, applied below): days made working by decree */
	decree = MemoryContextAlloc(out, sizeof(DayInfo) * (ndecree + 1));
	for (int k = 0; k < ndecree; k++)
	{
		HeapTuple	tup = SPI_tuptable->vals[decree_working[k]];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;

		decree_working[k] = DatumGetDateADT(SPI_getbinval(tup, desc, 1, &isnull)) - ext_first;
		decree[k].kind = DAY_DECREE_WORKING;
		decree[k].reason = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 3));
		decree[k].source = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 4));
	}

	/* 3. holidays by rule, in date order, carried over from weekends */
	nrows = run_query(Q_RULES, args, snap);
	maxhits = (int) nrows * (row->last_year - ext_first_year + 1) + 1;
	hits = MemoryContextAlloc(out, sizeof(HolidayHit) * maxhits);
	for (uint64 i = 0; i < nrows; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		bool		open_ended;
		int			m = DatumGetInt16(SPI_getbinval(tup, desc, 1, &isnull));
		int			dd = DatumGetInt16(SPI_getbinval(tup, desc, 2, &isnull));
		char	   *name = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 3));
		bool		religious = DatumGetBool(SPI_getbinval(tup, desc, 4, &isnull));
		char	   *source = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 5));
		int			from = DatumGetInt32(SPI_getbinval(tup, desc, 6, &isnull));
		int			to = DatumGetInt32(SPI_getbinval(tup, desc, 7, &open_ended));

		if (open_ended || to > row->last_year)
			to = row->last_year;
		if (from < ext_first_year)
			from = ext_first_year;
		if (m < 1 || m > 12)
			continue;			/* the constraints rule this out */
		for (int y = from; y <= to; y++)
		{
			if (dd < 1 || dd > day_tab[isleap(y)][m - 1])
				continue;		/* 29 February of a common year */
			hits[nhits].off = ymd_to_date(y, m, dd) - ext_first;
			hits[nhits].rule = (int) i;
			hits[nhits].name = name;
			hits[nhits].religious = religious;
			hits[nhits].source = source;
			nhits++;
		}
	}
	qsort(hits, nhits, sizeof(HolidayHit), holiday_hit_cmp);

	/* all holidays are days off first, so a carried day never lands on one */
	for (int i = 0; i < nhits; i++)
	{
		DayInfo    *di = &days[hits[i].off];

		if (di->kind != DAY_WORKING && di->kind != DAY_WEEKEND)
		{
			hits[i].off = -1;	/* the day is off already for another reason */
			continue;
		}
		di->kind = hits[i].religious ? DAY_RELIGIOUS : DAY_HOLIDAY;
		di->reason = hits[i].name;
		di->source = hits[i].source;
	}
	for (int i = 0; i < nhits; i++)
	{
		int32		off = hits[i].off;
		int32		t;

		if (off < 0 || hits[i].religious || !row->weekend[iso_dow(ext_first + off)])
			continue;
		for (t = off + 1; t < ext_n; t++)
			if (days[t].kind == DAY_WORKING)
				break;
		if (t >= ext_n)
			continue;
		days[t].kind = DAY_CARRIED;
		days[t].reason = MemoryContextStrdup(out,
											 psprintf("Перенос праздничного дня: %s (%s)",
													  hits[i].name, date_ru(ext_first + off)));
		days[t].source = MemoryContextStrdup(out,
											 psprintf("Трудовой кодекс РК, ст. 85 (перенос выходного дня при совпадении с праздничным); %s",
													  hits[i].source));
	}

	/* 4. days made working by decree override everything computed */
	for (int k = 0; k < ndecree; k++)
		days[decree_working[k]] = decree[k];

	/* weekend days keep the calendar's own source */
	for (int32 i = 0; i < ext_n; i++)
		if (days[i].kind == DAY_WEEKEND)
			days[i].source = row->source;

	UnregisterSnapshot(snap);
	SPI_finish();

	*ndays_out = ext_n - skip;
	return days + skip;
}

static inline bool
day_is_working(DayKind k)
{
	return k == DAY_WORKING || k == DAY_DECREE_WORKING;
}

/* Build the cache entry of a calendar; cache_check() must have run. */
static Calendar *
build_calendar(const char *code)
{
	MemoryContext tmp = AllocSetContextCreate(CurrentMemoryContext,
											  "civilservice calendar build",
											  ALLOCSET_DEFAULT_SIZES);
	CalendarRow row;
	DayInfo    *days;
	int32		ndays;
	Calendar   *cal;
	int32		k;

	days = compute_calendar(code, &row, &ndays, tmp);

	cal = MemoryContextAllocZero(cache_cxt, sizeof(Calendar));
	strlcpy(cal->code, code, NAMEDATALEN);
	cal->code_len = strlen(code);
	cal->first_year = row.first_year;
	cal->last_year = row.last_year;
	cal->first = ymd_to_date(row.first_year, 1, 1);
	cal->ndays = ndays;
	cal->before = MemoryContextAlloc(cache_cxt, sizeof(int32) * (ndays + 1));
	cal->work_pos = MemoryContextAlloc(cache_cxt, sizeof(int32) * (ndays + 1));

	k = 0;
	for (int32 i = 0; i < ndays; i++)
	{
		cal->before[i] = k;
		if (day_is_working(days[i].kind))
			cal->work_pos[k++] = i;
	}
	cal->before[ndays] = k;
	cal->nwork = k;

	MemoryContextDelete(tmp);

	if (ncalendars == maxcalendars)
	{
		maxcalendars = maxcalendars ? maxcalendars * 2 : 4;
		calendars = calendars
			? repalloc(calendars, sizeof(Calendar *) * maxcalendars)
			: MemoryContextAlloc(cache_cxt, sizeof(Calendar *) * maxcalendars);
	}
	calendars[ncalendars++] = cal;
	cache_built();
	return cal;
}

/* The cached calendar of a code, built when missing; cache_check() must have run. */
static Calendar *
find_calendar(const char *code, int len)
{
	char		buf[NAMEDATALEN];

	if (last_calendar && last_calendar->code_len == len &&
		memcmp(last_calendar->code, code, len) == 0)
		return last_calendar;
	for (int i = 0; i < ncalendars; i++)
	{
		if (calendars[i]->code_len == len && memcmp(calendars[i]->code, code, len) == 0)
			return last_calendar = calendars[i];
	}
	if (len >= NAMEDATALEN || memchr(code, '\0', len) != NULL)
		calendar_not_found(pnstrdup(code, Min(len, NAMEDATALEN)));
	memcpy(buf, code, len);
	buf[len] = '\0';
	return last_calendar = build_calendar(buf);
}

static inline Calendar *
get_calendar(const char *code, int len)
{
	cache_check();
	return find_calendar(code, len);
}

/* ---------------------------------------------------------------------
 * Counting
 * --------------------------------------------------------------------- */

static void
out_of_calendar(Calendar *cal, DateADT d)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("date %s is outside production calendar \"%s\"", date_text(d), cal->code),
			 errdetail("Calendar \"%s\" covers the years %d to %d.",
					   cal->code, cal->first_year, cal->last_year),
			 errhint("Load the holidays and transfers of that year, then widen the years of the calendar (for a shipped calendar, in civilservice.calendar_revision).")));
}

/* Offset of d, which may be one past the last covered day when allow_end. */
static inline int32
day_offset(Calendar *cal, DateADT d, bool allow_end)
{
	int64		off;

	if (DATE_NOT_FINITE(d))
		out_of_calendar(cal, d);
	off = (int64) d - cal->first;
	if (off < 0 || off > cal->ndays || (off == cal->ndays && !allow_end))
		out_of_calendar(cal, d);
	return (int32) off;
}

static inline bool
cal_is_working(Calendar *cal, DateADT d)
{
	int32		off = day_offset(cal, d, false);

	return cal->before[off + 1] != cal->before[off];
}

static DateADT
cal_add_working(Calendar *cal, DateADT d, int64 n)
{
	int32		off = day_offset(cal, d, false);
	int64		k;

	if (n > 0)
		k = (int64) cal->before[off + 1] + n - 1;
	else
		k = (int64) cal->before[off] + n;

	if (k < 0 || k >= cal->nwork)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%lld working days from %s is outside production calendar \"%s\"",
						(long long) n, date_text(d), cal->code),
				 errdetail("Calendar \"%s\" covers the years %d to %d.",
						   cal->code, cal->first_year, cal->last_year),
				 errhint("Load the holidays and transfers of the years concerned, then widen the years of the calendar (for a shipped calendar, in civilservice.calendar_revision).")));
	return cal->first + cal->work_pos[k];
}

static inline int32
cal_count_working(Calendar *cal, DateADT a, DateADT b)
{
	int32		oa = day_offset(cal, a, true);
	int32		ob = day_offset(cal, b, true);

	return cal->before[ob] - cal->before[oa];
}

bool
cs_is_working(const char *code, int len, DateADT d)
{
	return cal_is_working(get_calendar(code, len), d);
}

DateADT
cs_add_working(const char *code, int len, DateADT d, int64 n)
{
	return cal_add_working(get_calendar(code, len), d, n);
}

int32
cs_count_working(const char *code, int len, DateADT a, DateADT b)
{
	return cal_count_working(get_calendar(code, len), a, b);
}

/* ---------------------------------------------------------------------
 * Rule parameters (effective-dated)
 * --------------------------------------------------------------------- */

static void
load_params(void)
{
	Snapshot	snap;
	uint64		nrows;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	snap = latest_snapshot();
	nrows = run_query(Q_PARAMS, NULL, snap);
	params = MemoryContextAllocZero(cache_cxt, sizeof(RuleParam) * (nrows + 1));
	for (uint64 i = 0; i < nrows; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		value;
		MemoryContext oldcxt;

		strlcpy(params[i].name, SPI_getvalue(tup, desc, 1), NAMEDATALEN);
		params[i].valid_from = DatumGetDateADT(SPI_getbinval(tup, desc, 2, &isnull));
		value = SPI_getbinval(tup, desc, 3, &isnull);
		oldcxt = MemoryContextSwitchTo(cache_cxt);
		params[i].value = DatumGetNumericCopy(value);
		MemoryContextSwitchTo(oldcxt);
	}
	nparams = (int) nrows;
	UnregisterSnapshot(snap);
	SPI_finish();
	cache_built();
}

/*
 * Value of a rule parameter in force on a date (rows ordered by valid_from:
 * the last one not after the date), as a copy in the caller's context.
 */
Numeric
cs_rule_parameter(const char *name, DateADT on_date)
{
	RuleParam  *found = NULL;
	RuleParam  *earliest = NULL;

	cache_check();
	if (nparams < 0)
		load_params();
	for (int i = 0; i < nparams; i++)
	{
		if (strcmp(params[i].name, name) != 0)
			continue;
		if (earliest == NULL)
			earliest = &params[i];
		if (params[i].valid_from <= on_date)
			found = &params[i];
	}
	if (found == NULL)
	{
		if (earliest == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("rule parameter \"%s\" does not exist", name),
					 errhint("Rule parameters are rows of civilservice.rule_parameter.")));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("no value of rule parameter \"%s\" is in force on %s", name, date_text(on_date)),
				 errdetail("The earliest value is in force from %s.", date_text(earliest->valid_from)),
				 errhint("Add a row to civilservice.rule_parameter with an earlier valid_from.")));
	}
	return DatumGetNumericCopy(NumericGetDatum(found->value));
}

/*
 * The state bodies' own values (civilservice.body_rule_parameter, a record
 * table created by create_records(): absent before it, then no rows). Read
 * like the rest of the cache: the latest committed rows (and the changing
 * transaction's own), whatever the caller's isolation level, dropped by the
 * same invalidation (the table's trigger calls calendar_invalidate()). Read
 * as the table's owner, as a foreign key check reads: every backend caches
 * the same rows, whoever asked first, and row-level security on the table
 * cannot make one caller's view the cache of all.
 */
static void
load_body_params(void)
{
	Oid			relid = cs_schema_relid("body_rule_parameter");
	HeapTuple	reltup;
	Oid			owner;
	Oid			save_user;
	int			save_sec;
	Snapshot	snap;
	uint64		nrows;

	if (!OidIsValid(relid))
	{
		nbody_params = 0;
		return;
	}
	reltup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(reltup))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(reltup))->relowner;
	ReleaseSysCache(reltup);

	GetUserIdAndSecContext(&save_user, &save_sec);
	SetUserIdAndSecContext(owner, save_sec | SECURITY_LOCAL_USERID_CHANGE | SECURITY_NOFORCE_RLS);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	snap = latest_snapshot();
	nrows = run_query(Q_BODY_PARAMS, NULL, snap);
	body_params = MemoryContextAllocZero(cache_cxt, sizeof(BodyParam) * (nrows + 1));
	for (uint64 i = 0; i < nrows; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		value;
		MemoryContext oldcxt;

		body_params[i].body = DatumGetInt64(SPI_getbinval(tup, desc, 1, &isnull));
		strlcpy(body_params[i].name, SPI_getvalue(tup, desc, 2), NAMEDATALEN);
		body_params[i].valid_from = DatumGetDateADT(SPI_getbinval(tup, desc, 3, &isnull));
		value = SPI_getbinval(tup, desc, 4, &isnull);
		oldcxt = MemoryContextSwitchTo(cache_cxt);
		body_params[i].value = DatumGetNumericCopy(value);
		MemoryContextSwitchTo(oldcxt);
	}
	nbody_params = (int) nrows;
	UnregisterSnapshot(snap);
	SPI_finish();
	SetUserIdAndSecContext(save_user, save_sec);
	cache_built();
}

/*
 * Value of a rule parameter in force on a date for a state body: the body's
 * own value with the latest valid_from not after the date, if it has one
 * (from its valid_from until its next row, whatever the national value does
 * meanwhile); else the national value (cs_rule_parameter). A copy in the
 * caller's context.
 */
Numeric
cs_rule_parameter_body(const char *name, DateADT on_date, int64 body)
{
	BodyParam  *found = NULL;

	if (name == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("a rule parameter needs its name")));
	if (DATE_NOT_FINITE(on_date))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("rule parameter \"%s\" has no value on an infinite date", name)));
	cache_check();
	if (nbody_params < 0)
		load_body_params();
	/* rows in order of body, name, valid_from: the last one not after the date */
	for (int i = 0; i < nbody_params; i++)
	{
		if (body_params[i].body != body)
		{
			if (body_params[i].body > body)
				break;
			continue;
		}
		if (strcmp(body_params[i].name, name) == 0 && body_params[i].valid_from <= on_date)
			found = &body_params[i];
	}
	if (found != NULL)
		return DatumGetNumericCopy(NumericGetDatum(found->value));
	return cs_rule_parameter(name, on_date);
}

/* ---------------------------------------------------------------------
 * SQL-callable functions
 * --------------------------------------------------------------------- */

/*
 * What a call site keeps between calls: the calendar it found, valid while
 * the cache generation is the same. When the calendar argument is a constant
 * (the default 'kz', most often), a call neither reads nor compares it.
 */
typedef struct CallSite
{
	uint64		generation;
	Calendar   *cal;
	bool		cal_stable;
} CallSite;

static inline Calendar *
call_calendar(FunctionCallInfo fcinfo, int argno)
{
	CallSite   *site = (CallSite *) fcinfo->flinfo->fn_extra;
	text	   *code;

	cache_check();
	if (likely(site != NULL && site->cal_stable && site->generation == cache_generation))
		return site->cal;
	if (site == NULL)
	{
		site = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(CallSite));
		site->cal_stable = get_fn_expr_arg_stable(fcinfo->flinfo, argno);
		fcinfo->flinfo->fn_extra = site;
	}
	code = PG_GETARG_TEXT_PP(argno);
	site->cal = find_calendar(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code));
	site->generation = cache_generation;
	return site->cal;
}

PG_FUNCTION_INFO_V1(cs_is_working_day);
Datum
cs_is_working_day(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cal_is_working(call_calendar(fcinfo, 1), PG_GETARG_DATEADT(0)));
}

PG_FUNCTION_INFO_V1(cs_add_working_days);
Datum
cs_add_working_days(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(cal_add_working(call_calendar(fcinfo, 2), PG_GETARG_DATEADT(0), PG_GETARG_INT32(1)));
}

PG_FUNCTION_INFO_V1(cs_next_working_day);
Datum
cs_next_working_day(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(cal_add_working(call_calendar(fcinfo, 1), PG_GETARG_DATEADT(0), 1));
}

PG_FUNCTION_INFO_V1(cs_prev_working_day);
Datum
cs_prev_working_day(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(cal_add_working(call_calendar(fcinfo, 1), PG_GETARG_DATEADT(0), -1));
}

PG_FUNCTION_INFO_V1(cs_working_days_between);
Datum
cs_working_days_between(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cal_count_working(call_calendar(fcinfo, 2), PG_GETARG_DATEADT(0), PG_GETARG_DATEADT(1)));
}

PG_FUNCTION_INFO_V1(cs_working_days_range);
Datum
cs_working_days_range(PG_FUNCTION_ARGS)
{
	RangeType  *r = PG_GETARG_RANGE_P(0);
	TypeCacheEntry *typcache = range_get_typcache(fcinfo, RangeTypeGetOid(r));
	RangeBound	lower,
				upper;
	bool		empty;
	DateADT		a,
				b;

	if (typcache->rngelemtype == NULL || typcache->rngelemtype->type_id != DATEOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("working_days() takes a range of dates")));
	range_deserialize(typcache, r, &lower, &upper, &empty);
	if (empty)
		PG_RETURN_INT32(0);
	if (lower.infinite || upper.infinite)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("cannot count working days in an unbounded range"),
				 errhint("Give both bounds of the range.")));
	/* daterange is canonical: [lower, upper) */
	a = DatumGetDateADT(lower.val) + (lower.inclusive ? 0 : 1);
	b = DatumGetDateADT(upper.val) + (upper.inclusive ? 1 : 0);
	PG_RETURN_INT32(cal_count_working(call_calendar(fcinfo, 1), a, b));
}

PG_FUNCTION_INFO_V1(cs_rule_parameter_value);
Datum
cs_rule_parameter_value(PG_FUNCTION_ARGS)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_NUMERIC(cs_rule_parameter(name, PG_GETARG_DATEADT(1)));
}

/*
 * rule_parameter_value(parameter, on_date, body): the body's own value in
 * force, else the national one; a NULL body means the national value.
 */
PG_FUNCTION_INFO_V1(cs_rule_parameter_value_body);
Datum
cs_rule_parameter_value_body(PG_FUNCTION_ARGS)
{
	char	   *name;

	if (PG_NARGS() != 3)
		elog(ERROR, "rule_parameter_value(parameter, on_date, body) takes 3 arguments");
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	if (PG_ARGISNULL(2))
		PG_RETURN_NUMERIC(cs_rule_parameter(name, PG_GETARG_DATEADT(1)));
	PG_RETURN_NUMERIC(cs_rule_parameter_body(name, PG_GETARG_DATEADT(1), PG_GETARG_INT64(2)));
}

/* п. 16: review within N working days of receipt. */
PG_FUNCTION_INFO_V1(cs_review_deadline);
Datum
cs_review_deadline(PG_FUNCTION_ARGS)
{
	DateADT		received = PG_GETARG_DATEADT(0);
	Calendar   *cal;
	int32		n;
	DateADT		start;

	if (DATE_NOT_FINITE(received))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("receipt date must be finite")));
	n = DatumGetInt32(DirectFunctionCall1(numeric_int4,
										  NumericGetDatum(cs_rule_parameter("application_review_working_days", received))));
	if (n <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rule parameter \"application_review_working_days\" must be positive, not %d", n)));
	/* after the parameter: its load may reset the cache */
	cal = call_calendar(fcinfo, 1);
	/* a receipt on a day off counts from the next working day */
	start = cal_add_working(cal, received, 0);
	PG_RETURN_DATEADT(cal_add_working(cal, start, n));
}

PG_FUNCTION_INFO_V1(cs_calendar_days);
Datum
cs_calendar_days(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int32		year = PG_GETARG_INT32(0);
	char	   *code = text_to_cstring(PG_GETARG_TEXT_PP(1));
	MemoryContext tmp;
	CalendarRow row;
	DayInfo    *days;
	int32		ndays;
	DateADT		first;
	int32		from,
				to;

	InitMaterializedSRF(fcinfo, 0);
	tmp = AllocSetContextCreate(CurrentMemoryContext, "civilservice calendar_days",
								ALLOCSET_DEFAULT_SIZES);
	days = compute_calendar(code, &row, &ndays, tmp);
	if (year < row.first_year || year > row.last_year)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("year %d is outside production calendar \"%s\"", year, code),
				 errdetail("Calendar \"%s\" covers the years %d to %d.", code, row.first_year, row.last_year),
				 errhint("Load the holidays and transfers of that year, then widen the years of the calendar (for a shipped calendar, in civilservice.calendar_revision).")));
	first = ymd_to_date(row.first_year, 1, 1);
	from = ymd_to_date(year, 1, 1) - first;
	to = ymd_to_date(year + 1, 1, 1) - first;
	for (int32 i = from; i < to; i++)
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		const char *reason = days[i].reason;

		if (reason == NULL)
			reason = days[i].kind == DAY_WEEKEND ? "Выходной день" : "Рабочий день";
		values[0] = DateADTGetDatum(first + i);
		values[1] = BoolGetDatum(day_is_working(days[i].kind));
		values[2] = CStringGetTextDatum(reason);
		if (days[i].source)
			values[3] = CStringGetTextDatum(days[i].source);
		else
			nulls[3] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	MemoryContextDelete(tmp);
	return (Datum) 0;
}

/*
 * Trigger on the calendar tables: drop the cache in every backend (at
 * commit), and in this one at the next command.
 */
PG_FUNCTION_INFO_V1(cs_calendar_invalidate);
Datum
cs_calendar_invalidate(PG_FUNCTION_ARGS)
{
	static const char *const tables[] = {
		"calendar", "calendar_revision", "holiday_rule", "calendar_entry", "rule_parameter",
		"body_rule_parameter", NULL
	};
	Oid			relid;

	cs_trigger_check(fcinfo, "calendar_invalidate", false, false,
					 TRIGGER_TYPE_INSERT | TRIGGER_TYPE_UPDATE | TRIGGER_TYPE_DELETE | TRIGGER_TYPE_TRUNCATE, tables);
	relid = lookup_calendar_relid();
	if (OidIsValid(relid))
		CacheInvalidateRelcacheByRelid(relid);
	return PointerGetDatum(NULL);
}
