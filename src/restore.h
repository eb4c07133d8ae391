/*
 * restore.h — restore mode for loading a pg_dump (see restore.c).
 */
#ifndef CIVILSERVICE_RESTORE_H
#define CIVILSERVICE_RESTORE_H

/* Define civilservice.restore_mode; called once from _PG_init. */
extern void cs_restore_init(void);

/* True while civilservice.restore_mode is on. */
extern bool cs_restore_mode_on(void);

#endif
