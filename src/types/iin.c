/*
 * iin.c — SQL types civilservice.iin (ИИН) and civilservice.bin (БИН).
 *
 * Both are 8-byte pass-by-value types holding the int64 value of the
 * 12 digits, in the manner of contrib/isn. Comparison, hashing and ordering
 * are those of int8 (sql/types.sql binds them to the built-in functions);
 * this file has input, output, binary I/O, validating casts and accessors.
 */
#include "postgres.h"
#include "common/compat.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "types/idnumber.h"

typedef int (*parse_fn) (const char *, size_t, int64_t *, char *);
typedef int (*validate_fn) (int64_t, char *);

static int64
id_in(const char *str, const char *type, parse_fn parse)
{
	int64_t		v;
	char		detail[CS_ID_DETAIL_LEN];

	if (!parse(str, strlen(str), &v, detail))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg("invalid input syntax for type %s: \"%s\"", type, str),
				errdetail("%s", detail));
	return (int64) v;
}

static char *
id_out(int64 v)
{
	char	   *s = palloc(CS_ID_DIGITS + 1);

	snprintf(s, CS_ID_DIGITS + 1, "%012lld", (long long) v);
	return s;
}

/* recv: the wire value is validated like text input. */
static int64
id_recv(StringInfo buf, const char *type, validate_fn validate)
{
	int64		v = pq_getmsgint64(buf);
	char		detail[CS_ID_DETAIL_LEN];

	if (!validate(v, detail))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				errmsg("invalid external value for type %s: %lld", type, (long long) v),
				errdetail("%s", detail));
	return v;
}

static int64
id_from_int8(int64 v, const char *type, validate_fn validate)
{
	char		detail[CS_ID_DETAIL_LEN];

	if (!validate(v, detail))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("invalid value for type %s: %lld", type, (long long) v),
				errdetail("%s", detail));
	return v;
}

static bytea *
id_send(int64 v)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, v);
	return pq_endtypsend(&buf);
}

/* *_is_valid(text): never raises. */
static bool
id_is_valid(text *t, parse_fn parse)
{
	int64_t		v;

	return parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &v, NULL) != 0;
}

/* ---- iin ---- */

PG_FUNCTION_INFO_V1(cs_iin_in);
Datum
cs_iin_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(id_in(PG_GETARG_CSTRING(0), "iin", cs_iin_parse));
}

PG_FUNCTION_INFO_V1(cs_iin_out);
Datum
cs_iin_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(id_out(PG_GETARG_INT64(0)));
}

PG_FUNCTION_INFO_V1(cs_iin_recv);
Datum
cs_iin_recv(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(id_recv((StringInfo) PG_GETARG_POINTER(0), "iin", cs_iin_validate));
}

PG_FUNCTION_INFO_V1(cs_id_send);
Datum
cs_id_send(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(id_send(PG_GETARG_INT64(0)));
}

PG_FUNCTION_INFO_V1(cs_iin_from_int8);
Datum
cs_iin_from_int8(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(id_from_int8(PG_GETARG_INT64(0), "iin", cs_iin_validate));
}

PG_FUNCTION_INFO_V1(cs_iin_is_valid);
Datum
cs_iin_is_valid(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(id_is_valid(PG_GETARG_TEXT_PP(0), cs_iin_parse));
}

PG_FUNCTION_INFO_V1(cs_iin_birth_date_fn);
Datum
cs_iin_birth_date_fn(PG_FUNCTION_ARGS)
{
	int			y,
				m,
				d;

	cs_iin_birth_date(PG_GETARG_INT64(0), &y, &m, &d);
	PG_RETURN_DATEADT(date2j(y, m, d) - POSTGRES_EPOCH_JDATE);
}

PG_FUNCTION_INFO_V1(cs_iin_sex_fn);
Datum
cs_iin_sex_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(cs_iin_sex(PG_GETARG_INT64(0)) == 1 ? "male" : "female"));
}

/* ---- bin ---- */

PG_FUNCTION_INFO_V1(cs_bin_in);
Datum
cs_bin_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(id_in(PG_GETARG_CSTRING(0), "bin", cs_bin_parse));
}

PG_FUNCTION_INFO_V1(cs_bin_recv);
Datum
cs_bin_recv(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(id_recv((StringInfo) PG_GETARG_POINTER(0), "bin", cs_bin_validate));
}

PG_FUNCTION_INFO_V1(cs_bin_from_int8);
Datum
cs_bin_from_int8(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(id_from_int8(PG_GETARG_INT64(0), "bin", cs_bin_validate));
}

PG_FUNCTION_INFO_V1(cs_bin_is_valid);
Datum
cs_bin_is_valid(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(id_is_valid(PG_GETARG_TEXT_PP(0), cs_bin_parse));
}

PG_FUNCTION_INFO_V1(cs_bin_registered_fn);
Datum
cs_bin_registered_fn(PG_FUNCTION_ARGS)
{
	int			y,
				m;

	cs_bin_registered(PG_GETARG_INT64(0), &y, &m);
	PG_RETURN_DATEADT(date2j(y, m, 1) - POSTGRES_EPOCH_JDATE);
}

PG_FUNCTION_INFO_V1(cs_bin_entity_kind_fn);
Datum
cs_bin_entity_kind_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(cs_bin_entity_kind(PG_GETARG_INT64(0))));
}

PG_FUNCTION_INFO_V1(cs_bin_unit_kind_fn);
Datum
cs_bin_unit_kind_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(cs_bin_unit_kind(PG_GETARG_INT64(0))));
}
