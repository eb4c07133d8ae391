/*
 * security.c — tenancy per state body, cheaply.
 *
 * Every row-level security policy of the records evaluates, once per
 * statement, civilservice.served_state_bodies(shipped_roles) (the bodies
 * mapped in civilservice.role_body to roles the current user is a member
 * of, where the mapped role is itself a member of one of the given shipped
 * roles) and civilservice.serves_every_state_body(shipped_roles). Signing
 * an act runs a dozen statements per act inside its triggers, so these
 * must cost next to nothing.
 *
 * Each backend therefore keeps the mappings of role_body (state body, role,
 * employee) and, per (current user, shipped roles asked for), the answer.
 * The cache holds what is last committed plus the changes of the current
 * transaction, whatever its isolation level:
 *   - it is built under a catalog snapshot taken at build time, never the
 *     transaction's (a REPEATABLE READ snapshot may predate a committed
 *     change of a mapping), and read as the table's owner (row-level
 *     security on role_body would otherwise make one caller's view the
 *     cache of all; the membership of the caller is tested here instead);
 *   - a statement trigger on role_body (role_body_invalidate) sends a
 *     relcache invalidation of role_body, taken in at once by the changing
 *     backend and at commit by the others (a rolled-back change is undone
 *     by the same message);
 *   - grants and revocations of role membership and changes of roles
 *     (creation, renaming, dropping, superuser) arrive as syscache
 *     invalidations of pg_auth_members and pg_authid;
 *   - the first call of each statement takes in pending invalidations;
 *   - a cache built while an invalidation arrived is used by that call
 *     only, never kept as current.
 */
#include "postgres.h"
#include "common/compat.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_authid.h"
#include "catalog/pg_class.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "common/trigger_check.h"
#include "common/schema.h"

#define CS_SCHEMA "civilservice"

/* One row of role_body, its role resolved (InvalidOid: no such role). */
typedef struct Mapping
{
	int64		body;
	int64		id;
	Oid			role;
	bool		has_employee;
	int64		employee;
} Mapping;

/* An answer of served_state_bodies() for a user and a set of shipped roles. */
typedef struct Answer
{
	Oid			user;
	bool		any_role;		/* shipped_roles IS NULL */
	int			nroles;
	Oid		   *roles;			/* the shipped roles asked for, sorted */
	ArrayType  *bodies;
	struct Answer *next;
} Answer;

/* Everything below lives in cache_cxt and is dropped on invalidation. */
static MemoryContext cache_cxt = NULL;
static Mapping *mappings = NULL;
static int	nmappings = -1;		/* -1: not loaded */
static Answer *answers = NULL;
static Oid	role_body_relid = InvalidOid;

static uint64 inval_counter = 1;
static uint64 cache_counter = 0;
static TimestampTz checked_statement = 0;
static bool callbacks_registered = false;

static void
relcache_callback(Datum arg, Oid relid)
{
	/* before role_body exists, any relation may be it */
	if (relid == InvalidOid || relid == role_body_relid || !OidIsValid(role_body_relid))
		inval_counter++;
}

static void
syscache_callback(Datum arg, int cacheid, uint32 hashvalue)
{
	inval_counter++;
}

static Oid
lookup_role_body_relid(void)
{
	return cs_schema_relid("role_body");
}

static void
cache_reset(void)
{
	if (cache_cxt == NULL)
		cache_cxt = AllocSetContextCreate(CacheMemoryContext,
										  "civilservice tenancy cache",
										  ALLOCSET_SMALL_SIZES);
	else
		MemoryContextReset(cache_cxt);
	mappings = NULL;
	nmappings = -1;
	answers = NULL;
	/* before reading anything, so that a change during the build is noticed */
	cache_counter = inval_counter;
	role_body_relid = lookup_role_body_relid();
}

static void
cache_check(void)
{
	TimestampTz stmt = GetCurrentStatementStartTimestamp();

	if (unlikely(!callbacks_registered))
	{
		CacheRegisterRelcacheCallback(relcache_callback, (Datum) 0);
		CacheRegisterSyscacheCallback(AUTHMEMROLEMEM, syscache_callback, (Datum) 0);
		CacheRegisterSyscacheCallback(AUTHMEMMEMROLE, syscache_callback, (Datum) 0);
		CacheRegisterSyscacheCallback(AUTHOID, syscache_callback, (Datum) 0);
		CacheRegisterSyscacheCallback(AUTHNAME, syscache_callback, (Datum) 0);
		callbacks_registered = true;
		cache_counter = 0;
	}
	if (unlikely(stmt != checked_statement))
	{
		checked_statement = stmt;
		AcceptInvalidationMessages();
	}
	if (likely(cache_counter == inval_counter && cache_cxt != NULL))
		return;
	cache_reset();
}

/* After a build: an invalidation that arrived meanwhile makes it one-use. */
static void
cache_built(void)
{
	if (cache_counter != inval_counter)
		cache_counter = 0;
}

static int
mapping_cmp(const void *a, const void *b)
{
	const Mapping *x = a;
	const Mapping *y = b;

	if (x->body != y->body)
		return x->body < y->body ? -1 : 1;
	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return 0;
}

/*
 * Read role_body as its owner under a snapshot taken now. The table does
 * not exist before create_records(): then there are no mappings.
 */
static void
load_mappings(void)
{
	HeapTuple	reltup;
	Oid			owner;
	Oid			save_user;
	int			save_sec;
	Snapshot	snap;
	uint64		nrows;
	int			rc;
	static SPIPlanPtr plan = NULL;

	if (!OidIsValid(role_body_relid))
	{
		nmappings = 0;
		return;
	}
	reltup = SearchSysCache1(RELOID, ObjectIdGetDatum(role_body_relid));
	if (!HeapTupleIsValid(reltup))
		elog(ERROR, "cache lookup failed for relation %u", role_body_relid);
	owner = ((Form_pg_class) GETSTRUCT(reltup))->relowner;
	ReleaseSysCache(reltup);

	GetUserIdAndSecContext(&save_user, &save_sec);
	SetUserIdAndSecContext(owner, save_sec | SECURITY_LOCAL_USERID_CHANGE | SECURITY_NOFORCE_RLS);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare("SELECT state_body_id, id, role_name, employee_id FROM "
									CS_SCHEMA ".role_body", 0, NULL);

		if (p == NULL)
			elog(ERROR, "could not plan the reading of civilservice.role_body: %s",
				 SPI_result_code_string(SPI_result));
		if (SPI_keepplan(p) != 0)
			elog(ERROR, "could not keep the plan reading civilservice.role_body");
		plan = p;
	}
	InvalidateCatalogSnapshot();
	snap = RegisterSnapshot(GetCatalogSnapshot(role_body_relid));
	rc = SPI_execute_snapshot(plan, NULL, NULL, snap, InvalidSnapshot, true, false, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "could not read civilservice.role_body: %s", SPI_result_code_string(rc));
	nrows = SPI_processed;
	mappings = MemoryContextAllocZero(cache_cxt, sizeof(Mapping) * (nrows + 1));
	for (uint64 i = 0; i < nrows; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		name;

		mappings[i].body = DatumGetInt64(SPI_getbinval(tup, desc, 1, &isnull));
		mappings[i].id = DatumGetInt64(SPI_getbinval(tup, desc, 2, &isnull));
		name = SPI_getbinval(tup, desc, 3, &isnull);
		mappings[i].role = isnull ? InvalidOid : get_role_oid(NameStr(*DatumGetName(name)), true);
		mappings[i].employee = DatumGetInt64(SPI_getbinval(tup, desc, 4, &isnull));
		mappings[i].has_employee = !isnull;
	}
	if (nrows > 1)
		qsort(mappings, nrows, sizeof(Mapping), mapping_cmp);
	nmappings = (int) nrows;
	UnregisterSnapshot(snap);
	SPI_finish();
	SetUserIdAndSecContext(save_user, save_sec);
	cache_built();
}

static int
cs_oid_order(const void *a, const void *b)
{
	Oid			x = *(const Oid *) a;
	Oid			y = *(const Oid *) b;

	return x < y ? -1 : (x > y ? 1 : 0);
}

/*
 * The roles of a name[] argument that exist, sorted and without repeats;
 * names of no role are left out (they grant nothing).
 */
static int
roles_of(ArrayType *names, Oid **out)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			k = 0;
	Oid		   *roles;

	if (ARR_NDIM(names) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("shipped_roles must be a one-dimensional array of role names")));
	if (ARR_ELEMTYPE(names) != NAMEOID)
		elog(ERROR, "shipped_roles must be an array of name");
	deconstruct_array(names, NAMEOID, NAMEDATALEN, false, TYPALIGN_CHAR, &elems, &nulls, &n);
	roles = palloc(sizeof(Oid) * (n + 1));
	for (int i = 0; i < n; i++)
	{
		Oid			r;

		if (nulls[i])
			continue;
		r = get_role_oid(NameStr(*DatumGetName(elems[i])), true);
		if (OidIsValid(r))
			roles[k++] = r;
	}
	if (k > 1)
	{
		int			m = 1;

		qsort(roles, k, sizeof(Oid), cs_oid_order);
		for (int i = 1; i < k; i++)
			if (roles[i] != roles[m - 1])
				roles[m++] = roles[i];
		k = m;
	}
	*out = roles;
	return k;
}

static ArrayType *
compute_bodies(Oid user, bool any_role, Oid *roles, int nroles)
{
	Datum	   *out = palloc(sizeof(Datum) * (nmappings + 1));
	int			n = 0;

	/* mappings are sorted by body: the answer is sorted and distinct */
	for (int i = 0; i < nmappings; i++)
	{
		Mapping    *m = &mappings[i];
		bool		ok;

		if (!OidIsValid(m->role))
			continue;
		if (n > 0 && DatumGetInt64(out[n - 1]) == m->body)
			continue;
		if (!is_member_of_role(user, m->role))
			continue;
		ok = any_role;
		for (int j = 0; !ok && j < nroles; j++)
			ok = is_member_of_role(m->role, roles[j]);
		if (ok)
			out[n++] = Int64GetDatum(m->body);
	}
	return construct_array(out, n, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}

/*
 * civilservice.served_state_bodies(shipped_roles name[] DEFAULT NULL) → bigint[]
 */
static Datum
served_state_bodies_of(Oid user, FunctionCallInfo fcinfo)
{
	bool		any_role = PG_ARGISNULL(0);
	Oid		   *roles = NULL;
	int			nroles = 0;
	Answer	   *a;
	ArrayType  *bodies;
	MemoryContext old;

	if (!any_role)
		nroles = roles_of(PG_GETARG_ARRAYTYPE_P(0), &roles);
	cache_check();
	/* a role that may not read the mapping serves no body */
	if (!OidIsValid(role_body_relid)
		|| pg_class_aclcheck(role_body_relid, user, ACL_SELECT) != ACLCHECK_OK)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(INT8OID));
	for (a = answers; a != NULL; a = a->next)
		if (a->user == user && a->any_role == any_role && a->nroles == nroles
			&& (nroles == 0 || memcmp(a->roles, roles, sizeof(Oid) * nroles) == 0))
			PG_RETURN_ARRAYTYPE_P(DatumGetArrayTypePCopy(PointerGetDatum(a->bodies)));
	if (nmappings < 0)
		load_mappings();
	bodies = compute_bodies(user, any_role, roles, nroles);
	/* kept only while no invalidation arrived since the cache was current */
	if (cache_counter == inval_counter && cache_cxt != NULL)
	{
		old = MemoryContextSwitchTo(cache_cxt);
		a = palloc0(sizeof(Answer));
		a->user = user;
		a->any_role = any_role;
		a->nroles = nroles;
		a->roles = palloc(sizeof(Oid) * (nroles + 1));
		if (nroles > 0)
			memcpy(a->roles, roles, sizeof(Oid) * nroles);
		a->bodies = DatumGetArrayTypePCopy(PointerGetDatum(bodies));
		a->next = answers;
		answers = a;
		MemoryContextSwitchTo(old);
	}
	PG_RETURN_ARRAYTYPE_P(bodies);
}

PG_FUNCTION_INFO_V1(cs_served_state_bodies);
Datum
cs_served_state_bodies(PG_FUNCTION_ARGS)
{
	return served_state_bodies_of(GetUserId(), fcinfo);
}

/*
 * civilservice.session_served_state_bodies(shipped_roles name[]): the same
 * for the session user (the role that logged in), whatever role the
 * statement runs as: what a SECURITY DEFINER function serving reports asks,
 * since inside it the current user is its owner.
 */
PG_FUNCTION_INFO_V1(cs_session_served_state_bodies);
Datum
cs_session_served_state_bodies(PG_FUNCTION_ARGS)
{
	return served_state_bodies_of(GetSessionUserId(), fcinfo);
}

/*
 * civilservice.serves_every_state_body(shipped_roles name[]) → boolean: the
 * current user is a member of one of the given roles among those that
 * serve every body (civilservice_admin, civilservice_national_auditor).
 */
static Datum
serves_every_state_body_of(Oid user, FunctionCallInfo fcinfo)
{
	static const char *const every[] = {"civilservice_admin", "civilservice_national_auditor"};
	Oid		   *roles;
	int			nroles;

	if (PG_ARGISNULL(0))
		PG_RETURN_BOOL(false);
	nroles = roles_of(PG_GETARG_ARRAYTYPE_P(0), &roles);
	for (int j = 0; j < nroles; j++)
	{
		char	   *name = GetUserNameFromId(roles[j], true);

		if (name == NULL)
			continue;
		for (int k = 0; k < lengthof(every); k++)
			if (strcmp(name, every[k]) == 0 && is_member_of_role(user, roles[j]))
				PG_RETURN_BOOL(true);
	}
	PG_RETURN_BOOL(false);
}

PG_FUNCTION_INFO_V1(cs_serves_every_state_body);
Datum
cs_serves_every_state_body(PG_FUNCTION_ARGS)
{
	return serves_every_state_body_of(GetUserId(), fcinfo);
}

/* civilservice.session_serves_every_state_body(): the same for the session user */
PG_FUNCTION_INFO_V1(cs_session_serves_every_state_body);
Datum
cs_session_serves_every_state_body(PG_FUNCTION_ARGS)
{
	return serves_every_state_body_of(GetSessionUserId(), fcinfo);
}

/*
 * civilservice.signer_employee(state_body_id bigint) → bigint: the employee
 * of the body the current user is, by role_body: the mapping of the user's
 * own role first, else the first (by id) of a role the user is a member of;
 * a superuser, member of every role, counts its own mapping only.
 */
PG_FUNCTION_INFO_V1(cs_signer_employee);
Datum
cs_signer_employee(PG_FUNCTION_ARGS)
{
	Oid			user = GetUserId();
	int64		body;
	bool		super;
	Mapping    *found = NULL;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	body = PG_GETARG_INT64(0);
	cache_check();
	if (nmappings < 0)
		load_mappings();
	super = superuser_arg(user);
	for (int i = 0; i < nmappings; i++)
	{
		Mapping    *m = &mappings[i];

		if (m->body != body || !m->has_employee || !OidIsValid(m->role))
			continue;
		if (m->role == user)
		{
			found = m;
			break;
		}
		if (found == NULL && !super && is_member_of_role(user, m->role))
			found = m;
	}
	if (found == NULL)
		PG_RETURN_NULL();
	PG_RETURN_INT64(found->employee);
}

/*
 * Trigger civilservice.role_body_invalidate(): AFTER INSERT OR UPDATE OR
 * DELETE OR TRUNCATE FOR EACH STATEMENT on civilservice.role_body. Every
 * backend drops its cache of the mappings (this one at once).
 */
PG_FUNCTION_INFO_V1(cs_role_body_invalidate);
Datum
cs_role_body_invalidate(PG_FUNCTION_ARGS)
{
	static const char *const tables[] = {"role_body", NULL};
	TriggerData *td;

	td = cs_trigger_check(fcinfo, "role_body_invalidate", false, false,
						  TRIGGER_TYPE_INSERT | TRIGGER_TYPE_UPDATE | TRIGGER_TYPE_DELETE | TRIGGER_TYPE_TRUNCATE,
						  tables);
	CacheInvalidateRelcacheByRelid(RelationGetRelid(td->tg_relation));
	return PointerGetDatum(NULL);
}
