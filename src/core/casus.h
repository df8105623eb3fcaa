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
	uint64_t soorten;              /* bit per enum knelpunt_soort, each of this categorie; 0 when none recorded */
};

/*
 * Maatwerk as it was applied: which form, by whom, under which rule. A casus
 * can have several; none means no maatwerk record (the single summary field
 * casus.maatwerk stays readable: `geen` there means a solution within the
 * rules was found, and then there are no records).
 */
struct maatwerk_toepassing {
	enum maatwerk_vorm vorm;
	struct organisatie_ref door;   /* the organisation that applied it; naam NULL when not recorded */
	int wet;                       /* enum wet_regeling it was applied under, -1 not recorded (maatwerk_init) */
	const char *artikel;           /* "art. 3:4", "artikel 7 lid 2"; may be NULL */
	const char *toelichting;       /* may be NULL */
	int datum;                     /* DATE_NONE when not recorded */
};

struct interventie {
	enum interventie_type type;
	int datum;
	const char *omschrijving;      /* may be NULL */
	bool gedeeld;                  /* its timeline entry is shared with the indiener (else internal) */
};

/* One entry in the follow-up history of a belegging (append-only; the latest by datum, then order, is current). */
struct opvolging {
	int datum;
	enum opvolging_status status;
	int reden;                     /* enum geen_opvolging_reden, or -1 when none */
	const char *notitie;           /* may be NULL */
	const char *bron;              /* may be NULL */
};

struct belegging {
	int64_t id;
	bool bij_pmm;                  /* belegd bij PMM itself (then `bij` is unused) */
	struct organisatie_ref bij;    /* the party; for a joint belegging the lead party (trekker) */
	enum opvolging_status status;  /* the current status, derived from the history */
	int reden;                     /* enum geen_opvolging_reden, or -1 when none */
	enum pmm_soort pmm_soort;      /* PMM's kind of involvement, only bij PMM; PMMSOORT_GEEN (0) when not recorded */
	enum niet_belegd_reden niet_belegd;   /* not NIETBELEGD_NEE (0): addressed to `bij`, deliberately not belegd */
	const char *niet_belegd_toelichting;   /* may be NULL */
	struct organisatie_ref *partners;      /* a joint belegging (werkgroep): the parties besides the trekker */
	size_t npartners;
	/*
	 * The whole history, oldest first, where it travels (store_casus_load,
	 * the interchange format). nhistorie 0 with historie NULL: only status
	 * and reden are known (a file of interchange version 1, an API body);
	 * saving then starts the history with that one entry.
	 */
	struct opvolging *historie;
	size_t nhistorie;
	int64_t doorgezet_naar;        /* forwarded to the belegging with this id (same leerpunt); 0 when not */
};

/* A link of a leerpunt to something outside doorbraak: Werk aan Uitvoering, a knelpuntenbrief ... */
struct leerpunt_koppeling {
	enum koppeling_soort soort;
	const char *referentie;        /* "Knelpuntenbrief 2024, nr. 12"; may be NULL when url is set */
	const char *url;               /* http(s) address; may be NULL when referentie is set */
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
	enum leerpunt_bron bron;       /* where the signal came from; BRON_CASUS for a leerpunt of a casus */
	const char *bron_referentie;   /* "Bestuurlijke Tafel 3 oktober 2024"; may be NULL */
	int gesignaleerd_op;           /* when the signal came in; DATE_NONE (required without a casus) */
	uint64_t wetten;               /* bit per enum wet_regeling */
	struct leerpunt_koppeling *koppelingen;
	size_t nkoppelingen;
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
	int register_geprobeerd;       /* enum register_poging: the Maatwerkregister tried first? -1 not answered */
	const char *register_bij;      /* with whom in the register (only with REGPOGING_JA); may be NULL */
	enum urgentie urgentie;
	unsigned leefgebieden;         /* bit per enum leefgebied */
	unsigned beleidsterreinen;     /* bit per enum beleidsterrein */
	struct betrokken_organisatie *organisaties;
	size_t norganisaties;
	struct knelpunt *knelpunten;
	size_t nknelpunten;
	struct interventie *interventies;
	size_t ninterventies;
	int maatwerk;                  /* enum maatwerk, or -1 when not recorded (the summary; see maatwerk_toepassing) */
	struct maatwerk_toepassing *maatwerk_toepassingen;
	size_t nmaatwerk_toepassingen;
	uint64_t wetten;               /* bit per enum wet_regeling: the laws and regulations the casus touches */
	int reden_geen_leerpunt;       /* enum reden_geen_leerpunt when it has no leerpunt, -1 none */
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
 * The "absent" values of the parts whose codes use -1 for none: a belegging
 * (status belegd, reden -1, organisation type overig, no dates), a leerpunt (bron casus, orde 0, gesignaleerd_op
 * DATE_NONE) and a maatwerk record (wet -1, datum DATE_NONE). Everything
 * else zero/NULL. Call them before filling one by hand.
 */
void belegging_init(struct belegging *b);
void leerpunt_init(struct leerpunt *l);
void maatwerk_init(struct maatwerk_toepassing *m);

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
 * from the number of leefgebieden, beleidsterreinen, organisation types,
 * wetten en regelingen and a foreign component. Not from the looptijd: the
 * report compares complexity with looptijd, which would be circular.
 */
int casus_complexiteit(const struct casus *c);

/*
 * Internal and shared (issue 13): the view of a casus for a reader who may not see what is internal
 * (core/perm.h perm_casus_intern_zien): drops the interventies whose timeline entry is not shared with the
 * indiener. The complexity score is internal as a whole; whoever shows it asks perm_casus_intern_zien.
 */
void casus_intern_weglaten(struct casus *c);

/* ---- the parts of issue 11 (casus_registratie.c, casus_leerpunt.c) ---- */

#define LEERPUNT_MAX_PARTNERS    20     /* parties of a joint belegging besides the trekker */
#define LEERPUNT_MAX_KOPPELING   500    /* bytes of a koppeling's referentie or url */
#define LEERPUNT_MAX_HISTORIE    1000   /* entries in one belegging's history in a file or body */

/*
 * Checks what issue 11 added to a casus: wetten (known codes); the soorten
 * of each knelpunt (known and of that knelpunt's categorie); the maatwerk
 * records (a form, the organisation when named, a known wet, artikel at most
 * CASUS_MAX_KORT, no BSN, a datum not after today and not before
 * ontvangenOp; none when the summary maatwerk is `geen`); redenGeenLeerpunt
 * only without leerpunten. ERR_VALIDATION with e->field the member path.
 */
enum err_code casus_registratie_check(const struct casus *c, int today, struct err *e);

/*
 * Checks one leerpunt; pad is its path ("leerpunten[2]"), "" for a leerpunt
 * on its own (a signal: API body, interchange line). met_casus: it belongs
 * to a casus; a leerpunt without one has a bron other than `casus` and a
 * gesignaleerdOp. Checks omschrijving, categorie, orde 1..3, themas,
 * bronReferentie, gesignaleerdOp (not after today), wetten, koppelingen
 * (a known soort, a referentie or an http(s) url, each at most
 * LEERPUNT_MAX_KOPPELING bytes) and every belegging: its party, status and
 * reden; pmmSoort only bij PMM; nietBelegd not bij PMM and without any
 * follow-up (status belegd, no history); partners (at most
 * LEERPUNT_MAX_PARTNERS, none twice, not the trekker); a history whose
 * entries are valid, dated and in date order, whose last entry is the
 * belegging's status and reden; doorgezetNaar naming another belegging of
 * the same leerpunt, without a cycle. ERR_VALIDATION with e->field the path.
 */
enum err_code leerpunt_check(const struct leerpunt *l, const char *pad, bool met_casus, int today, struct err *e);

/*
 * The forwarding path of belegging i among a leerpunt's beleggingen (matched
 * by id through doorgezet_naar): from the first party it was belegd bij to
 * the last it was forwarded to ("teruggelegd aan OCW, opvolging bij DUO").
 * Writes the indices into out (room for max) and returns how many; i is
 * among them. A cycle in the data (never after leerpunt_check) stops at the
 * first repeat.
 */
size_t belegging_pad(const struct belegging *b, size_t n, size_t i, size_t *out, size_t max);

/*
 * True when b is where the leerpunt is belegd now: not forwarded to another
 * party (the party it went to counts) and not deliberately left unbelegd.
 * A leerpunt without such a belegging is not belegd.
 */
bool belegging_actueel(const struct belegging *b);

/* The categorie-bound kinds: true when every bit of soorten is a kind of categorie c. */
bool knelpunt_soorten_passen(enum categorie c, uint64_t soorten);

#endif
