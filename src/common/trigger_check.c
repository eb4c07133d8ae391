/*
 * trigger_check.c — see trigger_check.h.
 */
#include "postgres.h"
#include "common/compat.h"

#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_trigger.h"
#include "commands/trigger.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "common/trigger_check.h"

#define CS_SCHEMA "civilservice"

static const char *
event_names(int events)
{
	StringInfoData buf;

	initStringInfo(&buf);
	if (events & TRIGGER_TYPE_INSERT)
		appendStringInfoString(&buf, "INSERT");
	if (events & TRIGGER_TYPE_UPDATE)
		appendStringInfo(&buf, "%sUPDATE", buf.len ? " OR " : "");
	if (events & TRIGGER_TYPE_DELETE)
		appendStringInfo(&buf, "%sDELETE", buf.len ? " OR " : "");
	if (events & TRIGGER_TYPE_TRUNCATE)
		appendStringInfo(&buf, "%sTRUNCATE", buf.len ? " OR " : "");
	return buf.data;
}

static int
fired_event(TriggerEvent ev)
{
	if (TRIGGER_FIRED_BY_INSERT(ev))
		return TRIGGER_TYPE_INSERT;
	if (TRIGGER_FIRED_BY_UPDATE(ev))
		return TRIGGER_TYPE_UPDATE;
	if (TRIGGER_FIRED_BY_DELETE(ev))
		return TRIGGER_TYPE_DELETE;
	if (TRIGGER_FIRED_BY_TRUNCATE(ev))
		return TRIGGER_TYPE_TRUNCATE;
	return 0;
}

/* The relation the trigger is declared on: a partition's root table. */
static Oid
declared_relation(Relation rel)
{
	Oid			relid = RelationGetRelid(rel);

	if (rel->rd_rel->relispartition)
	{
		List	   *ancestors = get_partition_ancestors(relid);

		if (ancestors != NIL)
			relid = llast_oid(ancestors);
		list_free(ancestors);
	}
	return relid;
}

struct TriggerData *
cs_trigger_check(FunctionCallInfo fcinfo, const char *fname, bool before, bool row, int events,
				 const char *const *tables)
{
	TriggerData *td;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s() is a trigger function and cannot be called directly", fname)));
	td = (TriggerData *) fcinfo->context;
	if ((before ? !TRIGGER_FIRED_BEFORE(td->tg_event) : !TRIGGER_FIRED_AFTER(td->tg_event)) ||
		(row ? !TRIGGER_FIRED_FOR_ROW(td->tg_event) : !TRIGGER_FIRED_FOR_STATEMENT(td->tg_event)) ||
		(fired_event(td->tg_event) & events) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s() must be fired %s %s FOR EACH %s", fname, before ? "BEFORE" : "AFTER",
						event_names(events), row ? "ROW" : "STATEMENT")));

	cs_trigger_on(td, fname, tables);
	return td;
}

void
cs_trigger_on(struct TriggerData *td, const char *fname, const char *const *tables)
{
	Oid			relid;
	Oid			nsp;
	char	   *relname;
	bool		ours = false;

	relid = declared_relation(td->tg_relation);
	nsp = get_rel_namespace(relid);
	relname = get_rel_name(relid);
	if (OidIsValid(nsp) && relname != NULL && nsp == get_namespace_oid(CS_SCHEMA, true))
	{
		for (const char *const *t = tables; *t != NULL; t++)
			if (strcmp(relname, *t) == 0)
				ours = true;
	}
	if (!ours)
	{
		StringInfoData list;

		initStringInfo(&list);
		for (const char *const *t = tables; *t != NULL; t++)
			appendStringInfo(&list, "%s" CS_SCHEMA ".%s", list.len ? ", " : "", *t);
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s() cannot be fired on \"%s\"", fname, RelationGetRelationName(td->tg_relation)),
				 errdetail("It is a trigger function of %s only.", list.data),
				 errhint("Triggers of civilservice are created by the extension and civilservice.create_records(); do not attach its functions to other tables.")));
	}
}
