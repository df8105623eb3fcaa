/* verzender.h - the e-mail sender inside serve: a thread that reads the notification outbox and hands each
   notification to the SMTP relay, with retries and backoff for at least 24 hours, then a dead letter. */
#ifndef DOORBRAAK_APP_NOTIFICATIE_VERZENDER_H
#define DOORBRAAK_APP_NOTIFICATIE_VERZENDER_H

#include <stdbool.h>
#include <time.h>

#include "lib/smtp.h"
#include "store/store.h"

struct verzender_instellingen {
	struct smtp_relay relay;
	const char *basis_url;       /* the links in the e-mail: "https://doorbraak.example" (no trailing slash) */
	double tijdschaal;           /* 1: the real clock; a test runs the sender's clock faster (DOORBRAAK_TEST_TIJDSCHAAL) */
	int interval_ms;             /* the pause when nothing is due */
};

/*
 * Starts the sender thread on st, a connection of its own (the caller opened
 * it and closes it after verzender_stop). Every notification due is composed
 * (app/notificatie/tekst.c: kind, referentie and link only) and sent outside
 * any transaction; then, in a short transaction of its own, marked sent, or
 * its attempt counted with the next one NOTIFICATIE_WACHT_EERST seconds later
 * and doubling (core/notificatie.h) until the period is over: then a dead
 * letter. When the relay fails, the rest of that batch counts the same
 * failed attempt without being tried. in and its strings must outlive the
 * thread. Returns 0, or -1 when the thread cannot start.
 */
int verzender_start(struct store *st, const struct verzender_instellingen *in);
/* Stops the thread (after the message it is sending) and waits for it; harmless when it never started. */
void verzender_stop(void);

/* The message of one notification (RFC 5322, CRLF), in arena a; NULL when the address is not fit to use. */
struct notificatie_mail;
struct arena;
const char *verzender_bericht(struct arena *a, const struct notificatie_mail *m, const char *afzender,
    const char *basis_url, time_t nu);

#endif
