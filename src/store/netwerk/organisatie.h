/* organisatie.h - the organisations of the network in the store: list, read, create, change, history, contacts, merge, proposals. */
#ifndef DOORBRAAK_STORE_NETWERK_ORGANISATIE_H
#define DOORBRAAK_STORE_NETWERK_ORGANISATIE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/aansluiting.h"
#include "core/netwerk_groei.h"
#include "core/err.h"
#include "core/organisatie.h"
#include "lib/mem.h"
#include "store/store.h"

/* One organisation as beheer shows it; strings in the arena. */
struct organisatie_rij {
	int64_t id;
	const char *naam;
	int type;                      /* enum organisatie_type; ORGTYPE_OVERIG for an unknown stored code */
	const char *code;              /* NULL when none */
	int64_t parent_id;             /* 0 for a top */
	const char *parent_naam;
	enum organisatie_status status;
	const char *email, *telefoon;  /* central contact, NULL when none */
	int aangesloten_sinds, aangesloten_tot;   /* the last period of bestuurlijk aangesloten (DATE_NONE) */
	const char *voorgesteld_op;    /* proposals: UTC time and by whom */
	const char *voorgesteld_door;
	/* What refers to it (organisatie_lees fills these; lists leave them 0). */
	long casussen, personen, beleggingen, onderdelen, accounts;
};

/* The list's filter; zero/NULL/-1 means any. */
struct organisatie_filter {
	const char *zoek;              /* part of the name or the code, case-insensitive */
	int type;                      /* enum organisatie_type, -1 any */
	int status;                    /* enum organisatie_status; -1: known ones only (the default of every list) */
	int64_t parent_id;             /* directly under this one */
	long limit;                    /* -1 all */
	long offset;
};

/* The organisations that match, ordered by name; *total counts all matches (for pages). */
enum err_code store_organisatie_lijst(struct store *st, struct arena *a, const struct organisatie_filter *f,
    struct organisatie_rij **out, size_t *n, size_t *total, struct err *e);
/* One, with the counts of what refers to it. ERR_NOT_FOUND ("Deze organisatie bestaat niet."). */
enum err_code store_organisatie_lees(struct store *st, struct arena *a, int64_t id, struct organisatie_rij *out,
    struct err *e);
/* The same without the counts (zero): one row by its key, where the counts' scan of every casus is not needed
   (the register import asks it for every row). */
enum err_code store_organisatie_basis(struct store *st, struct arena *a, int64_t id, struct organisatie_rij *out,
    struct err *e);
/* Every organisation's place in the tree (for the cycle and merge checks of core/organisatie.h). */
enum err_code store_organisatie_boom(struct store *st, struct arena *a, struct org_ouder **out, size_t *n,
    struct err *e);
/* root and every organisation under it (store/util.h STORE_SQL_ONDER), root first. */
enum err_code store_organisatie_onder(struct store *st, struct arena *a, int64_t root, int64_t **out, size_t *n,
    struct err *e);
/* A known organisation with this name (case-insensitive, any type) or code; *id 0 when none. */
enum err_code store_organisatie_zoek(struct store *st, const char *naam_of_code, int64_t *id, struct err *e);

/* The organisation with this code (case-insensitive), or with this name (case-insensitive) and type, whatever
   its status; *id 0 when none. */
enum err_code store_organisatie_bij_code(struct store *st, const char *code, int64_t *id, struct err *e);
enum err_code store_organisatie_bij_naam(struct store *st, const char *naam, int type, int64_t *id, struct err *e);

/*
 * Creates or changes an organisation from fields that passed
 * organisatie_validate and organisatie_ouder_check (the caller checks both;
 * the name is stored trimmed, empty code/email/telefoon as NULL). A new one
 * is bekend. ERR_CONFLICT with field "naam" when another organisation of the
 * same type has that name, field "code" when another has that code. Inside a
 * transaction.
 */
enum err_code store_organisatie_nieuw(struct store *st, const struct organisatie_invoer *in, int64_t *id,
    struct err *e);
enum err_code store_organisatie_wijzig(struct store *st, int64_t id, const struct organisatie_invoer *in,
    struct err *e);

/* ---- the connection history --------------------------------------------------------- */

/* The history of one organisation, oldest first; bron in the arena. */
enum err_code store_aansluiting_lijst(struct store *st, struct arena *a, int64_t organisatie_id,
    struct aansluiting **out, size_t *n, struct err *e);
/*
 * Adds an entry that passed aansluiting_validate and sets the columns
 * aangesloten_sinds/tot to core's aansluiting_periode of the new history.
 * Inside a transaction.
 */
enum err_code store_aansluiting_toevoegen(struct store *st, int64_t organisatie_id, const struct aansluiting *nieuw,
    int64_t auteur, time_t now, struct err *e);
/* The connection status of every known organisation on day d: parallel arrays in the arena (for the CSV export). */
enum err_code store_aansluiting_alle(struct store *st, struct arena *a, int64_t **org, struct aansluiting **h,
    size_t *n, struct err *e);

/*
 * Every known organisation that has a connection history, with that history
 * and the kind it is counted as (core/netwerk_groei.h): in one query, for the
 * network page and the jaarrapportage. Everything in the arena.
 */
enum err_code store_netwerk_groei(struct store *st, struct arena *a, struct netwerk_org **out, size_t *n,
    struct err *e);

/* ---- contact persons and ambassadeurs ------------------------------------------------ */

struct org_contact {
	int64_t persoon_id;
	const char *naam, *email, *functie, *telefoon;
	const char *rol;               /* "ambassadeur" or "contactpersoon" */
	bool account;                  /* an active account with the role ambassadeur (not a contact row) */
};
/* The contact rows of an organisation, and the accounts that are its ambassadeur. */
enum err_code store_contact_lijst(struct store *st, struct arena *a, int64_t organisatie_id,
    struct org_contact **out, size_t *n, struct err *e);
/*
 * Records c (rol "ambassadeur" or "contactpersoon"; naam, and an e-mail that
 * finds an existing persoon or makes a new one) for the organisation.
 * ERR_CONFLICT when that person already has that role there. Inside a transaction.
 */
enum err_code store_contact_toevoegen(struct store *st, int64_t organisatie_id, const struct org_contact *c,
    time_t now, int64_t *persoon_id, struct err *e);
/* ERR_NOT_FOUND when there is no such row. */
enum err_code store_contact_verwijderen(struct store *st, int64_t organisatie_id, int64_t persoon_id,
    const char *rol, struct err *e);

/* ---- merging and proposals ------------------------------------------------------------ */

/* What a merge moved, for the audit log and the message. */
struct samenvoeging_telling {
	long casussen, personen, beleggingen, onderdelen, aansluitingen, contacten;
	long escalaties, overbruggingen;   /* rows of the LET and the overbruggingsprocedure that named van */
};
/*
 * Merges van into naar after organisatie_samenvoegen_check: every reference
 * to van moves to naar (persons and accounts, casussen as indiener's
 * organisation and as betrokken organisatie - a casus that names both keeps
 * one row -, beleggingen, van's parts, contacts, the organisations of an
 * escalatie, its deelnemers and afspraken, an overbrugging's voorfinancier,
 * betaler and kandidaten), van's code moves to naar
 * when naar has none, van's connection history moves when naar has none
 * (core organisatie_samenvoegen_historie), and van is deleted. A table that
 * still refers to van makes it fail (ERR_CONFLICT), leaving nothing changed
 * once the caller rolls back. Inside a transaction.
 */
enum err_code store_organisatie_samenvoegen(struct store *st, int64_t van, int64_t naar,
    struct samenvoeging_telling *t, struct err *e);

/*
 * A regievoerder's decision on a proposal (its status must be voorstel; the
 * caller checks voorstel_besluit_check): accepteren makes it bekend with the
 * naam, type and parent in `als` (validated by the caller); afwijzen makes it
 * afgewezen; koppelen is store_organisatie_samenvoegen into the chosen one.
 */
enum err_code store_voorstel_accepteren(struct store *st, int64_t id, const struct organisatie_invoer *als,
    int64_t door, time_t now, struct err *e);
enum err_code store_voorstel_afwijzen(struct store *st, int64_t id, int64_t door, time_t now, struct err *e);
/*
 * The organisation named naam (trimmed) of this type: an existing one with that
 * name and type whatever its status, else a new proposal (status voorstel,
 * proposed by door). For a name typed by someone who does not keep the lists.
 * Inside a transaction.
 */
enum err_code store_organisatie_voorstel(struct store *st, const char *naam, int type, int64_t door, time_t now,
    int64_t *id, struct err *e);
/* The number of open proposals (for the beheer page). */
enum err_code store_voorstel_aantal(struct store *st, long *n, struct err *e);

#endif
