/* private.h - what the store/leerpunt/ files share: their statement ids and the row readers; not for others. */
#ifndef DOORBRAAK_STORE_LEERPUNT_PRIVATE_H
#define DOORBRAAK_STORE_LEERPUNT_PRIVATE_H

#include "core/casus.h"
#include "lib/date.h"
#include "store/leerpunt/leerpunt.h"
#include "store/store_private.h"
#include "store/util.h"

/* The statements of the leerpunt aggregate (sql.c). */
enum leerpunt_q {
	LP_Q_BELEGGING_GET, LP_Q_BELEGGINGEN_VAN, LP_Q_HISTORIE,
	LP_Q_THEMAS_VAN, LP_Q_CASUSSEN_VAN, LP_Q_LIST, LP_Q_COUNT, LP_Q_GET, LP_Q_EXISTS,
	LP_Q_STATUS_ADD, LP_Q_NAVRAAG_SET, LP_Q_OPEN_BIJ, LP_Q_BELEGGING_ADD, LP_Q_DOORGEZET_SET,
	LP_Q_NIET_BELEGD_SET, LP_Q_PARTNER_EXISTS, LP_Q_PARTNER_ADD, LP_Q_PMM_SOORT_SET,
	LP_Q_ORGS, LP_Q_ORGS_MET_BELEGGING, LP_Q_ORG_GET, LP_Q_ORG_BY_CODE,
	LP_Q_NAVRAAG, LP_Q_AMBASSADEURS,
	LP_Q_THEMAS, LP_Q_THEMA_ADD, LP_Q_THEMA_DEL,
	LP_Q__MAX
};

/* Statement id of the leerpunt table on st, ready to bind. */
#define LQ(st, id) store_q((st), STORE_T_LEERPUNT, (id))

/* Columns of LP_Q_BELEGGING_GET, _BELEGGINGEN_VAN and _NAVRAAG: what read_belegging reads. */
#define LP_BELEGGING_NCOLUMNS 19

/* An organisatie_kort from 4 columns (id naam code type) from column i on. */
void lp_read_organisatie(struct arena *a, struct store_q *q, int i, struct organisatie_kort *o);
/* A belegging_rij (without history) from the first LP_BELEGGING_NCOLUMNS columns. */
void lp_read_belegging(struct arena *a, struct store_q *q, struct belegging_rij *b);
/* The beleggingen of a leerpunt (only those bij beperk when not 0), without history. */
enum err_code lp_beleggingen_van(struct store *st, struct arena *a, int64_t leerpunt_id, int64_t beperk,
    struct belegging_rij **out, size_t *n, struct err *e);
/* Fills b->historie, oldest first. */
enum err_code lp_historie(struct store *st, struct arena *a, struct belegging_rij *b, struct err *e);
/* ERR_OK when leerpunt id exists, ERR_NOT_FOUND ("Dit leerpunt bestaat niet.") when not. */
enum err_code lp_leerpunt_exists(struct store *st, int64_t id, struct err *e);

#endif
