/*
 * flexible_period.h — the cap of п. 18 on a period of flexible working time.
 */
#ifndef CIVILSERVICE_FLEXIBLE_PERIOD_H
#define CIVILSERVICE_FLEXIBLE_PERIOD_H

#include "postgres.h"
#include "utils/date.h"

/*
 * The last day a period of flexible time starting on first_day may last
 * (п. 18): first_day plus the months of the rule parameter
 * flexible_period_months in force on first_day, less one day. *months, when
 * not NULL, receives that number of months. Errors on an infinite date.
 */
extern DateADT cs_flexible_period_last_day(DateADT first_day, int *months);

#endif
