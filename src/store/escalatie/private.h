/* private.h - what the store/escalatie/ files share: their statement ids and a few helpers; not for others. */
#ifndef DOORBRAAK_STORE_ESCALATIE_PRIVATE_H
#define DOORBRAAK_STORE_ESCALATIE_PRIVATE_H

#include <time.h>

#include "lib/date.h"
#include "store/escalatie/escalatie.h"
#include "store/store_private.h"
#include "store/util.h"

/* The statements of the escalatie aggregate (sql.c). */
enum {
	Q_INSERT, Q_INTERVENTIE, Q_ORG_ADD, Q_ORG_DEL, Q_UPDATE, Q_GET, Q_VAN_CASUS, Q_ORGS,
	Q_BIJEENKOMSTEN, Q_DEELNEMERS, Q_AFSPRAKEN, Q_OPVOLGING,
	Q_BIJEENKOMST_ADD, Q_DEELNEMER_ADD, Q_AFSPRAAK_ADD, Q_OPVOLGING_ADD,
	Q_CHAIR_DEELNEMER, Q_CHAIR_WEG, Q_LIJST, Q_AFSPRAKEN_OPEN,
	Q_VOORZITTERS, Q_RAPPORT, Q_LEGACY_VLAG, Q_LEGACY_RECORDS, Q_IMPORT_INTERVENTIES, Q_IMPORT_WEG, Q__MAX
};


#define Q(st, id) store_q((st), STORE_T_ESCALATIE, (id))

/* An organisation as absent (type overig, no dates). */
void esc_org_init(struct organisatie_ref *o);
/* An organisation from columns i (id), i+1 (naam), i+2 (type), i+3 (code). */
void esc_col_org(struct store_q *q, struct arena *a, int i, struct organisatie_ref *o);
/* NULL for NULL or "". */
const char *esc_of_null(const char *s);
/* now as a stored UTC timestamp in buf. */
char *esc_nu(time_t now, char buf[TIME_STRLEN]);
/* ERR_INTERNAL unless the caller opened a transaction. */
enum err_code esc_need_transaction(struct store *st, struct err *err);
/* Writes the organisations of e as those of escalatie id (escalatie.c). */
enum err_code esc_organisaties_write(struct store *st, struct arena *a, const struct escalatie *e, int64_t id,
    struct err *err);

#endif
