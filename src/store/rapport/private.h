/* private.h - what the files of the report's store share (the .c files of store/rapport/): its statements and the loading state. */
#ifndef DOORBRAAK_STORE_RAPPORT_PRIVATE_H
#define DOORBRAAK_STORE_RAPPORT_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include "store/rapport/rapport.h"
#include "store/stmt.h"

enum { Q_CASUSSEN, Q_LEEFGEBIEDEN, Q_BELEIDSTERREINEN, Q_ORGANISATIES, Q_INTERVENTIES, Q_LEERPUNTEN,
	Q_BELEGGINGEN, Q_JAAR, Q_HISTORIE, Q_PARTNERS, Q_KNELPUNTEN, Q_MAATWERK, Q_BESPROKEN, Q_ORG_ALLE, Q_RONDES,
	Q__MAX };

#define Q(st, id) store_q((st), STORE_T_RAPPORT, (id))

/* A casus's position in the result, found by its id. */
struct id_plaats {
	int64_t id;
	size_t plaats;
};

/*
 * Rows of one child table while they are read: each with the place of its
 * parent, then sorted by parent into one arena array (verdeel).
 */
struct kinderen {
	size_t size, n, cap;
	size_t *ouder;
	unsigned char *data;
};

struct laden {
	struct store *st;
	struct arena *a;
	struct err *e;
	struct casus *cs;               /* arena, referentie order */
	size_t n;
	struct id_plaats *ids;          /* heap, by id */
	int64_t *lp_ids;                /* heap: the distinct leerpunt ids, sorted */
	size_t nlp_ids;
	struct belegging *bgs;          /* arena: every belegging read, grouped by leerpunt */
	size_t nbgs;
};

/* The place of casus id in l->cs, or -1 when it is not one of the report's. */
long rapport_casus_plaats(const struct laden *l, int64_t id);
/* The place of leerpunt id among l->lp_ids, or -1. */
long rapport_leerpunt_plaats(const struct laden *l, int64_t id);
/* A new zeroed child of parent `ouder`. */
void *rapport_kind(struct kinderen *k, size_t ouder);
/*
 * The children in one arena array, grouped by parent in the order they were
 * read: parent i has those from begin[i] to begin[i + 1] (begin has nouders + 1
 * entries). Frees the reading arrays.
 */
unsigned char *rapport_verdeel(struct kinderen *k, struct arena *a, size_t nouders, size_t *begin);
/* Statement id with the years bound (:van the first day, :tot the last). */
struct store_q *rapport_q_jaren(struct laden *l, int id, int van_jaar, int tot_jaar);

/*
 * What issue 11's chapters need of the casussen read (inhoud.c): the
 * knelpunten with their kinds, the maatwerk records, the history and partners
 * of every belegging read. After store_rapport_casussen's reads.
 */
enum err_code rapport_lees_inhoud(struct laden *l, int van, int tot);

#endif
