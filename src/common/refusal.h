/*
 * refusal.h — one way to refuse what the Rules forbid (see refusal.c).
 */
#ifndef CIVILSERVICE_REFUSAL_H
#define CIVILSERVICE_REFUSAL_H

#include "common/compat.h"

/*
 * Raise an ERROR that refuses a write under a point of the Rules.
 *
 *   point       "п. 18" (required): the message begins with it, "п. 18: …"
 *   sqlerrcode  an integrity-class code, e.g. ERRCODE_CHECK_VIOLATION
 *   constraint  the constraint name applications react to, or NULL
 *   table       the table of civilservice concerned, or NULL
 *   detail      what was wrong, a full sentence, or NULL
 *   hint        how to fix it, a full sentence, or NULL
 *   fmt, ...    the rest of the message, lower case, no final period
 *
 * The schema field is always "civilservice". Never returns.
 */
extern void cs_refuse(const char *point, int sqlerrcode,
					  const char *constraint, const char *table,
					  const char *detail, const char *hint,
					  const char *fmt,...) pg_attribute_printf(7, 8) pg_attribute_noreturn();

#endif
