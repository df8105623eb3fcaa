/* interchange.h - the casus interchange format (one JSON object per line): parse, patch and write. */
#ifndef DOORBRAAK_INTERCHANGE_H
#define DOORBRAAK_INTERCHANGE_H

#include <stddef.h>

#include <jansson.h>

#include "core/casus.h"
#include "core/err.h"
#include "lib/mem.h"

/*
 * The format is that of issue 3 ("Interchange format") plus the members the
 * server assigns. Members, in the order interchange_write() emits them:
 *
 *   referentie status ontvangenOp afgerondOp indiener{naam email organisatie}
 *   indienerType regievoerder{...} hulpvraag situatie leefgebieden[]
 *   beleidsterreinen[] betrokkenOrganisaties[{naam type code aangeslotenSinds
 *   aangeslotenTot rol}] knelpunten[{categorie omschrijving}]
 *   interventies[{type datum omschrijving}] maatwerk resultaat
 *   leerpunten[{omschrijving categorie orde vraag alBekend terugkerend themas[]
 *               beleggingen[{bij status reden id}] id}]
 *   geprobeerd registerGeprobeerd registerGeprobeerdBij urgentie
 *   procesregie{houder terugkoppeling dossierhouder}
 *   letEscalatie buitenlandseComponent followUpOp followUpAntwoord
 *   followUpToelichting id
 *
 * An organisation is {naam, type, code?, aangeslotenSinds?, aangeslotenTot?};
 * for type "ministerie" the code is resolved (case-insensitively) from `code`,
 * or from naam being a ministry code ("VWS"), its full name ("Ministerie van
 * Volksgezondheid, Welzijn en Sport") or "Ministerie van VWS". A belegging's
 * `bij` is such an organisation or the string "PMM" (any case).
 *
 * Parsing rejects unknown members, except the derived ones the server may add
 * to a response ("complexiteit", "looptijd", "_links" on the casus), which
 * are accepted and ignored. A null member is the same as an absent one.
 * Without a "status" member the status is derived: afgerondOp set ->
 * afgerond, else regievoerder set -> in_behandeling, else aangemeld.
 *
 * Writing omits absent texts, dates, codes and objects and ids of 0; it
 * always emits status, booleans, urgentie, orde and every array (possibly
 * empty). Dumped with INTERCHANGE_DUMP_FLAGS, write(parse(write(c))) is
 * byte-identical to write(c).
 */
#define INTERCHANGE_DUMP_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER)
#define INTERCHANGE_MAX_ITEMS 1000   /* elements in any one array */

/*
 * Parses one line (need not be NUL-terminated; a trailing newline is fine)
 * into *out. Every string and array of *out is allocated in `a`. Runs
 * casus_validate() except its time-relative rules ("not in the future"):
 * the caller runs casus_validate(out, today, e) for those. Returns ERR_OK,
 * or ERR_VALIDATION with e->field the JSON path at fault
 * ("leerpunten[1].beleggingen[0].status", "" when the line is not JSON at
 * all) and a Dutch e->msg; e may be NULL. On failure *out is partly
 * filled: do not use it.
 */
enum err_code interchange_parse(struct arena *a, const char *line, size_t len, struct casus *out,
    struct err *e);

/* Like interchange_parse, for an already decoded JSON value (an API body). Does not steal `root`. */
enum err_code interchange_parse_json(struct arena *a, const json_t *root, struct casus *out, struct err *e);

/*
 * Applies the members present in `patch` (a PATCH body) to an existing casus:
 * a member replaces that field (arrays and objects as a whole), null clears
 * it (ERR_VALIDATION for fields that cannot be empty, such as status).
 * Nothing is required and the status is not derived: the caller decides on
 * transitions and then runs casus_validate(). New strings are allocated in
 * `a`. On failure *c may be partly changed: work on a copy.
 */
enum err_code interchange_patch(struct arena *a, const json_t *patch, struct casus *c, struct err *e);

/*
 * The casus as a JSON object in the fixed member order above. The caller owns
 * the result and json_decref()s it. Returns NULL only when out of memory.
 * A text that is not valid UTF-8 (never the case after validation) is left out.
 */
json_t *interchange_write(const struct casus *c);

/*
 * One escalatie or overbrugging as the format writes it inside a casus (the
 * API answers the same object, adding the ids and derived values its reader
 * ignores). Caller owns the result; NULL only when out of memory.
 */
struct escalatie;
struct overbrugging;
json_t *interchange_write_escalatie(const struct escalatie *e);
json_t *interchange_write_overbrugging(const struct overbrugging *o);
/* An organisation {naam, type, code?, ...} as the format writes and reads it (API bodies); strings in a. */
json_t *interchange_write_organisatie(const struct organisatie_ref *o);
enum err_code interchange_parse_organisatie(struct arena *a, const json_t *v, const char *pad,
    struct organisatie_ref *out, struct err *e);

/* interchange_write dumped as one line without newline, allocated in `a`; NULL only when out of memory. */
char *interchange_format(struct arena *a, const struct casus *c);

/*
 * The file (doorbraak export, doorbraak import) has a version. Version 1 (before
 * issue 11) is one casus per line and nothing else. Since version 2 the first
 * line says so,
 *
 *   {"uitwisselformaat":"doorbraak","versie":2}
 *
 * then come the casussen (their beleggingen with their whole history:
 * historie, doorgezetNaar, partners ...), then each leerpunt without a casus
 * as {"signaal":{...}} (a leerpunt object), then each realised system change
 * as {"systeemwijziging":{...}}. The changes from 1 to 2 are additive: a
 * line of version 1 is a valid casus line of version 2 (without historie a
 * belegging's history starts with its status; see core/casus.h), so a file
 * without the first line is read as version 1. A file of a later version is
 * refused with a message that says so.
 */
#define INTERCHANGE_VERSIE 2

/* The first line of a file of this version (without newline), in a. */
char *interchange_kop(struct arena *a);

enum interchange_regel { REGEL_CASUS, REGEL_KOP, REGEL_SIGNAAL, REGEL_SYSTEEMWIJZIGING };
/*
 * What kind of line the decoded root is: the first line (*versie its version,
 * -1 when it is not a whole number from 1), a signal, a system change, or
 * else a casus.
 */
enum interchange_regel interchange_regel_van(const json_t *root, int *versie);
/* A first line this doorbraak can read: ERR_OK, or ERR_VALIDATION naming "uitwisselformaat" or "versie". */
enum err_code interchange_kop_check(const json_t *root, int versie, struct err *e);

/*
 * One leerpunt on its own (a signal: a leerpunt without a casus), from its
 * object v at path pad ("signaal" in a file, "" for an API body); runs
 * leerpunt_check except "not in the future". Strings in a.
 */
enum err_code interchange_parse_leerpunt(struct arena *a, const json_t *v, const char *pad, struct leerpunt *out,
    struct err *e);
json_t *interchange_write_leerpunt(const struct leerpunt *l);

/*
 * A realised system change, its object v at pad ("systeemwijziging" in a file,
 * "" for an API body): members omschrijving soort gerealiseerdOp door bron url
 * leerpunten[ids] casussen[referenties] id. Runs systeemwijziging_validate
 * except "not in the future".
 */
struct systeemwijziging;
enum err_code interchange_parse_systeemwijziging(struct arena *a, const json_t *v, const char *pad,
    struct systeemwijziging *out, struct err *e);
json_t *interchange_write_systeemwijziging(const struct systeemwijziging *s);

#endif
