/* tekst.h - the Dutch texts of the notifications, one template per kind of event, for the in-app list and the
   e-mail alike. They carry the kind of event, the referentie and a link: never a name, hulpvraag or note. */
#ifndef DOORBRAAK_APP_NOTIFICATIE_TEKST_H
#define DOORBRAAK_APP_NOTIFICATIE_TEKST_H

#include "core/notificatie.h"
#include "lib/mem.h"

/* The subject ("Nieuwe aanmelding PMM-2026-0012"), in arena a. */
const char *notificatie_onderwerp(struct arena *a, enum notificatie_soort s, const char *referentie);
/* The sentence of the in-app list and the first line of the e-mail, in arena a. */
const char *notificatie_zin(struct arena *a, enum notificatie_soort s, const char *referentie);
/* The link to the casus: basis (no trailing slash; "" for a path) + "/casussen/" + referentie, in arena a. */
const char *notificatie_link(struct arena *a, const char *basis, const char *referentie);
/* The body of the e-mail (plain text, lines ended by CRLF): the sentence, the link, why one receives it. */
const char *notificatie_mail_tekst(struct arena *a, enum notificatie_soort s, const char *referentie,
    const char *basis);

#endif
