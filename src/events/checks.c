/*
 * checks.c — the rules of one access-control event (п. 20 of the Rules:
 * control and accounting of working time by the HR service, including
 * through the access-control system), and the lock they are checked under.
 *
 * An event names the state body, one of the body's employees, the instant,
 * the direction ('in' or 'out'), the badge reader and the source; nothing
 * may be missing. The same functions serve the trigger on access_event
 * (INSERT, UPDATE) and the COPY loop (copy.c): one rule, one place.
 *
 * The body lock. Loads, writes and employee deletions of one state body are
 * ordered by a lock on the body (an advisory-lock tag of its own kind, so it
 * never meets the application's advisory locks), held to the end of the
 * transaction:
 *
 *   a load (COPY)                      ExclusiveLock
 *   an INSERT or UPDATE of an event    RowExclusiveLock
 *   deleting or re-keying an employee  ShareLock
 *
 * Loads of a body run one after the other and see each other's events
 * (dedup.c relies on it); plain writes run side by side but never beside a
 * load; an employee is deleted only when no load or write of the body is in
 * progress, and no event of the body is written until that deletion ends
 * (employee_guard.c). Whoever takes the lock then reads the latest committed
 * employees (employee_cache.c), so an employee deleted meanwhile is seen.
 */
#include "postgres.h"
#include "common/compat.h"

#include "access/htup_details.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "storage/lock.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "common/refusal.h"
#include "events/events.h"

static const struct
{
	const char *name;
	Oid			type;
	const char *what;			/* for the message of a null value */
}			event_columns[CS_EVENT_NCOLS] = {
	{"state_body_id", INT8OID, "the state body"},
	{"employee_id", INT8OID, "the employee"},
	{"at", TIMESTAMPTZOID, "the instant"},
	{"direction", TEXTOID, "the direction"},
	{"device_id", TEXTOID, "the badge reader"},
	{"source", TEXTOID, "the source"},
};

static const char *divert_hint =
"To load the good rows of a feed and keep the bad ones in civilservice.access_event_rejected, SET civilservice.access_event_rejects = 'divert'.";

/*
 * The attribute numbers of the event columns of rel, checked by name and
 * type: the trigger and the COPY loop read the row through them, so a table
 * of another shape is refused rather than misread.
 */
void
cs_event_columns(Relation rel, EventColumns *cols)
{
	TupleDesc	desc = RelationGetDescr(rel);
	AttrNumber	found[CS_EVENT_NCOLS] = {0};
	int			i,
				c;

	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (att->attisdropped)
			continue;
		for (c = 0; c < CS_EVENT_NCOLS; c++)
			if (strcmp(NameStr(att->attname), event_columns[c].name) == 0 &&
				att->atttypid == event_columns[c].type)
				found[c] = att->attnum;
	}
	for (c = 0; c < CS_EVENT_NCOLS; c++)
		if (found[c] == InvalidAttrNumber)
			ereport(ERROR,
					(errcode(ERRCODE_WRONG_OBJECT_TYPE),
					 errmsg("\"%s\" is not a table of access-control events (п. 20)",
							RelationGetRelationName(rel)),
					 errdetail("It has no column \"%s\" of type %s.",
							   event_columns[c].name, format_type_be(event_columns[c].type)),
					 errhint("The trigger " CS_EMPLOYEE_RULE " with civilservice.access_event_check() belongs on civilservice.access_event only.")));
	cols->body = found[0];
	cols->emp = found[1];
	cols->at = found[2];
	cols->direction = found[3];
	cols->device = found[4];
	cols->source = found[5];
}

static inline text *
text_value(Datum d)
{
	return (text *) PG_DETOAST_DATUM_PACKED(d);
}

/* Read the event of a row (any slot of a table with these columns). */
void
cs_event_values(TupleTableSlot *slot, const EventColumns *cols, EventValues *ev)
{
	Datum		d;

	d = slot_getattr(slot, cols->body, &ev->isnull[0]);
	ev->body = ev->isnull[0] ? 0 : DatumGetInt64(d);
	d = slot_getattr(slot, cols->emp, &ev->isnull[1]);
	ev->emp = ev->isnull[1] ? 0 : DatumGetInt64(d);
	d = slot_getattr(slot, cols->at, &ev->isnull[2]);
	ev->at = ev->isnull[2] ? 0 : DatumGetTimestampTz(d);
	d = slot_getattr(slot, cols->direction, &ev->isnull[3]);
	ev->direction = ev->isnull[3] ? NULL : text_value(d);
	d = slot_getattr(slot, cols->device, &ev->isnull[4]);
	ev->device = ev->isnull[4] ? NULL : text_value(d);
	d = slot_getattr(slot, cols->source, &ev->isnull[5]);
	ev->source = ev->isnull[5] ? NULL : text_value(d);
	ev->is_in = false;
}

static char *
text_or_null(text *t)
{
	return t ? text_to_cstring(t) : pstrdup("(null)");
}

static char *
instant_or_null(const EventValues *ev)
{
	return ev->isnull[2] ? pstrdup("(null)") : pstrdup(timestamptz_to_str(ev->at));
}

/* Every column of an event is required (п. 20). */
bool
cs_event_null_problem(const EventValues *ev, EventProblem *p)
{
	int			c;

	for (c = 0; c < CS_EVENT_NCOLS; c++)
		if (ev->isnull[c])
			break;
	if (c == CS_EVENT_NCOLS)
		return false;
	p->sqlstate = ERRCODE_NOT_NULL_VIOLATION;
	p->sqlstate_text = "23502";
	p->constraint = CS_COMPLETE_RULE;
	p->column = c + 1;			/* index into event_columns, from 1 */
	p->message = psprintf("null value in column \"%s\" of an access-control event",
						  event_columns[c].name);
	p->detail = psprintf("An access-control event names the state body, the employee, the instant, the direction, the badge reader and the source; this one lacks %s (state body %s, employee %s, at %s).",
						 event_columns[c].what,
						 ev->isnull[0] ? "(null)" : psprintf("%lld", (long long) ev->body),
						 ev->isnull[1] ? "(null)" : psprintf("%lld", (long long) ev->emp),
						 instant_or_null(ev));
	p->hint = psprintf("Fill the column in the feed (source is 'skud' when COPY leaves it out). %s", divert_hint);
	return true;
}

static inline bool
direction_in(text *direction, bool *is_in)
{
	int			len = VARSIZE_ANY_EXHDR(direction);
	const char *s = VARDATA_ANY(direction);

	*is_in = (len == 2 && memcmp(s, "in", 2) == 0);
	return *is_in || (len == 3 && memcmp(s, "out", 3) == 0);
}

/*
 * The rules of a complete event: the direction, then the employee. Call
 * under the body lock (cs_body_lock) so that the employees read are the
 * latest. Sets ev->is_in.
 */
bool
cs_event_problem(EventValues *ev, EventProblem *p)
{
	if (!direction_in(ev->direction, &ev->is_in))
	{
		p->sqlstate = ERRCODE_CHECK_VIOLATION;
		p->sqlstate_text = "23514";
		p->constraint = CS_DIRECTION_RULE;
		p->column = 4;
		p->message = pstrdup("the direction of an access-control event must be 'in' or 'out'");
		p->detail = psprintf("Event of employee %lld of state body %lld at device %s has direction \"%s\".",
							 (long long) ev->emp, (long long) ev->body,
							 text_or_null(ev->device), text_or_null(ev->direction));
		p->hint = psprintf("Map the badge system's codes to 'in' (вход) and 'out' (выход) before loading. %s",
						   divert_hint);
		return true;
	}
	if (!cs_employee_known(ev->body, ev->emp))
	{
		int64		other = cs_employee_other_body(ev->body, ev->emp);

		p->sqlstate = ERRCODE_FOREIGN_KEY_VIOLATION;
		p->sqlstate_text = "23503";
		p->constraint = CS_EMPLOYEE_RULE;
		p->column = 0;
		p->message = psprintf("access-control event of employee %lld, who is not an employee of state body %lld",
							  (long long) ev->emp, (long long) ev->body);
		if (other != 0)
			p->detail = psprintf("Key (state_body_id, employee_id)=(%lld, %lld) is not present in table \"employee\"; employee %lld belongs to state body %lld.",
								 (long long) ev->body, (long long) ev->emp, (long long) ev->emp, (long long) other);
		else
			p->detail = psprintf("Key (state_body_id, employee_id)=(%lld, %lld) is not present in table \"employee\".",
								 (long long) ev->body, (long long) ev->emp);
		p->hint = psprintf("Register the employee in civilservice.employee first, or correct the state body or employee of the event. %s",
						   divert_hint);
		return true;
	}
	return false;
}

/*
 * Refuse the event through the one way to refuse (common/refusal.h): the
 * point of the Rules, the integrity SQLSTATE, the constraint, the table
 * (the partition written, when the row went to one), the detail and the hint.
 */
void
cs_event_raise(const EventProblem *p, Relation rel)
{
	cs_refuse(CS_EVENT_POINT, p->sqlstate, p->constraint, RelationGetRelationName(rel),
			  p->detail, p->hint, "%s", p->message);
}

/*
 * Take the lock of a body in mode (see the head of this file). True when
 * it was not held yet: whoever waited may have let an employee change
 * commit, so the invalidations that change sent are taken in now (a lock
 * on an advisory tag does not do it, unlike a lock on a relation).
 */
bool
cs_body_lock(int64 body, LOCKMODE mode)
{
	LOCKTAG		tag;
	LockAcquireResult r;

	SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, (uint32) ((uint64) body >> 32), (uint32) body,
						 CS_BODY_LOCK_FIELD4);
	r = LockAcquire(&tag, mode, false, false);
	if (r == LOCKACQUIRE_ALREADY_HELD || r == LOCKACQUIRE_ALREADY_CLEAR)
		return false;
	AcceptInvalidationMessages();
	return true;
}

/*
 * The owner of a relation. Reads that a rule makes on behalf of whoever
 * writes (the employees, the events) run as the owner of the table read,
 * as the checks of a foreign key do: a loader needs no privilege on
 * civilservice.employee to have its events checked against it.
 */
Oid
cs_rel_owner(Oid relid)
{
	HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return owner;
}
