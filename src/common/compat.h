/*
 * compat.h — the PostgreSQL versions civilservice builds against, and the
 * server APIs it uses whose signatures differ between them.
 *
 * Include it right after "postgres.h" (PG_VERSION_NUM comes from there).
 *
 * Supported: PostgreSQL 15, 16 and 17. Tested: 15 only (Debian 12's
 * PostgreSQL, the one the test harness and the Debian package build use);
 * the branches for 16 and 17 below follow those releases' headers but are
 * not compiled by any test here. Anything older than 15 is refused at
 * compile time: the code uses InitMaterializedSRF() and the COPY and
 * executor APIs of 15. Releases after 17 changed the executor calls again
 * (CheckValidResultRel(), ExecInsertIndexTuples()) and are refused too,
 * until they are added here.
 *
 * The differences, all in the COPY loop of access-control events
 * (src/events/copy.c):
 *   - 16 moved the permissions of a range-table entry (requiredPerms,
 *     insertedCols) from RangeTblEntry into RTEPermissionInfo, replaced
 *     ExecCheckRTPerms() with ExecCheckPermissions(), and gave
 *     ExecInitRangeTable() the list of those permission infos;
 *   - 16 added ExecInsertIndexTuples()'s onlySummarizing argument;
 *   - 17 added CheckValidResultRel()'s list of MERGE actions.
 */
#ifndef CIVILSERVICE_COMPAT_H
#define CIVILSERVICE_COMPAT_H

#ifndef PG_VERSION_NUM
#error "include postgres.h before common/compat.h"
#endif

#if PG_VERSION_NUM < 150000
#error "civilservice needs PostgreSQL 15 or later"
#endif

#if PG_VERSION_NUM >= 180000
#error "civilservice supports PostgreSQL 15 to 17: the executor calls of src/events/copy.c need porting to this release (src/common/compat.h)"
#endif

/*
 * The permissions of a relation added to a ParseState with
 * addRangeTableEntryForRelation(): CsPermInfo is the node that carries
 * requiredPerms, insertedCols and relid; CS_NSITEM_PERMINFO() finds it.
 */
#if PG_VERSION_NUM >= 160000
#define CsPermInfo RTEPermissionInfo
#define CS_NSITEM_PERMINFO(nsitem) ((nsitem)->p_perminfo)
#define cs_check_permissions(pstate, ereport_on_violation) \
	ExecCheckPermissions((pstate)->p_rtable, (pstate)->p_rteperminfos, (ereport_on_violation))
#define cs_init_range_table(estate, pstate) \
	ExecInitRangeTable((estate), (pstate)->p_rtable, (pstate)->p_rteperminfos)
#else
#define CsPermInfo RangeTblEntry
#define CS_NSITEM_PERMINFO(nsitem) ((nsitem)->p_rte)
#define cs_check_permissions(pstate, ereport_on_violation) \
	ExecCheckRTPerms((pstate)->p_rtable, (ereport_on_violation))
#define cs_init_range_table(estate, pstate) \
	ExecInitRangeTable((estate), (pstate)->p_rtable)
#endif

/* Index entries of a newly inserted row (not an update, no ON CONFLICT). */
#if PG_VERSION_NUM >= 160000
#define cs_insert_index_tuples(rri, slot, estate) \
	ExecInsertIndexTuples((rri), (slot), (estate), false, false, NULL, NIL, false)
#else
#define cs_insert_index_tuples(rri, slot, estate) \
	ExecInsertIndexTuples((rri), (slot), (estate), false, false, NULL, NIL)
#endif

/* A result relation checked for a plain INSERT (no MERGE actions). */
#if PG_VERSION_NUM >= 170000
#define cs_check_valid_result_rel(rri, operation) \
	CheckValidResultRel((rri), (operation), NIL)
#else
#define cs_check_valid_result_rel(rri, operation) \
	CheckValidResultRel((rri), (operation))
#endif

#endif							/* CIVILSERVICE_COMPAT_H */
