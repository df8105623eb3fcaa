/* cmd_import.c - `doorbraak import BESTAND|-`: an interchange file (casussen, signals, system changes), all or nothing. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/casus.h"
#include "core/casus_lifecycle.h"
#include "app/interchange/interchange.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "store/store_audit.h"
#include "core/systeemwijziging.h"
#include "store/casus/casus.h"
#include "store/systeemwijziging/systeemwijziging.h"

#define IMPORT_MAX_LINE (1024 * 1024)   /* bytes per line, without the newline */
#define IMPORT_CHUNK (64 * 1024)
#define IMPORT_PROGRESS 1000            /* lines between progress reports on a terminal */

/* Reads lines of at most IMPORT_MAX_LINE bytes; a line may contain any byte (also NUL). */
struct lezer {
	FILE *f;
	char *chunk;                   /* what fread gave, not yet handed out */
	size_t pos, len;
	char *line;                    /* the current line, NUL-terminated */
	size_t n, cap;
	bool eof;
};

static void
lezer_init(struct lezer *r, FILE *f)
{
	memset(r, 0, sizeof(*r));
	r->f = f;
	r->chunk = xmalloc(IMPORT_CHUNK);
}

/* Back to the start of the file for a second pass. */
static int
lezer_rewind(struct lezer *r)
{
	r->pos = r->len = r->n = 0;
	r->eof = false;
	return fseek(r->f, 0, SEEK_SET);
}

static void
lezer_free(struct lezer *r)
{
	free(r->chunk);
	free(r->line);
}

static void
line_append(struct lezer *r, const char *p, size_t n)
{
	if (r->n + n + 1 > r->cap) {
		while (r->n + n + 1 > r->cap)
			r->cap = r->cap ? 2 * r->cap : 4096;
		r->line = xrealloc(r->line, r->cap);
	}
	memcpy(r->line + r->n, p, n);
	r->n += n;
	r->line[r->n] = '\0';
}

/*
 * The next line into r->line / r->n (without its newline). Returns 1 for a
 * line, 0 at the end, -1 for a read error, -2 for a line that is too long.
 */
static int
lezer_next(struct lezer *r)
{
	bool any = false;

	r->n = 0;
	for (;;) {
		const char *nl;
		size_t take;

		if (r->pos == r->len) {
			if (r->eof)
				return any ? 1 : 0;
			r->len = fread(r->chunk, 1, IMPORT_CHUNK, r->f);
			r->pos = 0;
			if (r->len < IMPORT_CHUNK) {
				if (ferror(r->f))
					return -1;
				r->eof = true;
			}
			continue;
		}
		any = true;
		nl = memchr(r->chunk + r->pos, '\n', r->len - r->pos);
		take = nl != NULL ? (size_t)(nl - (r->chunk + r->pos)) : r->len - r->pos;
		if (r->n + take > IMPORT_MAX_LINE)
			return -2;
		line_append(r, r->chunk + r->pos, take);
		r->pos += take;
		if (nl != NULL) {
			r->pos++;   /* the newline */
			if (r->n > 0 && r->line[r->n - 1] == '\r')
				r->line[--r->n] = '\0';
			return 1;
		}
	}
}

static bool
blank_line(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
			return false;
	return true;
}

/* Standard input copied into a temporary file, so that it can be read twice. NULL on failure. */
static FILE *
spool(FILE *in)
{
	FILE *t = tmpfile();
	char *chunk = xmalloc(IMPORT_CHUNK);
	size_t n;
	bool ok = t != NULL;

	while (ok && (n = fread(chunk, 1, IMPORT_CHUNK, in)) > 0)
		ok = fwrite(chunk, 1, n, t) == n;
	ok = ok && !ferror(in) && fflush(t) == 0 && fseek(t, 0, SEEK_SET) == 0;
	free(chunk);
	if (!ok && t != NULL) {
		fclose(t);
		t = NULL;
	}
	return t;
}

/* The highest leerpunt id a line names (a casus's leerpunten, or a signal), 0 for none. */
static int64_t
leerpunt_max_id(const json_t *root)
{
	const json_t *l;
	size_t i;
	int64_t max = json_integer_value(json_object_get(json_object_get(root, "signaal"), "id"));

	json_array_foreach(json_object_get(root, "leerpunten"), i, l) {
		json_int_t id = json_integer_value(json_object_get(l, "id"));

		if (id > max)
			max = (int64_t)id;
	}
	return max;
}

/*
 * The first pass, so that what the second pass numbers never collides with
 * a number given further down the file: every explicit referentie moves its
 * year's counter up, and *leerpunt_id becomes the first leerpunt id above
 * the database's and every id in the file (a leerpunt id in the file names
 * one leerpunt, possibly shared by several casussen). Lines that are not
 * JSON are skipped here; the second pass reports them.
 */
static enum err_code
reserveer(struct store *st, struct lezer *r, int64_t *leerpunt_id, struct err *e)
{
	int64_t max = store_casus_leerpunt_max_id(st);

	while (lezer_next(r) == 1) {
		json_t *root;
		const char *ref;
		enum err_code rc = ERR_OK;

		if (blank_line(r->line, r->n) || (root = json_loadb(r->line, r->n, 0, NULL)) == NULL)
			continue;
		if ((ref = json_string_value(json_object_get(root, "referentie"))) != NULL)
			rc = store_referentie_reserveer(st, ref, e);
		if (leerpunt_max_id(root) > max)
			max = leerpunt_max_id(root);
		json_decref(root);
		if (rc != ERR_OK)
			return rc;
	}
	*leerpunt_id = max < INT64_MAX ? max + 1 : 0;   /* 0: the database numbers them */
	if (lezer_rewind(r) != 0)
		return err_set(e, ERR_INTERNAL, NULL, "Het bestand kan niet opnieuw worden gelezen.");
	return ERR_OK;
}

static enum err_code
audit_import(struct store *st, const char *bron, size_t n, enum audit_uitkomst u)
{
	char oid[256];
	struct audit_entry a = { .tijd = time(NULL), .rol = "beheer-cli", .actie = "casus.import",
		.object_type = "import", .object_id = oid, .doel = "gegevensuitwisseling", .uitkomst = u, .adres = "cli" };

	snprintf(oid, sizeof(oid), "%.200s (%zu casussen)", bron, n);
	return store_audit_append(st, &a, NULL);
}

/* What the file holds, and what was read of it so far. */
struct telling {
	int versie;                    /* 1 until the first line says otherwise */
	bool eerste;                   /* the next non-blank line is the first */
	size_t casussen, signalen, systeemwijzigingen;
};

static enum err_code
import_signaal(struct store *st, struct arena *a, const json_t *root, int today, time_t now, int64_t *leerpunt_id,
    struct err *e)
{
	struct leerpunt l;
	enum err_code rc;

	if ((rc = interchange_parse_leerpunt(a, json_object_get(root, "signaal"), "signaal", &l, e)) != ERR_OK ||
	    (rc = leerpunt_check(&l, "signaal", false, today, e)) != ERR_OK)
		return rc;
	if (l.id == 0 && *leerpunt_id != 0)
		l.id = *leerpunt_id < INT64_MAX ? (*leerpunt_id)++ : 0;
	return store_signaal_insert(st, a, &l, 0, now, e);
}

static enum err_code
import_systeemwijziging(struct store *st, struct arena *a, const json_t *root, int today, time_t now, struct err *e)
{
	struct systeemwijziging sw;
	enum err_code rc;

	if ((rc = interchange_parse_systeemwijziging(a, json_object_get(root, "systeemwijziging"), "systeemwijziging",
	    &sw, e)) != ERR_OK || (rc = systeemwijziging_validate(&sw, today, e)) != ERR_OK)
		return rc;
	if ((rc = store_systeemwijziging_insert(st, a, &sw, true, 0, now, e)) != ERR_OK && e->field[0] != '\0') {
		char f[2 * sizeof(e->field)];

		snprintf(f, sizeof(f), "systeemwijziging.%s", e->field);
		f[sizeof(e->field) - 1] = '\0';   /* truncated: still names the start */
		memcpy(e->field, f, sizeof(e->field));
	}
	return rc;
}

/*
 * One line: the first line of a versioned file, a signal or a system change
 * (since version 2), or a casus (every version): parse, check against today,
 * save. A leerpunt without id gets the next of *leerpunt_id (see reserveer).
 * Fills e on failure.
 */
static enum err_code
import_line(struct store *st, const char *line, size_t len, int today, time_t now, int64_t *leerpunt_id,
    struct telling *t, struct err *e)
{
	struct arena *a = arena_new();
	struct casus c;
	enum err_code rc = ERR_OK;
	json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, NULL);
	int versie = 0;
	enum interchange_regel soort = interchange_regel_van(root, &versie);
	bool eerste = t->eerste;

	t->eerste = false;
	if (soort == REGEL_KOP) {
		if (!eerste)
			rc = err_set(e, ERR_VALIDATION, "uitwisselformaat", "Alleen de eerste regel noemt de versie van het bestand.");
		else if ((rc = interchange_kop_check(root, versie, e)) == ERR_OK)
			t->versie = versie;
		goto out;
	}
	if (soort != REGEL_CASUS && t->versie < 2) {
		rc = err_set(e, ERR_VALIDATION, soort == REGEL_SIGNAAL ? "signaal" : "systeemwijziging",
		    "Signalen en systeemwijzigingen staan pas in bestanden van versie 2 (met de regel "
		    "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2} bovenaan).");
		goto out;
	}
	if (soort == REGEL_SIGNAAL) {
		if ((rc = import_signaal(st, a, root, today, now, leerpunt_id, e)) == ERR_OK)
			t->signalen++;
		goto out;
	}
	if (soort == REGEL_SYSTEEMWIJZIGING) {
		if ((rc = import_systeemwijziging(st, a, root, today, now, e)) == ERR_OK)
			t->systeemwijzigingen++;
		goto out;
	}
	if ((rc = interchange_parse(a, line, len, &c, e)) == ERR_OK && (rc = casus_validate(&c, today, e)) == ERR_OK) {
		for (size_t i = 0; i < c.nleerpunten; i++)
			if (c.leerpunten[i].id == 0 && *leerpunt_id != 0)
				c.leerpunten[i].id = *leerpunt_id < INT64_MAX ? (*leerpunt_id)++ : 0;
		casus_apply_defaults(&c, today);
		if ((rc = store_casus_import(st, a, &c, 0, now, e)) == ERR_OK)
			t->casussen++;
	}
out:
	json_decref(root);
	arena_free(a);
	return rc;
}

static void
report_error(size_t lineno, const struct err *e)
{
	fprintf(stderr, "doorbraak: regel %zu%s%s: %s\n", lineno, e->field[0] != '\0' ? ", veld " : "", e->field,
	    e->msg[0] != '\0' ? e->msg : "de casus kan niet worden opgeslagen.");
	if (e->detail[0] != '\0' && e->code == ERR_INTERNAL)
		fprintf(stderr, "doorbraak: (%s)\n", e->detail);
}

int
cmd_import(const struct config *cfg, int argc, char **argv)
{
	const char *bron;
	FILE *f = NULL;
	struct store *st = NULL;
	struct lezer r;
	struct err e = { 0 };
	size_t lineno = 0, count = 0;
	int64_t leerpunt_id = 0;
	struct telling t = { 1, true, 0, 0, 0 };
	time_t now = time(NULL);
	bool progress = isatty(STDERR_FILENO), begun = false;
	int rc = 1, got;

	if (argc != 2 || argv[1][0] == '\0') {
		fprintf(stderr, "gebruik: doorbraak import BESTAND   (JSON Lines, uitwisselformaat versie 1 tot en met %d;"
		    " '-' leest van standaardinvoer)\n", INTERCHANGE_VERSIE);
		return 2;
	}
	bron = argv[1];
	f = strcmp(bron, "-") == 0 ? spool(stdin) : fopen(bron, "rb");
	if (f == NULL) {
		fprintf(stderr, "doorbraak: %s kan niet worden %s: %s\n", bron, strcmp(bron, "-") == 0 ? "gelezen" :
		    "geopend", strerror(errno));
		return 1;
	}
	lezer_init(&r, f);
	if ((st = cli_open_store(cfg, true)) == NULL)   /* like init: creates or migrates the database */
		goto out;
	store_casus_bulk(st);
	if (store_begin(st) != ERR_OK) {
		fprintf(stderr, "doorbraak: de database is bezet; probeer het later opnieuw.\n");
		goto out;
	}
	begun = true;
	if (reserveer(st, &r, &leerpunt_id, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: %s\n", e.msg);
		goto out;
	}
	while ((got = lezer_next(&r)) == 1) {
		lineno++;
		if (blank_line(r.line, r.n))
			continue;
		err_clear(&e);
		if (import_line(st, r.line, r.n, date_today_local(now), now, &leerpunt_id, &t, &e) != ERR_OK) {
			if (progress && count >= IMPORT_PROGRESS)
				fputc('\n', stderr);
			report_error(lineno, &e);
			goto out;
		}
		count = t.casussen;
		if (progress && count > 0 && count % IMPORT_PROGRESS == 0)
			fprintf(stderr, "\r%zu casussen gelezen…", count);
	}
	if (progress && count >= IMPORT_PROGRESS)
		fprintf(stderr, "\n");
	if (got == -1) {
		fprintf(stderr, "doorbraak: %s kan niet worden gelezen: %s\n", bron, strerror(errno));
		goto out;
	}
	if (got == -2) {
		fprintf(stderr, "doorbraak: regel %zu: de regel is langer dan %d bytes.\n", lineno + 1,
		    IMPORT_MAX_LINE);
		goto out;
	}
	if (store_casus_bulk_end(st) != ERR_OK) {   /* the search index of every imported casus */
		fprintf(stderr, "doorbraak: het opslaan van de import is mislukt.\n");
		goto out;
	}
	if (audit_import(st, bron, count, AUDIT_TOEGESTAAN) != ERR_OK) {   /* no import without its audit row */
		fprintf(stderr, "doorbraak: het auditlog kan niet worden geschreven.\n");
		goto out;
	}
	if (store_commit(st) != ERR_OK) {
		fprintf(stderr, "doorbraak: het opslaan van de import is mislukt.\n");
		goto out;
	}
	begun = false;
	if (t.signalen > 0 || t.systeemwijzigingen > 0)
		printf("%zu casussen, %zu signalen zonder casus en %zu systeemwijzigingen geïmporteerd.\n", t.casussen,
		    t.signalen, t.systeemwijzigingen);
	else
		printf("%zu casussen geïmporteerd.\n", t.casussen);
	rc = 0;
out:
	if (begun) {
		store_rollback(st);
		fprintf(stderr, "doorbraak: de import is afgebroken; er is niets geïmporteerd.\n");
		audit_import(st, bron, 0, AUDIT_MISLUKT);   /* the attempt is recorded, its content is not */
	}
	store_close(st);
	lezer_free(&r);
	fclose(f);   /* the file, or the copy of standard input */
	return rc;
}
