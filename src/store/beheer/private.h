/* private.h - what the store/beheer/ files share: their statement ids; not for other layers. */
#ifndef DOORBRAAK_STORE_BEHEER_PRIVATE_H
#define DOORBRAAK_STORE_BEHEER_PRIVATE_H

#include "lib/date.h"
#include "store/beheer/beheer.h"
#include "store/store_private.h"
#include "store/util.h"

/* The statements of the beheer aggregate (sql.c). */
enum beheer_q {
	BH_Q_LIJST, BH_Q_LEES, BH_Q_EMAIL_ACCOUNT, BH_Q_PERSOON_EMAIL, BH_Q_PERSOON_NIEUW, BH_Q_PERSOON_WIJZIG,
	BH_Q_GEBRUIKER_NIEUW, BH_Q_GEBRUIKER_GEWIJZIGD, BH_Q_ROLLEN_WEG, BH_Q_ROL_NIEUW, BH_Q_ACTIEF, BH_Q_SESSIES_WEG,
	BH_Q_INGELOGD,
	BH_Q_LINK_INTREKKEN, BH_Q_LINK_NIEUW, BH_Q_LINK_LEES, BH_Q_LINK_GEBRUIK,
	BH_Q_TOKEN_LIJST, BH_Q_TOKEN_INTREKKEN,
	BH_Q_AANVRAAG_NIEUW, BH_Q_AANVRAAG_LIJST, BH_Q_AANVRAAG_LEES, BH_Q_AANVRAAG_GOED, BH_Q_AANVRAAG_AF,
	BH_Q_AANVRAAG_OPEN,
	BH_Q__MAX
};

/* Statement id of the beheer table on st, ready to bind. */
#define BQ(st, id) store_q((st), STORE_T_BEHEER, (id))

#endif
