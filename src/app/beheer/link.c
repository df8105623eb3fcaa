/* link.c - one-time links to set a password: issued here, shown once; used on /wachtwoord/{token} (app/sessie). */
#include <string.h>

#include "app/beheer/beheer.h"
#include "app/beheer/link.h"
#include "core/account.h"
#include "core/perm.h"
#include "lib/date.h"

enum err_code
bh_link_uitgeven(struct request *r, int64_t gebruiker_id, char token[BH_LINK_TOKEN], struct err *e)
{
	char hash[CRYPTO_SHA256_HEXLEN];

	crypto_token(token);
	crypto_sha256_hex(token, strlen(token), hash);
	return store_link_nieuw(r->store, gebruiker_id, hash, r->actor.gebruiker_id, r->now, e);
}

const char *
bh_link_adres(struct request *r, const char *token)
{
	const char *host = req_header(r, "Host");

	return arena_printf(r->arena, "%s://%s/wachtwoord/%s", r->cfg->secure_cookies ? "https" : "http",
	    host != NULL && strpbrk(host, "/\\\"<> ") == NULL ? host : "localhost", token);
}

void
bh_link_pagina(struct request *r, int64_t gebruiker_id, const char *naam, const char *token, const char *melding)
{
	struct eenmalige_link l = { .aangemaakt = r->now };
	time_t tot = eenmalige_link_verloopt(&l);
	char iso[TIME_STRLEN];
	json_t *ctx = json_object();

	time_format(tot, iso);
	json_object_set_new(ctx, "id", json_integer((json_int_t)gebruiker_id));
	json_object_set_new(ctx, "naam", json_string(naam));
	json_object_set_new(ctx, "link", json_string(bh_link_adres(r, token)));
	json_object_set_new(ctx, "geldig_tot", json_string(app_tijd_datum_tekst(r, iso)));
	json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst", melding));
	json_object_set_new(ctx, "is_beheerder", json_boolean(perm_beheer(&r->actor)));
	bh_subnav(r, ctx, "/beheer/accounts");
	reply_page(r, 200, "beheer/link", "Link om een wachtwoord in te stellen", ctx);
}
