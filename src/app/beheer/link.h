/* link.h - issuing a one-time link to set a password and showing it once to whoever hands it over. */
#ifndef DOORBRAAK_BEHEER_LINK_H
#define DOORBRAAK_BEHEER_LINK_H

#include <stdint.h>

#include "core/err.h"
#include "lib/crypto.h"
#include "web/request.h"

#define BH_LINK_TOKEN CRYPTO_TOKEN_HEXLEN

/* A new 256-bit token for the account; only its SHA-256 is stored (older unused links are withdrawn). In a transaction. */
enum err_code bh_link_uitgeven(struct request *r, int64_t gebruiker_id, char token[BH_LINK_TOKEN], struct err *e);
/* The absolute address of the link ("http(s)://host/wachtwoord/<token>") in the request arena. */
const char *bh_link_adres(struct request *r, const char *token);
/* 200: the page that shows the link once, with how long it stays valid (e-mail follows in issue 14). */
void bh_link_pagina(struct request *r, int64_t gebruiker_id, const char *naam, const char *token, const char *melding);

#endif
