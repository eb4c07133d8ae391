/*
 * work_schedule_text.c — text form, validation and day check of
 * work_schedule (see work_schedule.h). No server headers: also linked into
 * the fuzz harness.
 */
#include <stdio.h>
#include <string.h>

#include "types/work_schedule.h"

#define DETAIL(...) \
	do { if (detail) snprintf(detail, CS_WS_DETAIL_LEN, __VA_ARGS__); } while (0)

#define DAY_MINUTES 1440
#define USEC_PER_MINUTE INT64_C(60000000)

typedef struct Cursor
{
	const char *s;
	size_t		pos;
	size_t		len;
} Cursor;

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static void
skip_space(Cursor *c)
{
	while (c->pos < c->len && is_space(c->s[c->pos]))
		c->pos++;
}

static int
peek(const Cursor *c)
{
	return c->pos < c->len ? (unsigned char) c->s[c->pos] : -1;
}

static int
is_digit(int ch)
{
	return ch >= '0' && ch <= '9';
}

/* H or HH, then :MM; 24:00 is the end of the day. */
static int
parse_time(Cursor *c, int32_t *minutes, char *detail)
{
	int			h = 0,
				m,
				n = 0;

	while (is_digit(peek(c)) && n < 2)
	{
		h = h * 10 + (peek(c) - '0');
		c->pos++;
		n++;
	}
	if (n == 0 || peek(c) != ':' || c->pos + 2 >= c->len ||
		!is_digit((unsigned char) c->s[c->pos + 1]) || !is_digit((unsigned char) c->s[c->pos + 2]))
	{
		DETAIL("Expected a time HH:MM at character %zu.", c->pos + 1);
		return 0;
	}
	m = (c->s[c->pos + 1] - '0') * 10 + (c->s[c->pos + 2] - '0');
	c->pos += 3;
	if (is_digit(peek(c)) || peek(c) == ':')
	{
		DETAIL("A time is HH:MM (no seconds) at character %zu.", c->pos + 1);
		return 0;
	}
	if (m > 59 || h > 24 || (h == 24 && m != 0))
	{
		DETAIL("Time %02d:%02d is not within the day (00:00-24:00).", h, m);
		return 0;
	}
	*minutes = h * 60 + m;
	return 1;
}

static int
parse_range(Cursor *c, int32_t *from, int32_t *to, char *detail)
{
	if (!parse_time(c, from, detail))
		return 0;
	skip_space(c);
	if (peek(c) != '-')
	{
		DETAIL("Expected \"-\" between two times at character %zu.", c->pos + 1);
		return 0;
	}
	c->pos++;
	skip_space(c);
	return parse_time(c, to, detail);
}

/* Daily hours: H or H:MM (hours up to 24). */
static int
parse_hours(Cursor *c, int32_t *minutes, char *detail)
{
	int			h = 0,
				m = 0,
				n = 0;

	while (is_digit(peek(c)) && n < 2)
	{
		h = h * 10 + (peek(c) - '0');
		c->pos++;
		n++;
	}
	if (n == 0)
	{
		DETAIL("Expected the daily hours (H or H:MM) at character %zu.", c->pos + 1);
		return 0;
	}
	if (peek(c) == ':')
	{
		if (c->pos + 2 >= c->len ||
			!is_digit((unsigned char) c->s[c->pos + 1]) || !is_digit((unsigned char) c->s[c->pos + 2]))
		{
			DETAIL("Expected minutes MM after \"%d:\" at character %zu.", h, c->pos + 2);
			return 0;
		}
		m = (c->s[c->pos + 1] - '0') * 10 + (c->s[c->pos + 2] - '0');
		c->pos += 3;
	}
	if (is_digit(peek(c)) || peek(c) == ':' || peek(c) == '.')
	{
		DETAIL("The daily hours are H or H:MM, at character %zu.", c->pos + 1);
		return 0;
	}
	if (m > 59 || h > 24 || (h == 24 && m != 0))
	{
		DETAIL("The daily hours %d:%02d are not within a day.", h, m);
		return 0;
	}
	*minutes = h * 60 + m;
	return 1;
}

enum
{
	K_START, K_CORE, K_END, K_BREAK, K_HOURS, K_RANGE, K_COUNT
};

static const char *const keywords[] = {"start", "core", "end", "break", "hours"};

int
cs_ws_parse(const char *s, size_t len, CsWorkSchedule *out, char *detail)
{
	Cursor		c = {s, 0, len};
	int			seen[K_COUNT] = {0};
	int32_t		v[K_COUNT][2] = {{0}};
	CsWorkSchedule ws;
	int			first = 1;

	skip_space(&c);
	if (c.pos >= c.len)
	{
		DETAIL("A schedule is empty.");
		return 0;
	}
	for (;;)
	{
		int			k;

		if (is_digit(peek(&c)))
		{
			if (!first)
			{
				DETAIL("Only the first clause may be a bare time range (an ordinary day), at character %zu.",
					   c.pos + 1);
				return 0;
			}
			k = K_RANGE;
			if (!parse_range(&c, &v[k][0], &v[k][1], detail))
				return 0;
		}
		else
		{
			size_t		b = c.pos,
						n;

			while (peek(&c) >= 'a' && peek(&c) <= 'z')
				c.pos++;
			n = c.pos - b;
			for (k = 0; k < K_RANGE; k++)
				if (strlen(keywords[k]) == n && memcmp(s + b, keywords[k], n) == 0)
					break;
			if (k == K_RANGE)
			{
				DETAIL("Expected a time range or one of start, core, end, break, hours at character %zu.",
					   b + 1);
				return 0;
			}
			if (seen[k])
			{
				DETAIL("The clause \"%s\" appears twice.", keywords[k]);
				return 0;
			}
			if (c.pos >= c.len || !is_space(c.s[c.pos]))
			{
				DETAIL("Expected white space after \"%s\" at character %zu.", keywords[k], c.pos + 1);
				return 0;
			}
			skip_space(&c);
			if (k == K_HOURS ? !parse_hours(&c, &v[k][0], detail)
				: !parse_range(&c, &v[k][0], &v[k][1], detail))
				return 0;
		}
		seen[k] = 1;
		first = 0;
		skip_space(&c);
		if (c.pos >= c.len)
			break;
		if (peek(&c) != ',')
		{
			DETAIL("Expected \",\" or the end at character %zu.", c.pos + 1);
			return 0;
		}
		c.pos++;
		skip_space(&c);
		if (c.pos >= c.len)
		{
			DETAIL("A clause is missing after the last \",\".");
			return 0;
		}
	}

	if (seen[K_BREAK])
	{
		ws.break_from = v[K_BREAK][0];
		ws.break_to = v[K_BREAK][1];
	}
	else
		ws.break_from = ws.break_to = -1;

	if (seen[K_RANGE])
	{
		if (seen[K_START] || seen[K_CORE] || seen[K_END])
		{
			DETAIL("An ordinary day (HH:MM-HH:MM) takes only the break and hours clauses, not start, core or end.");
			return 0;
		}
		ws.start_from = ws.start_to = ws.core_from = v[K_RANGE][0];
		ws.end_from = ws.end_to = ws.core_to = v[K_RANGE][1];
		if (seen[K_HOURS])
			ws.hours = v[K_HOURS][0];
		else
		{
			ws.hours = ws.core_to - ws.core_from;
			if (seen[K_BREAK] && ws.break_to > ws.break_from)
				ws.hours -= ws.break_to - ws.break_from;
		}
	}
	else
	{
		int			k;

		for (k = 0; k < K_RANGE; k++)
			if (k != K_BREAK && !seen[k])
			{
				DETAIL("The clause \"%s\" is missing; the long form is \"start HH:MM-HH:MM, core HH:MM-HH:MM, end HH:MM-HH:MM[, break HH:MM-HH:MM], hours H[:MM]\".",
					   keywords[k]);
				return 0;
			}
		ws.start_from = v[K_START][0];
		ws.start_to = v[K_START][1];
		ws.core_from = v[K_CORE][0];
		ws.core_to = v[K_CORE][1];
		ws.end_from = v[K_END][0];
		ws.end_to = v[K_END][1];
		ws.hours = v[K_HOURS][0];
	}
	if (!cs_ws_validate(&ws, detail))
		return 0;
	*out = ws;
	return 1;
}

static int
in_day(int32_t t)
{
	return t >= 0 && t <= DAY_MINUTES;
}

#define HM(t) (int) ((t) / 60), (int) ((t) % 60)

int
cs_ws_validate(const CsWorkSchedule *ws, char *detail)
{
	int32_t		brk = 0;

	if (!in_day(ws->start_from) || !in_day(ws->start_to) || !in_day(ws->core_from) ||
		!in_day(ws->core_to) || !in_day(ws->end_from) || !in_day(ws->end_to))
	{
		DETAIL("Every time must be within the day (00:00-24:00).");
		return 0;
	}
	if (ws->start_from > ws->start_to)
	{
		DETAIL("The start window %02d:%02d-%02d:%02d ends before it begins.",
			   HM(ws->start_from), HM(ws->start_to));
		return 0;
	}
	if (ws->end_from > ws->end_to)
	{
		DETAIL("The end window %02d:%02d-%02d:%02d ends before it begins.",
			   HM(ws->end_from), HM(ws->end_to));
		return 0;
	}
	if (ws->core_from >= ws->core_to)
	{
		DETAIL("The fixed working time (core, п. 17.3) %02d:%02d-%02d:%02d is empty.",
			   HM(ws->core_from), HM(ws->core_to));
		return 0;
	}
	if (ws->start_to > ws->core_from)
	{
		DETAIL("The start window ends at %02d:%02d, after the fixed working time (core) begins at %02d:%02d.",
			   HM(ws->start_to), HM(ws->core_from));
		return 0;
	}
	if (ws->core_to > ws->end_from)
	{
		DETAIL("The end window begins at %02d:%02d, before the fixed working time (core) ends at %02d:%02d.",
			   HM(ws->end_from), HM(ws->core_to));
		return 0;
	}
	if (ws->break_from != -1 || ws->break_to != -1)
	{
		if (!in_day(ws->break_from) || !in_day(ws->break_to))
		{
			DETAIL("The break must be within the day (00:00-24:00).");
			return 0;
		}
		if (ws->break_from >= ws->break_to)
		{
			DETAIL("The break %02d:%02d-%02d:%02d is empty or ends before it begins.",
				   HM(ws->break_from), HM(ws->break_to));
			return 0;
		}
		if (ws->break_from < ws->start_from || ws->break_to > ws->end_to)
		{
			DETAIL("The break %02d:%02d-%02d:%02d is not inside the working day %02d:%02d-%02d:%02d.",
				   HM(ws->break_from), HM(ws->break_to), HM(ws->start_from), HM(ws->end_to));
			return 0;
		}
		brk = ws->break_to - ws->break_from;
	}
	if (ws->hours <= 0)
	{
		DETAIL("The daily working hours must be positive.");
		return 0;
	}
	if (ws->hours > ws->end_to - ws->start_from - brk)
	{
		DETAIL("The daily working hours %d:%02d cannot be worked between %02d:%02d and %02d:%02d with a %d:%02d break (at most %d:%02d).",
			   HM(ws->hours), HM(ws->start_from), HM(ws->end_to), HM(brk),
			   HM(ws->end_to - ws->start_from - brk));
		return 0;
	}
	return 1;
}

static int32_t
break_len(const CsWorkSchedule *ws)
{
	return ws->break_from >= 0 ? ws->break_to - ws->break_from : 0;
}

void
cs_ws_format(const CsWorkSchedule *ws, char *buf)
{
	char		brk[32] = "";
	char		hours[16];

	if (ws->break_from >= 0)
		snprintf(brk, sizeof(brk), ", break %02d:%02d-%02d:%02d", HM(ws->break_from), HM(ws->break_to));
	if (ws->start_from == ws->start_to && ws->start_to == ws->core_from &&
		ws->end_from == ws->end_to && ws->end_from == ws->core_to &&
		ws->hours == ws->core_to - ws->core_from - break_len(ws))
	{
		snprintf(buf, CS_WS_TEXT_LEN, "%02d:%02d-%02d:%02d%s", HM(ws->core_from), HM(ws->core_to), brk);
		return;
	}
	if (ws->hours % 60 == 0)
		snprintf(hours, sizeof(hours), "%d", (int) (ws->hours / 60));
	else
		snprintf(hours, sizeof(hours), "%d:%02d", HM(ws->hours));
	snprintf(buf, CS_WS_TEXT_LEN,
			 "start %02d:%02d-%02d:%02d, core %02d:%02d-%02d:%02d, end %02d:%02d-%02d:%02d%s, hours %s",
			 HM(ws->start_from), HM(ws->start_to), HM(ws->core_from), HM(ws->core_to),
			 HM(ws->end_from), HM(ws->end_to), brk, hours);
}

int
cs_ws_compare(const CsWorkSchedule *a, const CsWorkSchedule *b)
{
	const int32_t *x = &a->start_from,
			   *y = &b->start_from;
	int			i;

	for (i = 0; i < (int) (sizeof(CsWorkSchedule) / sizeof(int32_t)); i++)
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	return 0;
}

static int64_t
overlap(int64_t a1, int64_t a2, int64_t b1, int64_t b2)
{
	int64_t		lo = a1 > b1 ? a1 : b1,
				hi = a2 < b2 ? a2 : b2;

	return hi > lo ? hi - lo : 0;
}

int64_t
cs_ws_worked(const CsWorkSchedule *ws, int64_t arrived, int64_t left)
{
	int64_t		from = ws->start_from * USEC_PER_MINUTE,
				to = ws->end_to * USEC_PER_MINUTE,
				lo = arrived > from ? arrived : from,
				hi = left < to ? left : to;

	if (hi <= lo)
		return 0;
	if (ws->break_from >= 0)
		return (hi - lo) - overlap(lo, hi, ws->break_from * USEC_PER_MINUTE,
								   ws->break_to * USEC_PER_MINUTE);
	return hi - lo;
}

unsigned
cs_ws_check(const CsWorkSchedule *ws, int64_t arrived, int64_t left)
{
	unsigned	r = 0;

	if (arrived > ws->start_to * USEC_PER_MINUTE)
		r |= CS_WS_LATE_ARRIVAL;
	if (left < ws->core_to * USEC_PER_MINUTE)
		r |= CS_WS_LEFT_BEFORE_CORE_END;
	if (left < ws->end_from * USEC_PER_MINUTE)
		r |= CS_WS_LEFT_BEFORE_END_WINDOW;
	if (cs_ws_worked(ws, arrived, left) < ws->hours * USEC_PER_MINUTE)
		r |= CS_WS_SHORT_HOURS;
	return r;
}

int
cs_ws_codes(unsigned mask, const char **codes)
{
	static const struct
	{
		unsigned	bit;
		const char *code;
	}			table[CS_WS_NCODES] = {
		{CS_WS_LATE_ARRIVAL, "late_arrival"},
		{CS_WS_LEFT_BEFORE_CORE_END, "left_before_core_end"},
		{CS_WS_LEFT_BEFORE_END_WINDOW, "left_before_end_window"},
		{CS_WS_SHORT_HOURS, "short_hours"},
	};
	int			n = 0;
	int			i;

	for (i = 0; i < CS_WS_NCODES; i++)
		if (mask & table[i].bit)
			codes[n++] = table[i].code;
	return n;
}
