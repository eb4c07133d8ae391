/*
 * access_events.h — access-control (СКУД) events: validation, deduplication
 * and the COPY filter (п. 20 of the Rules), see access_events.c.
 */
#ifndef CIVILSERVICE_ACCESS_EVENTS_H
#define CIVILSERVICE_ACCESS_EVENTS_H

/*
 * Define civilservice.access_event_rejects, register the employee cache
 * invalidation callback and the COPY hook; called once from _PG_init.
 */
extern void cs_access_events_init(void);

#endif
