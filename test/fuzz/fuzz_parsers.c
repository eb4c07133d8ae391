/*
 * fuzz_parsers.c — random and mutated inputs through the text parsers of
 * iin, bin and work_schedule (src/types/idnumber.c, src/types/work_schedule_text.c),
 * outside the server, under AddressSanitizer and UndefinedBehaviorSanitizer.
 *
 * Every input is copied into a heap buffer of exactly its length (no
 * terminating NUL), so a read past the input is reported by ASan. Accepted
 * inputs must round-trip: canonical text parses back to the same value.
 *
 *   fuzz_parsers N SEED     N inputs per parser (standalone driver)
 *   built with -fsanitize=fuzzer -DUSE_LIBFUZZER: a libFuzzer target
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types/idnumber.h"
#include "types/work_schedule.h"

static void
fail(const char *what, const uint8_t *data, size_t len)
{
	fprintf(stderr, "round trip failed (%s) for input: \"%.*s\"\n", what, (int) len, (const char *) data);
	abort();
}

static void
one_input(int parser, const uint8_t *data, size_t len)
{
	char	   *buf = malloc(len ? len : 1);
	char		detail[CS_WS_DETAIL_LEN > CS_ID_DETAIL_LEN ? CS_WS_DETAIL_LEN : CS_ID_DETAIL_LEN];

	memcpy(buf, data, len);
	if (parser == 0 || parser == 1)
	{
		int64_t		v,
					w;
		char		out[16];
		int			ok = parser == 0 ? cs_iin_parse(buf, len, &v, detail)
			: cs_bin_parse(buf, len, &v, detail);

		if (ok)
		{
			snprintf(out, sizeof(out), "%012lld", (long long) v);
			if (!(parser == 0 ? cs_iin_parse(out, 12, &w, NULL) : cs_bin_parse(out, 12, &w, NULL)) || v != w)
				fail("id", data, len);
			if (!(parser == 0 ? cs_iin_validate(v, NULL) : cs_bin_validate(v, NULL)))
				fail("id validate", data, len);
		}
	}
	else
	{
		CsWorkSchedule ws,
					ws2;
		char		out[CS_WS_TEXT_LEN];

		if (cs_ws_parse(buf, len, &ws, detail))
		{
			cs_ws_format(&ws, out);
			if (!cs_ws_parse(out, strlen(out), &ws2, NULL) || cs_ws_compare(&ws, &ws2) != 0)
				fail("work_schedule", data, len);
			(void) cs_ws_check(&ws, (int64_t) ws.start_from * 60000000, (int64_t) ws.end_to * 60000000);
		}
	}
	free(buf);
}

#ifdef USE_LIBFUZZER
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	one_input(data[0] % 3, data + 1, size - 1);
	return 0;
}
#else

static uint64_t rng_state;

static uint64_t
rnd(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static const char *const seeds[3][8] = {
	{"850515400121", "900101300453", "000229501234", " 801231200012 ", "850515301500", "010229600076", "8505154001", "999999999999"},
	{"040540001230", "121041004563", "970160000012", "050562000778", "150330043217", "230140000119", "041340001230", "000000000000"},
	{"09:00-18:00, break 13:00-14:00", "09:00-18:00",
		"start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8",
		"hours 7:30, end 17:00-19:00, core 10:00-17:00, start 08:00-10:00",
		"00:00-24:00", "08:00-17:00, hours 7:45", "start 08:00-10:30, core 10:00-17:00, end 17:00-19:00, hours 6",
	"09:00-18:00, break 14:00-13:00"}
};
static const char alphabet[] = "0123456789:-, \t\n:-abcdehknorstuwz.+\xff\x80";

int
main(int argc, char **argv)
{
	long		n = argc > 1 ? atol(argv[1]) : 1000000;
	uint64_t	seed = argc > 2 ? strtoull(argv[2], NULL, 10) : 42;
	long		accepted[3] = {0};
	int			p;

	rng_state = seed | 1;
	for (p = 0; p < 3; p++)
	{
		long		i;

		for (i = 0; i < n; i++)
		{
			uint8_t		b[160];
			size_t		len;
			int			k;

			if (rnd() % 4 == 0)
			{
				/* random bytes, biased to the alphabet */
				len = rnd() % 100;
				for (k = 0; k < (int) len; k++)
					b[k] = rnd() % 3 ? (uint8_t) alphabet[rnd() % (sizeof(alphabet) - 1)] : (uint8_t) rnd();
			}
			else
			{
				/* a mutated seed: replace, insert, delete a few bytes */
				const char *s = seeds[p][rnd() % 8];
				int			m = 1 + rnd() % 4;

				len = strlen(s);
				memcpy(b, s, len);
				for (k = 0; k < m; k++)
				{
					size_t		at = len ? rnd() % (len + 1) : 0;
					uint8_t		c = rnd() % 4 ? (uint8_t) alphabet[rnd() % (sizeof(alphabet) - 1)] : (uint8_t) rnd();

					switch (rnd() % 3)
					{
						case 0:
							if (at < len)
								b[at] = c;
							break;
						case 1:
							if (len < sizeof(b) - 1)
							{
								memmove(b + at + 1, b + at, len - at);
								b[at] = c;
								len++;
							}
							break;
						default:
							if (at < len)
							{
								memmove(b + at, b + at + 1, len - at - 1);
								len--;
							}
					}
				}
			}
			{
				/* count acceptances to show the mutations reach valid inputs */
				char	   *t = malloc(len ? len : 1);
				int64_t		v;
				CsWorkSchedule ws;

				memcpy(t, b, len);
				if (p == 0 ? cs_iin_parse(t, len, &v, NULL)
					: p == 1 ? cs_bin_parse(t, len, &v, NULL)
					: cs_ws_parse(t, len, &ws, NULL))
					accepted[p]++;
				free(t);
			}
			one_input(p, b, len);
		}
	}
	printf("fuzz: %ld inputs per parser (iin, bin, work_schedule), %ld in total; accepted %ld / %ld / %ld\n",
		   n, 3 * n, accepted[0], accepted[1], accepted[2]);
	return 0;
}
#endif
