/*
 * work_schedule.h — a working day's schedule (график рабочего дня): start
 * window, fixed working time (фиксированное рабочее время, п. 17.3, the core
 * hours when presence is mandatory), end window, optional unpaid break and
 * the daily working hours.
 *
 * Plain C with no server dependencies: the parser is linked into the fuzz
 * harness too, and later C code (attendance checks) can call cs_ws_check.
 * A civilservice.work_schedule Datum points to a CsWorkSchedule (fixed
 * length, 36 bytes, int4 alignment).
 *
 * Text forms (see README):
 *   long   start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8
 *   short  09:00-18:00, break 13:00-14:00            (an ordinary day; hours = span - break)
 * The output is the short form whenever the value is an ordinary day, the
 * long form otherwise; either form read back gives the same value.
 */
#ifndef CIVILSERVICE_WORK_SCHEDULE_H
#define CIVILSERVICE_WORK_SCHEDULE_H

#include <stddef.h>
#include <stdint.h>

/* All times are minutes since midnight, 0 .. 1440; hours is in minutes. */
typedef struct CsWorkSchedule
{
	int32_t		start_from;		/* earliest arrival */
	int32_t		start_to;		/* latest arrival */
	int32_t		core_from;		/* fixed working time begins */
	int32_t		core_to;		/* fixed working time ends */
	int32_t		end_from;		/* earliest departure */
	int32_t		end_to;			/* latest departure */
	int32_t		break_from;		/* unpaid break, -1 when none */
	int32_t		break_to;		/* -1 when none */
	int32_t		hours;			/* daily working time, minutes */
} CsWorkSchedule;

#define CS_WS_DETAIL_LEN 200
#define CS_WS_TEXT_LEN 128

/* Violations reported by cs_ws_check (bit mask). */
#define CS_WS_LATE_ARRIVAL				0x01	/* arrived after the start window */
#define CS_WS_LEFT_BEFORE_CORE_END		0x02	/* left during the fixed working time */
#define CS_WS_LEFT_BEFORE_END_WINDOW	0x04	/* left before the end window opens */
#define CS_WS_SHORT_HOURS				0x08	/* worked less than the daily hours */

/*
 * Parse a text form; reads at most len bytes. Returns 1 and fills *out on
 * success, 0 with a sentence in detail (may be NULL) naming what is wrong.
 */
extern int	cs_ws_parse(const char *s, size_t len, CsWorkSchedule *out, char *detail);

/* Check the consistency of a value (used by parse and by binary input). */
extern int	cs_ws_validate(const CsWorkSchedule *ws, char *detail);

/* Canonical text of a valid value into buf[CS_WS_TEXT_LEN]. */
extern void cs_ws_format(const CsWorkSchedule *ws, char *buf);

/* Total order: lexicographic over the fields in declaration order. */
extern int	cs_ws_compare(const CsWorkSchedule *a, const CsWorkSchedule *b);

/*
 * Working time of a day with that arrival and departure (microseconds since
 * midnight): the part of [arrived, left] inside [start_from, end_to] and
 * outside the break.
 */
extern int64_t cs_ws_worked(const CsWorkSchedule *ws, int64_t arrived, int64_t left);

/* Violations of a day with that arrival and departure (CS_WS_* mask). */
extern unsigned cs_ws_check(const CsWorkSchedule *ws, int64_t arrived, int64_t left);

/*
 * The codes of the CS_WS_* bits, in the order they are reported: stores the
 * codes of the bits set in mask into codes[] (room for CS_WS_NCODES) and
 * returns how many.
 */
#define CS_WS_NCODES 4
extern int	cs_ws_codes(unsigned mask, const char **codes);

#endif
