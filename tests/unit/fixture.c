/* fixture.c - shared unit test fixtures: a temporary migrated database and a plain casus (see fixture.h). */
#include "fixture.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "core/casus.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "store/store.h"
#include "store/store_audit.h"

struct store *
fixture_store_open(char path[64])
{
	struct store *st;
	int fd;

	snprintf(path, 64, "/tmp/doorbraak-unit-XXXXXX");
	if ((fd = mkstemp(path)) < 0)
		return NULL;
	close(fd);
	unlink(path);   /* only the unique name was wanted: the store creates the file */
	st = store_open(path, NULL);
	if (st == NULL)
		return NULL;
	if (!store_audit_key_loaded()) {   /* a fixed key: the audit log's rows are MACed with it */
		unsigned char key[32];

		for (int i = 0; i < 32; i++)
			key[i] = (unsigned char)(0xa0 + i);
		store_audit_key_set(key);
	}
	if (store_migrate(st, NULL) != ERR_OK) {
		store_close(st);
		fixture_store_remove(path);
		return NULL;
	}
	return st;
}

void
fixture_store_remove(const char path[64])
{
	char side[80];

	unlink(path);
	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
}

struct casus *
fixture_casus(struct arena *a, int64_t id)
{
	struct casus *c = arena_alloc(a, sizeof *c);

	c->id = id;
	c->referentie = arena_printf(a, "PMM-T-%04" PRId64, id);
	c->status = STATUS_AFGEROND;
	c->ontvangen_op = DATE_NONE;
	c->afgerond_op = DATE_NONE;
	c->indiener_type = INDIENER_GEMEENTE;
	c->indiener.organisatie.aangesloten_sinds = DATE_NONE;
	c->indiener.organisatie.aangesloten_tot = DATE_NONE;
	c->maatwerk = -1;
	c->followup_op = DATE_NONE;
	c->followup_antwoord = -1;
	c->leefgebieden = 1u << LEEFGEBIED_FINANCIEN;
	c->beleidsterreinen = 1u << BELEIDSTERREIN_VWS;
	c->interventies = arena_alloc(a, sizeof *c->interventies);
	c->interventies[0].type = INTERVENTIE_EXPERT;
	c->ninterventies = 1;
	return c;
}
