/*
 * civilservice.c — module entry point.
 */
#include "postgres.h"
#include "fmgr.h"

#include "calendar.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	cs_calendar_init();
}
