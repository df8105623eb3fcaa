/* tekst.h - counted words and deadlines in sentences: "1 belegging", "3 beleggingen", "3 maanden te laat". */
#ifndef DOORBRAAK_APP_TEKST_H
#define DOORBRAAK_APP_TEKST_H

#include "core/termijn.h"
#include "web/request.h"

/* "1 casus", "0 casussen", "12 casussen": the number and the singular (n == 1) or the plural (request arena). */
const char *app_aantal(struct request *r, long n, const char *enkelvoud, const char *meervoud);
/* The singular or the plural alone, for a sentence that puts the number elsewhere. */
const char *app_woord(long n, const char *enkelvoud, const char *meervoud);
/* A span as core/termijn.h counts it: "1 dag", "5 dagen", "2 weken", "3 maanden", "1 jaar". */
const char *app_duur_tekst(struct request *r, struct termijn_duur d);
/* How late a due date is on vandaag: "3 maanden te laat", "1 dag te laat"; "vandaag" when due today,
   "over 5 dagen" when ahead; NULL without a date. */
const char *app_termijn_tekst(struct request *r, int datum, int vandaag);

/* At most max bytes of s, cut after a whole word (or character) with "…" when shortened (request arena). */
const char *app_kort(struct request *r, const char *s, size_t max);

#endif
