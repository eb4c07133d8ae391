/*
 * events.h — what the files of the events module (п. 20: access-control
 * events) share. Each file holds one concern:
 *
 *   events.c          module set-up, the trigger on access_event, the SQL
 *                     functions (load statistics, the preload check)
 *   checks.c          the rules of one event and the lock they run under
 *   employee_cache.c  the per-backend set of employee keys
 *   employee_guard.c  refusing to delete an employee who has events
 *   dedup.c           recognising a resent event during a load
 *   rejects.c         setting refused rows aside (divert mode)
 *   copy.c            the COPY FROM loop that owns loads into access_event
 */
#ifndef CIVILSERVICE_EVENTS_H
#define CIVILSERVICE_EVENTS_H

#include "access/attnum.h"
#include "access/xact.h"
#include "access/tupdesc.h"
#include "datatype/timestamp.h"
#include "executor/tuptable.h"
#include "nodes/execnodes.h"
#include "storage/lockdefs.h"
#include "utils/relcache.h"

#define CS_SCHEMA "civilservice"

/* events.c */
extern bool cs_events_preloaded;	/* the library came with shared_preload_libraries */
extern int	cs_rejects_mode;		/* civilservice.access_event_rejects */

#define CS_REJECTS_ERROR 0
#define CS_REJECTS_DIVERT 1

/* Counts of the latest load of the session (access_event_load_stats()). */
typedef struct EventLoadStats
{
	int64		stored;
	int64		duplicates;
	int64		diverted;
} EventLoadStats;

/*
 * What became of the latest load: its counts stand only once its
 * transaction commits; a load rolled back (with its transaction or its
 * savepoint) stored nothing.
 */
typedef enum EventLoadOutcome
{
	CS_LOAD_NONE = 0,			/* no load in this session yet */
	CS_LOAD_IN_PROGRESS,		/* its transaction is still open */
	CS_LOAD_COMMITTED,
	CS_LOAD_ROLLED_BACK,
	CS_LOAD_PREPARED			/* PREPARE TRANSACTION: decided later */
} EventLoadOutcome;

typedef struct EventLoad
{
	EventLoadStats stats;
	EventLoadOutcome outcome;
	SubTransactionId subid;		/* the (sub)transaction that holds its rows */
} EventLoad;
extern EventLoad cs_last_load;

/* copy.c: a load begins and ends (sets cs_last_load) */
extern void cs_load_begin(void);
extern void cs_load_end(const EventLoadStats *stats);

extern bool cs_is_check_trigger(Oid funcoid);
extern void cs_refuse_without_preload(void);

/* checks.c: the columns of an access-control event, found by name and type */
typedef struct EventColumns
{
	AttrNumber	body;			/* state_body_id bigint */
	AttrNumber	emp;			/* employee_id bigint */
	AttrNumber	at;				/* at timestamptz */
	AttrNumber	direction;		/* direction text */
	AttrNumber	device;			/* device_id text */
	AttrNumber	source;			/* source text */
} EventColumns;

/*
 * One event as loaded; text values point into the row. isnull[] follows
 * the order of EventColumns (body, emp, at, direction, device, source).
 */
#define CS_EVENT_NCOLS 6
typedef struct EventValues
{
	int64		body;
	int64		emp;
	TimestampTz at;
	text	   *direction;
	text	   *device;
	text	   *source;
	bool		isnull[CS_EVENT_NCOLS];
	bool		is_in;			/* direction is 'in' (checked rows only) */
} EventValues;

/* Why an event is refused: everything the error or the divert row says. */
typedef struct EventProblem
{
	int			sqlstate;
	const char *sqlstate_text;
	const char *constraint;		/* a rule name of п. 20, see CS_*_RULE */
	AttrNumber	column;			/* column at fault, or 0 */
	char	   *message;		/* without the point: cs_refuse() adds it */
	char	   *detail;
	char	   *hint;
} EventProblem;

#define CS_EVENT_POINT "п. 20"
#define CS_EMPLOYEE_RULE "access_event_employee"
#define CS_DIRECTION_RULE "access_event_direction"
#define CS_COMPLETE_RULE "access_event_complete"	/* every column given */
#define CS_BODY_LOCK_FIELD4 20	/* advisory-lock tag kind of ours (п. 20) */

extern void cs_event_columns(Relation rel, EventColumns *cols);
extern void cs_event_values(TupleTableSlot *slot, const EventColumns *cols, EventValues *ev);
extern bool cs_event_null_problem(const EventValues *ev, EventProblem *p);
extern bool cs_event_problem(EventValues *ev, EventProblem *p);
extern void cs_event_raise(const EventProblem *p, Relation rel) pg_attribute_noreturn();
extern bool cs_body_lock(int64 body, LOCKMODE mode);
extern Oid	cs_rel_owner(Oid relid);

/* copy.c: the INSERT policies of a table of events, by state body */
extern char *cs_rls_insert_check(Relation rel, const EventColumns *cols);
extern void cs_rls_admit(Relation rel, const char *check, int64 body);

/* employee_cache.c */
extern void cs_employee_cache_init(void);
extern bool cs_employee_known(int64 body, int64 emp);
extern int64 cs_employee_other_body(int64 body, int64 emp);

/* dedup.c: recognising resends, per load and leaf partition */
typedef struct DedupLeaf DedupLeaf;
extern DedupLeaf *cs_dedup_leaf_begin(ResultRelInfo *rri, const EventColumns *cols);
extern bool cs_dedup_seen(DedupLeaf *leaf, const EventValues *ev);
extern void cs_dedup_flushed(DedupLeaf *leaf);
extern void cs_dedup_leaf_end(DedupLeaf *leaf);

/* rejects.c */
extern void cs_event_divert(const EventValues *ev, const EventProblem *p);

/* copy.c */
extern void cs_copy_init(void);

#endif
