/* private.h - what the audit log's modules (append, key, checkpoints, verify) share; not for other files. */
#ifndef DOORBRAAK_STORE_AUDIT_PRIVATE_H
#define DOORBRAAK_STORE_AUDIT_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include "lib/crypto.h"
#include "store/stmt.h"
#include "store/store_audit.h"

/* The statements of the audit table (audit.c). */
enum {
	AUDIT_Q_HEAD,          /* id and mac of the last row */
	AUDIT_Q_INSERT,
	AUDIT_Q_ALL,           /* every row, in order, with its MAC */
	AUDIT_Q_COUNT,
	AUDIT_Q_CP_LAST,
	AUDIT_Q_CP_INSERT,
	AUDIT_Q_CP_ALL,
	AUDIT_Q_ZOEK,          /* the viewer: filtered, newest first, a page */
	AUDIT_Q_ZOEK_AANTAL,
	AUDIT_Q_INZAGE,        /* per account: who touched one casus */
	AUDIT_Q__MAX
};
#define AUDIT_Q(st, id) store_q((st), STORE_T_AUDIT, (id))

/* The fields of a row in the order the MAC takes them, after the row's number. */
enum { AUDIT_F_TIJD, AUDIT_F_REQUEST_ID, AUDIT_F_GEBRUIKER, AUDIT_F_ROL, AUDIT_F_NAMENS, AUDIT_F_ACTIE,
	AUDIT_F_OBJECT_TYPE, AUDIT_F_OBJECT_ID, AUDIT_F_CASUS, AUDIT_F_DOEL, AUDIT_F_UITKOMST, AUDIT_F_ADRES,
	AUDIT_F__MAX };

/* One field as stored: NULL (absent) is not the same as "" (len 0). */
struct audit_veld {
	const char *p;
	size_t len;
};

/* The head of the chain: the last row's number and MAC (0 and zeros when empty); -1 when it cannot be read. */
int audit_head(struct store *st, int64_t *id, unsigned char mac[CRYPTO_MAC_LEN]);

/* One checkpoint, from the file or the database. */
struct audit_cp {
	int64_t aantal;                   /* rows in the chain then */
	unsigned char kop[CRYPTO_MAC_LEN];   /* the MAC of row aantal */
	char tijd[21];
	int64_t lijn;                     /* its line in the file (0: from the database) */
};
struct audit_cps {
	struct audit_cp *v;
	size_t n, cap;
};
/*
 * Reads the checkpoint file (absent: no checkpoints). A line that is not
 * exactly "aantal kop tijd mac" with a right MAC, or one whose count is not
 * above the line before, is noted in b as tampering. -1 when the file cannot
 * be read at all.
 */
int audit_checkpoints_read(const char *path, const unsigned char *key, struct audit_cps *out,
    struct audit_bevinding *b);
void audit_cps_free(struct audit_cps *c);
/* Notes a finding at row regel; the one with the lowest row is kept (the first noted of equal ones). */
void audit_note(struct audit_bevinding *b, int64_t regel, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The fields of the row q stands on (AUDIT_Q_ALL's columns: the number, the fields, the MAC), as stored. */
void audit_row_fields(struct store_q *q, struct audit_veld f[AUDIT_F__MAX]);

/* The process's key (key.c); NULL when none was loaded. */
const unsigned char *audit_key(void);
/* The checkpoint file, or NULL (key.c). */
const char *audit_checkpoint_path(void);

/*
 * The MAC of row number id: BLAKE2b-256 keyed, over a version tag, the
 * previous row's MAC (32 zero bytes for row 1), the number and every field,
 * each as a presence byte and a 32-bit big-endian length before its bytes.
 */
void audit_row_mac(const unsigned char *key, const unsigned char prev[CRYPTO_MAC_LEN], int64_t id,
    const struct audit_veld f[AUDIT_F__MAX], unsigned char out[CRYPTO_MAC_LEN]);
/* The MAC of a checkpoint: the row count, the head's MAC (hex) and the time, in the same encoding. */
void audit_checkpoint_mac(const unsigned char *key, int64_t aantal, const char *kop, const char *tijd,
    char out[CRYPTO_MAC_HEXLEN]);
/* The migration that brought the MAC chain (014_audit_mac.sql); its transaction also seals the rows from before (migrate.c). */
#define AUDIT_MAC_MIGRATION 14
/* Seals the rows migration 014 left without a MAC, in order, with the process's key (store_audit_key_load). */
enum err_code audit_seal_legacy(struct store *st, struct err *e);

#endif
