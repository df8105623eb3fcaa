/* test_pseudoniem.c - keyed pseudonyms and their key file, and the research export's allow-list without free text. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/onderzoek_export.h"
#include "lib/crypto.h"
#include "lib/pseudoniem.h"

static void
test_pseudonyms_are_stable_per_key_and_kind(void **state)
{
	unsigned char k1[PSEUDONIEM_SLEUTEL_LEN] = { 1 }, k2[PSEUDONIEM_SLEUTEL_LEN] = { 2 };
	char a[PSEUDONIEM_STRLEN], b[PSEUDONIEM_STRLEN], c[PSEUDONIEM_STRLEN], d[PSEUDONIEM_STRLEN];
	(void)state;

	pseudoniem(k1, "casus", "PMM-2025-0001", a);
	pseudoniem(k1, "casus", "PMM-2025-0001", b);
	assert_string_equal(a, b);
	assert_int_equal(strlen(a), PSEUDONIEM_STRLEN - 1);
	assert_int_equal(strncmp(a, "P-", 2), 0);
	assert_null(strstr(a, "2025"));
	pseudoniem(k2, "casus", "PMM-2025-0001", c);
	assert_string_not_equal(a, c);
	pseudoniem(k1, "casus", "PMM-2025-0002", d);
	assert_string_not_equal(a, d);
	pseudoniem(k1, "organisatie", "PMM-2025-0001", d);   /* the kind is part of the input */
	assert_string_not_equal(a, d);
}

static void
test_the_key_file_is_made_0600_and_checked(void **state)
{
	char dir[] = "/tmp/doorbraak-sleutel-XXXXXX", pad[128], msg[256];
	unsigned char k[PSEUDONIEM_SLEUTEL_LEN], again[PSEUDONIEM_SLEUTEL_LEN];
	struct stat sb;
	bool gemaakt;
	FILE *f;
	(void)state;

	assert_int_equal(crypto_init(), 0);
	assert_non_null(mkdtemp(dir));
	snprintf(pad, sizeof(pad), "%s/sleutel", dir);
	assert_int_equal(pseudoniem_sleutel(pad, k, &gemaakt, msg, sizeof(msg)), 0);
	assert_true(gemaakt);
	assert_int_equal(stat(pad, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_int_equal(pseudoniem_sleutel(pad, again, &gemaakt, msg, sizeof(msg)), 0);
	assert_false(gemaakt);
	assert_memory_equal(k, again, sizeof(k));
	chmod(pad, 0640);
	assert_int_equal(pseudoniem_sleutel(pad, again, &gemaakt, msg, sizeof(msg)), -1);
	assert_non_null(strstr(msg, "alleen voor de eigenaar"));
	assert_non_null(f = fopen(pad, "w"));
	fputs("0011", f);
	fclose(f);
	chmod(pad, 0600);
	assert_int_equal(pseudoniem_sleutel(pad, again, &gemaakt, msg, sizeof(msg)), -1);
	assert_non_null(strstr(msg, "64 hexadecimale tekens"));
	assert_non_null(f = fopen(pad, "w"));
	fputs("zz112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n", f);
	fclose(f);
	assert_int_equal(pseudoniem_sleutel(pad, again, &gemaakt, msg, sizeof(msg)), -1);
	unlink(pad);
	rmdir(dir);
}

static void
test_the_export_allows_no_free_text(void **state)
{
	(void)state;
	assert_true(onderzoek_export_veld("pseudoniem"));
	assert_true(onderzoek_export_veld("status"));
	assert_true(onderzoek_export_veld("leefgebieden"));
	assert_true(onderzoek_export_veld("knelpunten.categorie"));
	assert_true(onderzoek_export_veld("betrokkenOrganisaties.type"));
	assert_false(onderzoek_export_veld("referentie"));           /* replaced by the pseudonym */
	assert_false(onderzoek_export_veld("samenvatting"));         /* the view shows it; the export does not */
	assert_false(onderzoek_export_veld("leerpunten.omschrijving"));
	assert_false(onderzoek_export_veld("leerpunten.koppelingen.url"));
	assert_false(onderzoek_export_veld("hulpvraag"));
	assert_false(onderzoek_export_veld("situatie"));
	assert_false(onderzoek_export_veld("knelpunten.omschrijving"));
	assert_false(onderzoek_export_veld("interventies.omschrijving"));
	assert_false(onderzoek_export_veld("indiener.naam"));
	assert_false(onderzoek_export_veld("betrokkenOrganisaties.rol"));
	assert_false(onderzoek_export_veld(NULL));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pseudonyms_are_stable_per_key_and_kind),
		cmocka_unit_test(test_the_key_file_is_made_0600_and_checked),
		cmocka_unit_test(test_the_export_allows_no_free_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
