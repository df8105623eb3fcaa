/* fuzz_csv_import.c - libFuzzer target: a CSV file uploaded to the organisations import (Beheer) or the
   Maatwerkregister import, as a beheerder through the whole request path (multipart, CSV, rows, store). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_server.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define GRENS "fuzzgrensXq7"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	fuzz_server_start();
	return 0;
}

/* First byte: bit 0 the register instead of the organisations, bit 1 "import the good rows too". */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char head[1024], mid[512];
	const char *tail = "\r\n--" GRENS "--\r\n";
	size_t hl, ml, tl = strlen(tail), n;
	char *req;
	int status;

	if (size < 1)
		return 0;
	ml = (size_t)snprintf(mid, sizeof(mid), "--" GRENS "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
	    FUZZ_CSRF "\r\n%s--" GRENS "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"f.csv\"\r\n"
	    "Content-Type: text/csv\r\n\r\n", (data[0] & 2) ? "--" GRENS "\r\nContent-Disposition: form-data; "
	    "name=\"ook_geldige\"\r\n\r\nja\r\n" : "");
	hl = (size_t)snprintf(head, sizeof(head), "POST %s HTTP/1.1\r\nHost: localhost\r\nCookie: sessie="
	    FUZZ_SESSIE_BEHEER "\r\nContent-Type: multipart/form-data; boundary=" GRENS "\r\nContent-Length: %zu\r\n"
	    "Connection: close\r\n\r\n", (data[0] & 1) ? "/register/import" : "/beheer/organisaties/import",
	    ml + size - 1 + tl);
	n = hl + ml + size - 1 + tl;
	req = malloc(n);
	memcpy(req, head, hl);
	memcpy(req + hl, mid, ml);
	memcpy(req + hl + ml, data + 1, size - 1);
	memcpy(req + hl + ml + size - 1, tail, tl);
	status = fuzz_server_send((const uint8_t *)req, n);
	free(req);
	/* 500 is also the import's answer when the store fails halfway, which no input can cause here: a bug. */
	if (status == 500)
		abort();
	return 0;
}
