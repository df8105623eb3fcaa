/* cmd_user.c - `doorbraak user add|list|disable` and `doorbraak token create`. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/account.h"
#include "core/rol.h"
#include "lib/crypto.h"
#include "lib/utf8.h"
#include "store/store_account.h"
#include "store/store_audit.h"
#include "store/store_tweede_factor.h"

static void
audit_cli(struct store *st, const char *actie, int64_t id, enum audit_uitkomst u)
{
	char oid[24];
	struct audit_entry a = { .tijd = time(NULL), .rol = "beheer-cli", .actie = actie,
		.object_type = "gebruiker", .object_id = oid, .uitkomst = u, .adres = "cli" };

	snprintf(oid, sizeof(oid), "%lld", (long long)id);
	store_audit_append(st, &a, NULL);
}

/* Reads one line (the password) from standard input; strips the newline. */
static int
read_password(char *out, size_t len)
{
	size_t n;

	if (isatty(STDIN_FILENO))
		fprintf(stderr, "Wachtwoord: ");
	if (fgets(out, (int)len, stdin) == NULL)
		return -1;
	n = strcspn(out, "\r\n");
	out[n] = '\0';
	return 0;
}

static int
user_add(const struct config *cfg, int argc, char **argv)
{
	const char *email = NULL, *naam = NULL, *org = NULL;
	unsigned roles = 0;
	char pw[1100], hash[CRYPTO_PWHASH_STRLEN];
	struct store *st;
	struct err e = { 0 };
	int64_t id;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--naam") == 0 && i + 1 < argc)
			naam = argv[++i];
		else if (strcmp(argv[i], "--organisatie") == 0 && i + 1 < argc)
			org = argv[++i];
		else if (strcmp(argv[i], "--rol") == 0 && i + 1 < argc) {
			enum rol r;
			if (!rol_parse(argv[++i], &r)) {
				fprintf(stderr, "doorbraak: onbekende rol '%s' (regievoerder, indiener, ambassadeur, "
				    "onderzoeker, beheerder)\n", argv[i]);
				return 2;
			}
			roles |= ROL_BIT(r);
		} else if (argv[i][0] != '-' && email == NULL)
			email = argv[i];
		else {
			fprintf(stderr, "doorbraak: onbekend argument '%s'\n", argv[i]);
			return 2;
		}
	}
	if (email == NULL || naam == NULL || roles == 0) {
		fprintf(stderr, "gebruik: doorbraak user add EMAIL --naam \"Naam\" --rol ROL [--rol ROL ...] "
		    "[--organisatie \"Naam\"]   (wachtwoord via standaardinvoer)\n");
		return 2;
	}
	if (strchr(email, '@') == NULL || strlen(email) > 254 || !utf8_valid(naam, strlen(naam)) ||
	    strlen(naam) > 200 || (org && (strlen(org) > 200 || !utf8_valid(org, strlen(org))))) {
		fprintf(stderr, "doorbraak: ongeldig e-mailadres, naam of organisatie\n");
		return 2;
	}
	if (read_password(pw, sizeof(pw)) != 0 || wachtwoord_check(pw, NULL, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: %s\n", e.msg[0] ? e.msg : "kies een wachtwoord");
		return 2;
	}
	if (crypto_password_hash(pw, cfg->pwhash_mem, hash) != 0) {
		fprintf(stderr, "doorbraak: wachtwoord hashen mislukt (te weinig geheugen?)\n");
		return 1;
	}
	if ((st = cli_open_store(cfg, false)) == NULL)
		return 1;
	if (store_begin(st) != ERR_OK ||
	    store_user_add(st, email, naam, org, roles, hash, time(NULL), &id, &e) != ERR_OK) {
		store_rollback(st);
		fprintf(stderr, "doorbraak: %s\n", e.msg[0] ? e.msg : "de database is bezet");
		store_close(st);
		return 1;
	}
	audit_cli(st, "gebruiker.aanmaken", id, AUDIT_TOEGESTAAN);
	store_commit(st);
	store_close(st);
	printf("Account %s aangemaakt.\n", email);
	return 0;
}

static int
user_list(const struct config *cfg)
{
	struct store *st = cli_open_store(cfg, false);
	struct arena *a = arena_new();
	struct gebruiker *v;
	size_t n;
	struct err e = { 0 };
	int rc = 0;

	if (st == NULL) {
		arena_free(a);
		return 1;
	}
	if (store_user_list(st, a, &v, &n, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: %s\n", e.msg);
		rc = 1;
	}
	for (size_t i = 0; rc == 0 && i < n; i++) {
		printf("%s\t%s\t%s\t", v[i].email, v[i].naam, v[i].organisatie_naam ? v[i].organisatie_naam : "-");
		for (int r = 0, first = 1; r < ROL__MAX; r++)
			if (v[i].roles & ROL_BIT(r)) {
				printf("%s%s", first ? "" : ",", rol_code((enum rol)r));
				first = 0;
			}
		printf("\t%s\n", v[i].actief ? "actief" : "uitgeschakeld");
	}
	arena_free(a);
	store_close(st);
	return rc;
}

static int
user_disable(const struct config *cfg, const char *email)
{
	struct store *st = cli_open_store(cfg, false);
	struct arena *a = arena_new();
	struct gebruiker u;
	struct err e = { 0 };
	int rc = 1;

	if (st == NULL) {
		arena_free(a);
		return 1;
	}
	if (store_user_by_email(st, a, email, &u, &e) != ERR_OK)
		fprintf(stderr, "doorbraak: geen account met e-mailadres %s\n", email);
	else if (store_begin(st) != ERR_OK || store_user_set_active(st, u.id, false, &e) != ERR_OK ||
	    store_session_delete_user(st, u.id) != ERR_OK) {
		store_rollback(st);
		fprintf(stderr, "doorbraak: uitschakelen mislukt\n");
	} else {
		audit_cli(st, "gebruiker.uitschakelen", u.id, AUDIT_TOEGESTAAN);
		store_commit(st);
		printf("Account %s is uitgeschakeld; lopende sessies zijn beëindigd.\n", email);
		rc = 0;
	}
	arena_free(a);
	store_close(st);
	return rc;
}

/* A lost phone: the second factor and the recovery codes are removed and the sessions ended; the next login sets up
   a new one (after the password, like a first login). */
static int
user_tweede_stap_wissen(const struct config *cfg, const char *email)
{
	struct store *st = cli_open_store(cfg, false);
	struct arena *a = arena_new();
	struct gebruiker u;
	struct err e = { 0 };
	int rc = 1;

	if (st == NULL) {
		arena_free(a);
		return 1;
	}
	if (store_user_by_email(st, a, email, &u, &e) != ERR_OK)
		fprintf(stderr, "doorbraak: geen account met e-mailadres %s\n", email);
	else if (store_begin(st) != ERR_OK || store_tweede_factor_wissen(st, u.id, &e) != ERR_OK ||
	    store_session_delete_user(st, u.id) != ERR_OK) {
		store_rollback(st);
		fprintf(stderr, "doorbraak: wissen mislukt\n");
	} else {
		audit_cli(st, "tweede_factor.wissen", u.id, AUDIT_TOEGESTAAN);
		store_commit(st);
		printf("De tweede stap van %s is gewist; bij de volgende keer inloggen stelt de gebruiker een nieuwe in.\n",
		    email);
		rc = 0;
	}
	arena_free(a);
	store_close(st);
	return rc;
}

int
cmd_user(const struct config *cfg, int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "add") == 0)
		return user_add(cfg, argc - 1, argv + 1);
	if (argc == 2 && strcmp(argv[1], "list") == 0)
		return user_list(cfg);
	if (argc == 3 && strcmp(argv[1], "disable") == 0)
		return user_disable(cfg, argv[2]);
	if (argc == 3 && strcmp(argv[1], "tweede-stap-wissen") == 0)
		return user_tweede_stap_wissen(cfg, argv[2]);
	fprintf(stderr, "gebruik: doorbraak user add EMAIL --naam \"Naam\" --rol ROL [--organisatie \"Naam\"]\n"
			"         doorbraak user list\n         doorbraak user disable EMAIL\n"
			"         doorbraak user tweede-stap-wissen EMAIL\n");
	return 2;
}

int
cmd_token(const struct config *cfg, int argc, char **argv)
{
	struct store *st;
	struct arena *a;
	struct gebruiker u;
	struct err e = { 0 };
	char token[CRYPTO_TOKEN_HEXLEN], hash[CRYPTO_SHA256_HEXLEN];
	int rc = 1;

	if (argc != 3 || strcmp(argv[1], "create") != 0) {
		fprintf(stderr, "gebruik: doorbraak token create EMAIL\n");
		return 2;
	}
	if ((st = cli_open_store(cfg, false)) == NULL)
		return 1;
	a = arena_new();
	if (store_user_by_email(st, a, argv[2], &u, &e) != ERR_OK || !u.actief) {
		fprintf(stderr, "doorbraak: geen actief account met e-mailadres %s\n", argv[2]);
		goto out;
	}
	crypto_token(token);
	crypto_sha256_hex(token, 64, hash);
	if (store_begin(st) != ERR_OK || store_token_add(st, u.id, hash, time(NULL), &e) != ERR_OK) {
		store_rollback(st);
		fprintf(stderr, "doorbraak: token aanmaken mislukt\n");
		goto out;
	}
	audit_cli(st, "token.aanmaken", u.id, AUDIT_TOEGESTAAN);
	if (store_commit(st) != ERR_OK) {
		fprintf(stderr, "doorbraak: token aanmaken mislukt\n");
		goto out;
	}
	printf("%s\n", token);
	fprintf(stderr, "Bewaar dit token veilig: het wordt maar één keer getoond.\n");
	rc = 0;
out:
	arena_free(a);
	store_close(st);
	return rc;
}
