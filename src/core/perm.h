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
	PERM_ESCALATIE,          /* work an escalatie at the LET table: regievoerder, let_voorzitter (per escalatie: core/escalatie.h) */
	PERM_NETWERK,            /* keep the network's lists: organisations, proposals, requests for access */
	PERM_NAVRAAG,            /* the navraag rounds: regievoerder, onderzoeker (core/navraag.h) */
	PERM_ONDERZOEK,          /* the pseudonymised research view of closed casussen: onderzoeker, regievoerder */
	PERM_REGISTER,           /* search and read the Maatwerkregister (perm_register) */
	PERM_AUDITLOG,           /* read and export the audit log, who saw which casus: privacy (the FG) */
	PERM_EVENEMENTEN,        /* see the events of professionaliseren: whoever may read the Maatwerkregister */
	PERM_EVENEMENT_BEHEER,   /* organise them (create, invite, registrations, attendance, what was discussed) */
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
bool perm_escalatie(const struct actor *a);
/* regievoerder or beheerder: the organisations (create, edit, history, merge, import), proposals, requests. */
bool perm_netwerk(const struct actor *a);
/* The research view (core/onderzoek.h): onderzoeker and regievoerder. */
bool perm_onderzoek(const struct actor *a);
/* The audit log, its export and "wie heeft deze casus ingezien": only privacy (the FG), who sees no case contents. */
bool perm_auditlog(const struct actor *a);
/*
 * Professionaliseren: the events are for the register's audience (perm_register), since their invitations are
 * drawn from it; the regievoerders of the Loket organise them (perm_evenement_beheer).
 */
bool perm_evenementen(const struct actor *a);
bool perm_evenement_beheer(const struct actor *a);

/*
 * The Maatwerkregister is for the network's professionals, "nog voordat ze
 * bij het Maatwerkloket hoeven aan te kloppen": regievoerders (they refer and
 * suggest), maatwerkprofessionals (listed in it, they look each other up),
 * ambassadeurs (they find expertise inside their ministry and outside it),
 * beheerders (they keep it), and indieners whose organisation (or the one it
 * is part of) is connected to PMM today (actor.aangesloten): professionals
 * of connected organisations ask the Loket for access and then use it. Not
 * an onderzoeker (the research needs no contact details), a let_voorzitter
 * (reaches administrators through the escalatie), an indiener of an
 * organisation that is not connected, or anyone anonymous.
 */
bool perm_register(const struct actor *a);

/* How the actor stands to one casus: answered by the store, judged here. */
struct casus_relatie {
	enum casus_status status;
	bool is_indiener;        /* the actor's persoon submitted it */
	bool is_deelnemer;       /* the actor's persoon was invited to it */
	bool deelnemer_intern;   /* ... and the regievoerder let them see what is internal */
};

/*
 * Which casussen an actor may see where many are shown at once. INZAGE_LIJST:
 * rows with names and free text (the werkvoorraad, search, the spreadsheets,
 * the follow-up list, a meeting's agenda, GET /api/v1/casussen).
 * INZAGE_STATISTIEK: the jaarrapportage (counts, and of a casus only its
 * referentie, status and codes).
 */
enum casus_inzage { INZAGE_LIJST, INZAGE_STATISTIEK };
#define CASUS_ALLE  ((int64_t)0)    /* every casus (a concept stays its indiener's own) */
#define CASUS_GEEN  ((int64_t)-1)   /* none */

/*
 * The one answer to "which casussen may this actor see", as leerpunt_beperking
 * answers it for leerpunten: CASUS_ALLE, CASUS_GEEN, or a persoon id (> 0):
 * only the casussen that persoon submitted or was invited to. Deny by default:
 *
 *                  INZAGE_LIJST                  INZAGE_STATISTIEK
 *   regievoerder   all                           all
 *   indiener       own and invited               none
 *   ambassadeur    invited (and own)             none
 *   let_voorzitter invited (the chair of an      none
 *                  escalatie is a deelnemer)
 *   maatwerk-      invited                       none
 *   professional
 *   onderzoeker    none                          all
 *   beheerder      none                          none
 *   anonymous      none                          none
 *
 * An indiener or ambassadeur whose account has no persoon sees none. With
 * several roles the widest grant of the roles held counts.
 */
int64_t casus_beperking(const struct actor *a, enum casus_inzage inzage);

/* May see that the casus exists and read it in full. Otherwise the answer is 404. */
bool perm_casus_zien(const struct actor *a, const struct casus_relatie *r);
/*
 * May see what is internal to the casus (issue 13): the timeline entries not shared with the indiener and the
 * complexity score. The regievoerders, and the deelnemers the regievoerder chose (deelnemer_intern); not the
 * indiener, not a deelnemer limited to what is shared. Whoever may not see the casus sees nothing of it.
 */
bool perm_casus_intern_zien(const struct actor *a, const struct casus_relatie *r);
/*
 * May add a note, information or an answer to its timeline without doing regie (issue 13): its indiener and its
 * deelnemers, while it is submitted and open (aangemeld, in behandeling). Regievoerders use the regie form.
 */
bool perm_casus_bijdragen(const struct actor *a, const struct casus_relatie *r);
/*
 * Whether such a bijdrage is shared with the indiener: always for whoever may not see what is internal (the
 * indiener's own information, a deelnemer limited to what is shared: otherwise they could not read it back); for a
 * deelnemer who sees internal entries, as they chose (gedeeld).
 */
bool perm_bijdrage_gedeeld(const struct actor *a, const struct casus_relatie *r, bool gedeeld);
/* May change its content: a regievoerder while it is not afgerond; its indiener while it is a concept. */
bool perm_casus_bewerken(const struct actor *a, const struct casus_relatie *r);
/* May do regie on it (assign, timeline, participants, close, reopen, follow-up): regievoerders, not on concepts. */
bool perm_casus_regie_op(const struct actor *a, const struct casus_relatie *r);
/*
 * May change a closed casus without reopening it, in the parts
 * casus_na_afronding_wijzigbaar (core/casus_lifecycle.h) allows: a
 * regievoerder, only when it is afgerond.
 */
bool perm_casus_aanvullen(const struct actor *a, const struct casus_relatie *r);

#endif
