/*
 * rejects.c — with civilservice.access_event_rejects = 'divert', a load sets
 * a refused row aside in civilservice.access_event_rejected, with the
 * values as loaded and the reason, and goes on (п. 20: the HR service
 * fixes and reloads them). Rare by nature: one statement per row.
 *
 * The row is written as the owner of the rejected-rows table, like the
 * rest of the load's bookkeeping, so a loader needs INSERT on
 * access_event only; loaded_by records the loader.
 */
#include "postgres.h"
#include "common/compat.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "utils/builtins.h"

#include "events/events.h"

static SPIPlanPtr divert_plan = NULL;

void
cs_event_divert(const EventValues *ev, const EventProblem *p)
{
	Datum		values[10];
	char		nulls[10];
	Oid			rejected;
	Oid			save_user;
	int			save_sec;
	char	   *loader = GetUserNameFromId(GetUserId(), false);
	int			i;

	rejected = RangeVarGetRelid(makeRangeVar(CS_SCHEMA, "access_event_rejected", -1),
								RowExclusiveLock, true);
	if (!OidIsValid(rejected))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table " CS_SCHEMA ".access_event_rejected does not exist"),
				 errhint("Create the records with SELECT civilservice.create_records(), or load with civilservice.access_event_rejects = 'error'.")));

	values[0] = Int64GetDatum(ev->body);
	values[1] = Int64GetDatum(ev->emp);
	values[2] = TimestampTzGetDatum(ev->at);
	values[3] = PointerGetDatum(ev->direction);
	values[4] = PointerGetDatum(ev->device);
	values[5] = PointerGetDatum(ev->source);
	for (i = 0; i < CS_EVENT_NCOLS; i++)
		nulls[i] = ev->isnull[i] ? 'n' : ' ';
	values[6] = CStringGetTextDatum(psprintf(CS_EVENT_POINT ": %s. %s", p->message, p->detail));
	values[7] = CStringGetTextDatum(p->sqlstate_text);
	values[8] = p->constraint ? CStringGetTextDatum(p->constraint) : (Datum) 0;
	values[9] = CStringGetTextDatum(loader);
	nulls[6] = nulls[7] = nulls[9] = ' ';
	nulls[8] = p->constraint ? ' ' : 'n';	/* every rule has its name */

	GetUserIdAndSecContext(&save_user, &save_sec);
	SetUserIdAndSecContext(cs_rel_owner(rejected),
						   save_sec | SECURITY_LOCAL_USERID_CHANGE | SECURITY_NOFORCE_RLS);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (divert_plan == NULL)
	{
		Oid			types[10] = {INT8OID, INT8OID, TIMESTAMPTZOID, TEXTOID, TEXTOID, TEXTOID,
		TEXTOID, TEXTOID, TEXTOID, TEXTOID};
		SPIPlanPtr	plan = SPI_prepare("INSERT INTO " CS_SCHEMA ".access_event_rejected "
									   "(state_body_id, employee_id, at, direction, device_id, source, "
									   " reason, sqlstate, constraint_name, loaded_by) "
									   "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", 10, types);

		if (plan == NULL || SPI_keepplan(plan) != 0)
			elog(ERROR, "could not prepare the insert into " CS_SCHEMA ".access_event_rejected");
		divert_plan = plan;
	}
	if (SPI_execute_plan(divert_plan, values, nulls, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "could not insert into " CS_SCHEMA ".access_event_rejected");
	SPI_finish();
	SetUserIdAndSecContext(save_user, save_sec);
}
