/* private.h - what the store/netwerk/ files share: their statement ids and row readers; not for other layers. */
#ifndef DOORBRAAK_STORE_NETWERK_PRIVATE_H
#define DOORBRAAK_STORE_NETWERK_PRIVATE_H

#include "core/casus.h"
#include "lib/date.h"
#include "store/netwerk/organisatie.h"
#include "store/store_private.h"
#include "store/util.h"

/* The statements of the organisatie aggregate (sql.c). */
enum netwerk_q {
	NW_Q_LIJST, NW_Q_LIJST_TOTAAL, NW_Q_LEES, NW_Q_TELLINGEN, NW_Q_BOOM, NW_Q_ONDER, NW_Q_ZOEK,
	NW_Q_NAAM_BEZET, NW_Q_CODE_BEZET, NW_Q_BIJ_CODE, NW_Q_NIEUW, NW_Q_WIJZIG,
	NW_Q_AANSL_LIJST, NW_Q_AANSL_ALLE, NW_Q_AANSL_NIEUW, NW_Q_PERIODE_ZET,
	NW_Q_GROEI,   /* the network's growth (groei.c) */
	NW_Q_CONTACT_LIJST, NW_Q_CONTACT_PERSOON_EMAIL, NW_Q_CONTACT_PERSOON_NIEUW, NW_Q_CONTACT_NIEUW,
	NW_Q_CONTACT_WEG,
	NW_Q_SV_CODE, NW_Q_SV_CODE_WEG, NW_Q_SV_CODE_ZET, NW_Q_SV_PERSONEN, NW_Q_SV_INDIENER_ORG,
	NW_Q_SV_CO_ROL, NW_Q_SV_CO_WEG, NW_Q_SV_CO, NW_Q_SV_BELEGGINGEN, NW_Q_SV_ONDERDELEN, NW_Q_SV_AANSL_NAAR,
	NW_Q_SV_AANSL_VERPLAATS, NW_Q_SV_CONTACT_DUBBEL, NW_Q_SV_CONTACT,
	NW_Q_SV_ESC_DUBBEL, NW_Q_SV_ESC, NW_Q_SV_ESC_DEELNEMER, NW_Q_SV_ESC_AFSPRAAK, NW_Q_SV_OB_VOORFINANCIER,
	NW_Q_SV_OB_BETALER, NW_Q_SV_OB_KANDIDAAT_DUBBEL, NW_Q_SV_OB_KANDIDAAT, NW_Q_SV_MAATWERK, NW_Q_SV_PARTNER_DUBBEL,
	NW_Q_SV_PARTNER, NW_Q_SV_NAVRAAG_PARTIJ_DUBBEL, NW_Q_SV_NAVRAAG_PARTIJ, NW_Q_SV_SYSTEEMWIJZIGING,
	NW_Q_SV_REG_PROFIELEN, NW_Q_SV_REG_DUBBEL, NW_Q_SV_REG, NW_Q_SV_WEG,
	NW_Q_VOORSTEL_NIEUW, NW_Q_VOORSTEL_ACCEPTEER, NW_Q_VOORSTEL_AFWIJS, NW_Q_VOORSTEL_AANTAL,
	NW_Q__MAX
};

/* Statement id of the organisatie table on st, ready to bind. */
#define NQ(st, id) store_q((st), STORE_T_ORGANISATIE, (id))

/* Column list of NW_Q_LIJST and NW_Q_LEES (nw_lees_rij reads it from column 0). */
void nw_lees_rij(struct arena *a, struct store_q *q, struct organisatie_rij *o);
/* Recomputes aangesloten_sinds/tot of one organisation from its history (core aansluiting_periode). */
enum err_code nw_periode_bijwerken(struct store *st, struct arena *a, int64_t organisatie_id, struct err *e);

#endif
