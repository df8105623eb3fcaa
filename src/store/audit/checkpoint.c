/* checkpoint.c - checkpoints of the audit chain's head in a file outside the database (appended, fsynced) and in it. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib/date.h"
#include "lib/mem.h"
#include "store/audit/private.h"
#include "store/store_private.h"

#define LINE_MAX_LEN 200

/* "aantal kop tijd mac\n": the one form a line may have. */
static int
format_line(char *out, size_t n, int64_t aantal, const char *kop, const char *tijd, const char *mac)
{
	return snprintf(out, n, "%" PRId64 " %s %s %s\n", aantal, kop, tijd, mac);
}

/* Appends the line and waits until it is on disk; 0 or -1. */
static int
append_line(const char *path, const char *line)
{
	size_t len = strlen(line);
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = write(fd, line, len);   /* one write of a short line: O_APPEND keeps it whole */
	if (n != (ssize_t)len || fdatasync(fd) != 0) {
		close(fd);
		return -1;
	}
	return close(fd);
}

enum err_code
store_audit_checkpoint(struct store *st, struct err *e)
{
	const char *path = audit_checkpoint_path();
	const unsigned char *key = audit_key();
	unsigned char mac[CRYPTO_MAC_LEN];
	char kop[CRYPTO_MAC_HEXLEN], cpmac[CRYPTO_MAC_HEXLEN], tijd[TIME_STRLEN], line[LINE_MAX_LEN];
	struct store_q *q;
	int64_t n, last = 0;
	enum err_code rc = ERR_OK;

	if (path == NULL)
		return ERR_OK;
	if (key == NULL)
		return err_set(e, ERR_UNAVAILABLE, NULL, "De sleutel van het auditlog ontbreekt.");
	if (store_in_transaction(st))
		return err_set(e, ERR_INTERNAL, NULL, "Een controlepunt hoort niet in een lopende transactie.");
	/* Under the write lock: the head read, the line written and the row added are one step for every process. */
	if (store_begin(st) != ERR_OK)
		return err_set(e, ERR_UNAVAILABLE, NULL, "De database is bezet; het controlepunt is niet geschreven.");
	if (audit_head(st, &n, mac) != 0) {
		store_rollback(st);
		return err_set(e, ERR_UNAVAILABLE, NULL, "De kop van het auditlog kan niet worden gelezen.");
	}
	q = AUDIT_Q(st, AUDIT_Q_CP_LAST);
	if (store_next(q))
		last = store_col_int(q, 0);
	if (store_end(q, e) != ERR_OK || n == 0 || last >= n) {
		store_rollback(st);
		return e != NULL && e->code != ERR_OK ? e->code : ERR_OK;
	}
	crypto_hex(mac, sizeof(mac), kop);
	time_format(time(NULL), tijd);
	audit_checkpoint_mac(key, n, kop, tijd, cpmac);
	format_line(line, sizeof(line), n, kop, tijd, cpmac);
	if (append_line(path, line) != 0) {
		store_rollback(st);
		return err_set(e, ERR_UNAVAILABLE, NULL, "Het controlebestand van het auditlog (%s) kan niet worden "
		    "geschreven: %s.", path, strerror(errno));
	}
	q = AUDIT_Q(st, AUDIT_Q_CP_INSERT);
	store_bind_int(q, ":aantal", n);
	store_bind_text(q, ":kop", kop);
	store_bind_text(q, ":tijd", tijd);
	store_bind_text(q, ":mac", cpmac);
	if ((rc = store_exec(q, e)) == ERR_OK)
		rc = store_commit(st);
	if (rc != ERR_OK)
		store_rollback(st);
	return rc;
}

enum err_code
store_audit_checkpoints_export(struct store *st, const char *path, struct err *e)
{
	struct store_q *q = AUDIT_Q(st, AUDIT_Q_CP_ALL);
	char line[LINE_MAX_LEN];
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	bool ok = fd >= 0;
	enum err_code rc;

	if (!ok)
		return err_set(e, ERR_UNAVAILABLE, NULL, "Het controlebestand %s kan niet worden gemaakt: %s.", path,
		    strerror(errno));
	while (store_next(q)) {
		const char *kop = store_col_peek(q, 1), *tijd = store_col_peek(q, 2), *mac = store_col_peek(q, 3);
		size_t len;

		if (kop == NULL || tijd == NULL || mac == NULL)
			continue;   /* audit verify names it */
		format_line(line, sizeof(line), store_col_int(q, 0), kop, tijd, mac);
		len = strlen(line);
		ok = ok && write(fd, line, len) == (ssize_t)len;
	}
	rc = store_end(q, e);
	ok = ok && fsync(fd) == 0;
	close(fd);
	if (rc == ERR_OK && !ok)
		rc = err_set(e, ERR_UNAVAILABLE, NULL, "Het controlebestand %s kan niet worden geschreven.", path);
	if (rc != ERR_OK)
		unlink(path);
	return rc;
}

void
audit_note(struct audit_bevinding *b, int64_t regel, const char *fmt, ...)
{
	va_list ap;

	if (b->regel != 0 && b->regel <= regel)
		return;
	b->regel = regel;
	va_start(ap, fmt);
	vsnprintf(b->waarom, sizeof(b->waarom), fmt, ap);
	va_end(ap);
}

void
audit_cps_free(struct audit_cps *c)
{
	free(c->v);
	c->v = NULL;
	c->n = c->cap = 0;
}

static struct audit_cp *
cps_add(struct audit_cps *c)
{
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 64;
		c->v = xrealloc(c->v, c->cap * sizeof(*c->v));
	}
	memset(&c->v[c->n], 0, sizeof(c->v[0]));
	return &c->v[c->n++];
}

int
audit_checkpoints_read(const char *path, const unsigned char *key, struct audit_cps *out,
    struct audit_bevinding *b)
{
	char line[LINE_MAX_LEN + 2], again[LINE_MAX_LEN], kop[CRYPTO_MAC_HEXLEN], tijd[TIME_STRLEN],
	    mac[CRYPTO_MAC_HEXLEN], want[CRYPTO_MAC_HEXLEN];
	FILE *f = fopen(path, "re");
	int64_t lijn = 0, prev = 0;

	if (f == NULL)
		return errno == ENOENT ? 0 : -1;
	while (fgets(line, sizeof(line), f) != NULL) {
		long long aantal = 0;
		time_t t;
		struct audit_cp *cp;

		lijn++;
		/* Exactly the form format_line writes, or it was not written by doorbraak. */
		if (sscanf(line, "%lld %64s %20s %64s", &aantal, kop, tijd, mac) != 4 || aantal <= 0 ||
		    format_line(again, sizeof(again), (int64_t)aantal, kop, tijd, mac) < 0 || strcmp(again, line) != 0 ||
		    !time_parse(tijd, &t)) {
			audit_note(b, prev + 1, "regel %lld van het controlebestand is geen controlepunt van doorbraak",
			    (long long)lijn);
			continue;
		}
		audit_checkpoint_mac(key, aantal, kop, tijd, want);
		if (!crypto_streq(want, mac)) {
			audit_note(b, aantal, "het controlepunt op regel %lld van het controlebestand (tot regel %lld) is "
			    "vervalst", (long long)lijn, aantal);
			continue;
		}
		if (aantal == prev && out->n > 0) {
			unsigned char k[CRYPTO_MAC_LEN];

			/* The same checkpoint again: a process killed after the line, before the database row, and the
			   next one wrote it anew. Harmless when it names the same head. */
			if (crypto_unhex(kop, k, sizeof(k)) == 0 && memcmp(k, out->v[out->n - 1].kop, sizeof(k)) == 0)
				continue;
		}
		if (aantal <= prev) {
			audit_note(b, aantal, "regel %lld van het controlebestand staat niet op volgorde",
			    (long long)lijn);
			continue;
		}
		cp = cps_add(out);
		cp->aantal = aantal;
		cp->lijn = lijn;
		crypto_unhex(kop, cp->kop, sizeof(cp->kop));
		snprintf(cp->tijd, sizeof(cp->tijd), "%s", tijd);
		prev = aantal;
	}
	fclose(f);
	return 0;
}
