/*
 * civilservice.c — module entry point.
 */
#include "postgres.h"
#include "common/compat.h"
#include "fmgr.h"

#include "events/access_events.h"
#include "calendar/calendar.h"
#include "common/shipping.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	cs_calendar_init();
	cs_access_events_init();
}
