/*
 * acts.h — validation of acts (акт уполномоченного лица), п. 4–6, 14–18.
 */
#ifndef CIVILSERVICE_ACTS_H
#define CIVILSERVICE_ACTS_H

#include "postgres.h"
#include "access/htup.h"
#include "access/tupdesc.h"
#include "nodes/pg_list.h"

/* One thing that keeps an act from being signed. */
typedef struct ActProblem
{
	const char *point;			/* "п. 6.4" */
	char	   *problem;		/* what is wrong, with the values */
	const char *constraint;		/* constraint name reported with the error */
} ActProblem;

/*
 * Every problem of an act row (of civilservice.act, described by desc) that
 * keeps it from being signed; NIL when it can be signed. The caller must be
 * connected to SPI. lock_case takes a share lock on the emergency case so a
 * concurrent change of its end date waits for the signing. Errors cleanly
 * when desc lacks a column the check reads or gives it another type.
 */
extern List *cs_act_problems(HeapTuple act, TupleDesc desc, bool lock_case);

#endif
