/*
 * schema.h — the relations of the schema civilservice, by name.
 */
#ifndef CIVILSERVICE_SCHEMA_H
#define CIVILSERVICE_SCHEMA_H

/*
 * The OID of the relation civilservice.<relname>, or InvalidOid when the
 * schema or the relation does not exist (before create_records(), say).
 * Takes no lock: callers that read the relation open it themselves.
 */
extern Oid	cs_schema_relid(const char *relname);

#endif
