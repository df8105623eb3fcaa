/* demo.c - fictitious demo data for `init --demo`: one account per role, about forty demo casussen with their LET
   escalaties and overbruggingen, the register. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "core/casus.h"
#include "core/casus_lifecycle.h"
#include "app/interchange/interchange.h"
#include "core/rol.h"
#include "lib/crypto.h"
#include "lib/date.h"
#include "lib/embed.h"
#include "lib/mem.h"
#include "store/store_account.h"
#include "store/store_tweede_factor.h"
#include "store/casus/casus.h"
#include "store/escalatie/escalatie.h"
#include "store/overbrugging/overbrugging.h"

/* The casussen compiled into the binary (src/cli/demo/casussen.jsonl, interchange format). */
#define DEMO_CASUSSEN "demo/casussen.jsonl"
/* The first casus of the file: when it exists, the demo casussen were imported before. */
#define DEMO_EERSTE "PMM-2025-0001"

/*
 * The persons of these accounts also appear in the demo casussen (Ruud Regie as
 * regievoerder, Inge Indiener as indiener); store_casus_insert matches persons
 * by e-mail, so creating the accounts first links them to their casussen.
 */
/* The roles that see case data sign in with a second factor: their demo accounts have it set up with a fixed,
   printed secret (base32), so the demo logins work with any authenticator app or `doorbraak totp-code`. */
static const struct {
	const char *email, *naam, *organisatie, *wachtwoord, *totp;
	enum rol rol;
} accounts[] = {
	{ "regievoerder@demo.doorbraak.nl", "Ruud Regie", "Landelijk Maatwerkloket Multiproblematiek",
	  "demo-regie-2026", "DEMOREGIEVOERDERDOORBRAAKTOTPAAA", ROL_REGIEVOERDER },
	{ "indiener@demo.doorbraak.nl", "Inge Indiener", "Gemeente Zuiderhaven", "demo-indien-2026",
	  "DEMOINDIENERDOORBRAAKTOTPAAAAAAA", ROL_INDIENER },
	{ "ambassadeur@demo.doorbraak.nl", "Amir Ambassadeur", "Ministerie van Volksgezondheid, Welzijn en Sport",
	  "demo-ambassadeur-2026", "DEMOAMBASSADEURDOORBRAAKTOTPAAAA", ROL_AMBASSADEUR },
	{ "onderzoeker@demo.doorbraak.nl", "Olga Onderzoek", "Onderzoeksbureau Fictief", "demo-onderzoek-2026",
	  "DEMOONDERZOEKERDOORBRAAKTOTPAAAA", ROL_ONDERZOEKER },
	{ "voorzitter@demo.doorbraak.nl", "Vera Voorzitter", "Landelijk Escalatie Team", "demo-voorzitter-2026",
	  "DEMOVOORZITTERDOORBRAAKTOTPAAAAA", ROL_LET_VOORZITTER },
	{ "beheerder@demo.doorbraak.nl", "Bart Beheer", "Landelijk Maatwerkloket Multiproblematiek",
	  "demo-beheer-2026", NULL, ROL_BEHEERDER },
	{ "privacy@demo.doorbraak.nl", "Femke Gegevensbescherming", "Landelijk Maatwerkloket Multiproblematiek",
	  "demo-privacy-2026", "DEMOPRIVACYDOORBRAAKTOTPAAAAAAAA", ROL_PRIVACY },
};

void
demo_print_accounts(void)
{
	printf("\nDemo-accounts (fictief; alleen voor de demo-database):\n");
	for (size_t i = 0; i < sizeof(accounts) / sizeof(accounts[0]); i++) {
		printf("  %-13s %-32s wachtwoord: %s\n", rol_code(accounts[i].rol), accounts[i].email,
		    accounts[i].wachtwoord);
		if (accounts[i].totp != NULL)
			printf("  %-13s %-32s tweede stap: %s\n", "", "", accounts[i].totp);
	}
	printf("\nDe tweede stap: voeg het geheim toe aan een authenticator-app (TOTP, 6 cijfers, 30 seconden),\n"
	       "of laat de code van nu zien met: doorbraak totp-code GEHEIM\n\n");
}

static int
demo_accounts(struct store *st, const struct config *cfg)
{
	struct err e = { 0 };

	for (size_t i = 0; i < sizeof(accounts) / sizeof(accounts[0]); i++) {
		char hash[CRYPTO_PWHASH_STRLEN];
		int64_t id;

		if (crypto_password_hash(accounts[i].wachtwoord, cfg->pwhash_mem, hash) != 0) {
			fprintf(stderr, "doorbraak: demo-account %s: wachtwoord hashen mislukt\n", accounts[i].email);
			return -1;
		}
		if (store_user_add(st, accounts[i].email, accounts[i].naam, accounts[i].organisatie,
			ROL_BIT(accounts[i].rol), hash, time(NULL), &id, &e) != ERR_OK) {
			if (e.code == ERR_CONFLICT)
				continue;   /* already there: init --demo may run twice */
			fprintf(stderr, "doorbraak: demo-account %s: %s\n", accounts[i].email, e.msg);
			return -1;
		}
		if (accounts[i].totp != NULL &&
		    store_tweede_factor_instellen(st, id, accounts[i].totp, 0, NULL, 0, time(NULL), &e) != ERR_OK) {
			fprintf(stderr, "doorbraak: demo-account %s: tweede stap instellen mislukt: %s\n", accounts[i].email,
			    e.msg);
			return -1;
		}
	}
	return 0;
}

/*
 * Imports every line of the embedded demo file inside the caller's
 * transaction. Sets *n to the number imported; 0 when the demo casussen
 * were already there. Returns -1 (after printing why) on failure.
 */
/* The demo ambassadeur (VWS) is invited to two casussen where VWS is involved, so that role sees something. */
static int
demo_uitnodigingen(struct store *st, time_t now)
{
	static const char *const refs[] = { "PMM-2025-0003", "PMM-2025-0008" };
	int64_t persoon;
	struct err e = { 0 };

	if (store_persoon_by_email(st, "ambassadeur@demo.doorbraak.nl", &persoon, &e) != ERR_OK)
		return 0;   /* no demo ambassadeur: nothing to invite */
	for (size_t i = 0; i < sizeof(refs) / sizeof(refs[0]); i++) {
		struct casus_toegang t;

		if (store_casus_toegang(st, refs[i], 0, &t) != ERR_OK)
			continue;
		if (store_deelnemer_add(st, t.id, persoon, "ambassadeur", true, 0, now, &e) != ERR_OK &&
		    e.code != ERR_CONFLICT) {
			fprintf(stderr, "doorbraak: demo-uitnodiging voor %s mislukt: %s\n", refs[i], e.msg);
			return -1;
		}
	}
	return 0;
}

/*
 * The escalaties and overbruggingen a demo line states (store_casus_insert
 * saves neither), as `doorbraak import` records them: each LET record with
 * its chair, meetings, afspraken and follow-up, linked to the casus's
 * escalatie interventie (one is added where the line has none), and each
 * overbrugging with every step it reached.
 */
static enum err_code
demo_let(struct store *st, struct arena *a, const struct casus *c, time_t now, struct err *e)
{
	enum err_code rc = store_escalatie_import(st, a, c->id, c->escalaties, c->nescalaties, now, e);

	if (rc != ERR_OK)
		return rc;
	return store_overbrugging_import(st, a, c->id, c->overbruggingen, c->noverbruggingen, now, e);
}

static int
demo_casussen(struct store *st, size_t *n)
{
	const struct embedded_file *f = embed_find(DEMO_CASUSSEN);
	struct casus_toegang t;
	enum err_code rc;
	const char *p, *end;
	time_t now = time(NULL);
	int today = date_today(now), lijn = 0;

	*n = 0;
	if (f == NULL) {
		fprintf(stderr, "doorbraak: %s ontbreekt in dit programma\n", DEMO_CASUSSEN);
		return -1;
	}
	rc = store_casus_toegang(st, DEMO_EERSTE, 0, &t);
	if (rc == ERR_OK)
		return 0;   /* imported by an earlier init --demo */
	if (rc != ERR_NOT_FOUND) {
		fprintf(stderr, "doorbraak: demo-casussen: opzoeken van %s mislukt (%s)\n", DEMO_EERSTE,
		    err_strerror(rc));
		return -1;
	}
	p = (const char *)f->data;
	end = p + f->len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
		struct arena *a;
		struct casus c;
		struct err e = { 0 };
		size_t k;

		lijn++;
		for (k = 0; k < len && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'); k++)
			;
		if (k == len) {   /* an empty line */
			p += len + 1;
			continue;
		}
		a = arena_new();
		rc = interchange_parse(a, p, len, &c, &e);
		if (rc == ERR_OK)
			rc = casus_validate(&c, today, &e);
		if (rc == ERR_OK) {
			casus_apply_defaults(&c, today);
			c.organisaties_bekend = true;   /* the demo's organisations are known ones */
			rc = store_casus_insert(st, a, &c, 0, now, &e);
		}
		if (rc == ERR_OK)
			rc = demo_let(st, a, &c, now, &e);
		if (rc != ERR_OK) {
			fprintf(stderr, "doorbraak: %s regel %d%s%s: %s%s%s\n", DEMO_CASUSSEN, lijn,
			    e.field[0] != '\0' ? ", veld " : "", e.field,
			    e.msg[0] != '\0' ? e.msg : err_strerror(e.code != ERR_OK ? e.code : ERR_INTERNAL),
			    e.detail[0] != '\0' ? " - " : "", e.detail);
			arena_free(a);
			return -1;
		}
		arena_free(a);
		(*n)++;
		p += len + 1;
	}
	if (demo_uitnodigingen(st, now) != 0)
		return -1;
	return demo_systeemleren(st, now);
}

int
demo_add(struct store *st, const struct config *cfg)
{
	size_t n;

	if (store_begin(st) != ERR_OK) {
		fprintf(stderr, "doorbraak: de database is bezet\n");
		return 1;
	}
	/* the network after the casussen (they name, and so create, the municipalities it dates) and after the
	   register (whose demo entries are for the organisations the reference data and casussen connect) */
	if (demo_accounts(st, cfg) != 0 || demo_casussen(st, &n) != 0 || demo_register(st, time(NULL)) != 0 ||
	    demo_netwerk(st) != 0 || demo_evenementen(st, time(NULL)) != 0) {
		store_rollback(st);
		return 1;
	}
	if (store_commit(st) != ERR_OK) {
		fprintf(stderr, "doorbraak: demo-gegevens opslaan mislukt\n");
		return 1;
	}
	if (n > 0)
		printf("Demo-gegevens toegevoegd: %zu casussen.\n", n);
	else
		printf("Demo-gegevens toegevoegd (de demo-casussen waren er al).\n");
	return 0;
}
