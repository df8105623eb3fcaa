/* private.h - what the store/evenement/ files share: their statement ids; not for other layers. */
#ifndef DOORBRAAK_STORE_EVENEMENT_PRIVATE_H
#define DOORBRAAK_STORE_EVENEMENT_PRIVATE_H

#include "store/evenement/evenement.h"
#include "store/store_private.h"
#include "store/util.h"

enum evenement_q {
	EV_Q_NIEUW, EV_Q_WIJZIG, EV_Q_LEES, EV_Q_LIJST, EV_Q_DEELNEMERS, EV_Q_CASUSSEN, EV_Q_LEERPUNTEN,
	EV_Q_ITEM_BESTAAT, EV_Q_UITNODIGEN, EV_Q_DEELNAME, EV_Q_DEELNAME_LEES, EV_Q_CASUS_ID, EV_Q_CASUS_KOPPEL,
	EV_Q_LEERPUNT_BESTAAT, EV_Q_LEERPUNT_BRON_ELDERS, EV_Q_LEERPUNT_KOPPEL, EV_Q_BRON_VAN,
	EV_Q_KERN, EV_Q_DEELNAMES, EV_Q_SIGNAAL_MET_BRON, EV_Q_AANTAL,
	EV_Q__MAX
};

/* Statement id of the evenement table on st, ready to bind. */
#define EQ(st, id) store_q((st), STORE_T_EVENEMENT, (id))

#endif
