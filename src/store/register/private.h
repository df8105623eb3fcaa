/* private.h - what the store/register/ files share: their statement ids and the row reader; not for other layers. */
#ifndef DOORBRAAK_STORE_REGISTER_PRIVATE_H
#define DOORBRAAK_STORE_REGISTER_PRIVATE_H

#include "store/register/register.h"
#include "store/store_private.h"
#include "store/util.h"

enum register_q {
	REG_Q_LEES, REG_Q_VAN_ORG, REG_Q_PROFIELEN, REG_Q_ALLE, REG_Q_NIEUW, REG_Q_WIJZIG, REG_Q_BEVESTIG,
	REG_Q_TAGS_WEG, REG_Q_TAG, REG_Q_IS_CONTACT, REG_Q_VALT_ONDER, REG_Q_AANGESLOTEN, REG_Q_EIGEN,
	REG_Q_ZOEK_RANG, REG_Q_ZOEK_NAAM, REG_Q_ZOEK_NAAM_TAG, REG_Q_FACETTEN, REG_Q_FACETTEN_TAG, REG_Q_PROFIEL_EMAIL,
	REG_Q_SUGGESTIES, REG_Q_LEEG,
	REG_Q__MAX
};

/* Statement id of the register table on st, ready to bind. */
#define RQ(st, id) store_q((st), STORE_T_REGISTER, (id))

/* Reads the columns of REG_COLUMNS (sql.c) from column 0 into it. */
void reg_lees_rij(struct arena *a, struct store_q *q, struct register_item *it);
/* Runs q (bound) and collects its rows. */
enum err_code reg_lees_alle(struct arena *a, struct store_q *q, struct register_item **out, size_t *n,
    struct err *e);

#endif
