/*
 * access_events.h — access-control (СКУД) events (п. 20 of the Rules): what
 * the rest of the library calls; the module's own interfaces are in
 * events.h.
 */
#ifndef CIVILSERVICE_ACCESS_EVENTS_H
#define CIVILSERVICE_ACCESS_EVENTS_H

/*
 * Define civilservice.access_event_rejects, register the cache
 * invalidation callbacks and, when the library is in
 * shared_preload_libraries, the COPY hook; called once from _PG_init.
 */
extern void cs_access_events_init(void);

#endif
