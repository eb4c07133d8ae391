/*
 * shipping.h — is the extension's own script writing? (see shipping.c)
 */
#ifndef CIVILSERVICE_SHIPPING_H
#define CIVILSERVICE_SHIPPING_H

extern bool cs_shipping_now(void);

#endif
