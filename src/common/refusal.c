/*
 * refusal.c — one way to refuse what the Rules forbid.
 *
 * Every refusal of the extension carries the same fields, so an application
 * can react by code and a person can read what happened:
 *
 *   message     begins with the point of the Rules: "п. 18: …"
 *   SQLSTATE    of the integrity class (23514 check_violation, 23P01 …)
 *   constraint  the name applications react to
 *   schema      civilservice, and the table concerned
 *   detail      what was wrong; hint: how to fix it
 *
 * cs_refuse() raises it from C; civilservice.refuse() raises it from SQL and
 * PL/pgSQL through the same code. refuse() is written in C rather than as a
 * RAISE in PL/pgSQL because RAISE refuses a NULL option: a refusal without a
 * detail or a table would need another RAISE statement per combination.
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"

#include "common/refusal.h"

#define CS_SCHEMA "civilservice"

PG_FUNCTION_INFO_V1(cs_refuse_sql);

static char *refusal_message(const char *point, const char *fmt, va_list args) pg_attribute_printf(2, 0);

/* The message: the point, then the formatted text. */
static char *
refusal_message(const char *point, const char *fmt, va_list args)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "%s: ", point);
	for (;;)
	{
		va_list		copy;
		int			needed;

		va_copy(copy, args);
		needed = appendStringInfoVA(&buf, fmt, copy);
		va_end(copy);
		if (needed == 0)
			break;
		enlargeStringInfo(&buf, needed);
	}
	return buf.data;
}

static void raise_refusal(int sqlerrcode, const char *constraint, const char *table,
						  const char *detail, const char *hint, const char *message) pg_attribute_noreturn();

static void
raise_refusal(int sqlerrcode, const char *constraint, const char *table,
			  const char *detail, const char *hint, const char *message)
{
	ereport(ERROR,
			(errcode(sqlerrcode),
			 errmsg_internal("%s", message),
			 detail ? errdetail_internal("%s", detail) : 0,
			 hint ? errhint("%s", hint) : 0,
			 err_generic_string(PG_DIAG_SCHEMA_NAME, CS_SCHEMA),
			 table ? err_generic_string(PG_DIAG_TABLE_NAME, table) : 0,
			 constraint ? err_generic_string(PG_DIAG_CONSTRAINT_NAME, constraint) : 0));
	pg_unreachable();
}

void
cs_refuse(const char *point, int sqlerrcode, const char *constraint, const char *table,
		  const char *detail, const char *hint, const char *fmt,...)
{
	va_list		args;
	char	   *message;

	/* A refusal that cannot say which rule it applies is a bug of the caller. */
	if (point == NULL || *point == '\0')
		elog(ERROR, "cs_refuse: a refusal names the point of the Rules");
	va_start(args, fmt);
	message = refusal_message(point, fmt, args);
	va_end(args);
	raise_refusal(sqlerrcode, constraint, table, detail, hint, message);
}

/*
 * The integrity-class condition names a caller may give instead of the
 * SQLSTATE (the ones the Rules are refused with), plus 42P08 for an
 * ambiguous argument.
 */
static const struct
{
	const char *name;
	const char *sqlstate;
}			condition_names[] =
{
	{"integrity_constraint_violation", "23000"},
	{"restrict_violation", "23001"},
	{"not_null_violation", "23502"},
	{"foreign_key_violation", "23503"},
	{"unique_violation", "23505"},
	{"check_violation", "23514"},
	{"exclusion_violation", "23P01"},
	{"ambiguous_parameter", "42P08"},
};

/* A SQLSTATE (five digits or capital letters, not of the success, warning or no-data classes) or a name above. */
static int
refusal_errcode(const char *code)
{
	size_t		i;

	for (i = 0; i < lengthof(condition_names); i++)
		if (strcmp(code, condition_names[i].name) == 0)
			code = condition_names[i].sqlstate;
	if (strlen(code) != 5 || strspn(code, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 5 ||
		strncmp(code, "00", 2) == 0 || strncmp(code, "01", 2) == 0 || strncmp(code, "02", 2) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid error code for a refusal: \"%s\"", code),
				 errhint("Give a SQLSTATE of an error class, such as 23514, or one of the integrity condition names, such as check_violation.")));
	return MAKE_SQLSTATE(code[0], code[1], code[2], code[3], code[4]);
}

static char *
text_arg(FunctionCallInfo fcinfo, int n)
{
	return PG_ARGISNULL(n) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(n));
}

/*
 * civilservice.refuse(point, errcode, constraint_name, table_name, message,
 *                     detail, hint) → never returns
 */
Datum
cs_refuse_sql(PG_FUNCTION_ARGS)
{
	char	   *point;
	char	   *code;
	char	   *message;

	if (PG_NARGS() != 7)
		elog(ERROR, "civilservice.refuse() takes 7 arguments");
	point = text_arg(fcinfo, 0);
	code = text_arg(fcinfo, 1);
	message = text_arg(fcinfo, 4);
	if (point == NULL || *point == '\0' || code == NULL || message == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("a refusal needs its point, its error code and its message"),
				 errhint("Call civilservice.refuse('п. 18', 'check_violation', constraint_name, table_name, message, detail, hint).")));
	raise_refusal(refusal_errcode(code), text_arg(fcinfo, 2), text_arg(fcinfo, 3),
				  text_arg(fcinfo, 5), text_arg(fcinfo, 6),
				  psprintf("%s: %s", point, message));
	PG_RETURN_VOID();
}

/*
 * civilservice.checked(ok, point, constraint_name, table_name, message,
 *                      detail, hint) → ok, or the refusal when ok is false
 *
 * The form of a CHECK constraint (or a domain's CHECK) that names its point
 * and carries a hint: CHECK (civilservice.checked(<condition>, 'п. 15',
 * '<the constraint''s own name>', '<table>', message, detail, hint)). A NULL
 * condition passes, as in any CHECK.
 */
PG_FUNCTION_INFO_V1(cs_checked_sql);

Datum
cs_checked_sql(PG_FUNCTION_ARGS)
{
	char	   *point;
	char	   *message;

	if (PG_NARGS() != 7)
		elog(ERROR, "civilservice.checked() takes 7 arguments");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (PG_GETARG_BOOL(0))
		PG_RETURN_BOOL(true);
	point = text_arg(fcinfo, 1);
	message = text_arg(fcinfo, 4);
	if (point == NULL || *point == '\0' || message == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("a refusal needs its point and its message"),
				 errhint("Call civilservice.checked(condition, 'п. 15', constraint_name, table_name, message, detail, hint).")));
	raise_refusal(ERRCODE_CHECK_VIOLATION, text_arg(fcinfo, 2), text_arg(fcinfo, 3),
				  text_arg(fcinfo, 5), text_arg(fcinfo, 6),
				  psprintf("%s: %s", point, message));
	PG_RETURN_BOOL(false);
}
