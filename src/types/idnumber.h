/*
 * idnumber.h — the 12-digit Kazakh identification numbers: ИИН (individual
 * identification number) and БИН (business identification number).
 *
 * Plain C with no server dependencies, so the parsers can also be linked
 * into the fuzz harness (test/fuzz/). Every function reads at most len bytes
 * of its input and never allocates.
 *
 * A number is kept as the int64 value of its 12 digits (0 .. 999999999999);
 * the text form is that value with leading zeros.
 */
#ifndef CIVILSERVICE_IDNUMBER_H
#define CIVILSERVICE_IDNUMBER_H

#include <stddef.h>
#include <stdint.h>

#define CS_ID_DIGITS 12
#define CS_ID_MAX INT64_C(999999999999)

/* Size of the buffer for the error detail filled in by the parsers. */
#define CS_ID_DETAIL_LEN 160

/*
 * Check digit of the first 11 digits (values 0..9): Σ dᵢ·i mod 11; when that
 * is 10, Σ dᵢ·(i+2, cycling through 1..11) mod 11; -1 when that is 10 too
 * (no number with these 11 digits is valid).
 */
extern int	cs_id_check_digit(const uint8_t d[11]);

/*
 * Parse text (surrounding white space ignored). Returns 1 and sets *out on
 * success; returns 0 and writes a sentence naming what is wrong to detail
 * (which may be NULL) otherwise.
 */
extern int	cs_iin_parse(const char *s, size_t len, int64_t *out, char *detail);
extern int	cs_bin_parse(const char *s, size_t len, int64_t *out, char *detail);

/* Validate a stored value (binary input, casts from bigint); same contract. */
extern int	cs_iin_validate(int64_t v, char *detail);
extern int	cs_bin_validate(int64_t v, char *detail);

/* Digits of a valid value, most significant first. */
extern void cs_id_digits(int64_t v, uint8_t d[CS_ID_DIGITS]);

/* Birth date of a valid IIN; sex: 1 male, 2 female. */
extern void cs_iin_birth_date(int64_t v, int *year, int *month, int *day);
extern int	cs_iin_sex(int64_t v);

/* Registration month of a valid BIN (YY 90..99 = 1990s, else 2000s). */
extern void cs_bin_registered(int64_t v, int *year, int *month);

/* Names of digit 5 (entity kind) and digit 6 (unit) of a valid BIN. */
extern const char *cs_bin_entity_kind(int64_t v);
extern const char *cs_bin_unit_kind(int64_t v);

#endif
