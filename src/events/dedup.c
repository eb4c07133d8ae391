/*
 * dedup.c — recognising an event the badge system sends again, during a
 * load into one leaf partition of access_event (п. 20: each passage is
 * accounted once). The unique key of every partition is
 * (state_body_id, employee_id, at, direction, device_id): an event is a
 * resend when its key is already stored, or already accepted by the load.
 * The key leads with the employee so that one employee's events of a period
 * are one range of it (attendance reads them so); the steps below therefore
 * follow each employee's own run of instants.
 *
 * The load holds the lock of each body it loads (checks.c, ExclusiveLock)
 * from before its first row of the body: no other transaction writes events
 * of the body until the load ends, and every one that did has ended. So:
 *
 *   1. hwm, the latest instant stored for the employee in the partition,
 *      is read once per employee from the unique index (a dirty snapshot:
 *      it sees what committed after the statement's snapshot was taken, and
 *      the transaction's own rows).
 *   2. Feeds come in time order: a row later than hwm and than every row
 *      the load accepted for the employee is new; nothing is looked up.
 *   3. A row at the same instant as the employee's latest accepted one is
 *      compared with the rows accepted at that instant (a few; past
 *      SAME_MAX, 4).
 *   4. Any other row (a late event, a resend) is looked up among the rows
 *      waiting in the load's buffer, then in the unique index with a dirty
 *      snapshot, waiting for an inserting transaction still in progress as
 *      the unique check of an index does (only a writer that bypassed the
 *      trigger and its lock can be one).
 *
 * The copy loop tells (cs_dedup_flushed) when the buffer has been written:
 * from then on those rows are found in the index.
 */
#include "postgres.h"
#include "common/compat.h"

#include "access/genam.h"
#include "access/relscan.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/index.h"
#include "catalog/pg_am.h"
#include "storage/lmgr.h"
#include "utils/datum.h"
#include "utils/fmgroids.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "events/events.h"

#define SAME_MAX 4
#define SAME_DEVICE_MAX 64

typedef struct SameRow			/* a row accepted at the latest instant */
{
	bool		is_in;
	uint8		dev_len;
	char		dev[SAME_DEVICE_MAX];
} SameRow;

typedef struct RunKey
{
	int64		body;
	int64		emp;
} RunKey;

typedef struct BodyRun			/* step 1–3 state of one employee */
{
	RunKey		key;			/* hash key: first */
	TimestampTz hwm;
	bool		has_run;
	TimestampTz run_max;
	int			nsame;
	bool		same_overflow;
	SameRow		same[SAME_MAX];
} BodyRun;

typedef struct PendingRow		/* a row accepted and not yet written */
{
	TimestampTz at;
	int64		body;
	int64		emp;
	int			dev_off;
	int			dev_len;
	bool		is_in;
} PendingRow;

struct DedupLeaf
{
	Relation	heap;
	Relation	keyidx;			/* unique index on the event key */
	AttrNumber	at_att;
	TupleTableSlot *probe;
	HTAB	   *runs;			/* RunKey -> BodyRun */
	BodyRun    *last;
	PendingRow *pending;
	int			npending;
	int			maxpending;
	char	   *devbuf;			/* device bytes of the pending rows */
	int			devlen;
	int			devcap;
};

/*
 * The unique index of the leaf whose key is exactly the event key, among
 * the indexes the executor opened for it.
 */
static Relation
event_key_index(ResultRelInfo *rri, const EventColumns *cols)
{
	AttrNumber	key[5] = {cols->body, cols->emp, cols->at, cols->direction, cols->device};
	int			i,
				k;

	for (i = 0; i < rri->ri_NumIndices; i++)
	{
		Relation	idx = rri->ri_IndexRelationDescs[i];
		Form_pg_index ind = idx->rd_index;

		if (!ind->indisunique || !ind->indimmediate || !ind->indisvalid ||
			ind->indnkeyatts != 5 || idx->rd_rel->relam != BTREE_AM_OID ||
			!heap_attisnull(idx->rd_indextuple, Anum_pg_index_indpred, NULL) ||
			!heap_attisnull(idx->rd_indextuple, Anum_pg_index_indexprs, NULL))
			continue;
		for (k = 0; k < 5; k++)
			if (ind->indkey.values[k] != key[k])
				break;
		if (k == 5)
			return idx;
	}
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("\"%s\" has no unique key (state_body_id, employee_id, at, direction, device_id)",
					RelationGetRelationName(rri->ri_RelationDesc)),
			 errdetail("A resent access-control event (п. 20) is recognised by that key."),
			 errhint("Restore the primary key access_event_pkey of civilservice.access_event.")));
	return NULL;				/* not reached */
}

DedupLeaf *
cs_dedup_leaf_begin(ResultRelInfo *rri, const EventColumns *cols)
{
	DedupLeaf  *leaf = palloc0(sizeof(DedupLeaf));
	HASHCTL		ctl;

	leaf->heap = rri->ri_RelationDesc;
	leaf->keyidx = event_key_index(rri, cols);
	leaf->at_att = cols->at;
	leaf->probe = table_slot_create(leaf->heap, NULL);
	ctl.keysize = sizeof(RunKey);
	ctl.entrysize = sizeof(BodyRun);
	ctl.hcxt = CurrentMemoryContext;
	leaf->runs = hash_create("civilservice event runs", 1024, &ctl,
							 HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	leaf->maxpending = 1024;
	leaf->pending = palloc(leaf->maxpending * sizeof(PendingRow));
	leaf->devcap = 16384;
	leaf->devbuf = palloc(leaf->devcap);
	return leaf;
}

void
cs_dedup_leaf_end(DedupLeaf *leaf)
{
	ExecDropSingleTupleTableSlot(leaf->probe);
}

static void
key_scankeys(DedupLeaf *leaf, ScanKeyData *keys, const EventValues *ev)
{
	ScanKeyInit(&keys[0], 1, BTEqualStrategyNumber, F_INT8EQ, Int64GetDatum(ev->body));
	ScanKeyInit(&keys[1], 2, BTEqualStrategyNumber, F_INT8EQ, Int64GetDatum(ev->emp));
	ScanKeyInit(&keys[2], 3, BTEqualStrategyNumber, F_TIMESTAMPTZ_EQ, TimestampTzGetDatum(ev->at));
	ScanKeyInit(&keys[3], 4, BTEqualStrategyNumber, F_TEXTEQ, PointerGetDatum(ev->direction));
	keys[3].sk_collation = leaf->keyidx->rd_indcollation[3];
	ScanKeyInit(&keys[4], 5, BTEqualStrategyNumber, F_TEXTEQ, PointerGetDatum(ev->device));
	keys[4].sk_collation = leaf->keyidx->rd_indcollation[4];
}

/* Step 4: is the event in the unique index? */
static bool
stored(DedupLeaf *leaf, const EventValues *ev)
{
	ScanKeyData keys[5];
	SnapshotData dirty;
	bool		found;

	for (;;)
	{
		IndexScanDesc scan;
		TransactionId xwait;

		InitDirtySnapshot(dirty);
		key_scankeys(leaf, keys, ev);
		scan = index_beginscan(leaf->heap, leaf->keyidx, &dirty, 5, 0);
		index_rescan(scan, keys, 5, NULL, 0);
		found = index_getnext_slot(scan, ForwardScanDirection, leaf->probe);
		/* xmin and xmax are set by the visibility check of a tuple found */
		xwait = !found ? InvalidTransactionId :
			TransactionIdIsValid(dirty.xmin) ? dirty.xmin : dirty.xmax;
		index_endscan(scan);
		if (TransactionIdIsValid(xwait))
		{
			ExecClearTuple(leaf->probe);
			XactLockTableWait(xwait, leaf->heap, NULL, XLTW_InsertIndex);
			continue;
		}
		break;
	}
	ExecClearTuple(leaf->probe);
	return found;
}

/* Step 1: the latest instant stored for the employee in the leaf. */
static TimestampTz
stored_max_at(DedupLeaf *leaf, int64 body, int64 emp)
{
	ScanKeyData key[2];
	SnapshotData dirty;
	IndexScanDesc scan;
	TimestampTz best = DT_NOBEGIN;

	InitDirtySnapshot(dirty);
	ScanKeyInit(&key[0], 1, BTEqualStrategyNumber, F_INT8EQ, Int64GetDatum(body));
	ScanKeyInit(&key[1], 2, BTEqualStrategyNumber, F_INT8EQ, Int64GetDatum(emp));
	scan = index_beginscan(leaf->heap, leaf->keyidx, &dirty, 2, 0);
	index_rescan(scan, key, 2, NULL, 0);
	if (index_getnext_slot(scan, BackwardScanDirection, leaf->probe))
	{
		bool		isnull;
		Datum		d = slot_getattr(leaf->probe, leaf->at_att, &isnull);

		if (!isnull)
			best = DatumGetTimestampTz(d);
	}
	index_endscan(scan);
	ExecClearTuple(leaf->probe);
	return best;
}

static BodyRun *
employee_run(DedupLeaf *leaf, int64 body, int64 emp)
{
	BodyRun    *r;
	RunKey		key;
	bool		found;

	if (leaf->last && leaf->last->key.body == body && leaf->last->key.emp == emp)
		return leaf->last;
	memset(&key, 0, sizeof(key));
	key.body = body;
	key.emp = emp;
	r = hash_search(leaf->runs, &key, HASH_ENTER, &found);
	leaf->last = r;
	if (found)
		return r;
	r->hwm = stored_max_at(leaf, body, emp);
	r->has_run = false;
	r->run_max = DT_NOBEGIN;
	r->nsame = 0;
	r->same_overflow = false;
	return r;
}

static inline bool
same_row_equal(const SameRow *s, const EventValues *ev)
{
	int			len = VARSIZE_ANY_EXHDR(ev->device);

	return s->is_in == ev->is_in && s->dev_len == len &&
		memcmp(s->dev, VARDATA_ANY(ev->device), len) == 0;
}

static void
same_add(BodyRun *r, const EventValues *ev)
{
	int			len = VARSIZE_ANY_EXHDR(ev->device);
	SameRow    *s;

	if (r->nsame == SAME_MAX || len > SAME_DEVICE_MAX)
	{
		r->same_overflow = true;
		return;
	}
	s = &r->same[r->nsame++];
	s->is_in = ev->is_in;
	s->dev_len = len;
	memcpy(s->dev, VARDATA_ANY(ev->device), len);
}

static bool
pending_has(DedupLeaf *leaf, const EventValues *ev)
{
	int			len = VARSIZE_ANY_EXHDR(ev->device);
	int			i;

	for (i = 0; i < leaf->npending; i++)
	{
		PendingRow *p = &leaf->pending[i];

		if (p->at == ev->at && p->emp == ev->emp && p->body == ev->body &&
			p->is_in == ev->is_in && p->dev_len == len &&
			memcmp(leaf->devbuf + p->dev_off, VARDATA_ANY(ev->device), len) == 0)
			return true;
	}
	return false;
}

static void
pending_add(DedupLeaf *leaf, const EventValues *ev)
{
	int			len = VARSIZE_ANY_EXHDR(ev->device);
	PendingRow *p;

	if (leaf->npending == leaf->maxpending)
	{
		leaf->maxpending *= 2;
		leaf->pending = repalloc(leaf->pending, leaf->maxpending * sizeof(PendingRow));
	}
	if (leaf->devlen + len > leaf->devcap)
	{
		leaf->devcap = Max(leaf->devcap * 2, leaf->devlen + len);
		leaf->devbuf = repalloc(leaf->devbuf, leaf->devcap);
	}
	p = &leaf->pending[leaf->npending++];
	p->at = ev->at;
	p->body = ev->body;
	p->emp = ev->emp;
	p->is_in = ev->is_in;
	p->dev_off = leaf->devlen;
	p->dev_len = len;
	memcpy(leaf->devbuf + leaf->devlen, VARDATA_ANY(ev->device), len);
	leaf->devlen += len;
}

/*
 * True when the event (complete and checked: ev->is_in is set) is a resend;
 * otherwise it counts as accepted by the load from now on.
 */
bool
cs_dedup_seen(DedupLeaf *leaf, const EventValues *ev)
{
	BodyRun    *r = employee_run(leaf, ev->body, ev->emp);
	int			i;

	if (ev->at > r->hwm)
	{
		if (!r->has_run || ev->at > r->run_max)
		{
			/* step 2: later than everything stored and accepted */
			r->has_run = true;
			r->run_max = ev->at;
			r->nsame = 0;
			r->same_overflow = false;
			same_add(r, ev);
			pending_add(leaf, ev);
			return false;
		}
		if (ev->at == r->run_max && !r->same_overflow)
		{
			/* step 3: every row accepted at this instant is in same[] */
			for (i = 0; i < r->nsame; i++)
				if (same_row_equal(&r->same[i], ev))
					return true;
			same_add(r, ev);
			pending_add(leaf, ev);
			return false;
		}
	}
	/* step 4 */
	if (pending_has(leaf, ev) || stored(leaf, ev))
		return true;
	pending_add(leaf, ev);
	return false;
}

/* The pending rows are written: the index finds them from now on. */
void
cs_dedup_flushed(DedupLeaf *leaf)
{
	leaf->npending = 0;
	leaf->devlen = 0;
}
