/* fixture.h - what several unit tests share: a temporary migrated database and a plain casus to build on. */
#ifndef DOORBRAAK_TEST_FIXTURE_H
#define DOORBRAAK_TEST_FIXTURE_H

#include <stdint.h>

struct arena;
struct casus;
struct store;

/*
 * Creates a fresh file name under /tmp in path, opens a store there and migrates it.
 * Returns the store, or NULL on failure (then nothing is left behind to remove).
 */
struct store *fixture_store_open(char path[64]);
/* Removes the database at path with its -wal and -shm side files (close the store first). */
void fixture_store_remove(const char path[64]);

/*
 * A casus in arena a with the given id: afgerond, referentie "PMM-T-<id>", indiener gemeente,
 * leefgebied financien, beleidsterrein VWS, one expert interventie, and every date and optional
 * answer unset. Tests change what they need.
 */
struct casus *fixture_casus(struct arena *a, int64_t id);

#endif
