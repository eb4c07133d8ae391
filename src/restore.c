/*
 * restore.c — the session settings only a superuser may set: restore mode
 * (loading a pg_dump of the extension's data) and shipping (the install
 * script writing the rows shipped with the extension).
 *
 * Signed acts, their employees, extensions and recalls are legal documents
 * that the triggers only let into the database through the Rules (an act is
 * inserted as a draft and signed, an extension prolongs participation when
 * it is inserted, ...). A dump holds them in their final state, so a restore
 * must load them as dumped. civilservice.restore_mode, settable only by a
 * superuser (or a role granted SET on it), tells the triggers to accept rows
 * as they come: they were checked when first written.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/guc.h"

#include "restore.h"

PG_FUNCTION_INFO_V1(cs_restore_mode);
PG_FUNCTION_INFO_V1(cs_shipping);

static bool restore_mode = false;
static bool shipping = false;

void
cs_restore_init(void)
{
	DefineCustomBoolVariable("civilservice.restore_mode",
							 "Load rows of a pg_dump as dumped, without the checks of the Rules.",
							 "Set by a superuser for the session that restores a dump; the rows were checked when first written.",
							 &restore_mode,
							 false,
							 PGC_SUSET,
							 0,
							 NULL, NULL, NULL);

	/*
	 * Rows written while shipping is on are the extension's own: left out of
	 * pg_dump and recreated by CREATE EXTENSION, and never deleted otherwise.
	 * Were it settable by anyone, a role could delete shipped calendar facts
	 * or keep its history out of the dumps.
	 */
	DefineCustomBoolVariable("civilservice.shipping",
							 "The install script is writing the rows shipped with the extension.",
							 "Set only by the extension's install script.",
							 &shipping,
							 false,
							 PGC_SUSET,
							 0,
							 NULL, NULL, NULL);
}

/* For the C parts of the extension: is the session restoring a dump? */
bool
cs_restore_mode_on(void)
{
	return restore_mode;
}

/*
 * civilservice.restore_mode() → boolean. Calling it loads the library, so a
 * value set for the placeholder by an unprivileged role before the load is
 * refused rather than trusted.
 */
Datum
cs_restore_mode(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(restore_mode);
}

/* civilservice.shipping() → boolean; loads the library first, as above. */
Datum
cs_shipping(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shipping);
}
