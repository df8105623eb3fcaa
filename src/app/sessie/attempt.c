/* attempt.c - counting sign-in attempts per account and per client address, atomically, before they are checked. */
#include "app/sessie/attempt.h"

#include <string.h>

#include "store/store_account.h"

#define MAX_KEY_EMAIL 254

void
login_attempt_init(struct request *r, struct login_attempt *la, const char *email)
{
	char lower[MAX_KEY_EMAIL + 1];
	size_t n = strlen(email);

	if (n > MAX_KEY_EMAIL)
		n = MAX_KEY_EMAIL;
	for (size_t i = 0; i < n; i++)
		lower[i] = (char)(email[i] >= 'A' && email[i] <= 'Z' ? email[i] + 32 : email[i]);
	lower[n] = '\0';
	la->account_key = arena_printf(r->arena, "account:%s", lower);
	la->address_key = arena_printf(r->arena, "adres:%s", r->client_addr);
	la->account = (struct throttle_policy){ r->cfg->login_max_failures, r->cfg->login_window, r->cfg->login_window };
	la->address = (struct throttle_policy){ 4 * r->cfg->login_max_failures, r->cfg->login_window,
		r->cfg->login_window };
}

enum attempt_result
login_attempt_begin(struct request *r, struct login_attempt *la, long *retry_after)
{
	struct throttle ta, tb, a2, b2;
	bool go_a, go_b;

	*retry_after = 0;
	if (store_begin(r->store) != ERR_OK)
		return ATTEMPT_BUSY;
	store_throttle_get(r->store, la->account_key, &ta);
	store_throttle_get(r->store, la->address_key, &tb);
	a2 = ta;
	b2 = tb;
	go_a = throttle_attempt(&a2, &la->account, r->now);
	go_b = go_a && throttle_attempt(&b2, &la->address, r->now);
	if (!go_a || !go_b) {
		long ra = throttle_remaining(&a2, r->now), rb = throttle_remaining(&b2, r->now);

		/* only the refusing counter changes (its block starts); the other one did not count this attempt */
		if (store_throttle_put(r->store, la->account_key, go_a ? &ta : &a2) != ERR_OK ||
		    store_throttle_put(r->store, la->address_key, go_a ? &b2 : &tb) != ERR_OK ||
		    req_audit(r, "login", "gebruiker", NULL, AUDIT_GEWEIGERD) != ERR_OK || store_commit(r->store) != ERR_OK) {
			store_rollback(r->store);
			return ATTEMPT_BUSY;
		}
		*retry_after = ra > rb ? ra : rb;
		if (*retry_after < 1)
			*retry_after = 1;
		return ATTEMPT_REFUSED;
	}
	if (store_throttle_put(r->store, la->account_key, &a2) != ERR_OK ||
	    store_throttle_put(r->store, la->address_key, &b2) != ERR_OK || store_commit(r->store) != ERR_OK) {
		store_rollback(r->store);
		return ATTEMPT_BUSY;
	}
	return ATTEMPT_GO;
}

void
login_attempt_succeeded(struct request *r, struct login_attempt *la, bool signed_in)
{
	struct throttle t;

	store_throttle_get(r->store, la->address_key, &t);
	throttle_forgive(&t);
	store_throttle_put(r->store, la->address_key, &t);
	if (signed_in) {
		store_throttle_clear(r->store, la->account_key);
		return;
	}
	store_throttle_get(r->store, la->account_key, &t);
	throttle_forgive(&t);
	store_throttle_put(r->store, la->account_key, &t);
}
