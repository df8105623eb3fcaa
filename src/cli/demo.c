/* demo.c - fictitious demo accounts (one per role) for `init --demo`; later issues add demo casussen. */
#include <stdio.h>
#include <time.h>

#include "cli/cli.h"
#include "core/rol.h"
#include "lib/crypto.h"
#include "store/store_account.h"

static const struct {
	const char *email, *naam, *organisatie, *wachtwoord;
	enum rol rol;
} accounts[] = {
	{ "regievoerder@demo.doorbraak.nl", "Ruud Regie", "Landelijk Maatwerkloket Multiproblematiek",
	  "demo-regie-2026", ROL_REGIEVOERDER },
	{ "indiener@demo.doorbraak.nl", "Inge Indiener", "Gemeente Zuiderhaven", "demo-indien-2026", ROL_INDIENER },
	{ "ambassadeur@demo.doorbraak.nl", "Amir Ambassadeur", "Ministerie van Volksgezondheid, Welzijn en Sport",
	  "demo-ambassadeur-2026", ROL_AMBASSADEUR },
	{ "onderzoeker@demo.doorbraak.nl", "Olga Onderzoek", "Onderzoeksbureau Fictief", "demo-onderzoek-2026",
	  ROL_ONDERZOEKER },
	{ "beheerder@demo.doorbraak.nl", "Bart Beheer", "Landelijk Maatwerkloket Multiproblematiek",
	  "demo-beheer-2026", ROL_BEHEERDER },
};

void
demo_print_accounts(void)
{
	printf("\nDemo-accounts (fictief; alleen voor de demo-database):\n");
	for (size_t i = 0; i < sizeof(accounts) / sizeof(accounts[0]); i++)
		printf("  %-13s %-32s wachtwoord: %s\n", rol_code(accounts[i].rol), accounts[i].email,
		    accounts[i].wachtwoord);
	printf("\n");
}

int
demo_add(struct store *st, const struct config *cfg)
{
	struct err e = { 0 };

	if (store_begin(st) != ERR_OK) {
		fprintf(stderr, "doorbraak: de database is bezet\n");
		return 1;
	}
	for (size_t i = 0; i < sizeof(accounts) / sizeof(accounts[0]); i++) {
		char hash[CRYPTO_PWHASH_STRLEN];
		int64_t id;

		if (crypto_password_hash(accounts[i].wachtwoord, cfg->pwhash_mem, hash) != 0 ||
		    store_user_add(st, accounts[i].email, accounts[i].naam, accounts[i].organisatie,
			ROL_BIT(accounts[i].rol), hash, time(NULL), &id, &e) != ERR_OK) {
			if (e.code == ERR_CONFLICT)
				continue;   /* already there: init --demo may run twice */
			store_rollback(st);
			fprintf(stderr, "doorbraak: demo-account %s: %s\n", accounts[i].email, e.msg);
			return 1;
		}
	}
	if (store_commit(st) != ERR_OK) {
		fprintf(stderr, "doorbraak: demo-gegevens opslaan mislukt\n");
		return 1;
	}
	printf("Demo-gegevens toegevoegd.\n");
	return 0;
}
