/*
 * employee_cache.c — the keys (state_body_id, id) of civilservice.employee,
 * kept per backend for the check of every loaded event (п. 20): a load
 * checks millions of rows against some thousands of employees.
 *
 * Staying right:
 *   - a statement trigger on employee (employee_invalidate) sends a relcache
 *     invalidation of the table at commit; the callback below counts it;
 *   - the cache is built from the latest committed rows (GetLatestSnapshot),
 *     never from the transaction's snapshot: a REPEATABLE READ transaction
 *     that started before an employee was added must still accept the
 *     employee's events once the addition has committed;
 *   - an invalidation that arrives while the cache is being built leaves it
 *     marked stale, so the next check builds it again;
 *   - a key missing from the cache is looked for once more after taking in
 *     pending invalidations, so a refusal is never based on a cache that a
 *     committed change has already made stale.
 * Deletions are ordered against loads by the body lock (checks.c).
 */
#include "postgres.h"
#include "common/compat.h"

#include "catalog/pg_trigger.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/inval.h"
#include "nodes/makefuncs.h"
#include "utils/acl.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"

#include "events/events.h"

PG_FUNCTION_INFO_V1(cs_employee_invalidate);

typedef struct EmpKey
{
	int64		body;
	int64		emp;
} EmpKey;

typedef struct EmpEntry
{
	EmpKey		key;
	char		status;			/* for simplehash */
} EmpEntry;

/* The finalizer of splitmix64 (murmurhash64 arrived in PostgreSQL 16). */
static inline uint64
mix64(uint64 x)
{
	x ^= x >> 30;
	x *= UINT64CONST(0xbf58476d1ce4e5b9);
	x ^= x >> 27;
	x *= UINT64CONST(0x94d049bb133111eb);
	x ^= x >> 31;
	return x;
}

static inline uint32
emp_hash(EmpKey k)
{
	return (uint32) mix64((uint64) k.body * UINT64CONST(0x9E3779B97F4A7C15) ^ (uint64) k.emp);
}

#define SH_PREFIX emps
#define SH_ELEMENT_TYPE EmpEntry
#define SH_KEY_TYPE EmpKey
#define SH_KEY key
#define SH_HASH_KEY(tb, k) emp_hash(k)
#define SH_EQUAL(tb, a, b) ((a).body == (b).body && (a).emp == (b).emp)
#define SH_SCOPE static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"
#include "common/trigger_check.h"
#include "common/schema.h"

static MemoryContext emp_cxt = NULL;
static emps_hash *emp_set = NULL;
static uint64 inval_counter = 1;	/* invalidations received */
static uint64 cache_counter = 0;	/* inval_counter the cache reflects */
static Oid	employee_relid = InvalidOid;
static SPIPlanPtr emp_plan = NULL;

static void
emp_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == employee_relid)
		inval_counter++;
}

void
cs_employee_cache_init(void)
{
	CacheRegisterRelcacheCallback(emp_relcache_callback, (Datum) 0);
}

static void
emp_cache_build(void)
{
	uint64		started = inval_counter;
	uint64		i;
	Oid			save_user;
	int			save_sec;

	if (emp_cxt == NULL)
		emp_cxt = AllocSetContextCreate(CacheMemoryContext,
										"civilservice employee cache",
										ALLOCSET_DEFAULT_SIZES);
	emp_set = NULL;
	MemoryContextReset(emp_cxt);

	/* before reading, so that a change during the build is counted */
	employee_relid = cs_schema_relid("employee");
	if (!OidIsValid(employee_relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table " CS_SCHEMA ".employee does not exist"),
				 errhint("Create the records with SELECT civilservice.create_records().")));

	GetUserIdAndSecContext(&save_user, &save_sec);
	SetUserIdAndSecContext(cs_rel_owner(employee_relid),
						   save_sec | SECURITY_LOCAL_USERID_CHANGE | SECURITY_NOFORCE_RLS);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (emp_plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare("SELECT state_body_id, id FROM " CS_SCHEMA ".employee", 0, NULL);

		if (p == NULL || SPI_keepplan(p) != 0)
			elog(ERROR, "could not prepare the reading of " CS_SCHEMA ".employee");
		emp_plan = p;
	}
	/* the latest committed rows, whatever the isolation level */
	if (SPI_execute_snapshot(emp_plan, NULL, NULL, GetLatestSnapshot(), InvalidSnapshot,
							 true, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read " CS_SCHEMA ".employee");
	if (SPI_tuptable->tupdesc->natts != 2 ||
		SPI_gettypeid(SPI_tuptable->tupdesc, 1) != INT8OID ||
		SPI_gettypeid(SPI_tuptable->tupdesc, 2) != INT8OID)
		elog(ERROR, CS_SCHEMA ".employee (state_body_id, id) must be bigint");
	{
		emps_hash  *set = emps_create(emp_cxt, Max(SPI_processed * 2, 64), NULL);

		for (i = 0; i < SPI_processed; i++)
		{
			bool		n1,
						n2,
						found;
			EmpKey		k;

			k.body = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &n1));
			k.emp = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &n2));
			if (!n1 && !n2)
				emps_insert(set, k, &found);
		}
		emp_set = set;
	}
	SPI_finish();
	SetUserIdAndSecContext(save_user, save_sec);

	/*
	 * Current only as of the start of the build: an invalidation received
	 * meanwhile (inval_counter moved) leaves the cache stale.
	 */
	cache_counter = started;
}

static inline bool
emp_lookup(int64 body, int64 emp)
{
	EmpKey		k;

	k.body = body;
	k.emp = emp;
	return emps_lookup(emp_set, k) != NULL;
}

/* Is (body, emp) a committed employee? */
bool
cs_employee_known(int64 body, int64 emp)
{
	if (emp_set == NULL || cache_counter != inval_counter)
		emp_cache_build();
	if (emp_lookup(body, emp))
		return true;
	/* before refusing: is the cache stale by now? */
	AcceptInvalidationMessages();
	if (cache_counter != inval_counter)
	{
		emp_cache_build();
		return emp_lookup(body, emp);
	}
	return false;
}

/*
 * The body an employee id belongs to when it is not body (the lowest, when
 * several are); 0 when none. For the message of a refusal only, and only
 * to a user who reads every employee (SELECT on the table, no row-level
 * security): the cache is built as the owner, and another body's
 * employees are not the caller's to learn.
 */
int64
cs_employee_other_body(int64 body, int64 emp)
{
	emps_iterator it;
	EmpEntry   *e;
	int64		other = 0;
	Oid			emprel;

	if (emp_set == NULL)
		return 0;
	emprel = RangeVarGetRelid(makeRangeVar(CS_SCHEMA, "employee", -1), NoLock, true);
	if (!OidIsValid(emprel) ||
		pg_class_aclcheck(emprel, GetUserId(), ACL_SELECT) != ACLCHECK_OK ||
		check_enable_rls(emprel, InvalidOid, true) == RLS_ENABLED)
		return 0;
	emps_start_iterate(emp_set, &it);
	while ((e = emps_iterate(emp_set, &it)) != NULL)
		if (e->key.emp == emp && e->key.body != body && (other == 0 || e->key.body < other))
			other = e->key.body;
	return other;
}

/*
 * Trigger employee_invalidate, AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
 * ... FOR EACH STATEMENT on civilservice.employee: every backend drops its
 * cache when the change commits.
 */
Datum
cs_employee_invalidate(PG_FUNCTION_ARGS)
{
	static const char *const tables[] = {"employee", NULL};
	TriggerData *td = cs_trigger_check(fcinfo, "employee_invalidate", false, false,
									   TRIGGER_TYPE_INSERT | TRIGGER_TYPE_UPDATE | TRIGGER_TYPE_DELETE | TRIGGER_TYPE_TRUNCATE,
									   tables);

	CacheInvalidateRelcacheByRelid(RelationGetRelid(td->tg_relation));
	return PointerGetDatum(NULL);
}
