/* casus.h - a casus of the Loket as the domain sees it: structure, validation, lifecycle, looptijd. */
#ifndef DOORBRAAK_CASUS_H
#define DOORBRAAK_CASUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/codes.h"
#include "core/err.h"

/*
 * All strings and arrays of a casus are owned by the arena it was built in
 * (or borrowed from something that outlives it). Dates are day numbers
 * (lib/date.h); DATE_NONE means "not set".
 */
#define DATE_NONE INT32_MIN

/* Field length limits (in bytes of UTF-8). */
#define CASUS_MAX_KORT    200     /* names, e-mail, short texts */
#define CASUS_MAX_TEKST   20000   /* hulpvraag, situatie, omschrijvingen */

struct organisatie_ref {
	int64_t id;                    /* 0 when not (yet) stored */
	const char *naam;
	enum organisatie_type type;
	const char *code;              /* ministries: "VWS"...; PMM: "PMM"; else NULL */
	int aangesloten_sinds;         /* DATE_NONE when not connected */
	int aangesloten_tot;           /* DATE_NONE when still connected */
};

struct persoon_ref {
	int64_t id;
	const char *naam;
	const char *email;             /* may be NULL */
	struct organisatie_ref organisatie;   /* naam NULL when unknown */
};

struct betrokken_organisatie {
	struct organisatie_ref organisatie;
	const char *rol;               /* free text: what this party does in the casus; may be NULL */
};

struct knelpunt {
	enum categorie categorie;
	const char *omschrijving;
};

struct interventie {
	enum interventie_type type;
	int datum;
	const char *omschrijving;      /* may be NULL */
};

struct belegging {
	int64_t id;
	bool bij_pmm;                  /* belegd bij PMM itself (then `bij` is unused) */
	struct organisatie_ref bij;
	enum opvolging_status status;  /* the current status, derived from the history */
	int reden;                     /* enum geen_opvolging_reden, or -1 when none */
};

struct leerpunt {
	int64_t id;                    /* 0 when not stored; same id = same leerpunt across casussen */
	const char *omschrijving;
	enum categorie categorie;
	int orde;                      /* 1, 2 or 3 */
	bool vraag;                    /* the leerpunt is a question put to a party */
	bool al_bekend, terugkerend;
	const char **themas;           /* free tags */
	size_t nthemas;
	struct belegging *beleggingen;
	size_t nbeleggingen;
};

struct escalatie;                  /* core/escalatie.h */
struct overbrugging;               /* core/overbrugging.h */

struct procesregie {               /* who does what after the Loket steps in */
	const char *houder;            /* who holds procesregie */
	const char *terugkoppeling;    /* what the indiener reports back, and when */
	const char *dossierhouder;     /* who keeps the record */
};

struct casus {
	int64_t id;
	const char *referentie;        /* "PMM-YYYY-NNNN"; NULL until submitted */
	enum casus_status status;
	int ontvangen_op;              /* start of the looptijd */
	int afgerond_op;               /* DATE_NONE while open */
	struct persoon_ref indiener;
	int indiener_type;             /* enum indiener_type, or -1 when unknown */
	struct persoon_ref regievoerder;   /* naam NULL when not assigned */
	const char *hulpvraag;
	const char *situatie;          /* sensitive free text, never a BSN */
	const char *geprobeerd;        /* what was tried already */
	enum urgentie urgentie;
	unsigned leefgebieden;         /* bit per enum leefgebied */
	unsigned beleidsterreinen;     /* bit per enum beleidsterrein */
	struct betrokken_organisatie *organisaties;
	size_t norganisaties;
	struct knelpunt *knelpunten;
	size_t nknelpunten;
	struct interventie *interventies;
	size_t ninterventies;
	int maatwerk;                  /* enum maatwerk, or -1 when not recorded */
	const char *resultaat;
	struct leerpunt *leerpunten;
	size_t nleerpunten;
	struct procesregie procesregie;
	bool let_escalatie;            /* derived: it has an escalatie to the LET that was not withdrawn (store) */
	bool buitenlandse_component;   /* a foreign element (residence abroad, repatriation) */
	/* An organisation it names that matches no known one enters the directory at once when this is true (typed
	   by someone who keeps the lists, or imported); otherwise it becomes a proposal that waits for a regievoerder
	   (core/organisatie.h organisatie_nieuw_is_voorstel). Not stored. */
	bool organisaties_bekend;
	int followup_op;               /* follow-up due date, DATE_NONE when none */
	int followup_antwoord;         /* enum followup_antwoord, or -1 when not yet answered */
	const char *followup_toelichting;
	/*
	 * The escalaties and overbruggingen of the casus in full, where they
	 * travel with it (the interchange format: export and import); NULL and
	 * 0 everywhere else (they have their own reads: store/escalatie/,
	 * store/overbrugging/).
	 */
	struct escalatie *escalaties;
	size_t nescalaties;
	struct overbrugging *overbruggingen;
	size_t noverbruggingen;
};

/*
 * Sets every field of c to its "absent" value: zero/NULL, DATE_NONE for the
 * dates (also of the indiener's and regievoerder's organisation), -1 for
 * indiener_type, maatwerk and followup_antwoord, status aangemeld, urgentie
 * normaal, organisation types overig. Call it before filling a casus by hand.
 */
void casus_init(struct casus *c);

/* Looptijd in days from ontvangenOp to afgerondOp, or to `today` while open. */
int casus_looptijd(const struct casus *c, int today);

/*
 * Checks a casus against the rules: required fields, lengths, valid UTF-8
 * is the caller's job (done at the boundary); ontvangenOp not after today,
 * afgerondOp not before ontvangenOp, resultaat required when closed, no BSN
 * in free text, orde 1..3. On failure fills e (field = the JSON field name,
 * msg = Dutch) and returns ERR_VALIDATION.
 */
enum err_code casus_validate(const struct casus *c, int today, struct err *e);

/*
 * The check of one free text of a casus (also of its timeline and follow-up):
 * at most max bytes and no BSN; required refuses a blank one. ERR_OK, or
 * ERR_VALIDATION with e naming field. casus_tekst_leeg: NULL or only white
 * space.
 */
enum err_code casus_tekst_check(const char *s, const char *field, size_t max, bool required, struct err *e);
bool casus_tekst_leeg(const char *s);

/* True when a status change from -> to is allowed at all (who may: see perm.h). */
bool casus_transition_allowed(enum casus_status from, enum casus_status to);

/* "PMM-2024-0001" <-> (2024, 1). Parse returns false for anything else. */
bool referentie_parse(const char *s, int *jaar, int *volgnummer);
void referentie_format(int jaar, int volgnummer, char out[16]);

/*
 * True when text contains a 9-digit number (optionally written with dots or
 * spaces as 1234.56.789) that passes the BSN elfproef. Used to refuse BSNs.
 */
bool bsn_detect(const char *text);
/* The Dutch message for a refused BSN, the same wherever free text is checked. */
extern const char bsn_melding[];

/*
 * The indienerType that follows from the type of the organisation an indiener
 * works for: a gemeente and a landelijke publieke dienstverlener as such, a
 * zorgaanbieder is a zorginstelling, any other organisation overig.
 */
enum indiener_type indiener_type_van(enum organisatie_type t);

/* Default follow-up date after closing: three months later. */
int casus_default_followup(int afgerond_op);

/*
 * Complexity indicator (see docs/complexiteit.md): an integer score built
 * from the number of leefgebieden, beleidsterreinen, organisation types, a
 * foreign component and the looptijd.
 */
int casus_complexiteit(const struct casus *c, int today);

#endif
