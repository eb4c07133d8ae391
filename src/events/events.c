/*
 * events.c — access-control (СКУД) events, п. 20 of the Rules: control and
 * accounting of working time by the HR service, including through the
 * access-control system. Module set-up and the SQL entry points.
 *
 * Badge feeds are loaded with COPY into civilservice.access_event, millions
 * of rows a month. What the Rules and the feeds need, and where it is done:
 *
 *   - a malformed event (a missing value, a direction other than in/out, an
 *     unknown employee or another body's employee) is refused with an
 *     integrity error naming п. 20 (checks.c), or in divert mode set aside
 *     in access_event_rejected (rejects.c);
 *   - an event sent again is stored once and does not abort the load; a
 *     late event is accepted (dedup.c);
 *   - an employee who has events is not deleted (employee_guard.c).
 *
 * Two ways in, one rule. A BEFORE ROW trigger on access_event
 * (access_event_employee, calling access_event_check() below) checks every
 * INSERT and UPDATE. COPY FROM into access_event or one of its partitions
 * is run by the library's own loop (copy.c), which applies the same checks
 * itself and keeps COPY's batching (a BEFORE ROW trigger would make core's
 * COPY insert row by row). The loop is a ProcessUtility hook, so the
 * library must be in shared_preload_libraries: then every session has it
 * from its first statement. CREATE EXTENSION refuses otherwise, and so
 * does any write of an event in a server started without it.
 */
#include "postgres.h"
#include "common/compat.h"

#include "catalog/pg_trigger.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/partition.h"
#include "catalog/dependency.h"
#include "catalog/pg_language.h"
#include "catalog/pg_proc.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/syscache.h"

#include "events/access_events.h"
#include "events/events.h"
#include "common/trigger_check.h"

PG_FUNCTION_INFO_V1(cs_access_event_check);
PG_FUNCTION_INFO_V1(cs_access_event_load_stats);
PG_FUNCTION_INFO_V1(cs_require_shared_preload);

bool		cs_events_preloaded = false;
int			cs_rejects_mode = CS_REJECTS_ERROR;
EventLoad	cs_last_load;

static const struct config_enum_entry rejects_options[] = {
	{"error", CS_REJECTS_ERROR, false},
	{"divert", CS_REJECTS_DIVERT, false},
	{NULL, 0, false}
};

/* The OID of our check function once recognised; reset on any pg_proc change. */
static Oid	check_func_oid = InvalidOid;

static void
proc_syscache_callback(Datum arg, int cacheid, uint32 hashvalue)
{
	check_func_oid = InvalidOid;
}

/*
 * The counts of a load stand once its transaction commits. A load is "in
 * progress" until then, "committed" or "rolled back" after (a rolled-back
 * load stored nothing and diverted nothing: its counts become zero).
 */
void
cs_load_begin(void)
{
	memset(&cs_last_load, 0, sizeof(cs_last_load));
	cs_last_load.outcome = CS_LOAD_IN_PROGRESS;
	cs_last_load.subid = GetCurrentSubTransactionId();
}

void
cs_load_end(const EventLoadStats *stats)
{
	cs_last_load.stats = *stats;
}

static void
load_rolled_back(void)
{
	memset(&cs_last_load.stats, 0, sizeof(cs_last_load.stats));
	cs_last_load.outcome = CS_LOAD_ROLLED_BACK;
}

static void
load_xact_callback(XactEvent event, void *arg)
{
	if (cs_last_load.outcome != CS_LOAD_IN_PROGRESS)
		return;
	switch (event)
	{
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
			cs_last_load.outcome = CS_LOAD_COMMITTED;
			break;
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
			load_rolled_back();
			break;
		case XACT_EVENT_PREPARE:
			cs_last_load.outcome = CS_LOAD_PREPARED;
			break;
		default:
			break;
	}
}

static void
load_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
					  SubTransactionId parentSubid, void *arg)
{
	if (cs_last_load.outcome != CS_LOAD_IN_PROGRESS || cs_last_load.subid != mySubid)
		return;
	if (event == SUBXACT_EVENT_ABORT_SUB)
		load_rolled_back();
	else if (event == SUBXACT_EVENT_COMMIT_SUB)
		cs_last_load.subid = parentSubid;	/* its rows now belong to the parent */
}

void
cs_access_events_init(void)
{
	cs_events_preloaded = process_shared_preload_libraries_in_progress;
	DefineCustomEnumVariable("civilservice.access_event_rejects",
							 "What a load does with a malformed access-control event (п. 20): error or divert.",
							 "error: the statement fails and stores nothing; divert: the row goes to civilservice.access_event_rejected and the COPY goes on.",
							 &cs_rejects_mode,
							 CS_REJECTS_ERROR,
							 rejects_options,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
	cs_employee_cache_init();
	CacheRegisterSyscacheCallback(PROCOID, proc_syscache_callback, (Datum) 0);
	RegisterXactCallback(load_xact_callback, NULL);
	RegisterSubXactCallback(load_subxact_callback, NULL);
	if (cs_events_preloaded)
		cs_copy_init();
}

void
cs_refuse_without_preload(void)
{
	if (!cs_events_preloaded)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("civilservice must be loaded with shared_preload_libraries"),
				 errdetail("Loads of access-control events (п. 20) run in the library's COPY hook, which every session has only when the server loads the library at start."),
				 errhint("Add civilservice to shared_preload_libraries in postgresql.conf, keeping the libraries listed there, and restart the server.")));
}

/*
 * Is funcoid civilservice.access_event_check()? Known by what it is — a C
 * function of this library's check, member of the extension — not by name.
 */
bool
cs_is_check_trigger(Oid funcoid)
{
	HeapTuple	tup;
	bool		ours = false;

	if (OidIsValid(check_func_oid))
		return funcoid == check_func_oid;
	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(funcoid));
	if (HeapTupleIsValid(tup))
	{
		Form_pg_proc proc = (Form_pg_proc) GETSTRUCT(tup);

		if (proc->prolang == ClanguageId)
		{
			bool		isnull;
			Datum		src = SysCacheGetAttr(PROCOID, tup, Anum_pg_proc_prosrc, &isnull);

			ours = !isnull && strcmp(TextDatumGetCString(src), "cs_access_event_check") == 0;
		}
		ReleaseSysCache(tup);
	}
	if (ours)
	{
		Oid			ext = get_extension_oid("civilservice", true);

		ours = OidIsValid(ext) && getExtensionOfObject(ProcedureRelationId, funcoid) == ext;
	}
	if (ours)
		check_func_oid = funcoid;
	return ours;
}

/*
 * The INSERT policies of the table written and of its root partitioned
 * table (the statement's target, as a rule), for a user they apply to.
 */
static void
rls_admit_insert(Relation rel, const EventColumns *cols, int64 body)
{
	Oid			relid = RelationGetRelid(rel);

	/* what check_enable_rls() would say at once, without reading pg_inherits */
	if (superuser() || has_bypassrls_privilege(GetUserId()))
		return;
	if (check_enable_rls(relid, InvalidOid, false) == RLS_ENABLED)
		cs_rls_admit(rel, cs_rls_insert_check(rel, cols), body);
	if (rel->rd_rel->relispartition)
	{
		Oid			root = llast_oid(get_partition_ancestors(relid));

		if (check_enable_rls(root, InvalidOid, false) == RLS_ENABLED)
		{
			Relation	rootrel = table_open(root, AccessShareLock);
			EventColumns rootcols;

			cs_event_columns(rootrel, &rootcols);
			cs_rls_admit(rootrel, cs_rls_insert_check(rootrel, &rootcols), body);
			table_close(rootrel, AccessShareLock);
		}
	}
}

/*
 * Trigger access_event_employee, BEFORE INSERT OR UPDATE ... FOR EACH ROW on
 * civilservice.access_event: the rules of п. 20 for a single write. COPY
 * does not come here (copy.c applies the same checks).
 */
Datum
cs_access_event_check(PG_FUNCTION_ARGS)
{
	static const char *const tables[] = {"access_event", NULL};
	TriggerData *td = cs_trigger_check(fcinfo, "access_event_check", true, true,
									   TRIGGER_TYPE_INSERT | TRIGGER_TYPE_UPDATE, tables);
	bool		update;
	Relation	rel;
	EventColumns cols;
	EventValues ev;
	EventProblem p;

	cs_refuse_without_preload();
	update = TRIGGER_FIRED_BY_UPDATE(td->tg_event);
	rel = td->tg_relation;
	cs_event_columns(rel, &cols);
	cs_event_values(update ? td->tg_newslot : td->tg_trigslot, &cols, &ev);
	/*
	 * Under row-level security, the INSERT policies first: PostgreSQL checks
	 * them after the BEFORE ROW triggers, but this one would answer whether
	 * another body's employee exists and take that body's lock.
	 */
	if (!update && !ev.isnull[0])
		rls_admit_insert(rel, &cols, ev.body);
	if (cs_event_null_problem(&ev, &p))
		cs_event_raise(&p, rel);
	cs_body_lock(ev.body, RowExclusiveLock);
	if (cs_event_problem(&ev, &p))
		cs_event_raise(&p, rel);
	return PointerGetDatum(update ? td->tg_newtuple : td->tg_trigtuple);
}

/*
 * access_event_load_stats() → (stored, duplicates, diverted, outcome) of the
 * latest load of access-control events in this session: outcome 'in
 * progress' while its transaction is open, 'committed', 'rolled back' (all
 * counts zero: nothing of it remains) or 'prepared'; NULL before any load.
 */
Datum
cs_access_event_load_stats(PG_FUNCTION_ARGS)
{
	static const char *const outcomes[] = {NULL, "in progress", "committed", "rolled back", "prepared"};
	TupleDesc	desc;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE || desc->natts != 4)
		elog(ERROR, "access_event_load_stats must return a record of four columns");
	values[0] = Int64GetDatum(cs_last_load.stats.stored);
	values[1] = Int64GetDatum(cs_last_load.stats.duplicates);
	values[2] = Int64GetDatum(cs_last_load.stats.diverted);
	if (outcomes[cs_last_load.outcome] == NULL)
		nulls[3] = true;
	else
		values[3] = CStringGetTextDatum(outcomes[cs_last_load.outcome]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}

/* require_shared_preload(): the install script refuses without the setting. */
Datum
cs_require_shared_preload(PG_FUNCTION_ARGS)
{
	cs_refuse_without_preload();
	PG_RETURN_VOID();
}
