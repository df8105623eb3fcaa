/* zip.h - reads one member of a zip archive held in memory (an .xlsx is a zip), with zlib; for the tests. */
#ifndef DOORBRAAK_TEST_ZIP_H
#define DOORBRAAK_TEST_ZIP_H

#include <stddef.h>

/*
 * Finds the member called name in the central directory of the archive zip (size bytes) and returns its
 * contents, inflated, checked against the CRC-32 and NUL-terminated (malloc; free it), with the length in
 * *len when len is not NULL. Returns NULL and sets *why (a static string) when the archive is damaged or
 * truncated, the member is not there, it is stored with a method other than "stored" or "deflate", it is
 * encrypted or ZIP64, or its size or CRC-32 does not match.
 */
char *zip_member(const void *zip, size_t size, const char *name, size_t *len, const char **why);

#endif
