/* perm.h - deny by default: every route names one permission, answered here by one function per action. */
#ifndef DOORBRAAK_PERM_H
#define DOORBRAAK_PERM_H

#include <stdbool.h>

#include "core/codes.h"
#include "core/rol.h"

enum perm {
	PERM_PUBLIEK,            /* anyone: health check, login page, static files, accessibility statement */
	PERM_INGELOGD,           /* any signed-in account: start page, logout, /api/v1/mij */
	PERM_METRICS,            /* beheerder, or a request from loopback (Prometheus on the same host) */
	PERM_BEHEER,             /* account and reference-data administration */
	PERM_CASUS_LIJST,        /* see a list of casussen (filtered to what one may see) */
	PERM_CASUS_INDIENEN,     /* submit a casus */
	PERM_CASUS_REGIE,        /* regie: assign, edit, close, reopen, intake on behalf of */
	PERM_RAPPORTAGE,         /* the jaarrapportage and statistics */
	PERM_LEERPUNTEN,         /* the leerpunten overview (filtered per role) */
	PERM__MAX
};

const char *perm_name(enum perm p);
/* May actor do p at all? (Object-level checks, such as "this casus", are separate.) */
bool perm_allows(enum perm p, const struct actor *a);

bool perm_publiek(const struct actor *a);
bool perm_ingelogd(const struct actor *a);
bool perm_metrics(const struct actor *a);
bool perm_beheer(const struct actor *a);
bool perm_casus_lijst(const struct actor *a);
bool perm_casus_indienen(const struct actor *a);
bool perm_casus_regie(const struct actor *a);
bool perm_rapportage(const struct actor *a);
bool perm_leerpunten(const struct actor *a);

/* How the actor stands to one casus: answered by the store, judged here. */
struct casus_relatie {
	enum casus_status status;
	bool is_indiener;        /* the actor's persoon submitted it */
	bool is_deelnemer;       /* the actor's persoon was invited to it */
};

/* May see that the casus exists and read it in full. Otherwise the answer is 404. */
bool perm_casus_zien(const struct actor *a, const struct casus_relatie *r);
/* May change its content: a regievoerder while it is not afgerond; its indiener while it is a concept. */
bool perm_casus_bewerken(const struct actor *a, const struct casus_relatie *r);
/* May do regie on it (assign, timeline, participants, close, reopen, follow-up): regievoerders, not on concepts. */
bool perm_casus_regie_op(const struct actor *a, const struct casus_relatie *r);

#endif
