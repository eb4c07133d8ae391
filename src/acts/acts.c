/*
 * acts.c — the signing check of acts (п. 4–6, 14–18 of the Rules).
 *
 * One plain function, cs_act_problems(), lists everything that keeps an act
 * from being signed. validate_act() returns that list to a user interface;
 * the sign trigger raises it as one refusal naming every point at once.
 *
 * The queries run with the caller's search_path, so every name and operator
 * in them is schema-qualified. They are prepared once per backend.
 */
#include "postgres.h"
#include "common/compat.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/rangetypes.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

#include "acts/acts.h"
#include "acts/flexible_period.h"
#include "common/refusal.h"
#include "common/trigger_check.h"

#define CS_SCHEMA "civilservice"
#define EQ " OPERATOR(pg_catalog.=) "
#define LE " OPERATOR(pg_catalog.<=) "
#define GE " OPERATOR(pg_catalog.>=) "

PG_FUNCTION_INFO_V1(cs_validate_act);
PG_FUNCTION_INFO_V1(cs_act_sign_trigger);

static SPIPlanPtr plan_counts = NULL;
static SPIPlanPtr plan_counts_sign = NULL;
static SPIPlanPtr plan_case = NULL;
static SPIPlanPtr plan_case_lock = NULL;
static SPIPlanPtr plan_flexible = NULL;
static SPIPlanPtr plan_act = NULL;

static SPIPlanPtr
keep_plan(SPIPlanPtr *slot, const char *sql, int nargs, Oid *argtypes)
{
	if (*slot == NULL)
	{
		SPIPlanPtr	p = SPI_prepare(sql, nargs, argtypes);

		if (p == NULL)
			elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		if (SPI_keepplan(p) != 0)
			elog(ERROR, "SPI_keepplan failed");
		*slot = p;
	}
	return *slot;
}

/* ---------------------------------------------------------------------
 * The columns of act the check reads, each with the type it must have
 * --------------------------------------------------------------------- */

typedef enum ActCol
{
	COL_STATE_BODY_ID, COL_ID, COL_NUMBER, COL_ACT_DATE, COL_ISSUED_BY,
	COL_REGIME, COL_BASIS, COL_EMERGENCY_CASE_ID, COL_BASIS_TEXT, COL_TERM,
	COL_PLACE_OF_WORK, COL_FIXED_WORKING_TIME, COL_STATUS, COL_SIGNED_AT,
	NUM_ACT_COLS
} ActCol;

static const struct
{
	const char *name;
	Oid			builtin;		/* the type, or InvalidOid for a type of civilservice */
	const char *cs_type;		/* ... named here */
}			act_cols[NUM_ACT_COLS] =
{
	[COL_STATE_BODY_ID] = {"state_body_id", INT8OID, NULL},
	[COL_ID] = {"id", INT8OID, NULL},
	[COL_NUMBER] = {"number", TEXTOID, NULL},
	[COL_ACT_DATE] = {"act_date", DATEOID, NULL},
	[COL_ISSUED_BY] = {"issued_by", INT8OID, NULL},
	[COL_REGIME] = {"regime", InvalidOid, "regime"},
	[COL_BASIS] = {"basis", InvalidOid, "act_basis"},
	[COL_EMERGENCY_CASE_ID] = {"emergency_case_id", INT8OID, NULL},
	[COL_BASIS_TEXT] = {"basis_text", TEXTOID, NULL},
	[COL_TERM] = {"term", DATERANGEOID, NULL},
	[COL_PLACE_OF_WORK] = {"place_of_work", TEXTOID, NULL},
	[COL_FIXED_WORKING_TIME] = {"fixed_working_time", InvalidOid, "work_schedule"},
	[COL_STATUS] = {"status", InvalidOid, "act_status"},
	[COL_SIGNED_AT] = {"signed_at", TIMESTAMPTZOID, NULL},
};

/* Attribute numbers of the columns in a tuple descriptor. */
typedef struct ActRow
{
	HeapTuple	tup;
	TupleDesc	desc;
	int			attno[NUM_ACT_COLS];
} ActRow;

/*
 * Find every column the check reads in desc, with its type; a clean error
 * otherwise (the function attached to another table, or the table altered).
 */
static void
act_row_init(ActRow *row, HeapTuple tup, TupleDesc desc)
{
	Oid			nsp = get_namespace_oid(CS_SCHEMA, false);
	int			c;

	row->tup = tup;
	row->desc = desc;
	for (c = 0; c < NUM_ACT_COLS; c++)
	{
		Oid			want = act_cols[c].builtin;
		int			i;

		if (!OidIsValid(want))
			want = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
								   CStringGetDatum(act_cols[c].cs_type), ObjectIdGetDatum(nsp));
		row->attno[c] = 0;
		for (i = 0; i < desc->natts; i++)
		{
			Form_pg_attribute att = TupleDescAttr(desc, i);

			if (!att->attisdropped && strcmp(NameStr(att->attname), act_cols[c].name) == 0)
			{
				if (att->atttypid != want || !OidIsValid(want))
					ereport(ERROR,
							(errcode(ERRCODE_DATATYPE_MISMATCH),
							 errmsg("column \"%s\" of the act has type %s, expected %s",
									act_cols[c].name, format_type_be(att->atttypid),
									OidIsValid(want) ? format_type_be(want) : act_cols[c].cs_type),
							 errhint("The signing check reads rows of civilservice.act.")));
				row->attno[c] = i + 1;
				break;
			}
		}
		if (row->attno[c] == 0)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("column \"%s\" is missing from the act row", act_cols[c].name),
					 errhint("The signing check reads rows of civilservice.act.")));
	}
}

static Datum
col_datum(ActRow *row, ActCol c, bool *isnull)
{
	return heap_getattr(row->tup, row->attno[c], row->desc, isnull);
}

/* The column as text (its output function); NULL when null or blank. */
static char *
col_text(ActRow *row, ActCol c)
{
	char	   *v = SPI_getvalue(row->tup, row->desc, row->attno[c]);

	if (v != NULL)
	{
		const char *p = v;

		/* blank is missing; the same blanks as the CHECK act_contents */
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (*p == '\0')
			return NULL;
	}
	return v;
}

static char *
date_str(DateADT d)
{
	return DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(d)));
}

static void add_problem(List **list, const char *point, const char *constraint, const char *fmt,...) pg_attribute_printf(4, 5);

static void
add_problem(List **list, const char *point, const char *constraint, const char *fmt,...)
{
	ActProblem *p = palloc(sizeof(ActProblem));
	StringInfoData buf;

	initStringInfo(&buf);
	for (;;)
	{
		va_list		args;
		int			needed;

		va_start(args, fmt);
		needed = appendStringInfoVA(&buf, fmt, args);
		va_end(args);
		if (needed == 0)
			break;
		enlargeStringInfo(&buf, needed);
	}
	p->point = point;
	p->problem = buf.data;
	p->constraint = constraint;
	*list = lappend(*list, p);
}

List *
cs_act_problems(HeapTuple tup, TupleDesc desc, bool lock_case)
{
	ActRow		row;
	List	   *problems = NIL;
	bool		isnull, body_null, issuer_null, term_null, case_null, act_date_null, fwt_null;
	char	   *regime, *basis, *status;
	bool		flexible;
	Datum		body, act_id, issuer, term, case_id, act_date, fwt;
	bool		have_term = false;
	DateADT		t_lo = 0, t_hi = 0;
	int64		nemployees = 0;
	char	   *not_employed = NULL;
	Datum		args[6];
	char		nulls[6] = {' ', ' ', ' ', ' ', ' ', ' '};

	act_row_init(&row, tup, desc);
	regime = col_text(&row, COL_REGIME);
	basis = col_text(&row, COL_BASIS);
	status = col_text(&row, COL_STATUS);
	flexible = regime != NULL && strcmp(regime, "flexible") == 0;
	body = col_datum(&row, COL_STATE_BODY_ID, &body_null);
	act_id = col_datum(&row, COL_ID, &isnull);
	issuer = col_datum(&row, COL_ISSUED_BY, &issuer_null);
	term = col_datum(&row, COL_TERM, &term_null);
	case_id = col_datum(&row, COL_EMERGENCY_CASE_ID, &case_null);
	act_date = col_datum(&row, COL_ACT_DATE, &act_date_null);
	fwt = col_datum(&row, COL_FIXED_WORKING_TIME, &fwt_null);
	/* 'infinity' is no date of an act */
	if (!act_date_null && DATE_NOT_FINITE(DatumGetDateADT(act_date)))
		act_date_null = true;
	if (body_null || isnull)
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("an act is named by its state body and id, and both are given")));

	/* п. 6, п. 17: the act has its number and date. */
	if (col_text(&row, COL_NUMBER) == NULL || col_text(&row, COL_ACT_DATE) == NULL)
		add_problem(&problems, flexible ? "п. 17" : "п. 6", "act_contents",
					"the act has no number or date");

	/* The term first: the employment of the employees is checked on its first day. */
	if (!term_null)
	{
		RangeType  *r = DatumGetRangeTypeP(term);
		TypeCacheEntry *tc = lookup_type_cache(RangeTypeGetOid(r), TYPECACHE_RANGE_INFO);
		RangeBound	lo, hi;
		bool		empty;

		if (tc->rngelemtype == NULL || tc->rngelemtype->type_id != DATEOID)
			elog(ERROR, "the term of an act is a range of dates");
		range_deserialize(tc, r, &lo, &hi, &empty);
		/* 'infinity' as a bound value is as open-ended as no bound */
		if (!empty && !lo.infinite && !hi.infinite &&
			!DATE_NOT_FINITE(DatumGetDateADT(lo.val)) && !DATE_NOT_FINITE(DatumGetDateADT(hi.val)))
		{
			have_term = true;
			t_lo = DatumGetDateADT(lo.val);
			t_hi = DatumGetDateADT(hi.val);		/* exclusive */
		}
	}

	/*
	 * п. 3.7, п. 4, п. 15: the act is issued by the authorized person of the
	 * body — one who has the right to appoint and dismiss, so an authorized
	 * employee employed on the date of the act. п. 6.2, п. 17.2: every
	 * employee listed is employed on the first day of the term.
	 */
	{
		Oid			types[5] = {INT8OID, INT8OID, INT8OID, DATEOID, DATEOID};
		HeapTuple	t;
		TupleDesc	td;
		bool		n;

		/*
		 * The signing (lock_case) leaves the employment of the list to
		 * act_effect, which finds it once per statement in the days in
		 * effect it has just derived (a participation starts on the first
		 * day of the term only when the employee is employed on it): a
		 * signing of thousands of acts then reads no employee per act.
		 */
		if (lock_case)
			keep_plan(&plan_counts_sign,
					  "SELECT (SELECT pg_catalog.count(*) FROM " CS_SCHEMA ".act_employee ae "
					  "         WHERE ae.state_body_id" EQ "$1 AND ae.act_id" EQ "$2), NULL::pg_catalog.text, "
					  "       i.is_authorized, "
					  "       i.employed_from" LE "$4 AND (i.employed_to IS NULL OR i.employed_to" GE "$4), "
					  "       i.employed_from, i.employed_to "
					  "  FROM (SELECT $5) one "
					  "  LEFT JOIN " CS_SCHEMA ".employee i ON i.state_body_id" EQ "$1 AND i.id" EQ "$3", 5, types);
		else
			keep_plan(&plan_counts,
					  "SELECT l.n, l.not_employed, i.is_authorized, "
					  "       i.employed_from" LE "$4 AND (i.employed_to IS NULL OR i.employed_to" GE "$4), "
					  "       i.employed_from, i.employed_to "
					  "  FROM (SELECT pg_catalog.count(*) AS n, "
					  "               pg_catalog.string_agg(ae.employee_id::pg_catalog.text, ', ' ORDER BY ae.employee_id) "
					  "                 FILTER (WHERE NOT (e.employed_from" LE "$5 "
					  "                                    AND (e.employed_to IS NULL OR e.employed_to" GE "$5))) AS not_employed "
					  "          FROM " CS_SCHEMA ".act_employee ae "
					  "          JOIN " CS_SCHEMA ".employee e ON e.state_body_id" EQ "ae.state_body_id AND e.id" EQ "ae.employee_id "
					  "         WHERE ae.state_body_id" EQ "$1 AND ae.act_id" EQ "$2) l "
					  "  LEFT JOIN " CS_SCHEMA ".employee i ON i.state_body_id" EQ "$1 AND i.id" EQ "$3", 5, types);
		args[0] = body;
		args[1] = act_id;
		args[2] = issuer;
		args[3] = act_date;
		args[4] = DateADTGetDatum(t_lo);
		nulls[0] = nulls[1] = ' ';
		nulls[2] = issuer_null ? 'n' : ' ';
		nulls[3] = act_date_null ? 'n' : ' ';
		nulls[4] = have_term ? ' ' : 'n';
		if (SPI_execute_plan(lock_case ? plan_counts_sign : plan_counts, args, nulls, true, 1) != SPI_OK_SELECT ||
			SPI_processed != 1)
			elog(ERROR, "SPI_execute_plan failed");
		t = SPI_tuptable->vals[0];
		td = SPI_tuptable->tupdesc;
		nemployees = DatumGetInt64(SPI_getbinval(t, td, 1, &n));
		not_employed = SPI_getvalue(t, td, 2);
		{
			bool		auth_null, employed_null;
			bool		auth = DatumGetBool(SPI_getbinval(t, td, 3, &auth_null));
			bool		employed = DatumGetBool(SPI_getbinval(t, td, 4, &employed_null));

			if (issuer_null)
				add_problem(&problems, flexible ? "п. 17" : "п. 4", "act_issued_by_authorized",
							"the act does not name the authorized person who issues it");
			else if (auth_null || !auth)
				add_problem(&problems, "п. 3.7", "act_issued_by_authorized",
							"employee " INT64_FORMAT " who issues the act is not an authorized person of the body (the right to appoint and dismiss)",
							DatumGetInt64(issuer));
			else if (!act_date_null && !employed_null && !employed)
			{
				char	   *to = SPI_getvalue(t, td, 6);

				add_problem(&problems, "п. 3.7", "act_issued_by_authorized",
							"employee " INT64_FORMAT " who issues the act is not employed on the date of the act %s (employed %s – %s)",
							DatumGetInt64(issuer), date_str(DatumGetDateADT(act_date)),
							SPI_getvalue(t, td, 5), to ? to : "open");
			}
		}
	}

	/* п. 6.1 / 17.1: the basis. */
	if (basis == NULL)
		add_problem(&problems, flexible ? "п. 17.1" : "п. 6.1", "act_contents",
					"the basis is missing");
	else if (strcmp(basis, "agreement") == 0 && col_text(&row, COL_BASIS_TEXT) == NULL)
		add_problem(&problems, "п. 4", "act_contents",
					"the basis is an agreement of the parties but the agreement is not referenced (basis_text)");
	else if (strcmp(basis, "emergency") == 0 && case_null)
		add_problem(&problems, "п. 5", "act_emergency_case",
					"the basis is an emergency but no emergency case is referenced");

	/* п. 6.2 / 17.2: the list of employees. */
	if (nemployees == 0)
		add_problem(&problems, flexible ? "п. 17.2" : "п. 6.2", "act_contents",
					"the list of employees is empty");
	else if (not_employed != NULL)
		add_problem(&problems, flexible ? "п. 17.2" : "п. 6.2", "act_employee_employed",
					"employees %s are not employed on the first day of the term, %s",
					not_employed, date_str(t_lo));

	/* п. 6.3 / 17.4: the term. */
	if (!have_term)
		add_problem(&problems, flexible ? "п. 17.4" : "п. 6.3", "act_contents",
					"the term is missing, empty or open-ended");

	/* п. 6.4: place of work; п. 17.3: fixed working time. */
	if (!flexible && col_text(&row, COL_PLACE_OF_WORK) == NULL)
		add_problem(&problems, "п. 6.4", "act_contents", "the place of work is missing");
	if (flexible && col_text(&row, COL_FIXED_WORKING_TIME) == NULL)
		add_problem(&problems, "п. 17.3", "act_contents",
					"the fixed working time (work_schedule) is missing");

	/* п. 18: the period of flexible time is capped (flexible_period.c). */
	if (flexible && have_term)
	{
		int			months;
		DateADT		last_day = cs_flexible_period_last_day(t_lo, &months);

		if (t_hi - 1 > last_day)
			add_problem(&problems, "п. 18", "act_flexible_period_cap",
						"the term %s – %s (last day) exceeds %d months: the last day may be at most %s",
						date_str(t_lo), date_str(t_hi - 1), months, date_str(last_day));
	}

	/*
	 * п. 5: an emergency act lies within its case: it starts no earlier and
	 * ends no later than the case. The case is the body's own.
	 */
	if (!case_null && basis != NULL && strcmp(basis, "emergency") == 0)
	{
		Oid			types[2] = {INT8OID, INT8OID};
		SPIPlanPtr	p;

		if (lock_case)
			p = keep_plan(&plan_case_lock, "SELECT starts_on, ends_on FROM " CS_SCHEMA ".emergency_case "
						  "WHERE state_body_id" EQ "$1 AND id" EQ "$2 FOR SHARE", 2, types);
		else
			p = keep_plan(&plan_case, "SELECT starts_on, ends_on FROM " CS_SCHEMA ".emergency_case "
						  "WHERE state_body_id" EQ "$1 AND id" EQ "$2", 2, types);
		args[0] = body;
		args[1] = case_id;
		nulls[0] = nulls[1] = ' ';
		if (SPI_execute_plan(p, args, nulls, !lock_case, 1) < 0)
			elog(ERROR, "SPI_execute_plan failed");
		if (SPI_processed == 1 && have_term)
		{
			bool		start_null, end_null;
			DateADT		starts = DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &start_null));
			DateADT		ends = DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &end_null));

			if (!start_null && t_lo < starts)
				add_problem(&problems, "п. 5", "act_emergency_case_start",
							"the term starts on %s, before the emergency case started on %s",
							date_str(t_lo), date_str(starts));
			if (!end_null && t_hi - 1 > ends)
				add_problem(&problems, "п. 5", "act_emergency_case_end",
							"the term ends on %s, after the emergency case ended on %s",
							date_str(t_hi - 1), date_str(ends));
		}
	}

	/*
	 * п. 14, п. 15: flexible time only on an application, never under the
	 * reglament. The application is the basis of the act: the employee's
	 * own, received (as a date in the body's time zone) on or before the
	 * date of the act and still awaiting review; the term lies within the
	 * period applied for; the fixed working time is the schedule applied for,
	 * or the list row states why it differs.
	 */
	if (flexible && nemployees > 0)
	{
		Oid			types[6] = {INT8OID, INT8OID, BOOLOID, DATEOID, DATERANGEOID, InvalidOid};

		types[5] = TupleDescAttr(desc, row.attno[COL_FIXED_WORKING_TIME] - 1)->atttypid;
		keep_plan(&plan_flexible,
				  "SELECT pg_catalog.string_agg(ae.employee_id::pg_catalog.text, ', ' ORDER BY ae.employee_id) "
				  "         FILTER (WHERE e.follows_reglament), "
				  "       pg_catalog.string_agg(ae.employee_id::pg_catalog.text, ', ' ORDER BY ae.employee_id) "
				  "         FILTER (WHERE a.id IS NULL OR a.employee_id OPERATOR(pg_catalog.<>) ae.employee_id "
				  "                 OR a.received_at OPERATOR(pg_catalog.>) pg_catalog.now() "
				  "                 OR NOT (a.status" EQ "'received' OR $3 AND a.status" EQ "'approved')), "
				  "       pg_catalog.string_agg(pg_catalog.format('%s (application %s received %s)', ae.employee_id, a.id, a.received_on), "
				  "                             ', ' ORDER BY ae.employee_id) "
				  "         FILTER (WHERE a.employee_id" EQ "ae.employee_id AND a.received_on OPERATOR(pg_catalog.>) $4), "
				  "       pg_catalog.string_agg(pg_catalog.format('%s (application %s requests %s)', ae.employee_id, a.id, a.requested_period), "
				  "                             ', ' ORDER BY ae.employee_id) "
				  "         FILTER (WHERE a.employee_id" EQ "ae.employee_id AND NOT a.requested_period OPERATOR(pg_catalog.@>) $5), "
				  "       pg_catalog.string_agg(pg_catalog.format('%s (application %s requests %s)', ae.employee_id, a.id, a.requested_schedule), "
				  "                             ', ' ORDER BY ae.employee_id) "
				  "         FILTER (WHERE a.employee_id" EQ "ae.employee_id "
				  "                   AND a.requested_schedule OPERATOR(" CS_SCHEMA ".<>) $6 "
				  "                   AND ae.schedule_difference_reason IS NULL) "
				  "  FROM " CS_SCHEMA ".act_employee ae "
				  "  JOIN " CS_SCHEMA ".employee e ON e.state_body_id" EQ "ae.state_body_id AND e.id" EQ "ae.employee_id "
				  "  JOIN " CS_SCHEMA ".state_body b ON b.id" EQ "ae.state_body_id "
				  "  LEFT JOIN LATERAL (SELECT fa.id, fa.employee_id, fa.received_at, fa.status, fa.requested_period, "
				  "                            fa.requested_schedule, "
				  "                            pg_catalog.timezone(b.time_zone, fa.received_at)::pg_catalog.date AS received_on "
				  "                       FROM " CS_SCHEMA ".flexible_application fa "
				  "                      WHERE fa.state_body_id" EQ "ae.state_body_id AND fa.id" EQ "ae.application_id) a ON true "
				  " WHERE ae.state_body_id" EQ "$1 AND ae.act_id" EQ "$2", 6, types);
		args[0] = body;
		args[1] = act_id;
		args[2] = BoolGetDatum(!lock_case && status != NULL && strcmp(status, "draft") != 0);
		args[3] = act_date;
		args[4] = term;
		args[5] = fwt;
		nulls[0] = nulls[1] = nulls[2] = ' ';
		nulls[3] = act_date_null ? 'n' : ' ';
		nulls[4] = have_term ? ' ' : 'n';
		nulls[5] = fwt_null ? 'n' : ' ';
		if (SPI_execute_plan(plan_flexible, args, nulls, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
			elog(ERROR, "SPI_execute_plan failed");
		{
			HeapTuple	t = SPI_tuptable->vals[0];
			TupleDesc	td = SPI_tuptable->tupdesc;
			char	   *reglament = SPI_getvalue(t, td, 1);
			char	   *no_app = SPI_getvalue(t, td, 2);
			char	   *dated_before = SPI_getvalue(t, td, 3);
			char	   *outside = SPI_getvalue(t, td, 4);
			char	   *other_schedule = SPI_getvalue(t, td, 5);

			if (reglament != NULL)
				add_problem(&problems, "п. 14", "act_employee_reglament",
							"employees %s work under the reglament of the body: flexible time does not apply to them",
							reglament);
			if (no_app != NULL)
				add_problem(&problems, "п. 15", "act_employee_application",
							"employees %s have no application of their own received before signing and awaiting review",
							no_app);
			if (dated_before != NULL)
				add_problem(&problems, "п. 15", "act_employee_application",
							"the act is dated %s, before the application it rests on was received: employees %s",
							date_str(DatumGetDateADT(act_date)), dated_before);
			if (outside != NULL)
				add_problem(&problems, "п. 15", "act_employee_application",
							"the term %s lies outside the period applied for: employees %s",
							SPI_getvalue(row.tup, row.desc, row.attno[COL_TERM]), outside);
			if (other_schedule != NULL)
				add_problem(&problems, "п. 15, п. 17.3", "act_employee_application",
							"the fixed working time %s differs from the schedule applied for and no reason is recorded (schedule_difference_reason): employees %s",
							SPI_getvalue(row.tup, row.desc, row.attno[COL_FIXED_WORKING_TIME]), other_schedule);
		}
	}
	return problems;
}

/* validate_act(state_body_id, act_id) → (point, problem): the problems, without raising. */
Datum
cs_validate_act(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			types[2] = {INT8OID, INT8OID};
	Datum		args[2];
	List	   *problems;
	ListCell   *lc;
	MemoryContext oldcxt;

	if (PG_NARGS() != 2 || PG_ARGISNULL(0) || PG_ARGISNULL(1))
		elog(ERROR, "validate_act takes a state body and an act id, both not null");
	/* the result lives in the per-query memory; checks that a set is allowed here */
	InitMaterializedSRF(fcinfo, 0);

	/* The problems are built in SPI's memory, freed by SPI_finish(). */
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	keep_plan(&plan_act, "SELECT * FROM " CS_SCHEMA ".act WHERE state_body_id" EQ "$1 AND id" EQ "$2", 2, types);
	args[0] = PG_GETARG_DATUM(0);
	args[1] = PG_GETARG_DATUM(1);
	if (SPI_execute_plan(plan_act, args, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed");
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("act " INT64_FORMAT " of state body " INT64_FORMAT " does not exist",
						PG_GETARG_INT64(1), PG_GETARG_INT64(0))));
	problems = cs_act_problems(SPI_copytuple(SPI_tuptable->vals[0]),
							   CreateTupleDescCopy(SPI_tuptable->tupdesc), false);

	oldcxt = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	foreach(lc, problems)
	{
		ActProblem *p = lfirst(lc);
		Datum		values[2];
		bool		vnulls[2] = {false, false};

		values[0] = CStringGetTextDatum(p->point);
		values[1] = CStringGetTextDatum(p->problem);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, vnulls);
	}
	MemoryContextSwitchTo(oldcxt);
	SPI_finish();
	return (Datum) 0;
}

/*
 * Append to a comma-separated list of points each point of the entry ("п. 15"
 * or "п. 15, п. 17.3") that is not in it yet: a message names a point once.
 */
static void
append_points(StringInfo list, const char *entry)
{
	char	   *copy = pstrdup(entry);
	char	   *save = NULL;
	char	   *one;

	for (one = strtok_r(copy, ",", &save); one != NULL; one = strtok_r(NULL, ",", &save))
	{
		const char *p = list->data;
		size_t		len;
		bool		found = false;

		while (*one == ' ')
			one++;
		len = strlen(one);
		if (len == 0)
			continue;
		while ((p = strstr(p, one)) != NULL)
		{
			/* whole entries only: "п. 6" is not "п. 6.1" */
			if ((p == list->data || p[-1] == ' ') && (p[len] == '\0' || p[len] == ','))
			{
				found = true;
				break;
			}
			p += len;
		}
		if (!found)
			appendStringInfo(list, "%s%s", list->len ? ", " : "", one);
	}
	pfree(copy);
}

/*
 * BEFORE UPDATE trigger on act, fired when a draft becomes signed: refuses
 * the signing with every problem listed, else stamps signed_at.
 */
Datum
cs_act_sign_trigger(PG_FUNCTION_ARGS)
{
	static const char *const tables[] = {"act", NULL};
	TriggerData *trigdata = cs_trigger_check(fcinfo, "act_sign", true, true, TRIGGER_TYPE_UPDATE, tables);
	HeapTuple	newtup;
	TupleDesc	desc;
	List	   *problems;
	int			signed_at;

	newtup = trigdata->tg_newtuple;
	desc = RelationGetDescr(trigdata->tg_relation);

	/* Everything the check allocates is SPI's and freed by SPI_finish(). */
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	problems = cs_act_problems(newtup, desc, true);
	if (problems != NIL)
	{
		StringInfoData points, detail;
		ListCell   *lc;
		const char *constraint = ((ActProblem *) linitial(problems))->constraint;
		char	   *number = SPI_getvalue(newtup, desc, SPI_fnumber(desc, "number"));

		initStringInfo(&points);
		initStringInfo(&detail);
		foreach(lc, problems)
		{
			ActProblem *p = lfirst(lc);

			/* each point once in the message, in the order first met */
			append_points(&points, p->point);
			appendStringInfo(&detail, "%s%s: %s", detail.len ? "\n" : "", p->point, p->problem);
			if (strcmp(p->constraint, constraint) != 0)
				constraint = "act_signing";
		}
		cs_refuse(points.data, ERRCODE_CHECK_VIOLATION, constraint, RelationGetRelationName(trigdata->tg_relation),
				  detail.data, "Complete the draft (see validate_act()) and sign it again.",
				  "act %s cannot be signed", number ? number : "(no number)");
	}
	SPI_finish();

	/* signed_at: checked to be a timestamptz column by cs_act_problems() */
	signed_at = SPI_fnumber(desc, "signed_at");
	{
		Datum		v = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
		bool		n = false;

		return PointerGetDatum(heap_modify_tuple_by_cols(newtup, desc, 1, &signed_at, &v, &n));
	}
}
