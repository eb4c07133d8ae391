/*
 * shipping.c — is the extension's own script writing?
 *
 * Rows of the reference tables (calendar, holiday rules, calendar entries,
 * rule parameters) written by the install or update script of civilservice
 * are the extension's own: shipped = true, left out of pg_dump (the script
 * recreates them) and never changed or deleted afterwards. Only the script
 * writes them, and the server says when it runs: creating_extension is set
 * and CurrentExtensionObject is this extension while CREATE EXTENSION or
 * ALTER EXTENSION ... UPDATE executes its script. No setting a role could
 * set is trusted.
 */
#include "postgres.h"
#include "common/compat.h"

#include "commands/extension.h"
#include "fmgr.h"

#include "common/shipping.h"

PG_FUNCTION_INFO_V1(cs_shipping);

bool
cs_shipping_now(void)
{
	return creating_extension &&
		CurrentExtensionObject == get_extension_oid("civilservice", true);
}

/* civilservice.shipping() → boolean */
Datum
cs_shipping(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cs_shipping_now());
}
