/*
 * copy.c — COPY FROM into civilservice.access_event, run by the library
 * (п. 20: badge feeds are loaded with COPY, millions of rows a month).
 *
 * A ProcessUtility hook, installed from shared_preload_libraries so that
 * every session has it from its first statement, takes over a COPY FROM
 * whose target carries the check trigger access_event_employee (a BEFORE
 * ROW INSERT trigger calling civilservice.access_event_check(), known by
 * OID, that would fire now): access_event itself or one of its partitions.
 * Any other COPY, and a COPY into access_event while that trigger is absent
 * or disabled (pg_restore creates triggers after the data;
 * session_replication_role = replica), is left to PostgreSQL.
 *
 * The loop reads rows with the public COPY API (BeginCopyFrom,
 * NextCopyFrom), and for each row, in this order:
 *   - the WHERE clause of the COPY, if any;
 *   - the rules of п. 20 (checks.c), under the body lock, on the row as
 *     read: a refused row raises, or in divert mode goes to
 *     access_event_rejected (rejects.c);
 *   - routing to the leaf partition (the public execPartition API);
 *   - BEFORE ROW INSERT triggers of the leaf other than the check, when
 *     there are any (then the rules again, on the row they return);
 *   - resend recognition (dedup.c): a resend is skipped and counted;
 *   - stored generated columns, the table's constraints (ExecConstraints)
 *     and the partition constraint where routing did not choose the leaf;
 * then buffers the row. A full buffer (LOAD_BATCH_ROWS rows or
 * LOAD_BATCH_BYTES bytes over every leaf) is written with
 * table_multi_insert, then ExecInsertIndexTuples and ExecARInsertTriggers
 * per row, which also feeds transition tables. Statement triggers fire as
 * for an INSERT. The check trigger itself is not called: the loop applies
 * the same checks, and a per-row trigger call is what would cost COPY its
 * batching. Rows go one at a time when the leaf has other BEFORE ROW
 * triggers or the WHERE clause is volatile: those may read the table and
 * must see every earlier row.
 *
 * Row-level security. PostgreSQL's COPY FROM refuses a table with
 * row-level security; this loop enforces the table's INSERT policies
 * instead, so that a loader (civilservice_loader, mapped to its bodies in
 * civilservice.role_body) loads by COPY. The policies are read from the
 * relation cache (pg_policy), the ones an INSERT by the current user would
 * apply: permissive ones OR-ed, restrictive ones AND-ed, none permissive
 * meaning no row. Each may read state_body_id only (the tenancy policies
 * do: state_body_id = ANY ((SELECT civilservice.served_state_bodies(...))));
 * a policy reading any other column refuses the COPY as before. So the
 * condition is a function of the body alone: it is evaluated once per body
 * of the load, with the caller's rights, before the body's lock is taken
 * and before anything else is done with the row, and again on the row the
 * BEFORE ROW triggers return. A row of a body the condition refuses raises
 * 42501 with PostgreSQL's own message for an RLS WITH CHECK violation; it
 * is never diverted (the rejected rows are written as their table's owner,
 * and another body's rows are not the loader's to set aside).
 *
 * Refused: COPY FREEZE; a foreign-table partition; a row-level security
 * policy for INSERT that reads a column other than state_body_id.
 */
#include "postgres.h"
#include "common/compat.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/tupconvert.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_authid.h"
#include "catalog/pg_type.h"
#include "catalog/pg_trigger.h"
#include "commands/copy.h"
#include "commands/defrem.h"
#include "commands/progress.h"
#include "commands/trigger.h"
#include "executor/execPartition.h"
#include "executor/executor.h"
#include "executor/nodeModifyTable.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "optimizer/optimizer.h"
#include "parser/parse_coerce.h"
#include "parser/parse_collate.h"
#include "parser/parse_expr.h"
#include "parser/parse_relation.h"
#include "rewrite/rowsecurity.h"
#include "tcop/utility.h"
#include "utils/acl.h"
#include "utils/backend_progress.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/ruleutils.h"

#include "events/events.h"

/*
 * Buffer sizes of our own choosing: an event row is about 80 bytes, and a
 * thousand rows per table_multi_insert already takes most of the gain.
 */
#define LOAD_BATCH_ROWS 1000
#define LOAD_BATCH_BYTES (128 * 1024)

/*
 * State bodies one load may write: each holds a lock (an entry of the
 * server's shared lock table, sized by max_locks_per_transaction) until the
 * transaction ends, and a feed of bodies that do not exist, diverted row by
 * row, would otherwise fill that table for every session. A feed is a body's
 * or a few bodies'; more than this is refused with 54000.
 */
#define LOAD_MAX_BODIES 1000

/* Leaves that keep their buffer slots between batches; others give them back. */
#define LOAD_LEAVES_KEPT 8

static ProcessUtility_hook_type prev_utility_hook = NULL;

typedef struct LoadLeaf
{
	ResultRelInfo *rri;
	EventColumns cols;			/* of the leaf (its attribute numbers) */
	TupleConversionMap *map;	/* root form to leaf form, or NULL */
	bool		other_br;		/* BEFORE ROW INSERT triggers besides the check */
	DedupLeaf  *dedup;
	BulkInsertState bistate;
	TupleTableSlot **slots;		/* LOAD_BATCH_ROWS, created on demand */
	int			nslots;
	int			nused;
} LoadLeaf;

typedef struct Load
{
	Relation	rel;			/* the target of the COPY */
	EventColumns cols;
	MemoryContext cxt;			/* lives as long as the statement */
	EState	   *estate;
	ResultRelInfo *target;
	TransitionCaptureState *tcs;
	CommandId	mycid;
	List	   *leaves;
	LoadLeaf   *last_leaf;
	int			nbuffered;
	Size		bytes;
	int64	   *bodies;			/* bodies locked by this load */
	int			nbodies;
	int			maxbodies;
	char	   *rls_check;		/* the INSERT policies as a query on $1, or NULL */
	EventLoadStats stats;
} Load;

/* Would trigger t fire now (ENABLE / DISABLE / REPLICA / ALWAYS)? */
static bool
trigger_fires(const Trigger *t)
{
	if (t->tgenabled == TRIGGER_DISABLED)
		return false;
	if (SessionReplicationRole == SESSION_REPLICATION_ROLE_REPLICA)
		return t->tgenabled != TRIGGER_FIRES_ON_ORIGIN;
	return t->tgenabled != TRIGGER_FIRES_ON_REPLICA;
}

static inline bool
before_row_insert(const Trigger *t)
{
	return TRIGGER_FOR_ROW(t->tgtype) && TRIGGER_FOR_BEFORE(t->tgtype) &&
		TRIGGER_FOR_INSERT(t->tgtype);
}

/* Does the check trigger guard rel, so that this library runs its loads? */
static bool
guarded_by_check(Relation rel)
{
	TriggerDesc *td = rel->trigdesc;
	int			i;

	if (td == NULL || !td->trig_insert_before_row)
		return false;
	for (i = 0; i < td->numtriggers; i++)
	{
		Trigger    *t = &td->triggers[i];

		if (before_row_insert(t) && trigger_fires(t) && cs_is_check_trigger(t->tgfoid))
			return true;
	}
	return false;
}

static bool
has_other_before_row(ResultRelInfo *rri)
{
	TriggerDesc *td = rri->ri_TrigDesc;
	int			i;

	if (td == NULL || !td->trig_insert_before_row)
		return false;
	for (i = 0; i < td->numtriggers; i++)
	{
		Trigger    *t = &td->triggers[i];

		if (before_row_insert(t) && trigger_fires(t) && !cs_is_check_trigger(t->tgfoid))
			return true;
	}
	return false;
}

/* The loader's rights, as PostgreSQL's COPY FROM checks them. */
static Node *
check_copy_rights(ParseState *pstate, CopyStmt *stmt, Relation rel, bool *rls)
{
	ParseNamespaceItem *nsitem;
	CsPermInfo *perm;
	Node	   *where = NULL;
	ListCell   *lc;

	if (stmt->filename != NULL)
	{
		if (stmt->is_program)
		{
			if (!has_privs_of_role(GetUserId(), ROLE_PG_EXECUTE_SERVER_PROGRAM))
				ereport(ERROR,
						(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
						 errmsg("must be superuser or have privileges of the pg_execute_server_program role to COPY to or from an external program"),
						 errhint("Anyone can COPY to stdout or from stdin. psql's \\copy command also works for anyone.")));
		}
		else if (!has_privs_of_role(GetUserId(), ROLE_PG_READ_SERVER_FILES))
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("must be superuser or have privileges of the pg_read_server_files role to COPY from a file"),
					 errhint("Anyone can COPY to stdout or from stdin. psql's \\copy command also works for anyone.")));
	}

	nsitem = addRangeTableEntryForRelation(pstate, rel, RowExclusiveLock, NULL, false, false);
	perm = CS_NSITEM_PERMINFO(nsitem);
	perm->requiredPerms = ACL_INSERT;
	if (stmt->whereClause)
	{
		addNSItemToQuery(pstate, nsitem, false, true, true);
		where = transformExpr(pstate, stmt->whereClause, EXPR_KIND_COPY_WHERE);
		where = coerce_to_boolean(pstate, where, "WHERE");
		assign_expr_collations(pstate, where);
		where = eval_const_expressions(NULL, where);
		where = (Node *) canonicalize_qual((Expr *) where, false);
		where = (Node *) make_ands_implicit((Expr *) where);
	}
	foreach(lc, CopyGetAttnums(RelationGetDescr(rel), rel, stmt->attlist))
		perm->insertedCols = bms_add_member(perm->insertedCols,
											lfirst_int(lc) - FirstLowInvalidHeapAttributeNumber);
	cs_check_permissions(pstate, true);

	/* enforced row by row (rls_prepare), where PostgreSQL would refuse */
	*rls = check_enable_rls(perm->relid, InvalidOid, false) == RLS_ENABLED;

	PreventCommandIfReadOnly("COPY FROM");
	PreventCommandIfParallelMode("COPY FROM");

	foreach(lc, stmt->options)
	{
		DefElem    *opt = lfirst_node(DefElem, lc);

		if (strcmp(opt->defname, "freeze") == 0 && defGetBoolean(opt))
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("COPY FREEZE is not supported for access-control events (п. 20)"),
					 errdetail("Loads into \"%s\" check each event and skip resent ones; frozen rows would bypass that.",
							   RelationGetRelationName(rel)),
					 errhint("Leave out FREEZE.")));
	}
	if (rel->rd_rel->relkind != RELKIND_RELATION &&
		rel->rd_rel->relkind != RELKIND_PARTITIONED_TABLE)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("cannot load access-control events into \"%s\"", RelationGetRelationName(rel)),
				 errdetail("Only a table or a partitioned table can hold them.")));
	return where;
}

/* Does policy pol apply to user (core's check_role_for_policy)? */
static bool
policy_applies(RowSecurityPolicy *pol, Oid user)
{
	Oid		   *roles = (Oid *) ARR_DATA_PTR(pol->roles);
	int			n = ARR_DIMS(pol->roles)[0];
	int			i;

	if (roles[0] == ACL_ID_PUBLIC)
		return true;
	for (i = 0; i < n; i++)
		if (has_privs_of_role(user, roles[i]))
			return true;
	return false;
}

/*
 * Row-level security of events, shared with the check trigger (events.c).
 * The INSERT policies of the table that apply to the current user, as one
 * query of the body ($1): the same quals an INSERT would check, deparsed
 * under a search path of pg_catalog only (every other name qualified).
 */
char *
cs_rls_insert_check(Relation rel, const EventColumns *cols)
{
	RowSecurityDesc *rsdesc = rel->rd_rsdesc;
	Oid			user = GetUserId();
	List	   *ctx = deparse_context_for(RelationGetRelationName(rel), RelationGetRelid(rel));
	StringInfoData permissive,
				restrictive,
				q;
	ListCell   *lc;
	int			nestlevel = NewGUCNestLevel();

	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	initStringInfo(&permissive);
	initStringInfo(&restrictive);
	if (rsdesc != NULL)
		foreach(lc, rsdesc->policies)
		{
			RowSecurityPolicy *pol = lfirst(lc);
			Expr	   *check = pol->with_check_qual ? pol->with_check_qual : pol->qual;
			ListCell   *lv;
			StringInfo	to;

			if ((pol->polcmd != ACL_INSERT_CHR && pol->polcmd != '*') || check == NULL ||
				!policy_applies(pol, user))
				continue;
			/* the row's columns, also where a sub-select of the policy reads them */
			foreach(lv, pull_vars_of_level((Node *) check, 0))
				if (!IsA(lfirst(lv), Var) || ((Var *) lfirst(lv))->varattno != cols->body)
					ereport(ERROR,
							(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
							 errmsg("COPY FROM not supported with row-level security policy \"%s\" of table \"%s\"",
									pol->policy_name, RelationGetRelationName(rel)),
							 errdetail("A load enforces the INSERT policies of access-control events by state body; this policy reads other columns."),
							 errhint("Use INSERT statements instead.")));
			to = pol->permissive ? &permissive : &restrictive;
			appendStringInfo(to, "%s(%s)", to->len > 0 ? (pol->permissive ? " OR " : " AND ") : "",
							 deparse_expression((Node *) check, ctx, false, false));
		}
	initStringInfo(&q);
	appendStringInfo(&q, "SELECT (%s)%s%s FROM (VALUES ($1::pg_catalog.int8)) AS %s (%s)",
					 permissive.len > 0 ? permissive.data : "false",
					 restrictive.len > 0 ? " AND " : "", restrictive.data,
					 quote_identifier(RelationGetRelationName(rel)),
					 quote_identifier(NameStr(TupleDescAttr(RelationGetDescr(rel), cols->body - 1)->attname)));
	AtEOXact_GUC(true, nestlevel);
	return q.data;
}

/* May the current user insert rows of the body into rel? Raise if not. */
void
cs_rls_admit(Relation rel, const char *check, int64 body)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		args[1] = {Int64GetDatum(body)};
	bool		ok = false;
	int			nestlevel;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_execute_with_args(check, 1, argtypes, args, NULL, true, 1) != SPI_OK_SELECT ||
		SPI_processed != 1)
		elog(ERROR, "could not evaluate the row-level security policies of \"%s\"",
			 RelationGetRelationName(rel));
	else
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		ok = !isnull && DatumGetBool(d);
	}
	AtEOXact_GUC(true, nestlevel);
	SPI_finish();
	if (!ok)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("new row violates row-level security policy for table \"%s\"",
						RelationGetRelationName(rel)),
				 errdetail("The row is an event of state body %lld, which the current user does not load for.",
						   (long long) body),
				 errhint("Load only the events of the state bodies mapped to your role in civilservice.role_body.")));
}

/*
 * Take the body's lock once per load (checks.c explains the modes); under
 * row-level security, only after the policies admit the body.
 */
static void
lock_body(Load *load, int64 body)
{
	int			i;

	if (load->nbodies > 0 && load->bodies[load->nbodies - 1] == body)
		return;
	for (i = 0; i < load->nbodies; i++)
		if (load->bodies[i] == body)
		{
			/* most recent last: a feed of one body finds it at once */
			load->bodies[i] = load->bodies[load->nbodies - 1];
			load->bodies[load->nbodies - 1] = body;
			return;
		}
	if (load->nbodies >= LOAD_MAX_BODIES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a load of access-control events may write the events of at most %d state bodies",
						LOAD_MAX_BODIES),
				 errdetail("The feed names state body %lld after %d others; each body of a load is locked until the transaction ends.",
						   (long long) body, load->nbodies),
				 errhint("Split the feed by state body, or load it in several transactions.")));
	if (load->nbodies == load->maxbodies)
	{
		load->maxbodies *= 2;
		load->bodies = repalloc(load->bodies, load->maxbodies * sizeof(int64));
	}
	if (load->rls_check)
		cs_rls_admit(load->rel, load->rls_check, body);
	cs_body_lock(body, ExclusiveLock);
	load->bodies[load->nbodies++] = body;
}

static LoadLeaf *
load_leaf(Load *load, ResultRelInfo *rri)
{
	LoadLeaf   *leaf;
	ListCell   *lc;
	MemoryContext old;

	if (load->last_leaf && load->last_leaf->rri == rri)
		return load->last_leaf;
	foreach(lc, load->leaves)
	{
		leaf = lfirst(lc);
		if (leaf->rri == rri)
			return load->last_leaf = leaf;
	}
	if (rri->ri_FdwRoutine != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("cannot load access-control events into foreign table \"%s\"",
						RelationGetRelationName(rri->ri_RelationDesc)),
				 errdetail("Resent events are recognised by the unique key of each partition.")));
	old = MemoryContextSwitchTo(load->cxt);
	leaf = palloc0(sizeof(LoadLeaf));
	leaf->rri = rri;
	cs_event_columns(rri->ri_RelationDesc, &leaf->cols);
	leaf->map = rri == load->target ? NULL : rri->ri_RootToPartitionMap;
	leaf->other_br = has_other_before_row(rri);
	leaf->dedup = cs_dedup_leaf_begin(rri, &leaf->cols);
	leaf->bistate = GetBulkInsertState();
	leaf->slots = palloc0(LOAD_BATCH_ROWS * sizeof(TupleTableSlot *));
	load->leaves = lappend(load->leaves, leaf);
	MemoryContextSwitchTo(old);
	return load->last_leaf = leaf;
}

static TupleTableSlot *
next_slot(Load *load, LoadLeaf *leaf)
{
	if (leaf->nused == leaf->nslots)
	{
		MemoryContext old = MemoryContextSwitchTo(load->cxt);

		leaf->slots[leaf->nslots++] = table_slot_create(leaf->rri->ri_RelationDesc, NULL);
		MemoryContextSwitchTo(old);
	}
	return leaf->slots[leaf->nused];
}

static void
flush_error_callback(void *arg)
{
	LoadLeaf   *leaf = (LoadLeaf *) arg;

	errcontext("COPY %s, writing a batch of %d rows",
			   RelationGetRelationName(leaf->rri->ri_RelationDesc), leaf->nused);
}

/* Write the buffered rows of one leaf: heap, indexes, AFTER ROW triggers. */
static void
flush_leaf(Load *load, LoadLeaf *leaf)
{
	EState	   *estate = load->estate;
	ResultRelInfo *rri = leaf->rri;
	ErrorContextCallback errcallback;
	int			i;

	if (leaf->nused == 0)
		return;
	errcallback.callback = flush_error_callback;
	errcallback.arg = leaf;
	errcallback.previous = error_context_stack;
	error_context_stack = &errcallback;

	table_multi_insert(rri->ri_RelationDesc, leaf->slots, leaf->nused, load->mycid, 0, leaf->bistate);
	/* transition tables take the rows from the leaf, converted to the root's form */
	if (load->tcs != NULL)
		load->tcs->tcs_original_insert_tuple = NULL;
	for (i = 0; i < leaf->nused; i++)
	{
		TupleTableSlot *slot = leaf->slots[i];
		List	   *recheck = NIL;

		if (rri->ri_NumIndices > 0)
			recheck = cs_insert_index_tuples(rri, slot, estate);
		ExecARInsertTriggers(estate, rri, slot, recheck, load->tcs);
		list_free(recheck);
		ExecClearTuple(slot);
	}
	load->stats.stored += leaf->nused;
	pgstat_progress_update_param(PROGRESS_COPY_TUPLES_PROCESSED, load->stats.stored);
	leaf->nused = 0;
	cs_dedup_flushed(leaf->dedup);
	error_context_stack = errcallback.previous;
}

static void
release_slots(LoadLeaf *leaf)
{
	int			i;

	for (i = 0; i < leaf->nslots; i++)
		ExecDropSingleTupleTableSlot(leaf->slots[i]);
	leaf->nslots = 0;
}

static void
flush_all(Load *load, LoadLeaf *current)
{
	ListCell   *lc;
	int			kept = 0;

	foreach(lc, load->leaves)
		flush_leaf(load, lfirst(lc));
	load->nbuffered = 0;
	load->bytes = 0;
	/* a feed spanning many months keeps the slots of a few leaves only */
	foreach(lc, load->leaves)
	{
		LoadLeaf   *leaf = lfirst(lc);

		if (leaf->nslots > 0 && leaf != current && ++kept > LOAD_LEAVES_KEPT)
			release_slots(leaf);
	}
}

/* A refused row: raise, or in divert mode set it aside. */
static void
refuse_row(Load *load, const EventValues *ev, const EventProblem *p)
{
	if (cs_rejects_mode != CS_REJECTS_DIVERT)
		cs_event_raise(p, load->rel);
	cs_event_divert(ev, p);
	load->stats.diverted++;
}

/* The loop; returns the number of rows stored. */
static uint64
load_events(ParseState *pstate, CopyStmt *stmt, Relation rel)
{
	Load		load;
	Node	   *where;
	CopyFromState cstate;
	EState	   *estate;
	ModifyTableState *mtstate;
	PartitionTupleRouting *proute = NULL;
	ExprState  *qual = NULL;
	bool		one_at_a_time;
	ExprContext *econtext;
	TupleTableSlot *rootslot;
	ErrorContextCallback errcallback;
	MemoryContext querycxt = CurrentMemoryContext;
	ListCell   *lc;
	bool		rls;

	memset(&load, 0, sizeof(load));
	load.rel = rel;
	where = check_copy_rights(pstate, stmt, rel, &rls);
	cs_event_columns(rel, &load.cols);
	if (rls)
		load.rls_check = cs_rls_insert_check(rel, &load.cols);
	cs_load_begin();

	cstate = BeginCopyFrom(pstate, rel, where, stmt->filename, stmt->is_program,
						   NULL, stmt->attlist, stmt->options);

	load.cxt = AllocSetContextCreate(querycxt, "civilservice COPY of access-control events",
									 ALLOCSET_DEFAULT_SIZES);
	load.maxbodies = 8;
	load.bodies = MemoryContextAlloc(load.cxt, load.maxbodies * sizeof(int64));
	load.mycid = GetCurrentCommandId(true);

	estate = load.estate = CreateExecutorState();
	cs_init_range_table(estate, pstate);
	load.target = makeNode(ResultRelInfo);
	ExecInitResultRelation(estate, load.target, 1);
	cs_check_valid_result_rel(load.target, CMD_INSERT);
	ExecOpenIndices(load.target, false);

	mtstate = makeNode(ModifyTableState);
	mtstate->ps.plan = NULL;
	mtstate->ps.state = estate;
	mtstate->operation = CMD_INSERT;
	mtstate->mt_nrels = 1;
	mtstate->resultRelInfo = load.target;
	mtstate->rootResultRelInfo = load.target;

	AfterTriggerBeginQuery();
	load.tcs = mtstate->mt_transition_capture =
		MakeTransitionCaptureState(rel->trigdesc, RelationGetRelid(rel), CMD_INSERT);
	if (rel->rd_rel->relkind == RELKIND_PARTITIONED_TABLE)
		proute = ExecSetupPartitionTupleRouting(estate, rel);
	if (where)
		qual = ExecInitQual(castNode(List, where), &mtstate->ps);
	one_at_a_time = contain_volatile_functions(where);

	rootslot = table_slot_create(rel, &estate->es_tupleTable);
	ExecBSInsertTriggers(estate, load.target);
	econtext = GetPerTupleExprContext(estate);

	errcallback.callback = CopyFromErrorCallback;
	errcallback.arg = (void *) cstate;
	errcallback.previous = error_context_stack;
	error_context_stack = &errcallback;

	for (;;)
	{
		EventValues ev;
		EventProblem p;
		ResultRelInfo *rri;
		LoadLeaf   *leaf;
		TupleTableSlot *slot;

		CHECK_FOR_INTERRUPTS();
		/* everything of one row lives in the per-tuple context */
		ResetPerTupleExprContext(estate);
		MemoryContextSwitchTo(GetPerTupleMemoryContext(estate));
		ExecClearTuple(rootslot);
		if (!NextCopyFrom(cstate, econtext, rootslot->tts_values, rootslot->tts_isnull))
			break;
		ExecStoreVirtualTuple(rootslot);
		rootslot->tts_tableOid = RelationGetRelid(rel);

		if (qual)
		{
			econtext->ecxt_scantuple = rootslot;
			if (!ExecQual(qual, econtext))
				continue;
		}

		/* п. 20, on the row as read; first the body's policies and lock */
		cs_event_values(rootslot, &load.cols, &ev);
		if (!ev.isnull[0])
			lock_body(&load, ev.body);
		if (cs_event_null_problem(&ev, &p))
		{
			refuse_row(&load, &ev, &p);
			continue;
		}
		if (cs_event_problem(&ev, &p))
		{
			refuse_row(&load, &ev, &p);
			continue;
		}

		rri = proute ? ExecFindPartition(mtstate, load.target, proute, rootslot, estate) : load.target;
		leaf = load_leaf(&load, rri);
		slot = next_slot(&load, leaf);
		if (leaf->map)
			slot = execute_attr_map_slot(leaf->map->attrMap, rootslot, slot);
		else
			ExecCopySlot(slot, rootslot);
		slot->tts_tableOid = RelationGetRelid(rri->ri_RelationDesc);

		if (leaf->other_br)
		{
			if (load.tcs != NULL)
				load.tcs->tcs_original_insert_tuple = NULL;
			if (!ExecBRInsertTriggers(estate, rri, slot))
			{
				ExecClearTuple(slot);
				continue;
			}
			/* the triggers may have changed the row: the rules on what is stored */
			cs_event_values(slot, &leaf->cols, &ev);
			if (!ev.isnull[0])
				lock_body(&load, ev.body);
			if (cs_event_null_problem(&ev, &p))
			{
				ExecClearTuple(slot);
				refuse_row(&load, &ev, &p);
				continue;
			}
			if (cs_event_problem(&ev, &p))
			{
				ExecClearTuple(slot);
				refuse_row(&load, &ev, &p);
				continue;
			}
		}

		if (cs_dedup_seen(leaf->dedup, &ev))
		{
			ExecClearTuple(slot);
			load.stats.duplicates++;
			continue;
		}

		if (rri->ri_RelationDesc->rd_att->constr &&
			rri->ri_RelationDesc->rd_att->constr->has_generated_stored)
			ExecComputeStoredGenerated(rri, estate, slot, CMD_INSERT);
		if (rri->ri_RelationDesc->rd_att->constr)
			ExecConstraints(rri, slot, estate);
		if (rri->ri_RelationDesc->rd_rel->relispartition && (proute == NULL || leaf->other_br))
			ExecPartitionCheck(rri, slot, estate, true);

		ExecMaterializeSlot(slot);
		leaf->nused++;
		load.nbuffered++;
		load.bytes += heap_compute_data_size(RelationGetDescr(rel), rootslot->tts_values,
											 rootslot->tts_isnull);
		if (load.nbuffered >= LOAD_BATCH_ROWS || load.bytes >= LOAD_BATCH_BYTES ||
			one_at_a_time || leaf->other_br)
			flush_all(&load, leaf);
	}
	flush_all(&load, NULL);
	error_context_stack = errcallback.previous;
	MemoryContextSwitchTo(querycxt);

	ExecASInsertTriggers(estate, load.target, load.tcs);
	AfterTriggerEndQuery(estate);

	foreach(lc, load.leaves)
	{
		LoadLeaf   *leaf = lfirst(lc);

		release_slots(leaf);
		cs_dedup_leaf_end(leaf->dedup);
		FreeBulkInsertState(leaf->bistate);
		table_finish_bulk_insert(leaf->rri->ri_RelationDesc, 0);
	}
	ExecResetTupleTable(estate->es_tupleTable, false);
	if (proute)
		ExecCleanupTupleRouting(mtstate, proute);
	ExecCloseResultRelations(estate);
	ExecCloseRangeTableRelations(estate);
	FreeExecutorState(estate);
	EndCopyFrom(cstate);
	MemoryContextDelete(load.cxt);

	cs_load_end(&load.stats);
	ereport(load.stats.diverted > 0 ? WARNING : NOTICE,
			(errmsg("п. 20: access-control events: %lld stored, %lld resent duplicates skipped, %lld rejected rows diverted to civilservice.access_event_rejected",
					(long long) load.stats.stored, (long long) load.stats.duplicates,
					(long long) load.stats.diverted)));
	return load.stats.stored;
}

static void
cs_copy_utility_hook(PlannedStmt *pstmt, const char *queryString, bool readOnlyTree,
					 ProcessUtilityContext context, ParamListInfo params,
					 QueryEnvironment *queryEnv, DestReceiver *dest, QueryCompletion *qc)
{
	Node	   *parsetree = pstmt->utilityStmt;

	if (IsA(parsetree, CopyStmt) && ((CopyStmt *) parsetree)->is_from &&
		((CopyStmt *) parsetree)->relation != NULL)
	{
		CopyStmt   *stmt = (CopyStmt *) parsetree;

		/* the lock PostgreSQL's COPY FROM would take first, too */
		Oid			relid = RangeVarGetRelid(stmt->relation, RowExclusiveLock, true);

		if (OidIsValid(relid))
		{
			Relation	rel = relation_open(relid, NoLock);

			if (guarded_by_check(rel))
			{
				ParseState *pstate = make_parsestate(NULL);
				uint64		processed;

				pstate->p_sourcetext = queryString;
				pstate->p_queryEnv = queryEnv;
				if (readOnlyTree)
					stmt = copyObject(stmt);	/* the WHERE clause is transformed */
				processed = load_events(pstate, stmt, rel);
				free_parsestate(pstate);
				relation_close(rel, NoLock);
				if (qc)
					SetQueryCompletion(qc, CMDTAG_COPY, processed);
				return;
			}
			relation_close(rel, NoLock);
		}
	}
	if (prev_utility_hook)
		prev_utility_hook(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc);
	else
		standard_ProcessUtility(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc);
}

void
cs_copy_init(void)
{
	prev_utility_hook = ProcessUtility_hook;
	ProcessUtility_hook = cs_copy_utility_hook;
}
