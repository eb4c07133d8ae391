/*
 * trigger_check.h — a C trigger function checks where it is fired.
 *
 * Any role with USAGE on the schema could attach one of our C trigger
 * functions to a table of its own whose columns have other types; the
 * function would then read its rows as if they were ours. Every C trigger
 * function therefore starts with cs_trigger_check(), which refuses a call
 * that is not a trigger, fired at another time, level or event than the one
 * declared, or on a relation other than the named tables of the schema
 * civilservice (a partition counts as the partitioned table at its root).
 */
#ifndef CIVILSERVICE_TRIGGER_CHECK_H
#define CIVILSERVICE_TRIGGER_CHECK_H

#include "fmgr.h"

/*
 * Raise unless fcinfo is a trigger call fired
 *   - BEFORE (before = true) or AFTER (before = false),
 *   - for each row (row = true) or statement (row = false),
 *   - by one of the events in the mask (TRIGGER_TYPE_INSERT | ...UPDATE |
 *     ...DELETE | ...TRUNCATE, from catalog/pg_trigger.h),
 *   - on the table civilservice.<one of tables> (NULL-terminated list) or a
 *     partition of one.
 * fname names the function in the message. Returns the TriggerData.
 */
extern struct TriggerData *cs_trigger_check(FunctionCallInfo fcinfo, const char *fname,
											bool before, bool row, int events,
											const char *const *tables);

/*
 * The relation part of cs_trigger_check() alone, for a function that checks
 * its timing itself (one fired both FOR EACH ROW and FOR EACH STATEMENT).
 */
extern void cs_trigger_on(struct TriggerData *td, const char *fname, const char *const *tables);

#endif
