/*
 * schema.c — see schema.h.
 */
#include "postgres.h"
#include "common/compat.h"

#include "catalog/namespace.h"
#include "utils/lsyscache.h"

#include "common/schema.h"

Oid
cs_schema_relid(const char *relname)
{
	Oid			nsp = get_namespace_oid("civilservice", true);

	return OidIsValid(nsp) ? get_relname_relid(relname, nsp) : InvalidOid;
}
