/*
 * access_events.c — access-control (СКУД) events: validation, deduplication
 * and the COPY filter (п. 20 of the Rules: control and accounting of working
 * time by the HR service, including through the access-control system).
 *
 * Badge feeds are loaded with COPY into civilservice.access_event, millions
 * of rows a month. What the Rules and the feeds need:
 *
 *   - a malformed event (unknown employee, another body's employee, a
 *     direction other than in/out) is refused with an integrity error that
 *     names п. 20; the table's CHECK constraints access_event_employee and
 *     access_event_direction call cs_access_event_employee_ok() and
 *     cs_access_event_direction_ok() below, so INSERT and COPY refuse alike;
 *   - an event the badge system sends again is stored once and does not
 *     abort the load; a late event is accepted;
 *   - a loader may keep the good rows of a feed and set the bad ones aside
 *     (civilservice.access_event_rejects = 'divert').
 *
 * Why a COPY filter and not a BEFORE ROW trigger: any BEFORE ROW trigger
 * makes COPY insert row by row (no multi-insert batching), which measured
 * about twice as slow as the same COPY without it, even with a C trigger
 * that does nothing. A COPY WHERE clause keeps the batching, and a function
 * in it can skip a row. So the ProcessUtility hook below adds
 *
 *     WHERE civilservice.access_event_accept(state_body_id, employee_id, at,
 *                                            direction, device_id, source)
 *
 * to every COPY FROM into access_event (or one of its partitions) that does
 * not name the function already. The function is declared STABLE: COPY
 * refuses to batch when its WHERE clause is volatile, because a volatile
 * function might read the rows buffered and not yet inserted. This one reads
 * the target table only through the unique index, and remembers the rows it
 * accepted that may still be in COPY's buffers (see RING below).
 *
 * Deduplication, per state body and statement:
 *
 *   1. The statement takes a transaction-level lock on the body (an advisory
 *      lock tag of its own kind, so it never meets the application's
 *      advisory locks): two loads of the same body run one after the other,
 *      and the second sees what the first stored. Plain INSERTs do not take
 *      it; the primary key is their safety net (a concurrent duplicate INSERT
 *      fails with 23505, it is never stored twice).
 *   2. Under the lock, the latest instant stored for the body (hwm) is read
 *      from the primary key of every partition with a dirty snapshot.
 *      Feeds come in time order, so almost every row is later than hwm and
 *      than every row accepted before it: it is new, and nothing is probed.
 *   3. A row at the same instant as the latest accepted one is compared with
 *      the few rows accepted at that instant.
 *   4. Any other row (a late event, a resend) is looked up among the last
 *      RING rows accepted, which covers every row COPY may still hold in its
 *      buffers, and then in the partition's primary key with a dirty
 *      snapshot, waiting for the inserting transaction as _bt_check_unique
 *      does when that one is still in progress.
 *
 * The hook exists only in a backend that has loaded the library. A session
 * whose very first statement is a COPY into access_event has not: that COPY
 * still validates every row (the CHECK constraints load the library), but
 * a resend in it fails with 23505 instead of being skipped, and the session
 * is warned once. Loaders call any civilservice function first (see
 * civilservice.access_event_load_stats()) or list civilservice in
 * session_preload_libraries.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/relscan.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "partitioning/partbounds.h"
#include "partitioning/partdesc.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "storage/proc.h"
#include "tcop/pquery.h"
#include "tcop/utility.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/partcache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "events/access_events.h"

#define CS_SCHEMA "civilservice"

PG_FUNCTION_INFO_V1(cs_access_event_accept);
PG_FUNCTION_INFO_V1(cs_access_event_employee_ok);
PG_FUNCTION_INFO_V1(cs_access_event_direction_ok);
PG_FUNCTION_INFO_V1(cs_access_event_statement);
PG_FUNCTION_INFO_V1(cs_access_event_load_stats);
PG_FUNCTION_INFO_V1(cs_employee_invalidate);

/* civilservice.access_event_rejects */
typedef enum RejectsMode
{
	REJECTS_ERROR,
	REJECTS_DIVERT
} RejectsMode;

static const struct config_enum_entry rejects_options[] = {
	{"error", REJECTS_ERROR, false},
	{"divert", REJECTS_DIVERT, false},
	{NULL, 0, false}
};

static int	rejects_mode = REJECTS_ERROR;

static ProcessUtility_hook_type prev_utility_hook = NULL;

/* ---------------------------------------------------------------------
 * The employee cache: every (state_body_id, id) of civilservice.employee,
 * per backend, dropped when the table changes (a statement trigger on it
 * sends a relcache invalidation, as for the calendar in calendar.c).
 * --------------------------------------------------------------------- */

typedef struct EmpKey
{
	int64		body;
	int64		emp;
} EmpKey;

typedef struct EmpEntry
{
	EmpKey		key;
	char		status;			/* for simplehash */
} EmpEntry;

/* The finalizer of splitmix64 (murmurhash64 arrived in PostgreSQL 16). */
static inline uint64
mix64(uint64 x)
{
	x ^= x >> 30;
	x *= UINT64CONST(0xbf58476d1ce4e5b9);
	x ^= x >> 27;
	x *= UINT64CONST(0x94d049bb133111eb);
	x ^= x >> 31;
	return x;
}

static inline uint32
emp_hash(EmpKey k)
{
	return (uint32) mix64((uint64) k.body * UINT64CONST(0x9E3779B97F4A7C15) ^ (uint64) k.emp);
}

#define SH_PREFIX emps
#define SH_ELEMENT_TYPE EmpEntry
#define SH_KEY_TYPE EmpKey
#define SH_KEY key
#define SH_HASH_KEY(tb, k) emp_hash(k)
#define SH_EQUAL(tb, a, b) ((a).body == (b).body && (a).emp == (b).emp)
#define SH_SCOPE static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

static MemoryContext emp_cxt = NULL;
static emps_hash *emp_set = NULL;
static uint64 emp_inval_counter = 1;
static uint64 emp_cache_counter = 0;
static Oid	employee_relid = InvalidOid;

static void
emp_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == employee_relid)
		emp_inval_counter++;
}

static Oid
cs_relid(const char *name)
{
	Oid			nsp = get_namespace_oid(CS_SCHEMA, true);

	return OidIsValid(nsp) ? get_relname_relid(name, nsp) : InvalidOid;
}

static void
emp_cache_build(void)
{
	uint64		i;

	if (emp_cxt == NULL)
		emp_cxt = AllocSetContextCreate(CacheMemoryContext,
										"civilservice employee cache",
										ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(emp_cxt);
	emp_set = NULL;
	emp_cache_counter = emp_inval_counter;
	/* before reading, so a change during the build is noticed */
	employee_relid = cs_relid("employee");

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT state_body_id, id FROM " CS_SCHEMA ".employee", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute failed on " CS_SCHEMA ".employee");
	emp_set = emps_create(emp_cxt, Max(SPI_processed * 2, 64), NULL);
	for (i = 0; i < SPI_processed; i++)
	{
		bool		n1,
					n2,
					found;
		EmpKey		k;

		k.body = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &n1));
		k.emp = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &n2));
		if (!n1 && !n2)
			emps_insert(emp_set, k, &found);
	}
	SPI_finish();
}

static inline bool
employee_known(int64 body, int64 emp)
{
	EmpKey		k;

	if (emp_set == NULL || emp_cache_counter != emp_inval_counter)
		emp_cache_build();
	k.body = body;
	k.emp = emp;
	return emps_lookup(emp_set, k) != NULL;
}

/* The body an employee id belongs to, when it is not body; 0 when none. */
static int64
employee_other_body(int64 body, int64 emp)
{
	emps_iterator it;
	EmpEntry   *e;

	emps_start_iterate(emp_set, &it);
	while ((e = emps_iterate(emp_set, &it)) != NULL)
		if (e->key.emp == emp && e->key.body != body)
			return e->key.body;
	return 0;
}

/* Trigger on civilservice.employee: drop the cache in every backend. */
Datum
cs_employee_invalidate(PG_FUNCTION_ARGS)
{
	Oid			relid;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("employee_invalidate() must be called as a trigger")));
	relid = RelationGetRelid(((TriggerData *) fcinfo->context)->tg_relation);
	CacheInvalidateRelcacheByRelid(relid);
	return PointerGetDatum(NULL);
}

/* ---------------------------------------------------------------------
 * The rules of a single event (п. 20), raised or described.
 * --------------------------------------------------------------------- */

typedef struct Problem
{
	int			sqlstate;
	const char *sqlstate_text;
	const char *constraint;
	char	   *message;
	char	   *detail;
	char	   *hint;
} Problem;

static const char *divert_hint =
"To load the good rows of a feed and keep the bad ones in civilservice.access_event_rejected, SET civilservice.access_event_rejects = 'divert'.";

static void
employee_problem(int64 body, int64 emp, Problem *p)
{
	int64		other = employee_other_body(body, emp);

	p->sqlstate = ERRCODE_FOREIGN_KEY_VIOLATION;
	p->sqlstate_text = "23503";
	p->constraint = "access_event_employee";
	p->message = psprintf("п. 20: access-control event of employee %lld, who is not an employee of state body %lld",
						  (long long) emp, (long long) body);
	if (other != 0)
		p->detail = psprintf("Key (state_body_id, employee_id)=(%lld, %lld) is not present in table \"employee\"; employee %lld belongs to state body %lld.",
							 (long long) body, (long long) emp, (long long) emp, (long long) other);
	else
		p->detail = psprintf("Key (state_body_id, employee_id)=(%lld, %lld) is not present in table \"employee\".",
							 (long long) body, (long long) emp);
	p->hint = psprintf("Register the employee in civilservice.employee first, or correct the state body or employee of the event. %s",
					   divert_hint);
}

static void
direction_problem(text *direction, int64 body, int64 emp, text *device, Problem *p)
{
	p->sqlstate = ERRCODE_CHECK_VIOLATION;
	p->sqlstate_text = "23514";
	p->constraint = "access_event_direction";
	p->message = pstrdup("п. 20: the direction of an access-control event must be 'in' or 'out'");
	p->detail = psprintf("Event of employee %lld of state body %lld at device %s has direction \"%s\".",
						 (long long) emp, (long long) body,
						 device ? text_to_cstring(device) : "(null)", text_to_cstring(direction));
	p->hint = psprintf("Map the badge system's codes to 'in' (вход) and 'out' (выход) before loading. %s",
					   divert_hint);
}

static inline bool
direction_valid(text *direction)
{
	int			len = VARSIZE_ANY_EXHDR(direction);
	const char *s = VARDATA_ANY(direction);

	return (len == 2 && memcmp(s, "in", 2) == 0) || (len == 3 && memcmp(s, "out", 3) == 0);
}

static void
raise_problem(Problem *p)
{
	ereport(ERROR,
			(errcode(p->sqlstate),
			 errmsg("%s", p->message),
			 errdetail("%s", p->detail),
			 errhint("%s", p->hint),
			 err_generic_string(PG_DIAG_SCHEMA_NAME, CS_SCHEMA),
			 err_generic_string(PG_DIAG_TABLE_NAME, "access_event"),
			 err_generic_string(PG_DIAG_CONSTRAINT_NAME, p->constraint)));
}

/* ---------------------------------------------------------------------
 * Per-statement load state
 * --------------------------------------------------------------------- */

/*
 * COPY buffers at most 1000 rows (MAX_BUFFERED_TUPLES in copyfrom.c, PG 15)
 * before it inserts them; rows it has inserted are found in the unique
 * index. The last RING accepted rows are kept so that a resend of a row
 * still in the buffers is recognised.
 */
#define RING 2048
#define SAME_MAX 64

typedef struct RingSlot
{
	uint64		seq;			/* number of the accepted row, from 1 */
	int64		body;
	int64		emp;
	TimestampTz at;
	int			dev_len;
	int			dir_len;
	int			cap;
	char	   *text;			/* device bytes, then direction bytes */
} RingSlot;

typedef struct BodyState
{
	int64		body;
	TimestampTz hwm;			/* latest instant stored when the lock was taken */
	bool		has_run;
	TimestampTz run_max;		/* latest instant accepted in this statement */
	int			nsame;			/* accepted rows at run_max, in same_seq */
	bool		same_overflow;	/* more than SAME_MAX of them */
	uint64		same_seq[SAME_MAX];
} BodyState;

typedef struct StmtKey
{
	LocalTransactionId lxid;
	TimestampTz start;
	SubTransactionId subxid;
} StmtKey;

static struct
{
	bool		active;
	StmtKey		key;
	Oid			parent;			/* civilservice.access_event */
	BodyState  *bodies;
	int			nbodies;
	int			maxbodies;
	uint64		first_seq;		/* first seq of this statement */
	uint64		next_seq;
	int64		stored;
	int64		duplicates;
	int64		diverted;
	StmtKey		warned;			/* statement warned about a missing filter */
} ls;

static MemoryContext ls_cxt = NULL;
static TimestampTz ring_at[RING];	/* instants of the slots, scanned first */
static RingSlot ring[RING];

static inline StmtKey
current_stmt(void)
{
	StmtKey		k;

	k.lxid = MyProc->lxid;
	k.start = GetCurrentStatementStartTimestamp();
	k.subxid = GetCurrentSubTransactionId();
	return k;
}

static inline bool
stmt_equal(StmtKey a, StmtKey b)
{
	return a.lxid == b.lxid && a.start == b.start && a.subxid == b.subxid;
}

/* Start the state of a new statement when this is one. */
static void
stmt_state(void)
{
	StmtKey		now = current_stmt();

	if (ls.active && stmt_equal(ls.key, now))
		return;
	if (ls_cxt == NULL)
	{
		ls_cxt = AllocSetContextCreate(TopMemoryContext,
									   "civilservice access_event load",
									   ALLOCSET_SMALL_SIZES);
		ls.maxbodies = 8;
		ls.bodies = MemoryContextAlloc(ls_cxt, ls.maxbodies * sizeof(BodyState));
		ls.next_seq = 1;
	}
	ls.active = true;
	ls.key = now;
	ls.parent = cs_relid("access_event");
	ls.nbodies = 0;
	ls.first_seq = ls.next_seq;
	ls.stored = ls.duplicates = ls.diverted = 0;
}

static inline bool
slot_equal(RingSlot *s, int64 body, TimestampTz at, int64 emp, text *device, text *direction)
{
	int			dl = VARSIZE_ANY_EXHDR(device);
	int			vl = VARSIZE_ANY_EXHDR(direction);

	return s->at == at && s->emp == emp && s->body == body &&
		s->dev_len == dl && s->dir_len == vl &&
		memcmp(s->text, VARDATA_ANY(device), dl) == 0 &&
		memcmp(s->text + dl, VARDATA_ANY(direction), vl) == 0;
}

static inline bool
seq_live(uint64 seq)
{
	return seq >= ls.first_seq && seq + RING >= ls.next_seq && seq < ls.next_seq;
}

static uint64
ring_add(int64 body, TimestampTz at, int64 emp, text *device, text *direction)
{
	uint64		seq = ls.next_seq++;
	int			i = seq % RING;
	RingSlot   *s = &ring[i];
	int			dl = VARSIZE_ANY_EXHDR(device);
	int			vl = VARSIZE_ANY_EXHDR(direction);

	if (s->cap < dl + vl)
	{
		int			cap = Max(64, dl + vl);

		s->text = s->text ? repalloc(s->text, cap) : MemoryContextAlloc(ls_cxt, cap);
		s->cap = cap;
	}
	ring_at[i] = at;
	s->seq = seq;
	s->body = body;
	s->at = at;
	s->emp = emp;
	s->dev_len = dl;
	s->dir_len = vl;
	memcpy(s->text, VARDATA_ANY(device), dl);
	memcpy(s->text + dl, VARDATA_ANY(direction), vl);
	return seq;
}

static bool
ring_find(int64 body, TimestampTz at, int64 emp, text *device, text *direction)
{
	int			i;

	for (i = 0; i < RING; i++)
		if (ring_at[i] == at && seq_live(ring[i].seq) &&
			slot_equal(&ring[i], body, at, emp, device, direction))
			return true;
	return false;
}

static void
no_primary_key(Relation part)
{
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("partition \"%s\" of " CS_SCHEMA ".access_event has no primary key",
					RelationGetRelationName(part)),
			 errdetail("Resent access-control events (п. 20) are recognised by the primary key of each partition."),
			 errhint("Create partitions with " CS_SCHEMA ".ensure_access_event_partitions(), or give this one its key with " CS_SCHEMA ".access_event_prepare_partition().")));
}

/* The partition of civilservice.access_event that holds instant at. */
static Oid
partition_of(Relation parent, TimestampTz at)
{
	PartitionKey key = RelationGetPartitionKey(parent);
	PartitionDesc pd = RelationGetPartitionDesc(parent, true);
	PartitionBoundInfo bi = pd->boundinfo;
	int			idx = -1;

	if (bi == NULL)
		return InvalidOid;
	if (bi->ndatums > 0)
	{
		Datum		v = TimestampTzGetDatum(at);
		bool		equal;
		int			off = partition_range_datum_bsearch(key->partsupfunc, key->partcollation,
														bi, 1, &v, &equal);

		idx = bi->indexes[off + 1];
	}
	if (idx < 0)
		idx = bi->default_index;
	return idx >= 0 ? pd->oids[idx] : InvalidOid;
}

/*
 * Is the event in the partition's primary key? A dirty snapshot sees rows
 * of this transaction (including rows this COPY has flushed) and of
 * transactions still in progress; for those we wait and look again.
 */
static bool
stored_in(Oid partoid, int64 body, TimestampTz at, int64 emp, text *device, text *direction)
{
	Relation	heap = table_open(partoid, AccessShareLock);
	Oid			idxoid = RelationGetPrimaryKeyIndex(heap);
	Relation	idx;
	ScanKeyData keys[5];
	SnapshotData dirty;
	TupleTableSlot *slot;
	bool		found;

	if (!OidIsValid(idxoid))
		no_primary_key(heap);
	idx = index_open(idxoid, AccessShareLock);
	slot = table_slot_create(heap, NULL);
	for (;;)
	{
		IndexScanDesc scan;
		TransactionId xwait;

		InitDirtySnapshot(dirty);
		/* the key is (state_body_id, at, employee_id, device_id, direction) */
		ScanKeyInit(&keys[0], 1, BTEqualStrategyNumber, F_INT8EQ, Int64GetDatum(body));
		ScanKeyInit(&keys[1], 2, BTEqualStrategyNumber, F_TIMESTAMPTZ_EQ, TimestampTzGetDatum(at));
		ScanKeyInit(&keys[2], 3, BTEqualStrategyNumber, F_INT8EQ, Int64GetDatum(emp));
		ScanKeyInit(&keys[3], 4, BTEqualStrategyNumber, F_TEXTEQ, PointerGetDatum(device));
		keys[3].sk_collation = idx->rd_indcollation[3];
		ScanKeyInit(&keys[4], 5, BTEqualStrategyNumber, F_TEXTEQ, PointerGetDatum(direction));
		keys[4].sk_collation = idx->rd_indcollation[4];

		scan = index_beginscan(heap, idx, &dirty, 5, 0);
		index_rescan(scan, keys, 5, NULL, 0);
		found = index_getnext_slot(scan, ForwardScanDirection, slot);
		xwait = TransactionIdIsValid(dirty.xmin) ? dirty.xmin : dirty.xmax;
		index_endscan(scan);
		if (found && TransactionIdIsValid(xwait))
		{
			ExecClearTuple(slot);
			XactLockTableWait(xwait, heap, &slot->tts_tid, XLTW_InsertIndex);
			continue;
		}
		break;
	}
	ExecDropSingleTupleTableSlot(slot);
	index_close(idx, NoLock);
	table_close(heap, NoLock);
	return found;
}

/* Latest instant stored for the body, over every partition (dirty snapshot). */
static TimestampTz
stored_max_at(Relation parent, int64 body)
{
	PartitionDesc pd = RelationGetPartitionDesc(parent, true);
	TimestampTz best = DT_NOBEGIN;
	int			i;

	for (i = 0; i < pd->nparts; i++)
	{
		Relation	heap = table_open(pd->oids[i], AccessShareLock);
		Oid			idxoid = RelationGetPrimaryKeyIndex(heap);
		AttrNumber	at_attno = get_attnum(pd->oids[i], "at");
		Relation	idx;
		IndexScanDesc scan;
		ScanKeyData key;
		SnapshotData dirty;
		TupleTableSlot *slot;

		if (!OidIsValid(idxoid) || at_attno == InvalidAttrNumber)
			no_primary_key(heap);
		idx = index_open(idxoid, AccessShareLock);
		slot = table_slot_create(heap, NULL);
		InitDirtySnapshot(dirty);
		ScanKeyInit(&key, 1, BTEqualStrategyNumber, F_INT8EQ, Int64GetDatum(body));
		scan = index_beginscan(heap, idx, &dirty, 1, 0);
		index_rescan(scan, &key, 1, NULL, 0);
		if (index_getnext_slot(scan, BackwardScanDirection, slot))
		{
			bool		isnull;
			TimestampTz at = DatumGetTimestampTz(slot_getattr(slot, at_attno, &isnull));

			if (!isnull && at > best)
				best = at;
		}
		index_endscan(scan);
		ExecDropSingleTupleTableSlot(slot);
		index_close(idx, NoLock);
		table_close(heap, NoLock);
	}
	return best;
}

static BodyState *
body_state(int64 body)
{
	BodyState  *bs;
	LOCKTAG		tag;
	Relation	parent;
	int			i;

	for (i = 0; i < ls.nbodies; i++)
		if (ls.bodies[i].body == body)
			return &ls.bodies[i];
	if (ls.nbodies == ls.maxbodies)
	{
		ls.maxbodies *= 2;
		ls.bodies = repalloc(ls.bodies, ls.maxbodies * sizeof(BodyState));
	}

	/*
	 * One load of a body at a time (step 1 above). Field 4 of an advisory
	 * tag is 1 or 2 for the SQL-level advisory locks; 20 (п. 20) is ours.
	 */
	SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, (uint32) ((uint64) body >> 32), (uint32) body, 20);
	(void) LockAcquire(&tag, ExclusiveLock, false, false);

	if (!OidIsValid(ls.parent))
		elog(ERROR, "table " CS_SCHEMA ".access_event does not exist");
	parent = table_open(ls.parent, AccessShareLock);
	bs = &ls.bodies[ls.nbodies];
	memset(bs, 0, sizeof(BodyState));
	bs->body = body;
	bs->hwm = stored_max_at(parent, body);
	table_close(parent, NoLock);
	ls.nbodies++;
	return bs;
}

static bool
stored_anywhere(int64 body, TimestampTz at, int64 emp, text *device, text *direction)
{
	Relation	parent = table_open(ls.parent, AccessShareLock);
	Oid			part = partition_of(parent, at);
	bool		found = false;

	table_close(parent, NoLock);
	if (OidIsValid(part))
		found = stored_in(part, body, at, emp, device, direction);
	return found;
}

/* Steps 2–4 above: true when the event is already stored or accepted. */
static bool
is_duplicate(int64 body, TimestampTz at, int64 emp, text *device, text *direction)
{
	BodyState  *bs = body_state(body);
	bool		check_late = true;
	uint64		seq;

	if (at > bs->hwm)
	{
		if (!bs->has_run || at > bs->run_max)
		{
			bs->has_run = true;
			bs->run_max = at;
			bs->nsame = 0;
			bs->same_overflow = false;
			check_late = false;
		}
		else if (at == bs->run_max)
		{
			bool		certain = !bs->same_overflow;
			int			i;

			for (i = 0; i < bs->nsame; i++)
			{
				uint64		s = bs->same_seq[i];
				RingSlot   *slot = &ring[s % RING];

				if (slot->seq != s || !seq_live(s))
					certain = false;	/* left the ring: flushed, probe */
				else if (slot_equal(slot, body, at, emp, device, direction))
					return true;
			}
			check_late = !certain;
		}
	}
	if (check_late)
	{
		if (ring_find(body, at, emp, device, direction))
			return true;
		if (stored_anywhere(body, at, emp, device, direction))
			return true;
	}
	seq = ring_add(body, at, emp, device, direction);
	if (bs->has_run && at == bs->run_max)
	{
		if (bs->nsame < SAME_MAX)
			bs->same_seq[bs->nsame++] = seq;
		else
			bs->same_overflow = true;
	}
	return false;
}

/* ---------------------------------------------------------------------
 * Diverting rejected rows
 * --------------------------------------------------------------------- */

static SPIPlanPtr divert_plan = NULL;

static void
divert_row(FunctionCallInfo fcinfo, const char *sqlstate, const char *constraint, const char *reason)
{
	Datum		values[9];
	char		nulls[9];
	int			i;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (divert_plan == NULL)
	{
		Oid			types[9] = {INT8OID, INT8OID, TIMESTAMPTZOID, TEXTOID, TEXTOID, TEXTOID,
		TEXTOID, TEXTOID, TEXTOID};
		SPIPlanPtr	p = SPI_prepare("INSERT INTO " CS_SCHEMA ".access_event_rejected "
									"(state_body_id, employee_id, at, direction, device_id, source, "
									" reason, sqlstate, constraint_name) "
									"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", 9, types);

		if (p == NULL)
			elog(ERROR, "SPI_prepare failed for access_event_rejected");
		SPI_keepplan(p);
		divert_plan = p;
	}
	for (i = 0; i < 6; i++)
	{
		nulls[i] = PG_ARGISNULL(i) ? 'n' : ' ';
		values[i] = PG_ARGISNULL(i) ? (Datum) 0 : PG_GETARG_DATUM(i);
	}
	values[6] = CStringGetTextDatum(reason);
	values[7] = CStringGetTextDatum(sqlstate);
	values[8] = constraint ? CStringGetTextDatum(constraint) : (Datum) 0;
	nulls[6] = nulls[7] = ' ';
	nulls[8] = constraint ? ' ' : 'n';
	if (SPI_execute_plan(divert_plan, values, nulls, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "SPI_execute_plan failed for access_event_rejected");
	SPI_finish();
}

/* ---------------------------------------------------------------------
 * SQL-callable functions
 * --------------------------------------------------------------------- */

/*
 * access_event_accept(state_body_id, employee_id, at, direction, device_id,
 * source) → boolean: the COPY filter. False skips the row: a resend, or a
 * bad row diverted to access_event_rejected. Bad rows in 'error' mode are
 * let through to the CHECK constraints, which refuse them.
 */
Datum
cs_access_event_accept(PG_FUNCTION_ARGS)
{
	static const char *const cols[] = {"state_body_id", "employee_id", "at", "direction", "device_id", "source"};
	int64		body,
				emp;
	TimestampTz at;
	text	   *direction,
			   *device;
	int			i;

	stmt_state();
	for (i = 0; i < lengthof(cols); i++)
		if (PG_ARGISNULL(i))
		{
			if (rejects_mode == REJECTS_DIVERT)
			{
				char	   *reason = psprintf("null value in column \"%s\" of an access-control event (п. 20)", cols[i]);

				divert_row(fcinfo, "23502", NULL, reason);
				ls.diverted++;
				PG_RETURN_BOOL(false);
			}
			ls.stored++;
			PG_RETURN_BOOL(true);	/* NOT NULL refuses it */
		}
	body = PG_GETARG_INT64(0);
	emp = PG_GETARG_INT64(1);
	at = PG_GETARG_TIMESTAMPTZ(2);
	direction = PG_GETARG_TEXT_PP(3);
	device = PG_GETARG_TEXT_PP(4);

	if (rejects_mode == REJECTS_DIVERT)
	{
		Problem		p;
		bool		bad = true;

		if (!direction_valid(direction))
			direction_problem(direction, body, emp, device, &p);
		else if (!employee_known(body, emp))
			employee_problem(body, emp, &p);
		else
			bad = false;
		if (bad)
		{
			divert_row(fcinfo, p.sqlstate_text, p.constraint, psprintf("%s. %s", p.message, p.detail));
			ls.diverted++;
			PG_RETURN_BOOL(false);
		}
	}
	if (is_duplicate(body, at, emp, device, direction))
	{
		ls.duplicates++;
		PG_RETURN_BOOL(false);
	}
	ls.stored++;
	PG_RETURN_BOOL(true);
}

/*
 * A COPY into access_event that did not go through the filter (the library
 * was loaded during the statement): say so once, before a resend in it
 * fails on the primary key.
 */
static void
warn_unfiltered(void)
{
	StmtKey		now = current_stmt();

	if ((ls.active && stmt_equal(ls.key, now)) || stmt_equal(ls.warned, now))
		return;
	if (ActivePortal == NULL || ActivePortal->commandTag != CMDTAG_COPY)
		return;
	ls.warned = now;
	ereport(WARNING,
			(errmsg("п. 20: this COPY into civilservice.access_event does not skip resent events"),
			 errdetail("The civilservice library was loaded during the statement, so its COPY filter was not added: a resent event fails on the primary key, and rows are not diverted."),
			 errhint("Start a loading session with SELECT civilservice.access_event_load_stats(), or add civilservice to session_preload_libraries; later statements of this session are filtered.")));
}

/* CHECK access_event_employee: the employee is one of the body (п. 20). */
Datum
cs_access_event_employee_ok(PG_FUNCTION_ARGS)
{
	int64		body = PG_GETARG_INT64(0);
	int64		emp = PG_GETARG_INT64(1);
	Problem		p;

	warn_unfiltered();
	if (employee_known(body, emp))
		PG_RETURN_BOOL(true);
	employee_problem(body, emp, &p);
	raise_problem(&p);
	PG_RETURN_BOOL(false);
}

/*
 * CHECK access_event_direction: 'in' or 'out'. Arguments after the
 * direction only serve the error detail.
 */
Datum
cs_access_event_direction_ok(PG_FUNCTION_ARGS)
{
	text	   *direction;
	Problem		p;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	direction = PG_GETARG_TEXT_PP(0);
	if (direction_valid(direction))
		PG_RETURN_BOOL(true);
	direction_problem(direction,
					  PG_ARGISNULL(1) ? 0 : PG_GETARG_INT64(1),
					  PG_ARGISNULL(2) ? 0 : PG_GETARG_INT64(2),
					  PG_ARGISNULL(3) ? NULL : PG_GETARG_TEXT_PP(3), &p);
	raise_problem(&p);
	PG_RETURN_BOOL(false);
}

/* AFTER STATEMENT trigger on access_event: report what a filtered load did. */
Datum
cs_access_event_statement(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_AFTER(td->tg_event) ||
		TRIGGER_FIRED_FOR_ROW(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("access_event_statement() must be fired AFTER ... FOR EACH STATEMENT")));
	if (ls.active && stmt_equal(ls.key, current_stmt()))
		ereport(ls.diverted > 0 ? WARNING : NOTICE,
				(errmsg("п. 20: access-control events: %lld stored, %lld resent duplicates skipped, %lld rejected rows diverted to civilservice.access_event_rejected",
						(long long) ls.stored, (long long) ls.duplicates, (long long) ls.diverted)));
	return PointerGetDatum(NULL);
}

/*
 * access_event_load_stats() → (stored, duplicates, diverted) of the latest
 * filtered load of this session. Calling it also loads the library, which
 * is why a loading session starts with it.
 */
Datum
cs_access_event_load_stats(PG_FUNCTION_ARGS)
{
	TupleDesc	desc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "access_event_load_stats must return a record");
	values[0] = Int64GetDatum(ls.active ? ls.stored : 0);
	values[1] = Int64GetDatum(ls.active ? ls.duplicates : 0);
	values[2] = Int64GetDatum(ls.active ? ls.diverted : 0);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}

/* ---------------------------------------------------------------------
 * The COPY hook
 * --------------------------------------------------------------------- */

static bool
names_filter(Node *node, void *context)
{
	if (node == NULL)
		return false;
	if (IsA(node, FuncCall))
	{
		FuncCall   *fc = (FuncCall *) node;

		if (strcmp(strVal(llast(fc->funcname)), "access_event_accept") == 0)
			return true;
	}
	return raw_expression_tree_walker(node, names_filter, context);
}

static bool
is_access_event(RangeVar *rv)
{
	Oid			relid = RangeVarGetRelid(rv, NoLock, true);
	Oid			parent;

	if (!OidIsValid(relid))
		return false;
	parent = cs_relid("access_event");
	if (!OidIsValid(parent))
		return false;
	if (relid == parent)
		return true;
	return get_rel_relispartition(relid) && get_partition_parent(relid, true) == parent;
}

static Node *
filter_call(void)
{
	static const char *const cols[] = {"state_body_id", "employee_id", "at", "direction", "device_id", "source"};
	List	   *args = NIL;
	int			i;

	for (i = 0; i < lengthof(cols); i++)
	{
		ColumnRef  *c = makeNode(ColumnRef);

		c->fields = list_make1(makeString(pstrdup(cols[i])));
		c->location = -1;
		args = lappend(args, c);
	}
	return (Node *) makeFuncCall(list_make2(makeString(pstrdup(CS_SCHEMA)), makeString(pstrdup("access_event_accept"))),
								 args, COERCE_EXPLICIT_CALL, -1);
}

static void
cs_utility_hook(PlannedStmt *pstmt, const char *queryString, bool readOnlyTree,
				ProcessUtilityContext context, ParamListInfo params,
				QueryEnvironment *queryEnv, DestReceiver *dest, QueryCompletion *qc)
{
	Node	   *parsetree = pstmt->utilityStmt;

	if (IsA(parsetree, CopyStmt) && ((CopyStmt *) parsetree)->is_from &&
		((CopyStmt *) parsetree)->relation != NULL &&
		!names_filter(((CopyStmt *) parsetree)->whereClause, NULL) &&
		is_access_event(((CopyStmt *) parsetree)->relation))
	{
		/* a copy: the statement may be cached, and is the caller's */
		PlannedStmt *copy = copyObject(pstmt);
		CopyStmt   *cs = (CopyStmt *) copy->utilityStmt;
		Node	   *f = filter_call();

		cs->whereClause = cs->whereClause == NULL ? f :
			(Node *) makeBoolExpr(AND_EXPR, list_make2(cs->whereClause, f), -1);
		pstmt = copy;
		readOnlyTree = false;
	}
	if (prev_utility_hook)
		prev_utility_hook(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc);
	else
		standard_ProcessUtility(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc);
}

void
cs_access_events_init(void)
{
	DefineCustomEnumVariable("civilservice.access_event_rejects",
							 "What a load does with a malformed access-control event (п. 20): error or divert.",
							 "error: the statement fails and stores nothing; divert: the row goes to civilservice.access_event_rejected and the COPY goes on.",
							 &rejects_mode,
							 REJECTS_ERROR,
							 rejects_options,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
	CacheRegisterRelcacheCallback(emp_relcache_callback, (Datum) 0);
	prev_utility_hook = ProcessUtility_hook;
	ProcessUtility_hook = cs_utility_hook;
}
