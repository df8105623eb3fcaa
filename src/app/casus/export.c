/* export.c - the werkvoorraad and the monitor as .xlsx (libxlsxwriter) for PMM's spreadsheet users.
   Every text is written as a string cell; one a spreadsheet would take for a formula (= + - @ tab CR) gets a
   leading apostrophe, so no cell can ever become a formula. */
#include <string.h>

#include "app/casus/web.h"
#include "app/common/xlsx.h"
#include "app/common/inzage.h"
#include "app/casus/handlers.h"
#include "lib/date.h"
#include "lib/escape.h"

#define WERKVOORRAAD_MAX 10000    /* rows in one werkvoorraad export */

/* Codes or labels of a bit set, comma separated, into a buffer the caller frees. */
static void
bits(struct buf *out, const struct codelist *l, unsigned v, bool labels)
{
	buf_reset(out);
	for (int i = 0; i < l->n; i++)
		if ((v >> i) & 1u) {
			if (out->len > 0)
				buf_puts(out, ", ");
			buf_puts(out, labels ? l->labels[i] : l->codes[i]);
		}
}

/* ---- werkvoorraad ------------------------------------------------------ */

static const struct xlsx_kolom werkvoorraad_kolommen[] = {
	{ "Referentie", 16 }, { "Ontvangen op", 13 }, { "Looptijd (dagen)", 10 }, { "Status", 16 },
	{ "Urgentie", 10 }, { "Indiener", 24 }, { "Organisatie indiener", 30 }, { "Soort indiener", 24 },
	{ "Regievoerder", 22 }, { "Leefgebieden", 40 }, { "Beleidsterreinen", 20 }, { "Follow-up op", 13 },
	{ "Hulpvraag (begin)", 60 },
};

void
h_casus_werkvoorraad_xlsx(struct request *r)
{
	struct casus_filter f;
	struct casus_rij *rows;
	size_t n, total, geschreven = 0;
	struct err e = { 0 };
	enum err_code rc = ERR_OK;
	struct xlsx_blad b;
	struct buf tmp;
	int vandaag = app_vandaag(r);
	const size_t ncol = sizeof(werkvoorraad_kolommen) / sizeof(werkvoorraad_kolommen[0]);

	if (!cw_filter(r, &f, NULL) || !cw_audit_lijst(r, "casus.export", "export", "werkvoorraad"))
		return;
	if (!xlsx_open(&b, "Werkvoorraad")) {
		reply_problem(r, 500, "Interne fout", "Het Excel-bestand kon niet worden gemaakt. Probeer het later opnieuw.");
		return;
	}
	xlsx_kop(&b, werkvoorraad_kolommen, ncol);
	buf_init(&tmp, 0);
	f.limit = 500;
	for (f.offset = 0; geschreven < WERKVOORRAAD_MAX; f.offset += f.limit) {
		if ((rc = store_casus_list(r->store, r->arena, &f, &rows, &n, &total, &e)) != ERR_OK)
			break;
		for (size_t i = 0; i < n && geschreven < WERKVOORRAAD_MAX; i++, geschreven++, b.rij++) {
			const struct casus_rij *x = &rows[i];

			xlsx_tekst(&b, 0, x->referentie);
			xlsx_datum(&b, 1, x->ontvangen_op);
			xlsx_getal(&b, 2, cw_rij_looptijd(x, vandaag));
			xlsx_tekst(&b, 3, cw_label(&codes_casus_status, (int)x->status));
			xlsx_tekst(&b, 4, cw_label(&codes_urgentie, (int)x->urgentie));
			xlsx_tekst(&b, 5, x->indiener_naam);
			xlsx_tekst(&b, 6, x->indiener_organisatie);
			xlsx_tekst(&b, 7, cw_label(&codes_indiener_type, x->indiener_type));
			xlsx_tekst(&b, 8, x->regievoerder_naam);
			bits(&tmp, &codes_leefgebied, x->leefgebieden, true);
			xlsx_tekst(&b, 9, buf_str(&tmp));
			bits(&tmp, &codes_beleidsterrein, x->beleidsterreinen, false);
			xlsx_tekst(&b, 10, buf_str(&tmp));
			if (x->followup_op != DATE_NONE)
				xlsx_datum(&b, 11, x->followup_op);
			xlsx_tekst(&b, 12, x->hulpvraag);
		}
		if (n < (size_t)f.limit)
			break;
	}
	buf_free(&tmp);
	if (rc != ERR_OK) {
		xlsx_weg(&b);
		cw_reply_store(r, rc, &e);
		return;
	}
	xlsx_stuur(r, &b, "werkvoorraad", (lxw_col_t)ncol);
}

/* ---- monitor ----------------------------------------------------------- */

static const struct xlsx_kolom monitor_kolommen[] = {
	{ "Referentie", 16 }, { "Ontvangen op", 13 }, { "Afgerond op", 13 }, { "Looptijd (dagen)", 10 },
	{ "Status", 16 }, { "Soort indiener", 24 }, { "Organisatie indiener", 30 }, { "Regievoerder", 22 },
	{ "Leefgebieden", 40 }, { "Aantal leefgebieden", 10 }, { "Beleidsterreinen", 20 }, { "Interventies", 24 },
	{ "Maatwerk", 22 }, { "Complexiteit", 10 }, { "Aantal leerpunten", 10 }, { "Follow-up op", 13 },
	{ "Follow-up antwoord", 16 },
};

/* The sheet and the day the looptijd and complexity are counted to. */
struct monitor {
	struct xlsx_blad b;
	int vandaag;
};

static int
monitor_rij(const struct casus *c, void *arg)
{
	struct monitor *m = arg;
	struct buf tmp;
	unsigned iv = 0;
	int nlg = 0;

	buf_init(&tmp, 0);
	xlsx_tekst(&m->b, 0, c->referentie);
	xlsx_datum(&m->b, 1, c->ontvangen_op);
	xlsx_datum(&m->b, 2, c->afgerond_op);
	xlsx_getal(&m->b, 3, casus_looptijd(c, m->vandaag));
	xlsx_tekst(&m->b, 4, cw_label(&codes_casus_status, (int)c->status));
	xlsx_tekst(&m->b, 5, cw_label(&codes_indiener_type, c->indiener_type));
	xlsx_tekst(&m->b, 6, c->indiener.organisatie.naam);
	xlsx_tekst(&m->b, 7, c->regievoerder.naam);
	bits(&tmp, &codes_leefgebied, c->leefgebieden, true);
	xlsx_tekst(&m->b, 8, buf_str(&tmp));
	for (int i = 0; i < LEEFGEBIED__MAX; i++)
		nlg += (c->leefgebieden >> i) & 1u;
	xlsx_getal(&m->b, 9, nlg);
	bits(&tmp, &codes_beleidsterrein, c->beleidsterreinen, false);
	xlsx_tekst(&m->b, 10, buf_str(&tmp));
	for (size_t i = 0; i < c->ninterventies; i++)
		if ((int)c->interventies[i].type >= 0 && c->interventies[i].type < INTERVENTIE__MAX)
			iv |= 1u << c->interventies[i].type;
	bits(&tmp, &codes_interventie_type, iv, false);
	xlsx_tekst(&m->b, 11, buf_str(&tmp));
	xlsx_tekst(&m->b, 12, c->maatwerk >= 0 ? cw_label(&codes_maatwerk, c->maatwerk) : NULL);
	xlsx_getal(&m->b, 13, casus_complexiteit(c));
	xlsx_getal(&m->b, 14, (double)c->nleerpunten);
	xlsx_datum(&m->b, 15, c->followup_op);
	xlsx_tekst(&m->b, 16, c->followup_antwoord >= 0 ? cw_label(&codes_followup, c->followup_antwoord) : NULL);
	buf_free(&tmp);
	m->b.rij++;
	return m->b.fout ? 1 : 0;
}

void
h_casus_monitor_xlsx(struct request *r)
{
	struct monitor m;
	struct err e = { 0 };
	enum err_code rc;
	const size_t ncol = sizeof(monitor_kolommen) / sizeof(monitor_kolommen[0]);

	if (!app_mag_alle_casussen(r, INZAGE_LIJST, "casus.export") ||
	    !cw_audit_lijst(r, "casus.export", "export", "monitor"))
		return;
	if (!xlsx_open(&m.b, "Monitor")) {
		reply_problem(r, 500, "Interne fout", "Het Excel-bestand kon niet worden gemaakt. Probeer het later opnieuw.");
		return;
	}
	m.vandaag = app_vandaag(r);
	xlsx_kop(&m.b, monitor_kolommen, ncol);
	if ((rc = store_casus_each(r->store, DATE_NONE, monitor_rij, &m, &e)) != ERR_OK) {
		xlsx_weg(&m.b);
		cw_reply_store(r, rc, &e);
		return;
	}
	xlsx_stuur(r, &m.b, "monitor", (lxw_col_t)ncol);
}
