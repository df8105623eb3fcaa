/* test_casus_web.c - Het Loket in the browser, over HTTP: submitting (and refusing) a casus, concepts, hidden
   casussen with their audit rows, the werkvoorraad, regie (assign, timeline, close, follow-up, reopen), search,
   participants and the .xlsx exports with neutralised formulas. The tests run in order and share the casussen. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "client.h"
#include "lib/date.h"
#include "store/store.h"
#include "store/store_audit.h"
#include "zip.h"

static struct server_proc srv;
static char ref[32];          /* the casus ina submitted */
static char formule_ref[32];  /* the casus whose hulpvraag starts with =cmd */

#define REGIE "rita@test.example"
#define INA "ina@test.example"
#define OTTO "otto@test.example"
#define AMBER "amber@test.example"
#define PW "wachtwoord-test-123"

static int
setup(void **state)
{
	static const struct test_account accounts[] = {
		{ REGIE, "Rita Regie", "regievoerder", NULL, NULL },
		{ INA, "Ina Indiener", "indiener", NULL, NULL },
		{ OTTO, "Otto Ander", "indiener", NULL, NULL },
		{ AMBER, "Amber Ambassadeur", "ambassadeur", NULL, NULL },
	};

	(void)state;
	return server_start_with(&srv, NULL, PW, accounts, sizeof(accounts) / sizeof(accounts[0]));
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

/* ---- helpers ----------------------------------------------------------- */

static const char *
vandaag(int plus)
{
	static char s[DATE_STRLEN];

	date_format(date_today_local(time(NULL)) + plus, s);
	return s;
}

/* Posts the form body (URL-encoded) to path with the CSRF token of the home page. */
static long
post(struct client *c, const char *path, const char *body, struct resp *r)
{
	return client_post_form(c, "/", path, body, r);
}

/* Signs in on a fresh client c. */
static void
login(struct client *c, const char *email)
{
	client_login_ok(c, &srv, email, PW);
}

static long
post_ok(struct client *c, const char *path, const char *body)
{
	struct resp r;
	long s = post(c, path, body, &r);

	if (s != 303)
		fprintf(stderr, "POST %s -> %ld\n%.3000s\n", path, s, buf_str(&r.body));
	resp_free(&r);
	return s;
}

static bool
page_contains(struct client *c, const char *path, const char *needle)
{
	struct resp r;
	bool found;

	assert_int_equal(client_get(c, path, &r), 200);
	found = resp_contains(&r, needle);
	resp_free(&r);
	return found;
}

/* The path after "/casussen/" in a Location header, up to '?'. */
static void
location_pad(const struct resp *r, char *out, size_t n)
{
	const char *loc = resp_header(r, "Location"), *q;

	assert_non_null(loc);
	assert_int_equal(strncmp(loc, "/casussen/", 10), 0);
	loc += 10;
	q = strchr(loc, '?');
	snprintf(out, n, "%.*s", (int)(q ? q - loc : (long)strlen(loc)), loc);
}

static const char nieuw_body[] =
    "hulpvraag=Huurschuld+en+zorg+lopen+vast+%3Cscript%3Ealert(1)%3C%2Fscript%3E"
    "&situatie=Mevrouw+A.+(43)%2C+twee+kinderen%2C+huurachterstand"
    "&geprobeerd=Gesprek+met+de+woningcorporatie"
    "&leefgebied=financien&leefgebied=wonen&urgentie=hoog"
    "&org_naam=SVB&org_type=landelijke_publieke_dienstverlener&org_rol=Kinderbijslag"
    "&org_naam=&org_type=&org_rol="
    "&actie=indienen";

/* ---- intake ------------------------------------------------------------ */

static void
test_indiener_dient_casus_in(void **state)
{
	struct client c;
	struct resp r;
	(void)state;

	login(&c, INA);
	assert_true(page_contains(&c, "/casussen/nieuw", "geen BSN"));
	assert_int_equal(post(&c, "/casussen", nieuw_body, &r), 303);
	location_pad(&r, ref, sizeof(ref));
	assert_int_equal(strncmp(ref, "PMM-", 4), 0);
	resp_free(&r);

	assert_true(page_contains(&c, "/casussen", ref));
	{
		char path[64];

		snprintf(path, sizeof(path), "/casussen/%s?gedaan=ingediend", ref);
		assert_int_equal(client_get(&c, path, &r), 200);
		assert_true(resp_contains(&r, "is ingediend"));
		assert_true(resp_contains(&r, "Aangemeld"));
		assert_true(resp_contains(&r, "Financiën"));
		assert_true(resp_contains(&r, "Kinderbijslag"));
		/* "<script>" typed into the hulpvraag is shown as text, never as markup */
		assert_true(resp_contains(&r, "&lt;script&gt;alert(1)&lt;/script&gt;"));
		assert_false(resp_contains(&r, "<script>alert"));
		/* an indiener follows the progress but gets no regie forms */
		assert_false(resp_contains(&r, "/toewijzen"));
		assert_true(resp_contains(&r, "Tijdlijn"));
		resp_free(&r);
	}
	client_free(&c);
}

static void
test_bsn_en_te_lange_tekst_geweigerd(void **state)
{
	struct client c;
	struct resp r;
	long before = server_audit_count(&srv, "casus.aanmaken", AUDIT_TOEGESTAAN);
	struct buf b;
	(void)state;

	login(&c, INA);
	assert_int_equal(post(&c, "/casussen", "hulpvraag=Hulp+nodig&situatie=Meneer+B.+BSN+111222333+woont+op+straat"
	    "&actie=indienen", &r), 400);
	assert_true(resp_contains(&r, "BSN"));
	assert_true(resp_contains(&r, "href=\"#situatie\""));          /* the summary links to the field */
	assert_true(resp_contains(&r, "Meneer B."));                     /* what was typed is kept */
	resp_free(&r);

	buf_init(&b, 0);
	buf_puts(&b, "actie=indienen&hulpvraag=");
	for (int i = 0; i < 20001; i++)
		buf_putc(&b, 'a');
	assert_int_equal(post(&c, "/casussen", b.data, &r), 400);
	assert_true(resp_contains(&r, "te lang"));
	resp_free(&r);
	buf_free(&b);

	/* indienen without a hulpvraag */
	assert_int_equal(post(&c, "/casussen", "hulpvraag=&actie=indienen", &r), 400);
	assert_true(resp_contains(&r, "Vul de hulpvraag in"));
	resp_free(&r);
	assert_int_equal(server_audit_count(&srv, "casus.aanmaken", AUDIT_TOEGESTAAN), before);   /* nothing was stored */
	client_free(&c);
}

static void
test_andere_indiener_krijgt_404_met_auditregel(void **state)
{
	struct client c;
	struct resp r;
	char path[64];
	long before = server_audit_count(&srv, "casus.lezen", AUDIT_GEWEIGERD);
	(void)state;

	login(&c, OTTO);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_int_equal(client_get(&c, path, &r), 404);
	assert_false(resp_contains(&r, "Huurschuld"));
	resp_free(&r);
	assert_int_equal(server_audit_count(&srv, "casus.lezen", AUDIT_GEWEIGERD), before + 1);
	assert_false(page_contains(&c, "/casussen", ref));
	assert_int_equal(client_get(&c, "/casussen/PMM-2001-0999", &r), 404);   /* absent: the same answer */
	resp_free(&r);
	client_free(&c);
}

static void
test_concept_opslaan_en_later_indienen(void **state)
{
	struct client c, otto, rita;
	struct resp r;
	char pad[32], path[80], nieuw[32];
	(void)state;

	login(&c, INA);
	assert_int_equal(post(&c, "/casussen", "hulpvraag=Nog+niet+af&leefgebied=zorg&actie=concept", &r), 303);
	location_pad(&r, pad, sizeof(pad));
	assert_int_equal(strncmp(pad, "concept-", 8), 0);
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s", pad);
	assert_true(page_contains(&c, path, "Dit is een concept"));
	assert_true(page_contains(&c, "/casussen", "Concept"));

	/* nobody else sees a concept, not even a regievoerder */
	login(&otto, OTTO);
	assert_int_equal(client_get(&otto, path, &r), 404);
	resp_free(&r);
	client_free(&otto);
	login(&rita, REGIE);
	assert_int_equal(client_get(&rita, path, &r), 404);
	resp_free(&r);
	assert_false(page_contains(&rita, "/casussen?status=alle", "Nog niet af"));
	client_free(&rita);

	snprintf(path, sizeof(path), "/casussen/%s/bewerken", pad);
	assert_true(page_contains(&c, path, "Nog niet af"));
	snprintf(path, sizeof(path), "/casussen/%s", pad);
	assert_int_equal(post(&c, path, "hulpvraag=Nu+wel+af&leefgebied=zorg&urgentie=normaal&actie=indienen", &r),
	    303);
	location_pad(&r, nieuw, sizeof(nieuw));
	assert_int_equal(strncmp(nieuw, "PMM-", 4), 0);
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s", nieuw);
	assert_true(page_contains(&c, path, "Nu wel af"));
	client_free(&c);
}

static void
test_telefonische_intake_door_regievoerder(void **state)
{
	struct client c;
	struct resp r;
	char body[512], pad[32], path[64];
	(void)state;

	login(&c, REGIE);
	assert_true(page_contains(&c, "/casussen/nieuw", "Naam van de indiener"));
	snprintf(body, sizeof(body), "indiener_naam=Henk+Telefoon&indiener_email=henk%%40gemeente.example"
	    "&indiener_organisatie_naam=Gemeente+Belstad&indiener_organisatie_type=gemeente&indiener_type="
	    "&ontvangen_op=%s&hulpvraag=Beslagvrije+voet+te+laag&actie=indienen", vandaag(5));
	assert_int_equal(post(&c, "/casussen", body, &r), 400);   /* first contact in the future */
	assert_true(resp_contains(&r, "toekomst"));
	resp_free(&r);
	snprintf(body, sizeof(body), "indiener_naam=Henk+Telefoon&indiener_email=henk%%40gemeente.example"
	    "&indiener_organisatie_naam=Gemeente+Belstad&indiener_organisatie_type=gemeente&indiener_type="
	    "&ontvangen_op=%s&hulpvraag=Beslagvrije+voet+te+laag&actie=indienen", vandaag(-10));
	assert_int_equal(post(&c, "/casussen", body, &r), 303);
	location_pad(&r, pad, sizeof(pad));
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s", pad);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "Henk Telefoon"));
	assert_true(resp_contains(&r, "Gemeente Belstad"));
	assert_true(resp_contains(&r, "10 dagen"));
	resp_free(&r);
	client_free(&c);
}

/* ---- regie ------------------------------------------------------------- */

static void
test_werkvoorraad_en_toewijzen(void **state)
{
	struct client c;
	struct resp r;
	char path[96];
	(void)state;

	login(&c, REGIE);
	assert_int_equal(client_get(&c, "/casussen", &r), 200);
	assert_true(resp_contains(&r, "Werkvoorraad"));
	assert_true(resp_contains(&r, "werkvoorraad.xlsx"));
	assert_true(resp_contains(&r, "<caption"));
	resp_free(&r);
	assert_true(page_contains(&c, "/casussen?regievoerder=geen", ref));
	assert_true(page_contains(&c, "/casussen?leefgebied=wonen&indiener_type=gemeente", ref));
	assert_false(page_contains(&c, "/casussen?leefgebied=justitie", ref));
	assert_false(page_contains(&c, "/casussen?ouder_dan=5", ref));
	assert_int_equal(client_get(&c, "/casussen?leefgebied=onzin", &r), 400);
	resp_free(&r);

	snprintf(path, sizeof(path), "/casussen/%s/toewijzen", ref);
	assert_int_equal(post(&c, path, "regievoerder=12345678", &r), 400);
	resp_free(&r);
	assert_int_equal(post_ok(&c, path, "regievoerder=mij"), 303);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "In behandeling"));
	assert_true(resp_contains(&r, "Toegewezen aan Rita Regie"));
	resp_free(&r);
	assert_false(page_contains(&c, "/casussen?regievoerder=geen", ref));
	assert_true(page_contains(&c, "/casussen?regievoerder=mij", ref));

	/* vrijgeven and back */
	snprintf(path, sizeof(path), "/casussen/%s/vrijgeven", ref);
	assert_int_equal(post_ok(&c, path, "x=1"), 303);
	assert_true(page_contains(&c, "/casussen?regievoerder=geen&status=aangemeld", ref));
	snprintf(path, sizeof(path), "/casussen/%s/toewijzen", ref);
	assert_int_equal(post_ok(&c, path, "regievoerder=mij"), 303);
	client_free(&c);
}

static void
test_tijdlijn_en_deelnemer(void **state)
{
	struct client c, amber;
	struct resp r;
	char path[96], body[256];
	(void)state;

	login(&c, REGIE);
	snprintf(path, sizeof(path), "/casussen/%s/activiteiten", ref);
	assert_int_equal(post(&c, path, "type=interventie&interventie_type=&datum=&omschrijving=", &r), 400);
	assert_true(resp_contains(&r, "Kies de soort interventie"));
	resp_free(&r);
	snprintf(body, sizeof(body), "type=interventie&interventie_type=netwerk&datum=%s"
	    "&omschrijving=SVB+en+gemeente+aan+tafel", vandaag(0));
	assert_int_equal(post_ok(&c, path, body), 303);
	snprintf(body, sizeof(body), "type=notitie&datum=%s&omschrijving=Eerste+notitie", vandaag(0));
	assert_int_equal(post_ok(&c, path, body), 303);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "Netwerkinterventie"));
	assert_true(resp_contains(&r, "SVB en gemeente aan tafel"));
	{   /* a correction is a new entry that points at the old one; the old one stays */
		const char *opt = strstr(buf_str(&r.body), "\">Item 3:"), *v;
		long long id;

		assert_non_null(opt);
		for (v = opt; v > buf_str(&r.body) && *v != '='; v--)
			;
		id = strtoll(v + 2, NULL, 10);
		assert_true(id > 0);
		resp_free(&r);
		snprintf(path, sizeof(path), "/casussen/%s/activiteiten", ref);
		snprintf(body, sizeof(body), "type=correctie&corrigeert=%lld&datum=%s&omschrijving=Bedoeld+was+het+tweede+"
		    "gesprek", id, vandaag(0));
		assert_int_equal(post_ok(&c, path, body), 303);
		assert_int_equal(post(&c, path, "type=correctie&corrigeert=999999&omschrijving=x", &r), 400);
		resp_free(&r);
		snprintf(path, sizeof(path), "/casussen/%s", ref);
		assert_int_equal(client_get(&c, path, &r), 200);
		assert_true(resp_contains(&r, "Correctie op <a class=\"nl-link\" href=\"#item-3\">item 3</a>"));
		assert_true(resp_contains(&r, "Gecorrigeerd in"));
		assert_true(resp_contains(&r, "Eerste notitie"));
	}
	resp_free(&r);

	/* an ambassadeur sees the casus only after being invited */
	login(&amber, AMBER);
	assert_int_equal(client_get(&amber, path, &r), 404);
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s/deelnemers", ref);
	assert_int_equal(post(&c, path, "email=niemand%40test.example&rol=ambassadeur", &r), 400);
	assert_true(resp_contains(&r, "geen doorbraak-account"));
	resp_free(&r);
	assert_int_equal(post_ok(&c, path, "email=" "amber%40test.example&rol=ambassadeur"), 303);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_true(page_contains(&amber, path, "Huurschuld"));
	assert_true(page_contains(&amber, "/casussen", ref));
	assert_true(page_contains(&c, path, "Amber Ambassadeur"));
	client_free(&amber);
	client_free(&c);
}

/* The regievoerder takes Amber's invitation away again: a question first, nothing without the confirmation or the
   CSRF token, then she gets 404 and the timeline says so. */
static void
test_deelnemer_verwijderen(void **state)
{
	struct client c, amber;
	struct resp r;
	char path[128], casus[96];
	const char *link, *eind;
	const char *form_h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
	(void)state;

	login(&c, REGIE);
	login(&amber, AMBER);
	snprintf(casus, sizeof(casus), "/casussen/%s", ref);
	assert_true(page_contains(&amber, casus, "Huurschuld"));
	assert_int_equal(client_get(&c, casus, &r), 200);
	link = strstr(buf_str(&r.body), "/deelnemers/");
	assert_non_null(link);
	eind = strstr(link, "/verwijderen\"");
	assert_non_null(eind);
	snprintf(path, sizeof(path), "%s%.*s/verwijderen", casus, (int)(eind - link), link);
	resp_free(&r);

	assert_true(page_contains(&c, path, "Wilt u <strong>Amber Ambassadeur</strong>"));
	assert_int_equal(post(&c, path, "x=1", &r), 400);              /* not confirmed */
	assert_true(resp_contains(&r, "Bevestig"));
	resp_free(&r);
	assert_int_equal(client_req(&c, "POST", path, form_h, "bevestig=ja", 11, &r), 0);
	assert_int_equal(r.status, 403);   /* no CSRF token */
	resp_free(&r);
	assert_true(page_contains(&amber, casus, "Huurschuld"));         /* still invited */
	assert_int_equal(post(&amber, path, "bevestig=ja", &r), 403);    /* an ambassadeur does no regie */
	resp_free(&r);

	assert_int_equal(post_ok(&c, path, "bevestig=ja"), 303);
	assert_int_equal(client_get(&amber, casus, &r), 404);
	resp_free(&r);
	assert_false(page_contains(&amber, "/casussen", ref));
	assert_true(page_contains(&c, casus, "Deelnemer Amber Ambassadeur verwijderd"));
	assert_int_equal(client_get(&c, path, &r), 404);                 /* no longer a deelnemer */
	resp_free(&r);
	client_free(&amber);
	client_free(&c);
}

/* Wetten and the buitenlandse component during handling: a regievoerder records them on the casus page (audited as
   casus.wijzigen, nothing on the timeline's looptijd); an unknown wet is a Dutch 400 and changes nothing; an
   indiener may not. */
static void
test_registratie_tijdens_behandeling(void **state)
{
	struct client c, ina;
	struct resp r;
	char path[96];
	long voor = server_audit_count(&srv, "casus.wijzigen", AUDIT_TOEGESTAAN);
	(void)state;

	login(&c, REGIE);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "In behandeling"));
	assert_true(resp_contains(&r, "Wetten en buitenlandse component"));
	assert_true(resp_contains(&r, "action=\"/casussen/"));
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s/registratie", ref);
	assert_int_equal(post_ok(&c, path, "wet=wlz&wet=brp&buitenlands=ja"), 303);
	assert_int_equal(server_audit_count(&srv, "casus.wijzigen", AUDIT_TOEGESTAAN), voor + 1);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "<li class=\"utrecht-unordered-list__item\">Wet langdurige zorg (Wlz)</li>"));
	assert_true(resp_contains(&r, "<li class=\"utrecht-unordered-list__item\">Wet basisregistratie personen (BRP)</li>"));
	assert_true(resp_contains(&r, "Buitenlandse component</dt><dd class=\"utrecht-data-list__item-value "
	    "utrecht-data-list__item-value--html-dd\">Ja"));
	assert_true(resp_contains(&r, "In behandeling"));
	resp_free(&r);

	/* an unknown wet: 400 in Dutch, what was there stays */
	snprintf(path, sizeof(path), "/casussen/%s/registratie", ref);
	assert_int_equal(post(&c, path, "wet=wlz&wet=bestaat_niet", &r), 400);
	assert_true(resp_contains(&r, "foutsamenvatting"));
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_true(page_contains(&c, path, "<li class=\"utrecht-unordered-list__item\">Wet basisregistratie personen (BRP)</li>"));

	/* the indiener may not: refused, nothing changed */
	login(&ina, INA);
	snprintf(path, sizeof(path), "/casussen/%s/registratie", ref);
	assert_true(post(&ina, path, "wet=zvw", &r) == 403);
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_false(page_contains(&c, path, "<li class=\"utrecht-unordered-list__item\">Zorgverzekeringswet (Zvw)</li>"));

	/* taking them away again: no wet, no buitenlandse component */
	snprintf(path, sizeof(path), "/casussen/%s/registratie", ref);
	assert_int_equal(post_ok(&c, path, "wet=wlz"), 303);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_false(page_contains(&c, path, "<li class=\"utrecht-unordered-list__item\">Wet basisregistratie personen (BRP)</li>"));
	assert_true(page_contains(&c, path, "<li class=\"utrecht-unordered-list__item\">Wet langdurige zorg (Wlz)</li>"));
	client_free(&ina);
	client_free(&c);
}

static void
test_afronden_followup_heropenen(void **state)
{
	struct client c, ina;
	struct resp r;
	char path[96], body[512];
	(void)state;

	login(&c, REGIE);
	snprintf(path, sizeof(path), "/casussen/%s/afronden", ref);
	assert_true(page_contains(&c, path, "Datum van afronding"));
	/* before ontvangenOp: refused, nothing changes */
	snprintf(body, sizeof(body), "afgerond_op=%s&resultaat=Opgelost&maatwerk=geen", vandaag(-30));
	assert_int_equal(post(&c, path, body, &r), 400);
	assert_true(resp_contains(&r, "voor de datum van ontvangst"));
	resp_free(&r);
	assert_int_equal(post(&c, path, "afgerond_op=&resultaat=", &r), 400);
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_true(page_contains(&c, path, "In behandeling"));

	snprintf(path, sizeof(path), "/casussen/%s/afronden", ref);
	snprintf(body, sizeof(body), "afgerond_op=%s&resultaat=De+indiener+kan+verder&maatwerk=hardheidsclausule"
	    "&interventie=expert&interventie=netwerk&knelpunt_categorie=wet_en_regelgeving"
	    "&knelpunt_omschrijving=Regels+botsen&lp_omschrijving=Kinderbijslag+en+huur+sluiten+niet+aan"
	    "&lp_categorie=wet_en_regelgeving&lp_orde=2&lp_vraag=nee&lp_bij=SZW&followup_op=%s",
	    vandaag(0), vandaag(0));
	assert_int_equal(post_ok(&c, path, body), 303);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "Afgerond"));
	assert_true(resp_contains(&r, "Hardheidsclausule"));
	assert_true(resp_contains(&r, "Expertinterventie"));
	assert_true(resp_contains(&r, "Kinderbijslag en huur sluiten niet aan"));
	resp_free(&r);

	/* a closed casus cannot be edited or closed again */
	snprintf(path, sizeof(path), "/casussen/%s/bewerken", ref);
	assert_int_equal(client_get(&c, path, &r), 409);
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_int_equal(post(&c, path, "hulpvraag=Anders&actie=opslaan", &r), 409);
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s/afronden", ref);
	assert_int_equal(client_get(&c, path, &r), 409);
	resp_free(&r);

	/* the follow-up is due (it was set on today) */
	assert_true(page_contains(&c, "/follow-up", ref));
	snprintf(path, sizeof(path), "/casussen/%s/follow-up", ref);
	assert_int_equal(post(&c, path, "antwoord=&terug=lijst", &r), 400);
	resp_free(&r);
	assert_int_equal(post(&c, path, "antwoord=deels_opgelost&toelichting=Huur+geregeld&terug=lijst", &r), 303);
	assert_string_equal(resp_header(&r, "Location"), "/follow-up?gedaan=followup");
	resp_free(&r);
	assert_false(page_contains(&c, "/follow-up", ref));
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_true(page_contains(&c, path, "Deels opgelost"));

	/* the indiener sees the closure */
	login(&ina, INA);
	assert_true(page_contains(&ina, path, "Afgerond"));
	client_free(&ina);

	/* reopening needs a confirmation and a reason, and is recorded */
	snprintf(path, sizeof(path), "/casussen/%s/heropenen", ref);
	assert_int_equal(post(&c, path, "reden=Nieuwe+vraag", &r), 400);
	assert_true(resp_contains(&r, "Vink aan"));
	resp_free(&r);
	assert_int_equal(post_ok(&c, path, "bevestig=ja&reden=Nieuwe+vraag+van+de+indiener"), 303);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "Casus heropend. Reden: Nieuwe vraag van de indiener"));
	assert_true(resp_contains(&r, "In behandeling"));
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s/heropenen", ref);
	assert_int_equal(post(&c, path, "bevestig=ja&reden=Nog+eens", &r), 409);
	resp_free(&r);
	client_free(&c);
}

/* ---- search ------------------------------------------------------------ */

static void
test_zoeken(void **state)
{
	struct client c, otto;
	struct resp r;
	char lang[300];
	long before = server_audit_count(&srv, "casus.zoeken", AUDIT_TOEGESTAAN);
	(void)state;

	login(&c, REGIE);
	assert_true(page_contains(&c, "/zoeken", "Zoekvraag"));
	assert_true(page_contains(&c, "/zoeken?q=Huurschuld", ref));
	assert_true(page_contains(&c, "/zoeken?q=", "Zoekvraag"));
	memset(lang, 'x', sizeof(lang) - 1);
	memcpy(lang, "/zoeken?q=", 10);
	lang[sizeof(lang) - 1] = '\0';
	assert_int_equal(client_get(&c, lang, &r), 400);
	resp_free(&r);
	assert_int_equal(server_audit_count(&srv, "casus.zoeken", AUDIT_TOEGESTAAN), before + 1);
	client_free(&c);

	login(&otto, OTTO);
	assert_false(page_contains(&otto, "/zoeken?q=Huurschuld", ref));
	client_free(&otto);
}

/* ---- exports ----------------------------------------------------------- */

/* The first worksheet of an .xlsx response (a zip archive), read with zlib; fails the test when it cannot be read. */
static char *
sheet1_xml(const struct resp *r)
{
	const char *why = NULL;
	char *xml = zip_member(r->body.data, r->body.len, "xl/worksheets/sheet1.xml", NULL, &why);

	if (xml == NULL)
		fail_msg("xl/worksheets/sheet1.xml in the .xlsx: %s", why);
	return xml;
}

static void
test_xlsx_exports(void **state)
{
	struct client c, ina;
	struct resp r;
	char *xml;
	long before = server_audit_count(&srv, "casus.export", AUDIT_TOEGESTAAN);
	(void)state;

	login(&ina, INA);
	assert_int_equal(post(&ina, "/casussen", "hulpvraag=%3Dcmd%7C'+%2FC+calc'!A0&actie=indienen", &r), 303);
	location_pad(&r, formule_ref, sizeof(formule_ref));
	resp_free(&r);
	assert_int_equal(client_get(&ina, "/casussen/werkvoorraad.xlsx", &r), 403);   /* regie only */
	resp_free(&r);
	client_free(&ina);

	login(&c, REGIE);
	assert_int_equal(client_get(&c, "/casussen/werkvoorraad.xlsx?status=alle", &r), 200);
	assert_string_equal(resp_header(&r, "Content-Type"),
	    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	assert_non_null(strstr(resp_header(&r, "Content-Disposition"), "attachment"));
	assert_true(r.body.len > 100);
	assert_memory_equal(r.body.data, "PK", 2);
	xml = sheet1_xml(&r);
	assert_non_null(strstr(xml, formule_ref));
	assert_non_null(strstr(xml, "'=cmd"));      /* written as text with an apostrophe */
	assert_null(strstr(xml, "<f>"));            /* and no cell is a formula */
	assert_null(strstr(xml, "<f "));
	free(xml);
	resp_free(&r);

	assert_int_equal(client_get(&c, "/casussen/monitor.xlsx", &r), 200);
	assert_memory_equal(r.body.data, "PK", 2);
	xml = sheet1_xml(&r);
	assert_non_null(strstr(xml, ref));
	assert_non_null(strstr(xml, "Hardheidsclausule"));
	assert_null(strstr(xml, "<f>"));
	assert_null(strstr(xml, "<f "));
	free(xml);
	resp_free(&r);
	assert_int_equal(server_audit_count(&srv, "casus.export", AUDIT_TOEGESTAAN), before + 2);
	client_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_indiener_dient_casus_in),
		cmocka_unit_test(test_bsn_en_te_lange_tekst_geweigerd),
		cmocka_unit_test(test_andere_indiener_krijgt_404_met_auditregel),
		cmocka_unit_test(test_concept_opslaan_en_later_indienen),
		cmocka_unit_test(test_telefonische_intake_door_regievoerder),
		cmocka_unit_test(test_werkvoorraad_en_toewijzen),
		cmocka_unit_test(test_tijdlijn_en_deelnemer),
		cmocka_unit_test(test_deelnemer_verwijderen),
		cmocka_unit_test(test_registratie_tijdens_behandeling),
		cmocka_unit_test(test_afronden_followup_heropenen),
		cmocka_unit_test(test_zoeken),
		cmocka_unit_test(test_xlsx_exports),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
