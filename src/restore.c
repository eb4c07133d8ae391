/*
 * restore.c — restore mode: loading a pg_dump of the extension's data.
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

static bool restore_mode = false;

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
