/* organisatie.h - the organisations of the network: their fields, the tree of parts, connection history, merging. */
#ifndef DOORBRAAK_ORGANISATIE_H
#define DOORBRAAK_ORGANISATIE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/codes.h"
#include "core/err.h"
#include "core/rol.h"

#define ORGANISATIE_MAX_NAAM  200   /* bytes */
#define ORGANISATIE_MAX_CODE  16    /* bytes: "VWS", "JenV", "DT&V", "PMM" */

/* ---- the fields of one organisation --------------------------------------------------- */

/* An organisation as beheer edits it (strings borrowed). */
struct organisatie_invoer {
	const char *naam;
	int type;                  /* enum organisatie_type, -1 when not (validly) chosen */
	const char *code;          /* NULL or "" for none */
	int64_t parent_id;         /* 0 for none */
	const char *email;         /* central e-mail address, optional */
	const char *telefoon;      /* central phone number, optional */
};

/*
 * Checks the fields: a name of 1..ORGANISATIE_MAX_NAAM bytes on one line
 * without control characters; a known type; a code of at most
 * ORGANISATIE_MAX_CODE letters, digits, '&', '-' or '_'; a valid e-mail
 * address and phone number when given (core/contact.h). The parent is
 * checked separately (organisatie_ouder_check). ERR_VALIDATION with
 * e->field "naam", "type", "code", "email" or "telefoon".
 */
enum err_code organisatie_validate(const struct organisatie_invoer *in, struct err *e);

/*
 * The text of a name as it will be stored: s without leading and trailing
 * white space (*start, *len describe it). A name is compared without regard
 * to case when matching ("gemeente utrecht" is "Gemeente Utrecht").
 */
void organisatie_naam_trim(const char *s, const char **start, size_t *len);

/* ---- the tree: parts belong to a whole (Maatwerkplaats UWV -> UWV -> SZW) --------------- */

/* One organisation's place in the tree; parent_id 0 for a top. */
struct org_ouder {
	int64_t id, parent_id;
};

/*
 * True when id is root or lies under it (root is a parent, grandparent, ...
 * of id). all lists every organisation once; a cycle already in the data
 * cannot make it loop.
 */
bool organisatie_valt_onder(const struct org_ouder *all, size_t n, int64_t id, int64_t root);

/*
 * Writes root and every organisation under it into out (room for n ids)
 * and returns how many. Order: root first, then level by level.
 */
size_t organisatie_onder(const struct org_ouder *all, size_t n, int64_t root, int64_t *out);

/*
 * May parent become the parent of id? 0 (none) always may. Refused with
 * ERR_VALIDATION (field "parent") when parent is id itself, does not exist
 * in all, or lies under id: that would make a cycle.
 */
enum err_code organisatie_ouder_check(const struct org_ouder *all, size_t n, int64_t id, int64_t parent,
    struct err *e);

/* ---- merging two organisations that are the same -------------------------------------- */

/* What the store knows of the two organisations of a merge. */
struct org_samenvoeging {
	int64_t van, naar;         /* van disappears into naar */
	const char *van_code, *naar_code;   /* NULL when none */
	bool naar_bekend;          /* naar is a known organisation, not a proposal or rejected one */
};

/*
 * May van be merged into naar? Refused with ERR_VALIDATION (field "naar")
 * when they are the same, when naar lies under van (its own part would
 * lose its whole), when both have a code and the codes differ (two
 * ministries are never the same), or when naar is not a known organisation.
 * What a merge then does (every reference to van moves to naar, van's parts
 * get naar as parent, van's code moves to naar when naar has none, van's
 * connection history moves when naar has none, van is removed, the merge is
 * audited) is the store's job: store/netwerk/samenvoegen.c.
 */
enum err_code organisatie_samenvoegen_check(const struct org_ouder *all, size_t n,
    const struct org_samenvoeging *s, struct err *e);
/* Whether van's connection history moves to naar (naar has none of its own). */
bool organisatie_samenvoegen_historie(size_t naar_historie);

/* ---- proposals (who may keep the lists: perm_netwerk in core/perm.h) ------------------ */

/*
 * An organisation name typed at intake that matches no known organisation:
 * whether it becomes a known organisation at once (typed by someone who
 * keeps the lists) or a proposal that waits for a regievoerder.
 */
bool organisatie_nieuw_is_voorstel(const struct actor *a);

/* Where an organisation stands in the directory. */
enum organisatie_status {
	ORGSTATUS_BEKEND,          /* in the directory and every pick list */
	ORGSTATUS_VOORSTEL,        /* typed at intake; waits for a regievoerder; in no pick list */
	ORGSTATUS_AFGEWEZEN,       /* a rejected proposal: kept for the casussen that name it, in no list */
	ORGSTATUS__MAX
};
extern const struct codelist codes_organisatie_status;

/* What a regievoerder decides about a proposal. */
enum voorstel_besluit {
	VOORSTEL_ACCEPTEREN,       /* it becomes a known organisation (with the type and parent chosen) */
	VOORSTEL_KOPPELEN,         /* it is an existing organisation: merged into that one */
	VOORSTEL_AFWIJZEN,         /* not an organisation for the directory */
	VOORSTEL__MAX
};
extern const struct codelist codes_voorstel_besluit;

/* A decision can be taken only on an open proposal: ERR_CONFLICT (field "besluit") otherwise. */
enum err_code voorstel_besluit_check(enum organisatie_status huidig, struct err *e);

#endif
