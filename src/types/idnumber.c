/*
 * idnumber.c — parsing and validation of ИИН and БИН (see idnumber.h).
 *
 * ИИН: YYMMDD birth date, digit 7 century and sex (1/2 1800s, 3/4 1900s,
 * 5/6 2000s; odd male, even female), digits 8-11 registration number,
 * digit 12 check digit.
 * БИН: YYMM registration month, digit 5 entity kind (4 resident legal entity,
 * 5 non-resident, 6 joint individual entrepreneurship), digit 6 unit (0 head
 * office, 1 branch, 2 representative office, 3 peasant farm), digits 7-11
 * serial, digit 12 check digit.
 *
 * No server headers: this file is also linked into the fuzz harness.
 */
#include <stdio.h>
#include <string.h>

#include "types/idnumber.h"

#define DETAIL(...) \
	do { if (detail) snprintf(detail, CS_ID_DETAIL_LEN, __VA_ARGS__); } while (0)

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

int
cs_id_check_digit(const uint8_t d[11])
{
	int			sum = 0;
	int			i;

	for (i = 0; i < 11; i++)
		sum += d[i] * (i + 1);
	sum %= 11;
	if (sum != 10)
		return sum;
	sum = 0;
	for (i = 0; i < 11; i++)
		sum += d[i] * ((i + 2) % 11 + 1);	/* weights 3..11, 1, 2 */
	sum %= 11;
	return sum == 10 ? -1 : sum;
}

void
cs_id_digits(int64_t v, uint8_t d[CS_ID_DIGITS])
{
	int			i;

	for (i = CS_ID_DIGITS - 1; i >= 0; i--)
	{
		d[i] = (uint8_t) (v % 10);
		v /= 10;
	}
}

static int64_t
digits_value(const uint8_t d[CS_ID_DIGITS])
{
	int64_t		v = 0;
	int			i;

	for (i = 0; i < CS_ID_DIGITS; i++)
		v = v * 10 + d[i];
	return v;
}

/*
 * Strip white space and collect exactly 12 digits; the kind name is used in
 * the detail.
 */
static int
collect_digits(const char *s, size_t len, uint8_t d[CS_ID_DIGITS],
			   const char *kind, char *detail)
{
	size_t		b = 0,
				e = len,
				i;

	while (b < e && is_space(s[b]))
		b++;
	while (e > b && is_space(s[e - 1]))
		e--;
	for (i = b; i < e; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < '0' || c > '9')
		{
			if (c >= 0x20 && c < 0x7f)
				DETAIL("Character %zu (\"%c\") is not a digit.",
					   i - b + 1, c);
			else
				DETAIL("Character %zu (byte 0x%02x) is not a digit.",
					   i - b + 1, c);
			return 0;
		}
		if (i - b < CS_ID_DIGITS)
			d[i - b] = (uint8_t) (c - '0');
	}
	if (e - b != CS_ID_DIGITS)
	{
		DETAIL("A valid %s has 12 digits, not %zu.", kind, e - b);
		return 0;
	}
	return 1;
}

static int
days_in_month(int year, int month)
{
	static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
		return 29;
	return mdays[month - 1];
}

static int
check_digit_ok(const uint8_t d[CS_ID_DIGITS], const char *kind, char *detail)
{
	int			c = cs_id_check_digit(d);

	if (c < 0)
	{
		DETAIL("No check digit is possible for the first 11 digits of this %s (both weightings give 10).",
			   kind);
		return 0;
	}
	if (c != d[11])
	{
		DETAIL("Check digit (digit 12) is %d, expected %d.", d[11], c);
		return 0;
	}
	return 1;
}

static int
iin_digits_ok(const uint8_t d[CS_ID_DIGITS], char *detail)
{
	int			yy = d[0] * 10 + d[1],
				mm = d[2] * 10 + d[3],
				dd = d[4] * 10 + d[5],
				year;

	if (d[6] < 1 || d[6] > 6)
	{
		DETAIL("Digit 7 (century and sex) is %d; it must be 1-6 (1/2 1800s, 3/4 1900s, 5/6 2000s).",
			   d[6]);
		return 0;
	}
	year = 1800 + 100 * ((d[6] - 1) / 2) + yy;
	if (mm < 1 || mm > 12 || dd < 1 || dd > days_in_month(year, mm))
	{
		DETAIL("Digits 1-6 (birth date YYMMDD) give %04d-%02d-%02d, which is not a date.",
			   year, mm, dd);
		return 0;
	}
	return check_digit_ok(d, "IIN", detail);
}

static int
bin_digits_ok(const uint8_t d[CS_ID_DIGITS], char *detail)
{
	int			mm = d[2] * 10 + d[3];

	if (mm < 1 || mm > 12)
	{
		DETAIL("Digits 3-4 (month of registration) are %02d; the month must be 01-12.", mm);
		return 0;
	}
	if (d[4] < 4 || d[4] > 6)
	{
		DETAIL("Digit 5 (entity kind) is %d; it must be 4 (resident legal entity), 5 (non-resident) or 6 (joint individual entrepreneurship).",
			   d[4]);
		return 0;
	}
	if (d[5] > 3)
	{
		DETAIL("Digit 6 (unit) is %d; it must be 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm).",
			   d[5]);
		return 0;
	}
	return check_digit_ok(d, "BIN", detail);
}

int
cs_iin_parse(const char *s, size_t len, int64_t *out, char *detail)
{
	uint8_t		d[CS_ID_DIGITS];

	if (!collect_digits(s, len, d, "IIN", detail) || !iin_digits_ok(d, detail))
		return 0;
	*out = digits_value(d);
	return 1;
}

int
cs_bin_parse(const char *s, size_t len, int64_t *out, char *detail)
{
	uint8_t		d[CS_ID_DIGITS];

	if (!collect_digits(s, len, d, "BIN", detail) || !bin_digits_ok(d, detail))
		return 0;
	*out = digits_value(d);
	return 1;
}

static int
validate(int64_t v, char *detail, const char *kind,
		 int (*ok) (const uint8_t *, char *))
{
	uint8_t		d[CS_ID_DIGITS];

	if (v < 0 || v > CS_ID_MAX)
	{
		DETAIL("A valid %s is a 12-digit number from 000000000000 to 999999999999.", kind);
		return 0;
	}
	cs_id_digits(v, d);
	return ok(d, detail);
}

int
cs_iin_validate(int64_t v, char *detail)
{
	return validate(v, detail, "IIN", iin_digits_ok);
}

int
cs_bin_validate(int64_t v, char *detail)
{
	return validate(v, detail, "BIN", bin_digits_ok);
}

void
cs_iin_birth_date(int64_t v, int *year, int *month, int *day)
{
	uint8_t		d[CS_ID_DIGITS];

	cs_id_digits(v, d);
	*year = 1800 + 100 * ((d[6] - 1) / 2) + d[0] * 10 + d[1];
	*month = d[2] * 10 + d[3];
	*day = d[4] * 10 + d[5];
}

int
cs_iin_sex(int64_t v)
{
	uint8_t		d[CS_ID_DIGITS];

	cs_id_digits(v, d);
	return (d[6] % 2) ? 1 : 2;
}

void
cs_bin_registered(int64_t v, int *year, int *month)
{
	uint8_t		d[CS_ID_DIGITS];
	int			yy;

	cs_id_digits(v, d);
	yy = d[0] * 10 + d[1];
	*year = yy >= 90 ? 1900 + yy : 2000 + yy;
	*month = d[2] * 10 + d[3];
}

const char *
cs_bin_entity_kind(int64_t v)
{
	uint8_t		d[CS_ID_DIGITS];

	cs_id_digits(v, d);
	switch (d[4])
	{
		case 4:
			return "resident legal entity";
		case 5:
			return "non-resident legal entity";
		case 6:
			return "joint individual entrepreneurship";
	}
	return "unknown";
}

const char *
cs_bin_unit_kind(int64_t v)
{
	uint8_t		d[CS_ID_DIGITS];

	cs_id_digits(v, d);
	switch (d[5])
	{
		case 0:
			return "head office";
		case 1:
			return "branch";
		case 2:
			return "representative office";
		case 3:
			return "peasant farm";
	}
	return "unknown";
}
