/*
 * acts.c — the signing check of acts (п. 4–6, 14–18 of the Rules).
 *
 * One plain function, cs_act_problems(), lists everything that keeps an act
 * from being signed. validate_act() returns that list to a user interface;
 * the sign trigger raises it as one error naming every point at once.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/rel.h"
#include "utils/typcache.h"

#include "acts/acts.h"
#include "calendar/calendar.h"

#define CS_SCHEMA "civilservice"

PG_FUNCTION_INFO_V1(cs_validate_act);
PG_FUNCTION_INFO_V1(cs_act_sign_trigger);

static SPIPlanPtr plan_counts = NULL;
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
			elog(ERROR, "SPI_prepare failed: %s", sql);
		SPI_keepplan(p);
		*slot = p;
	}
	return *slot;
}

/* d plus n calendar months, the day clamped to the month's length (as date + interval). */
static DateADT
add_months(DateADT d, int n)
{
	int			y, m, dd;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	m += n;
	y += (m - 1) / 12;
	m = (m - 1) % 12 + 1;
	if (dd > day_tab[isleap(y)][m - 1])
		dd = day_tab[isleap(y)][m - 1];
	return date2j(y, m, dd) - POSTGRES_EPOCH_JDATE;
}

static char *
date_str(DateADT d)
{
	return DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(d)));
}

static char *
text_field(HeapTuple tup, TupleDesc desc, const char *name)
{
	int			fno = SPI_fnumber(desc, name);
	char	   *v;

	if (fno <= 0)
		elog(ERROR, "column %s missing from act", name);
	v = SPI_getvalue(tup, desc, fno);
	if (v != NULL)
	{
		const char *p = v;

		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (*p == '\0')
			return NULL;		/* blank is missing */
	}
	return v;
}

static Datum
bin_field(HeapTuple tup, TupleDesc desc, const char *name, bool *isnull)
{
	int			fno = SPI_fnumber(desc, name);

	if (fno <= 0)
		elog(ERROR, "column %s missing from act", name);
	return SPI_getbinval(tup, desc, fno, isnull);
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
	List	   *problems = NIL;
	bool		isnull, body_null, issuer_null, term_null, case_null;
	char	   *regime = text_field(tup, desc, "regime");
	char	   *basis = text_field(tup, desc, "basis");
	char	   *status = text_field(tup, desc, "status");
	bool		flexible = regime != NULL && strcmp(regime, "flexible") == 0;
	Datum		body = bin_field(tup, desc, "state_body_id", &body_null);
	Datum		act_id = bin_field(tup, desc, "id", &isnull);
	Datum		issuer = bin_field(tup, desc, "issued_by", &issuer_null);
	Datum		term = bin_field(tup, desc, "term", &term_null);
	Datum		case_id = bin_field(tup, desc, "emergency_case_id", &case_null);
	bool		have_term = false;
	DateADT		t_lo = 0, t_hi = 0;
	int64		nemployees = 0;
	Datum		args[3];
	char		nulls[3] = {' ', ' ', ' '};

	/* п. 4, п. 15: the act is issued by the authorized person of the body. */
	if (text_field(tup, desc, "number") == NULL || text_field(tup, desc, "act_date") == NULL)
		add_problem(&problems, flexible ? "п. 17" : "п. 6", "act_contents",
					"the act has no number or date");

	{
		Oid			types[3] = {INT8OID, INT8OID, INT8OID};

		keep_plan(&plan_counts,
				  "SELECT (SELECT count(*) FROM " CS_SCHEMA ".act_employee "
				  "         WHERE state_body_id = $1 AND act_id = $2), "
				  "       (SELECT is_authorized FROM " CS_SCHEMA ".employee "
				  "         WHERE state_body_id = $1 AND id = $3)", 3, types);
		args[0] = body;
		args[1] = act_id;
		args[2] = issuer;
		nulls[2] = issuer_null ? 'n' : ' ';
		if (SPI_execute_plan(plan_counts, args, nulls, true, 1) != SPI_OK_SELECT)
			elog(ERROR, "SPI_execute_plan failed");
		nemployees = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
		{
			bool		auth_null;
			bool		auth = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &auth_null));

			if (issuer_null)
				add_problem(&problems, flexible ? "п. 15" : "п. 4", "act_issued_by_authorized",
							"the act does not name the authorized person who issues it");
			else if (auth_null || !auth)
				add_problem(&problems, flexible ? "п. 15" : "п. 4", "act_issued_by_authorized",
							"employee %s who issues the act is not an authorized person (п. 3)",
							SPI_getvalue(tup, desc, SPI_fnumber(desc, "issued_by")));
		}
	}

	/* п. 6.1 / 17.1: the basis. */
	if (basis == NULL)
		add_problem(&problems, flexible ? "п. 17.1" : "п. 6.1", "act_contents",
					"the basis is missing");
	else if (strcmp(basis, "agreement") == 0 && text_field(tup, desc, "basis_text") == NULL)
		add_problem(&problems, "п. 4", "act_contents",
					"the basis is an agreement of the parties but the agreement is not referenced (basis_text)");
	else if (strcmp(basis, "emergency") == 0 && case_null)
		add_problem(&problems, "п. 5", "act_emergency_case",
					"the basis is an emergency but no emergency case is referenced");

	/* п. 6.2 / 17.2: the list of employees. */
	if (nemployees == 0)
		add_problem(&problems, flexible ? "п. 17.2" : "п. 6.2", "act_contents",
					"the list of employees is empty");

	/* п. 6.3 / 17.4: the term. */
	if (!term_null)
	{
		RangeType  *r = DatumGetRangeTypeP(term);
		TypeCacheEntry *tc = lookup_type_cache(RangeTypeGetOid(r), TYPECACHE_RANGE_INFO);
		RangeBound	lo, hi;
		bool		empty;

		range_deserialize(tc, r, &lo, &hi, &empty);
		if (!empty && !lo.infinite && !hi.infinite)
		{
			have_term = true;
			t_lo = DatumGetDateADT(lo.val);
			t_hi = DatumGetDateADT(hi.val);		/* exclusive */
		}
	}
	if (!have_term)
		add_problem(&problems, flexible ? "п. 17.4" : "п. 6.3", "act_contents",
					"the term is missing, empty or open-ended");

	/* п. 6.4: place of work; п. 17.3: fixed working time. */
	if (!flexible && text_field(tup, desc, "place_of_work") == NULL)
		add_problem(&problems, "п. 6.4", "act_contents", "the place of work is missing");
	if (flexible && text_field(tup, desc, "fixed_working_time") == NULL)
		add_problem(&problems, "п. 17.3", "act_contents",
					"the fixed working time (work_schedule) is missing");

	/* п. 18: the period of flexible time is capped. */
	if (flexible && have_term)
	{
		Numeric		cap = cs_rule_parameter("flexible_period_months", t_lo);
		int			months = DatumGetInt32(DirectFunctionCall1(numeric_int4, NumericGetDatum(cap)));
		DateADT		limit = add_months(t_lo, months);

		if (t_hi > limit)
			add_problem(&problems, "п. 18", "act_flexible_period_cap",
						"the term %s – %s (last day) exceeds %d months: the last day may be at most %s",
						date_str(t_lo), date_str(t_hi - 1), months, date_str(limit - 1));
	}

	/* п. 5: an emergency act ends no later than the case. */
	if (!case_null && basis != NULL && strcmp(basis, "emergency") == 0)
	{
		Oid			types[1] = {INT8OID};
		SPIPlanPtr	p;

		if (lock_case)
			p = keep_plan(&plan_case_lock, "SELECT ends_on FROM " CS_SCHEMA ".emergency_case "
						  "WHERE id = $1 FOR SHARE", 1, types);
		else
			p = keep_plan(&plan_case, "SELECT ends_on FROM " CS_SCHEMA ".emergency_case "
						  "WHERE id = $1", 1, types);
		args[0] = case_id;
		nulls[0] = ' ';
		if (SPI_execute_plan(p, args, nulls, !lock_case, 1) < 0)
			elog(ERROR, "SPI_execute_plan failed");
		if (SPI_processed == 1 && have_term)
		{
			bool		end_null;
			DateADT		ends = DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &end_null));

			if (!end_null && t_hi - 1 > ends)
				add_problem(&problems, "п. 5", "act_emergency_case_end",
							"the term ends on %s, after the emergency case ended on %s",
							date_str(t_hi - 1), date_str(ends));
		}
	}

	/* п. 14, п. 15: flexible time only on an application, never under the reglament. */
	if (flexible && nemployees > 0)
	{
		Oid			types[3] = {INT8OID, INT8OID, BOOLOID};

		keep_plan(&plan_flexible,
				  "SELECT string_agg(ae.employee_id::text, ', ' ORDER BY ae.employee_id) "
				  "         FILTER (WHERE e.follows_reglament), "
				  "       string_agg(ae.employee_id::text, ', ' ORDER BY ae.employee_id) "
				  "         FILTER (WHERE a.id IS NULL OR a.employee_id <> ae.employee_id "
				  "                 OR a.received_at > pg_catalog.now() "
				  "                 OR NOT (a.status = 'received' OR $3 AND a.status = 'approved')) "
				  "  FROM " CS_SCHEMA ".act_employee ae "
				  "  JOIN " CS_SCHEMA ".employee e ON e.state_body_id = ae.state_body_id AND e.id = ae.employee_id "
				  "  LEFT JOIN " CS_SCHEMA ".flexible_application a "
				  "    ON a.state_body_id = ae.state_body_id AND a.id = ae.application_id "
				  " WHERE ae.state_body_id = $1 AND ae.act_id = $2", 3, types);
		args[0] = body;
		args[1] = act_id;
		args[2] = BoolGetDatum(!lock_case && status != NULL && strcmp(status, "draft") != 0);
		nulls[0] = nulls[1] = nulls[2] = ' ';
		if (SPI_execute_plan(plan_flexible, args, nulls, true, 1) != SPI_OK_SELECT)
			elog(ERROR, "SPI_execute_plan failed");
		{
			char	   *reglament = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
			char	   *no_app = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);

			if (reglament != NULL)
				add_problem(&problems, "п. 14", "act_employee_reglament",
							"employees %s work under the reglament of the body: flexible time does not apply to them",
							reglament);
			if (no_app != NULL)
				add_problem(&problems, "п. 15", "act_employee_application",
							"employees %s have no application of their own received before signing and awaiting review",
							no_app);
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

	InitMaterializedSRF(fcinfo, 0);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	keep_plan(&plan_act, "SELECT * FROM " CS_SCHEMA ".act WHERE state_body_id = $1 AND id = $2", 2, types);
	args[0] = PG_GETARG_DATUM(0);
	args[1] = PG_GETARG_DATUM(1);
	if (SPI_execute_plan(plan_act, args, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed");
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("act %lld of state body %lld does not exist",
						(long long) PG_GETARG_INT64(1), (long long) PG_GETARG_INT64(0))));
	{
		HeapTuple	tup = SPI_copytuple(SPI_tuptable->vals[0]);
		TupleDesc	desc = CreateTupleDescCopy(SPI_tuptable->tupdesc);

		problems = cs_act_problems(tup, desc, false);
	}
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
 * BEFORE UPDATE trigger on act, fired when a draft becomes signed: refuses
 * the signing with every problem listed, else stamps signed_at.
 */
Datum
cs_act_sign_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	HeapTuple	newtup;
	TupleDesc	desc;
	List	   *problems;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) || !TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		elog(ERROR, "act_sign: must be fired BEFORE UPDATE FOR EACH ROW");
	newtup = trigdata->tg_newtuple;
	desc = trigdata->tg_relation->rd_att;

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

			appendStringInfo(&points, "%s%s", points.len ? ", " : "", p->point);
			appendStringInfo(&detail, "%s%s: %s", detail.len ? "\n" : "", p->point, p->problem);
			if (strcmp(p->constraint, constraint) != 0)
				constraint = "act_signing";
		}
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("%s: act %s cannot be signed", points.data, number ? number : "(no number)"),
				 errdetail("%s", detail.data),
				 errhint("Complete the draft (see validate_act()) and sign it again."),
				 errtableconstraint(trigdata->tg_relation, constraint)));
	}
	SPI_finish();
	{
		int			fno = SPI_fnumber(desc, "signed_at");
		Datum		v = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
		bool		n = false;

		return PointerGetDatum(heap_modify_tuple_by_cols(newtup, desc, 1, &fno, &v, &n));
	}
}
