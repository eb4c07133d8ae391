/*
 * calendar.c — the Kazakh production calendar engine.
 *
 * The effective calendar of a year is computed from three kinds of data
 * (sql/calendar.sql): the weekend days of the calendar, holidays defined by
 * rule, and dated entries (religious days off, transfers by decree). The
 * order of application is the law's:
 *
 *   1. weekend days are days off;
 *   2. dated days off (Kurban Ait, a weekday made a day off) are days off;
 *   3. holidays by rule are days off; a state or national holiday falling on
 *      a weekend day moves the day off to the next working day (Labour Code,
 *      art. 85); religious days off never move;
 *   4. a weekend day made a working day by decree is a working day, whatever
 *      was computed before (2020: the day carried over from 9 May was worked).
 *
 * Each backend caches one bitmap per calendar (one bit per day) with a rank
 * per 64-day word and the position of every working day, so counting is O(1)
 * and an offset of n working days is O(1). A trigger on the calendar tables
 * sends a relcache invalidation of civilservice.calendar; the callback below
 * drops the cache in every backend, and in the changing one at the next
 * command.
 */
#include "postgres.h"

#include <limits.h>

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "port/pg_bitutils.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"

#include "calendar/calendar.h"

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
	uint64	   *bits;			/* ndays bits, plus one spare word */
	int32	   *rank;			/* working days before word w */
	int32	   *work_pos;		/* offset of the k-th working day */
} Calendar;

typedef struct RuleParam
{
	char		name[NAMEDATALEN];
	DateADT		valid_from;
	Numeric		value;
} RuleParam;

/* Everything below lives in cache_cxt and is dropped on invalidation. */
static MemoryContext cache_cxt = NULL;
static Calendar **calendars = NULL;
static int	ncalendars = 0;
static int	maxcalendars = 0;
static Calendar *last_calendar = NULL;
static RuleParam *params = NULL;
static int	nparams = -1;		/* -1: not loaded */

/*
 * The callback only bumps a counter; the cache is reset at the start of the
 * next call, never while a function may be using it.
 */
static uint64 inval_counter = 1;
static uint64 cache_counter = 0;
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
	Oid			nsp = get_namespace_oid(CS_SCHEMA, true);

	return OidIsValid(nsp) ? get_relname_relid("calendar", nsp) : InvalidOid;
}

static void
cache_check(void)
{
	if (cache_counter == inval_counter && cache_cxt != NULL)
		return;
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
	cache_counter = inval_counter;
	/* before reading any data, so a change during the build is noticed */
	calendar_relid = lookup_calendar_relid();
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
	char	   *source;
} CalendarRow;

typedef struct HolidayHit
{
	int32		off;			/* offset in the extended range */
	int			rule;			/* order of the rule in the query result */
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

/* Read the calendar row; SPI must be connected. */
static void
read_calendar_row(const char *code, CalendarRow *row, MemoryContext out)
{
	Datum		arg = CStringGetTextDatum(code);
	Oid			argtype = TEXTOID;
	bool		isnull;
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;

	if (SPI_execute_with_args("SELECT weekend, first_year, last_year, source "
							  "FROM " CS_SCHEMA ".calendar WHERE code = $1",
							  1, &argtype, &arg, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read production calendar \"%s\"", code);
	if (SPI_processed == 0)
		calendar_not_found(code);

	memset(row->weekend, 0, sizeof(row->weekend));
	arr = DatumGetArrayTypeP(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	deconstruct_array(arr, INT2OID, 2, true, TYPALIGN_SHORT, &elems, &nulls, &nelems);
	for (int i = 0; i < nelems; i++)
	{
		int			dow = nulls[i] ? 0 : DatumGetInt16(elems[i]);

		if (dow >= 1 && dow <= 7)
			row->weekend[dow] = true;
	}
	row->first_year = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	row->last_year = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &isnull));
	row->source = MemoryContextStrdup(out, SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4));
}

/*
 * Compute the effective calendar of code over its covered years. Returns an
 * array of row->last_year - row->first_year + 1 years of DayInfo starting at
 * 1 January of first_year, allocated (with its strings) in out. The year
 * before first_year is computed too, so that a holiday carried over from it
 * lands right, then dropped.
 */
static DayInfo *
compute_calendar(const char *code, CalendarRow *row, int32 *ndays_out, MemoryContext out)
{
	MemoryContext oldcxt;
	DateADT		ext_first;
	int32		ext_n;
	int32		skip;
	DayInfo    *days;
	Datum		args[3];
	Oid			argtypes[3] = {TEXTOID, DATEOID, DATEOID};
	HolidayHit *hits;
	int			nhits = 0;
	int			maxhits;
	uint64		nentries;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	read_calendar_row(code, row, out);

	ext_first = ymd_to_date(row->first_year - 1, 1, 1);
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
	if (SPI_execute_with_args("SELECT day, kind, name, source, paired_day "
							  "FROM " CS_SCHEMA ".calendar_entry "
							  "WHERE calendar_code = $1 AND NOT revoked AND day >= $2 AND day < $3 "
							  "ORDER BY day",
							  3, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read calendar entries");
	nentries = SPI_processed;
	for (uint64 i = 0; i < nentries; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		DateADT		d = DatumGetDateADT(SPI_getbinval(tup, desc, 1, &isnull));
		char	   *kind = SPI_getvalue(tup, desc, 2);
		int32		off = d - ext_first;

		if (strcmp(kind, "working_day") == 0)
			continue;
		days[off].kind = strcmp(kind, "religious_day_off") == 0 ? DAY_RELIGIOUS : DAY_DECREE_OFF;
		days[off].reason = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 3));
		days[off].source = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 4));
	}

	/* 3. holidays by rule, in date order, carried over from weekends */
	args[1] = Int32GetDatum(row->first_year - 1);
	args[2] = Int32GetDatum(row->last_year);
	argtypes[1] = argtypes[2] = INT4OID;
	if (SPI_execute_with_args("SELECT y, r.month, r.day, r.name, r.kind = 'religious', r.source "
							  "FROM " CS_SCHEMA ".holiday_rule r, "
							  "generate_series(greatest(r.first_year, $2), least(coalesce(r.last_year, $3), $3)) y "
							  "WHERE r.calendar_code = $1 ORDER BY r.id, y",
							  3, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read holiday rules");
	maxhits = SPI_processed + 1;
	oldcxt = MemoryContextSwitchTo(out);
	hits = palloc(sizeof(HolidayHit) * maxhits);
	MemoryContextSwitchTo(oldcxt);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		int			y = DatumGetInt32(SPI_getbinval(tup, desc, 1, &isnull));
		int			m = DatumGetInt16(SPI_getbinval(tup, desc, 2, &isnull));
		int			dd = DatumGetInt16(SPI_getbinval(tup, desc, 3, &isnull));

		if (dd > day_tab[isleap(y)][m - 1])
			continue;			/* 29 February of a common year */
		hits[nhits].off = ymd_to_date(y, m, dd) - ext_first;
		hits[nhits].rule = (int) i;
		hits[nhits].name = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 4));
		hits[nhits].religious = DatumGetBool(SPI_getbinval(tup, desc, 5, &isnull));
		hits[nhits].source = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 6));
		nhits++;
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
	args[1] = DateADTGetDatum(ext_first);
	args[2] = DateADTGetDatum(ext_first + ext_n);
	argtypes[1] = argtypes[2] = DATEOID;
	if (SPI_execute_with_args("SELECT day, name, source FROM " CS_SCHEMA ".calendar_entry "
							  "WHERE calendar_code = $1 AND NOT revoked AND kind = 'working_day' "
							  "AND day >= $2 AND day < $3",
							  3, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read calendar entries");
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		int32		off = DatumGetDateADT(SPI_getbinval(tup, desc, 1, &isnull)) - ext_first;

		days[off].kind = DAY_DECREE_WORKING;
		days[off].reason = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 2));
		days[off].source = MemoryContextStrdup(out, SPI_getvalue(tup, desc, 3));
	}

	/* weekend days keep the calendar's own source */
	for (int32 i = 0; i < ext_n; i++)
		if (days[i].kind == DAY_WEEKEND)
			days[i].source = row->source;

	SPI_finish();

	*ndays_out = ext_n - skip;
	return days + skip;
}

static inline bool
day_is_working(DayKind k)
{
	return k == DAY_WORKING || k == DAY_DECREE_WORKING;
}

static Calendar *
build_calendar(const char *code)
{
	MemoryContext tmp = AllocSetContextCreate(CurrentMemoryContext,
											  "civilservice calendar build",
											  ALLOCSET_DEFAULT_SIZES);
	CalendarRow row;
	DayInfo    *days;
	int32		ndays;
	int32		nwords;
	Calendar   *cal;
	int32		k;

	days = compute_calendar(code, &row, &ndays, tmp);

	nwords = ndays / 64 + 1;
	cal = MemoryContextAllocZero(cache_cxt, sizeof(Calendar));
	strlcpy(cal->code, code, NAMEDATALEN);
	cal->code_len = strlen(code);
	cal->first_year = row.first_year;
	cal->last_year = row.last_year;
	cal->first = ymd_to_date(row.first_year, 1, 1);
	cal->ndays = ndays;
	cal->bits = MemoryContextAllocZero(cache_cxt, sizeof(uint64) * (nwords + 1));
	cal->rank = MemoryContextAllocZero(cache_cxt, sizeof(int32) * (nwords + 1));
	cal->work_pos = MemoryContextAlloc(cache_cxt, sizeof(int32) * (ndays + 1));

	k = 0;
	for (int32 i = 0; i < ndays; i++)
	{
		if (day_is_working(days[i].kind))
		{
			cal->bits[i >> 6] |= UINT64CONST(1) << (i & 63);
			cal->work_pos[k++] = i;
		}
	}
	cal->nwork = k;
	for (int32 w = 1; w <= nwords; w++)
		cal->rank[w] = cal->rank[w - 1] + pg_popcount64(cal->bits[w - 1]);

	MemoryContextDelete(tmp);

	if (ncalendars == maxcalendars)
	{
		maxcalendars = maxcalendars ? maxcalendars * 2 : 4;
		calendars = calendars
			? repalloc(calendars, sizeof(Calendar *) * maxcalendars)
			: MemoryContextAlloc(cache_cxt, sizeof(Calendar *) * maxcalendars);
	}
	calendars[ncalendars++] = cal;
	return cal;
}

static Calendar *
get_calendar(const char *code, int len)
{
	char		buf[NAMEDATALEN];

	cache_check();
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
			 errhint("Load the holidays and transfers of that year, then widen first_year/last_year of the calendar in civilservice.calendar.")));
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

/* working days in [0, off) */
static inline int32
rank_of(Calendar *cal, int32 off)
{
	int32		w = off >> 6;
	uint64		mask = (UINT64CONST(1) << (off & 63)) - 1;

	return cal->rank[w] + pg_popcount64(cal->bits[w] & mask);
}

bool
cs_is_working(const char *code, int len, DateADT d)
{
	Calendar   *cal = get_calendar(code, len);
	int32		off = day_offset(cal, d, false);

	return (cal->bits[off >> 6] >> (off & 63)) & 1;
}

DateADT
cs_add_working(const char *code, int len, DateADT d, int64 n)
{
	Calendar   *cal = get_calendar(code, len);
	int32		off = day_offset(cal, d, false);
	int64		k;

	if (n > 0)
		k = (int64) rank_of(cal, off + 1) + n - 1;
	else if (n < 0)
		k = (int64) rank_of(cal, off) + n;
	else
		k = rank_of(cal, off);

	if (k < 0 || k >= cal->nwork)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%lld working days from %s is outside production calendar \"%s\"",
						(long long) n, date_text(d), cal->code),
				 errdetail("Calendar \"%s\" covers the years %d to %d.",
						   cal->code, cal->first_year, cal->last_year),
				 errhint("Load the holidays and transfers of the years concerned, then widen first_year/last_year of the calendar in civilservice.calendar.")));
	return cal->first + cal->work_pos[k];
}

int32
cs_count_working(const char *code, int len, DateADT a, DateADT b)
{
	Calendar   *cal = get_calendar(code, len);
	int32		oa = day_offset(cal, a, true);
	int32		ob = day_offset(cal, b, true);

	return rank_of(cal, ob) - rank_of(cal, oa);
}

/* ---------------------------------------------------------------------
 * Rule parameters (effective-dated)
 * --------------------------------------------------------------------- */

static void
load_params(void)
{
	MemoryContext oldcxt;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT name, valid_from, value FROM " CS_SCHEMA ".rule_parameter "
					"ORDER BY name, valid_from", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read rule parameters");
	oldcxt = MemoryContextSwitchTo(cache_cxt);
	params = palloc0(sizeof(RuleParam) * (SPI_processed + 1));
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;

		strlcpy(params[i].name, SPI_getvalue(tup, desc, 1), NAMEDATALEN);
		params[i].valid_from = DatumGetDateADT(SPI_getbinval(tup, desc, 2, &isnull));
		params[i].value = DatumGetNumericCopy(SPI_getbinval(tup, desc, 3, &isnull));
	}
	nparams = (int) SPI_processed;
	MemoryContextSwitchTo(oldcxt);
	SPI_finish();
}

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
	return found->value;
}

/* ---------------------------------------------------------------------
 * SQL-callable functions
 * --------------------------------------------------------------------- */

#define CAL_ARG(n) VARDATA_ANY(PG_GETARG_TEXT_PP(n)), VARSIZE_ANY_EXHDR(PG_GETARG_TEXT_PP(n))

PG_FUNCTION_INFO_V1(cs_is_working_day);
Datum
cs_is_working_day(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cs_is_working(CAL_ARG(1), PG_GETARG_DATEADT(0)));
}

PG_FUNCTION_INFO_V1(cs_add_working_days);
Datum
cs_add_working_days(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(cs_add_working(CAL_ARG(2), PG_GETARG_DATEADT(0), PG_GETARG_INT32(1)));
}

PG_FUNCTION_INFO_V1(cs_next_working_day);
Datum
cs_next_working_day(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(cs_add_working(CAL_ARG(1), PG_GETARG_DATEADT(0), 1));
}

PG_FUNCTION_INFO_V1(cs_prev_working_day);
Datum
cs_prev_working_day(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(cs_add_working(CAL_ARG(1), PG_GETARG_DATEADT(0), -1));
}

PG_FUNCTION_INFO_V1(cs_working_days_between);
Datum
cs_working_days_between(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cs_count_working(CAL_ARG(2), PG_GETARG_DATEADT(0), PG_GETARG_DATEADT(1)));
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
	PG_RETURN_INT32(cs_count_working(CAL_ARG(1), a, b));
}

PG_FUNCTION_INFO_V1(cs_rule_parameter_value);
Datum
cs_rule_parameter_value(PG_FUNCTION_ARGS)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_NUMERIC(DatumGetNumericCopy(NumericGetDatum(cs_rule_parameter(name, PG_GETARG_DATEADT(1)))));
}

/* п. 16: review within N working days of receipt. */
PG_FUNCTION_INFO_V1(cs_review_deadline);
Datum
cs_review_deadline(PG_FUNCTION_ARGS)
{
	DateADT		received = PG_GETARG_DATEADT(0);
	text	   *cal = PG_GETARG_TEXT_PP(1);
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
	/* a receipt on a day off counts from the next working day */
	start = cs_add_working(VARDATA_ANY(cal), VARSIZE_ANY_EXHDR(cal), received, 0);
	PG_RETURN_DATEADT(cs_add_working(VARDATA_ANY(cal), VARSIZE_ANY_EXHDR(cal), start, n));
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
				 errhint("Load the holidays and transfers of that year, then widen first_year/last_year of the calendar in civilservice.calendar.")));
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

/* Trigger on the calendar tables: drop the cache in every backend. */
PG_FUNCTION_INFO_V1(cs_calendar_invalidate);
Datum
cs_calendar_invalidate(PG_FUNCTION_ARGS)
{
	Oid			relid;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("calendar_invalidate() must be called as a trigger")));
	relid = lookup_calendar_relid();
	if (OidIsValid(relid))
		CacheInvalidateRelcacheByRelid(relid);
	return PointerGetDatum(NULL);
}
