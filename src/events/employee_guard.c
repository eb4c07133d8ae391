/*
 * employee_guard.c — an employee who has access-control events is not
 * deleted, nor given another key (п. 20: the events are the record of the
 * employee's working time). This is the other half of the rule
 * access_event_employee; a foreign key would say the same, but its check of
 * every loaded row would take away the speed COPY needs.
 *
 * Trigger access_event_employee on civilservice.employee:
 *   BEFORE DELETE OR UPDATE OF state_body_id, id FOR EACH ROW, and
 *   BEFORE TRUNCATE FOR EACH STATEMENT.
 *
 * Under concurrency: the row trigger takes the body lock in ShareLock
 * (checks.c), so it waits for every load and write of the body in progress,
 * then looks for the employee's events with the latest snapshot, which sees
 * what those committed. Loads and writes that come later wait for the
 * deleting transaction, then read the employees afresh and refuse the
 * employee's events if the deletion committed. TRUNCATE takes a SHARE lock
 * on access_event (it waits for every writer of events) and refuses when
 * any event exists.
 */
#include "postgres.h"
#include "common/compat.h"

#include "catalog/pg_trigger.h"
#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "storage/lmgr.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "common/refusal.h"
#include "events/events.h"
#include "common/trigger_check.h"

PG_FUNCTION_INFO_V1(cs_access_event_employee_guard);

static SPIPlanPtr events_of_plan = NULL;
static SPIPlanPtr any_event_plan = NULL;

/* The attribute number of an int8 column of the employee table. */
static AttrNumber
employee_column(Relation rel, const char *name)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			i;

	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (!att->attisdropped && strcmp(NameStr(att->attname), name) == 0 &&
			att->atttypid == INT8OID)
			return att->attnum;
	}
	ereport(ERROR,
			(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
			 errmsg("access_event_employee_guard() fired on \"%s\", which has no bigint column \"%s\"",
					RelationGetRelationName(rel), name),
			 errhint("The trigger belongs on civilservice.employee only.")));
	return InvalidAttrNumber;	/* not reached */
}

static SPIPlanPtr
keep_plan(const char *query, int nargs, Oid *types)
{
	SPIPlanPtr	p = SPI_prepare(query, nargs, types);

	if (p == NULL || SPI_keepplan(p) != 0)
		elog(ERROR, "could not prepare: %s", query);
	return p;
}

/*
 * Does the query (LIMIT 1) over the events find a row, by the latest
 * committed data? Run as the owner of the events, so the check holds
 * whoever deletes the employee; the plan is prepared once.
 */
static bool
events_found(Oid events, SPIPlanPtr *plan, const char *query,
			 int nargs, Oid *types, Datum *args)
{
	bool		found;
	Oid			save_user;
	int			save_sec;

	GetUserIdAndSecContext(&save_user, &save_sec);
	SetUserIdAndSecContext(cs_rel_owner(events),
						   save_sec | SECURITY_LOCAL_USERID_CHANGE | SECURITY_NOFORCE_RLS);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (*plan == NULL)
		*plan = keep_plan(query, nargs, types);
	if (SPI_execute_snapshot(*plan, args, NULL, GetLatestSnapshot(), InvalidSnapshot,
							 true, false, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read " CS_SCHEMA ".access_event");
	found = SPI_processed > 0;
	SPI_finish();
	SetUserIdAndSecContext(save_user, save_sec);
	return found;
}

/* Does employee (body, emp) have events? */
static bool
employee_has_events(int64 body, int64 emp)
{
	Datum		args[2] = {Int64GetDatum(body), Int64GetDatum(emp)};
	Oid			types[2] = {INT8OID, INT8OID};
	Oid			events = RangeVarGetRelid(makeRangeVar(CS_SCHEMA, "access_event", -1),
										  AccessShareLock, true);

	if (!OidIsValid(events))
		return false;

	/*
	 * The key of access_event starts with the body and the employee, so
	 * this is one probe of the primary key.
	 */
	return events_found(events, &events_of_plan,
						"SELECT 1 FROM " CS_SCHEMA ".access_event "
						"WHERE state_body_id OPERATOR(pg_catalog.=) $1 "
						"AND employee_id OPERATOR(pg_catalog.=) $2 LIMIT 1",
						2, types, args);
}

/* Are there any events at all? */
static bool
any_event(Oid events)
{
	return events_found(events, &any_event_plan,
						"SELECT 1 FROM " CS_SCHEMA ".access_event LIMIT 1", 0, NULL, NULL);
}

static void
refuse(Relation rel, int64 body, int64 emp, bool update)
{
	cs_refuse("п. 20", ERRCODE_FOREIGN_KEY_VIOLATION, CS_EMPLOYEE_RULE, RelationGetRelationName(rel),
			  psprintf("Key (state_body_id, id)=(%lld, %lld) is still referenced from table \"access_event\".",
					   (long long) body, (long long) emp),
			  "The events are the record of the employee's working time: end the employment with employed_to instead, or delete the employee's events first.",
			  "employee %lld of state body %lld has access-control events, so it cannot be %s",
			  (long long) emp, (long long) body, update ? "given another key" : "deleted");
}

Datum
cs_access_event_employee_guard(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Relation	rel;
	HeapTuple	old;
	AttrNumber	body_att,
				id_att;
	bool		isnull;
	int64		body,
				emp;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(td->tg_event) ||
		!(TRIGGER_FIRED_BY_TRUNCATE(td->tg_event) ?
		  TRIGGER_FIRED_FOR_STATEMENT(td->tg_event) :
		  (TRIGGER_FIRED_FOR_ROW(td->tg_event) &&
		   (TRIGGER_FIRED_BY_DELETE(td->tg_event) || TRIGGER_FIRED_BY_UPDATE(td->tg_event)))))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("access_event_employee_guard() must be fired BEFORE DELETE OR UPDATE FOR EACH ROW, or BEFORE TRUNCATE")));
	{
		static const char *const tables[] = {"employee", NULL};

		cs_trigger_on(td, "access_event_employee_guard", tables);
	}
	rel = td->tg_relation;
	body_att = employee_column(rel, "state_body_id");
	id_att = employee_column(rel, "id");

	if (TRIGGER_FIRED_BY_TRUNCATE(td->tg_event))
	{
		Oid			events = RangeVarGetRelid(makeRangeVar(CS_SCHEMA, "access_event", -1),
											  ShareLock, true);

		if (OidIsValid(events) && any_event(events))
			cs_refuse("п. 20", ERRCODE_FOREIGN_KEY_VIOLATION, CS_EMPLOYEE_RULE, RelationGetRelationName(rel),
					  "Table \"access_event\" holds events of the employees.",
					  "Truncate civilservice.access_event first, or delete only the employees without events.",
					  "employees cannot be truncated while access-control events exist");
		return PointerGetDatum(NULL);
	}

	old = td->tg_trigtuple;
	body = DatumGetInt64(heap_getattr(old, body_att, RelationGetDescr(rel), &isnull));
	if (isnull)
		return PointerGetDatum(TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple : old);
	emp = DatumGetInt64(heap_getattr(old, id_att, RelationGetDescr(rel), &isnull));
	if (isnull)
		return PointerGetDatum(TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple : old);

	if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
	{
		HeapTuple	new = td->tg_newtuple;
		bool		n1,
					n2;
		Datum		nb = heap_getattr(new, body_att, RelationGetDescr(rel), &n1);
		Datum		ne = heap_getattr(new, id_att, RelationGetDescr(rel), &n2);

		if (!n1 && !n2 && DatumGetInt64(nb) == body && DatumGetInt64(ne) == emp)
			return PointerGetDatum(new);
	}

	/* wait for the loads and writes of the body, then look */
	cs_body_lock(body, ShareLock);
	if (employee_has_events(body, emp))
		refuse(rel, body, emp, TRIGGER_FIRED_BY_UPDATE(td->tg_event));
	return PointerGetDatum(TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple : old);
}
