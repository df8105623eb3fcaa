/* filter.h - the werkvoorraad filter of Het Loket (store struct casus_filter), read in one place for the list page,
   search, the .xlsx export and GET /api/v1/casussen. */
#ifndef DOORBRAAK_CASUS_FILTER_H
#define DOORBRAAK_CASUS_FILTER_H

#include <stdbool.h>
#include <stddef.h>

#include "store/casus/casus.h"
#include "web/request.h"

#define CASUS_PAGINA      25       /* rows per page: the pages, and the API's default page size */
#define CASUS_PAGINA_MAX  100000   /* the highest page number anyone may ask for */
#define CASUS_ZOEK_MAX    200      /* bytes in a search query */

/*
 * The empty filter of this request: no criteria, today (Europe/Amsterdam)
 * for ages, and limited to the casussen the acting user may see in a list
 * (core casus_beperking, INZAGE_LIJST). Every list of casussen starts here.
 */
void casus_filter_begin(struct request *r, struct casus_filter *f);

/*
 * The two spellings of the filter in a query string. The pages (form fields:
 * status=open, indiener_type, ouder_dan, sorteer=oudste; an empty field is
 * no filter) and the API (status=aangemeld,in_behandeling, indienerType,
 * ouderDanDagen, zoek, sorteer=-ontvangenOp; an empty value is a wrong one).
 */
enum casus_filter_taal { FILTER_WEB, FILTER_API };

/* A refused filter: the parameter at fault (as spelled in that language) and a Dutch message (request arena). */
struct casus_filter_fout {
	const char *param;
	const char *tekst;
};

/*
 * Reads the filter parameters of the query string into f (after
 * casus_filter_begin): status, regievoerder ("mij", "geen" or an id),
 * leefgebied, beleidsterrein, the kind of indiener, a minimum age in days,
 * search (API), the sort. The pages without a status get the default of
 * casus_filter_status_web. Other parameters (paging) are the caller's. False
 * with *fout filled for the first wrong value, in the order above.
 */
bool casus_filter_lees(struct request *r, enum casus_filter_taal taal, struct casus_filter *f,
    struct casus_filter_fout *fout);
/* A whole number in [min, max] written as at most nine plain digits (a query parameter); false otherwise. */
bool casus_filter_getal(const char *s, long min, long max, long *out);
/* True when naam is one of the filter's parameters in that language (the API refuses unknown ones). */
bool casus_filter_param(enum casus_filter_taal taal, const char *naam);

/* The status and sort choices of the pages' filter form, in their order. */
struct casus_filter_keuze {
	const char *code, *label;
};
extern const struct casus_filter_keuze casus_status_keuzes[];
extern const size_t casus_nstatus_keuzes;
extern const struct casus_filter_keuze casus_sorteer_keuzes[];
extern const size_t casus_nsorteer_keuzes;
/* The status asked for on the pages, or the default: "open" for a regievoerder, "alle" for others. */
const char *casus_filter_status_web(struct request *r);
/* The pages' sort without a choice: "oudste" for a regievoerder (the werkvoorraad is a queue), "nieuwste" for
   others (their own casussen). The API's default stays -ontvangenOp. */
const char *casus_filter_sorteer_standaard(const struct request *r);
/* Whether a status choice is offered to this user: a regievoerder sees no concepts. */
bool casus_filter_status_keuze_mag(struct request *r, const char *code);

#endif
