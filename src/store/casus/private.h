/* private.h - what the store/casus/ files share: their statement ids, the save context, helpers; not for others. */
#ifndef DOORBRAAK_STORE_CASUS_PRIVATE_H
#define DOORBRAAK_STORE_CASUS_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/casus.h"
#include "core/codes.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "store/casus/casus.h"
#include "store/store_private.h"
#include "store/util.h"

/* The statements of the casus aggregate (sql.c). */
enum casus_q {
	CASUS_Q_ID_BY_REFERENTIE, CASUS_Q_TELLER_NEXT, CASUS_Q_TELLER_BUMP,
	CASUS_Q_INSERT, CASUS_Q_UPDATE, CASUS_Q_TOUCH, CASUS_Q_SET_STATUS, CASUS_Q_SET_REGIEVOERDER,
	CASUS_Q_SET_FOLLOWUP, CASUS_Q_EXISTS, CASUS_Q_STATUS, CASUS_Q_STORED,
	CASUS_Q_LEEFGEBIED_DEL, CASUS_Q_LEEFGEBIED_ADD, CASUS_Q_BELEIDSTERREIN_DEL, CASUS_Q_BELEIDSTERREIN_ADD,
	CASUS_Q_ORGANISATIE_DEL, CASUS_Q_ORGANISATIE_ADD, CASUS_Q_KNELPUNT_DEL, CASUS_Q_KNELPUNT_ADD,
	CASUS_Q_INTERVENTIE_ADD, CASUS_Q_INTERVENTIE_SAME,
	CASUS_Q_ORG_EXISTS, CASUS_Q_ORG_BY_CODE, CASUS_Q_ORG_CODE_TAKEN, CASUS_Q_ORG_BY_NAAM, CASUS_Q_ORG_ADD,
	CASUS_Q_ORG_AANSLUITING, CASUS_Q_PMM, CASUS_Q_PERSOON_BY_ID, CASUS_Q_PERSOON_BY_EMAIL, CASUS_Q_PERSOON_BY_NAAM,
	CASUS_Q_PERSOON_ADD, CASUS_Q_PERSOON_ORG, CASUS_Q_PERSOON_EXISTS, CASUS_Q_PERSOON_ACCOUNT,
	CASUS_Q_LP_MAX, CASUS_Q_LP_EXISTS, CASUS_Q_LP_ADD, CASUS_Q_LP_SET, CASUS_Q_LP_LINK, CASUS_Q_LP_LINKED,
	CASUS_Q_LP_UNLINK, CASUS_Q_LP_ORPHAN, CASUS_Q_THEMA_DEL, CASUS_Q_THEMA_ADD, CASUS_Q_BG_EXISTS, CASUS_Q_BG_ADD,
	CASUS_Q_BG_SET, CASUS_Q_BG_OF, CASUS_Q_BG_DEL, CASUS_Q_BG_STATUS_NU, CASUS_Q_BG_STATUS_ADD,
	CASUS_Q_LOAD, CASUS_Q_LOAD_LEEFGEBIEDEN, CASUS_Q_LOAD_BELEIDSTERREINEN, CASUS_Q_LOAD_ORGANISATIES,
	CASUS_Q_LOAD_KNELPUNTEN, CASUS_Q_LOAD_INTERVENTIES, CASUS_Q_LOAD_LEERPUNTEN, CASUS_Q_LOAD_THEMAS,
	CASUS_Q_LOAD_BELEGGINGEN, CASUS_Q_TOEGANG, CASUS_Q_TOEGANG_ID, CASUS_Q_EACH,
	CASUS_Q_LIST, CASUS_Q_LIST_TOTAL, CASUS_Q_LIST_COUNTS, CASUS_Q_FOLLOWUP_DUE, CASUS_Q_REGIEVOERDERS,
	CASUS_Q_ACT_OF, CASUS_Q_ACT_ADD, CASUS_Q_ACT_GEDEELD, CASUS_Q_ACT_LIST, CASUS_Q_DN_BEPERKT, CASUS_Q_DN_EXISTS, CASUS_Q_DN_ADD, CASUS_Q_DN_LIST,
	CASUS_Q_DN_ROL, CASUS_Q_DN_DEL,
	/* similar earlier casussen (gelijkenis.c) */
	CASUS_Q_GELIJK, CASUS_Q_GELIJK_DETAIL, CASUS_Q_GELIJK_INTERVENTIES, CASUS_Q_GELIJK_MAATWERK,
	CASUS_Q_GELIJK_LEEFGEBIEDEN,
	/* issue 11 (registratie.c): wetten, knelpunt soorten, maatwerk records, leerpunt signals, beleggingen */
	CASUS_Q_WET_DEL, CASUS_Q_WET_ADD, CASUS_Q_LOAD_WETTEN, CASUS_Q_KNELPUNT_SOORT_ADD, CASUS_Q_LOAD_KNELPUNT_SOORTEN,
	CASUS_Q_MAATWERK_DEL, CASUS_Q_MAATWERK_ADD, CASUS_Q_LOAD_MAATWERK,
	CASUS_Q_LP_WET_DEL, CASUS_Q_LP_WET_ADD, CASUS_Q_LOAD_LP_WETTEN, CASUS_Q_KOPPELING_DEL, CASUS_Q_KOPPELING_ADD,
	CASUS_Q_LOAD_KOPPELINGEN, CASUS_Q_BG_PARTNER_DEL, CASUS_Q_BG_PARTNER_ADD, CASUS_Q_LOAD_PARTNERS,
	CASUS_Q_LOAD_HISTORIE, CASUS_Q_BG_HISTORIE_ADD, CASUS_Q_BG_DOORGEZET,
	/* leerpunten on their own (signaal.c) */
	CASUS_Q_SIGNAAL_IDS, CASUS_Q_LP_GET, CASUS_Q_LP_GEWIJZIGD, CASUS_Q_LP_CASUSSEN,
	/* the Maatwerkregister tried before the Loket (registratie.c) */
	CASUS_Q_REGPOGING_SET, CASUS_Q_REGPOGING_DEL, CASUS_Q_LOAD_REGPOGING,
	CASUS_Q__MAX
};

/*
 * Referentie order: by year, then by number. A number has four digits or more
 * without leading zeros beyond four (referentie_parse), so within a year a
 * shorter referentie is a smaller number.
 */
#define CASUS_ORDER_BY_REFERENTIE(col) " ORDER BY substr(" col ", 5, 4), length(" col "), " col

/* Statement id of the casus table on st, ready to bind. */
#define CQ(st, id) store_q((st), STORE_T_CASUS, (id))

/* ---- saving (write.c, partij.c, leerpunt.c) ---- */

/* What every step of one save needs. */
struct casus_wctx {
	struct store *st;
	struct arena *a;             /* scratch and new strings */
	struct err *e;               /* never NULL */
	int64_t auteur;              /* gebruiker id, 0 = none (import) */
	char now[TIME_STRLEN];       /* created_at of new rows */
	int today;                   /* the date of a changed belegging status on update */
	bool voorstellen;            /* an organisation created while saving is a proposal (casus.organisaties_bekend;
	                                casus_wctx_init: false) */
};

void casus_wctx_init(struct casus_wctx *w, struct store *st, struct arena *a, struct err *e, struct err *local,
    int64_t auteur, time_t now);

/* The resolved parties of a casus. */
struct casus_partijen {
	int64_t indiener, indiener_org, regievoerder;
	bool opgegeven;              /* indiener_org and its connection dates as stated in c */
};
/* Indiener and regievoerder (found or created); with `opgegeven` the indiener's organisation as c states it. */
enum err_code casus_partijen_resolve(struct casus_wctx *w, const struct casus *c, bool opgegeven,
    struct casus_partijen *p);
/* Binds the 26 columns casus.insert and casus.update share. */
void casus_bind_row(struct store_q *q, const struct casus *c, const struct casus_partijen *p);
/* The referentie of c: an explicit one checked and its year's counter moved up, else the next (not for a concept). */
enum err_code casus_referentie_take(struct casus_wctx *w, struct casus *c);
/*
 * The child rows of the parts (DEEL_ bits) of c. With replace (update) the
 * stored rows of those parts go first, interventies already on the timeline
 * are skipped and leerpunten are synchronised; `datum` dates a new belegging
 * status.
 */
enum err_code casus_children_write(struct casus_wctx *w, int64_t id, const struct casus *c, unsigned parts,
    bool replace, int datum);

/*
 * The organisation o stands for (by id; else by code and type; else by name
 * and type, case-insensitive), created when unknown. Connection dates o
 * carries are written on the row, except when o refers by id; an absent date
 * never clears one.
 */
enum err_code casus_org_resolve(struct casus_wctx *w, const struct organisatie_ref *o, int64_t *id);
/* The organisation with code PMM (seeded by migration 002). */
enum err_code casus_pmm_id(struct casus_wctx *w, int64_t *id);
/* The organisation of p when it names one (by id or name), else *org_id = 0. */
enum err_code casus_persoon_org_resolve(struct casus_wctx *w, const struct persoon_ref *p, int64_t *org_id);
/*
 * The persoon p stands for: by id, else by e-mail (case-insensitive), else by
 * name within org_id (0 = none); created when unknown. *id = 0 when p names
 * nobody. *persoon_org is the persoon's own organisation (filled with org_id
 * when it had none).
 */
enum err_code casus_persoon_resolve(struct casus_wctx *w, const struct persoon_ref *p, int64_t org_id, int64_t *id,
    int64_t *persoon_org);
/*
 * The leerpunten of casus c (see leerpunt.c): new ones inserted with their
 * themes and beleggingen (first status dated `datum`), an existing id
 * linked; with `sync` (update) linked ones are brought in line with c and
 * those no longer in c unlinked.
 */
enum err_code casus_leerpunten_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool sync,
    int datum);

/* ---- the parts of issue 11 (registratie.c) ---- */

/* The casus's wetten (rows of casus_wet); with replace the stored ones go first. */
enum err_code casus_wetten_write(struct casus_wctx *w, int64_t casus_id, uint64_t wetten, bool replace);
/* The soorten of the knelpunt just inserted (knelpunt_id). */
enum err_code casus_knelpunt_soorten_write(struct casus_wctx *w, int64_t knelpunt_id, uint64_t soorten);
/* The maatwerk records of c; with replace the stored ones go first. */
enum err_code casus_maatwerk_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool replace);
/* A leerpunt's wetten and koppelingen; with replace the stored ones go first. */
enum err_code casus_leerpunt_extra_write(struct casus_wctx *w, int64_t leerpunt_id, const struct leerpunt *l,
    bool replace);
/* A belegging's partners; with replace the stored ones go first. */
enum err_code casus_partners_write(struct casus_wctx *w, int64_t belegging_id, const struct belegging *b,
    bool replace);
/* Whether and with whom the Maatwerkregister was tried (a row of casus_registerpoging; none when not answered). */
enum err_code casus_registerpoging_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c);
/* Loading them back (read.c calls these after the main rows). */
enum err_code casus_registratie_load(struct store *st, struct arena *a, struct casus *c, struct err *e);
/* The soorten of every knelpunt, by the ids casus_load read (ids[i] for c->knelpunten[i]). */
enum err_code casus_knelpunt_soorten_load(struct store *st, struct casus *c, const int64_t *ids, struct err *e);
enum err_code casus_leerpunt_extra_load(struct store *st, struct arena *a, struct leerpunt *l, struct err *e);
enum err_code casus_belegging_extra_load(struct store *st, struct arena *a, struct belegging *b, struct err *e);

/* A new leerpunt (id kept when given and free) with its themes, wetten, koppelingen and beleggingen (leerpunt.c). */
enum err_code casus_leerpunt_add(struct casus_wctx *w, const struct leerpunt *l, int datum, int64_t *id);
/* The themes, beleggingen (with their history and partners), wetten and koppelingen of l (l->id set) (read.c). */
enum err_code casus_leerpunt_load_rest(struct store *st, struct arena *a, struct leerpunt *l, struct err *e);
/* A leerpunt row of CASUS_Q_LOAD_LEERPUNTEN / CASUS_Q_LP_GET's columns into l (read.c). */
void casus_col_leerpunt(struct arena *a, struct store_q *q, struct leerpunt *l);

/* ---- what changed (diff.c) ---- */

enum casus_deel {                /* the parts of a casus stored in rows of their own */
	DEEL_LEEFGEBIEDEN = 1u << 0,
	DEEL_BELEIDSTERREINEN = 1u << 1,
	DEEL_ORGANISATIES = 1u << 2,
	DEEL_KNELPUNTEN = 1u << 3,
	DEEL_INTERVENTIES = 1u << 4,
	DEEL_LEERPUNTEN = 1u << 5,
	DEEL_WETTEN = 1u << 6,
	DEEL_MAATWERK = 1u << 7,
	DEEL_REGISTERPOGING = 1u << 8,
};
/*
 * The parts of c (DEEL_ bits) that differ from `stored`, the same casus as
 * casus_load read it. A part counts as unchanged only when saving it again
 * could not change a row: organisations and the parties of beleggingen
 * refer by id, leerpunten and beleggingen by their stored ids.
 */
unsigned casus_changed_parts(const struct casus *stored, const struct casus *c);

/* ---- reading (read.c) ---- */

/* The whole casus with this id into `a`. ERR_NOT_FOUND when absent. */
enum err_code casus_load(struct store *st, struct arena *a, int64_t id, struct casus *out, struct err *e);

#endif
