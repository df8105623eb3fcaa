/* notificatie.h - the outbox of notifications: written in the event's transaction, read by the in-app list and by
   the e-mail sender, with the sender's attempts and the dead letters. */
#ifndef DOORBRAAK_STORE_NOTIFICATIE_H
#define DOORBRAAK_STORE_NOTIFICATIE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/err.h"
#include "core/notificatie.h"
#include "lib/mem.h"
#include "store/store.h"

/* One notification as its recipient sees it. Strings in the caller's arena. */
struct notificatie {
	int64_t id;
	enum notificatie_soort soort;
	const char *referentie;
	const char *aangemaakt_op;   /* UTC, as stored */
	bool gelezen;
};

/* One e-mail to send: the notification and the recipient's address. */
struct notificatie_mail {
	int64_t id;
	enum notificatie_soort soort;
	const char *referentie, *message_id, *aan, *aangemaakt_op;
	int pogingen;
	int64_t opgeven_na;          /* 0: not attempted yet */
};

/* A dead letter, for the beheerder: no referentie (a beheerder sees no case data), only what failed. */
struct notificatie_mislukt {
	int64_t id;
	enum notificatie_soort soort;
	const char *aan, *aangemaakt_op, *laatste_fout;
	int pogingen;
};

/*
 * Adds the notifications of kind soort about casus casus_id to the outbox,
 * one per recipient (core/notificatie.h: every regievoerder, the indiener's
 * account, or the account of persoon_id for NOTIFICATIE_DEELNEMER; 0
 * otherwise), never for the account auteur that caused it (0: none) nor for
 * an inactive account. Must run inside the caller's open transaction, the
 * one of the event itself, so that the event and its notifications commit or
 * roll back together: ERR_INTERNAL when no transaction is open. *n (may be
 * NULL) gets the number of rows added.
 */
enum err_code store_notificatie_add(struct store *st, enum notificatie_soort soort, int64_t casus_id,
    int64_t persoon_id, int64_t auteur, time_t now, long *n, struct err *e);

/* The number of unread notifications of account gebruiker (0 on any failure: the header is no place for one). */
long store_notificatie_ongelezen(struct store *st, int64_t gebruiker);

/* The newest max notifications of account gebruiker, newest first, into *out (arena a). */
enum err_code store_notificatie_lijst(struct store *st, struct arena *a, int64_t gebruiker, int max,
    struct notificatie **out, size_t *n, struct err *e);

/* Marks notification id (0: all of them) of account gebruiker read. ERR_NOT_FOUND when id is not theirs. */
enum err_code store_notificatie_gelezen(struct store *st, int64_t gebruiker, int64_t id, time_t now,
    struct err *e);

/* ---- the e-mail sender -------------------------------------------------------------------- */

/* Up to max e-mails due at nu (the sender's clock, unix seconds), oldest first, into *out (arena a). */
enum err_code store_notificatie_te_verzenden(struct store *st, struct arena *a, int64_t nu, int max,
    struct notificatie_mail **out, size_t *n, struct err *e);
/* The relay accepted notification id. */
enum err_code store_notificatie_verzonden(struct store *st, int64_t id, time_t now, struct err *e);
/* An attempt failed: pogingen counted, and either the next attempt at volgende or (opgeven) a dead letter;
   opgeven_na is kept from the first attempt on. fout: a short technical reason, cut to 300 bytes. */
enum err_code store_notificatie_poging_mislukt(struct store *st, int64_t id, int pogingen, int64_t volgende,
    int64_t opgeven_na, bool opgeven, const char *fout, struct err *e);

/* The dead letters, newest first (at most max). */
enum err_code store_notificatie_mislukt_lijst(struct store *st, struct arena *a, int max,
    struct notificatie_mislukt **out, size_t *n, struct err *e);
/* Sends dead letter id again as if new (a fresh retry period). ERR_NOT_FOUND when it is no dead letter. */
enum err_code store_notificatie_opnieuw(struct store *st, int64_t id, struct err *e);

/* Counts per mail state, for the start-up line and the tests. */
struct notificatie_tellers {
	long wacht, verzonden, mislukt, geen;
};
enum err_code store_notificatie_tellers(struct store *st, struct notificatie_tellers *t, struct err *e);

#endif
