/* zip.c - reads one member of a zip archive in memory, following PKWARE's APPNOTE.TXT: the end of central
   directory record names the central directory, its entry for the member gives the sizes, the CRC-32 and the
   offset of the local header, after which the data follow (stored, or raw deflate inflated with zlib).
   Enough for the .xlsx files libxlsxwriter writes, including its ZIP64 entries (use_zip64). */
#define ZLIB_CONST
#include "zip.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define SIG_EOCD     0x06054b50u
#define SIG_CENTRAL  0x02014b50u
#define SIG_LOCAL    0x04034b50u
#define EOCD_LEN     22
#define CENTRAL_LEN  46
#define LOCAL_LEN    30
#define ZIP64_EXTRA  0x0001u
#define ZIP64_MARK   0xffffffffu

static uint32_t
le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t
le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

static uint64_t
le64(const unsigned char *p)
{
	return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32;
}

static void *
fail(const char **why, const char *reason)
{
	*why = reason;
	return NULL;
}

/* The offset of the end of central directory record: searched from the end, as a comment (at most 64 KiB)
   may follow it; the record's own comment length must reach exactly to the end of the archive. */
static int
find_eocd(const unsigned char *z, size_t size, size_t *at)
{
	size_t lowest;

	if (size < EOCD_LEN)
		return -1;
	lowest = size - EOCD_LEN > 0xffff ? size - EOCD_LEN - 0xffff : 0;
	for (size_t i = size - EOCD_LEN;; i--) {
		if (le32(z + i) == SIG_EOCD && i + EOCD_LEN + le16(z + i + 20) == size) {
			*at = i;
			return 0;
		}
		if (i == lowest)
			return -1;
	}
}

/* Replaces the 32-bit fields marked 0xffffffff by their 64-bit values from the ZIP64 extra field, which holds
   them in this order: uncompressed size, compressed size, local header offset. */
static int
zip64_sizes(const unsigned char *extra, size_t n, uint64_t *usize, uint64_t *csize, uint64_t *off)
{
	uint64_t *field[3] = { usize, csize, off };

	for (size_t at = 0; at + 4 <= n;) {
		size_t id = le16(extra + at), len = le16(extra + at + 2), used = 0;

		if (at + 4 + len > n)
			return -1;
		if (id == ZIP64_EXTRA) {
			for (int i = 0; i < 3; i++) {
				if (*field[i] != ZIP64_MARK)
					continue;
				if (used + 8 > len)
					return -1;
				*field[i] = le64(extra + at + 4 + used);
				used += 8;
			}
			return 0;
		}
		at += 4 + len;
	}
	return *usize == ZIP64_MARK || *csize == ZIP64_MARK || *off == ZIP64_MARK ? -1 : 0;
}

/* Inflates csize bytes of raw deflate data into a buffer of usize bytes plus a NUL. */
static char *
inflate_raw(const unsigned char *src, uint64_t csize, uint64_t usize, const char **why)
{
	z_stream zs;
	char *out;
	int rc;

	if (csize > UINT32_MAX || usize >= UINT32_MAX)
		return fail(why, "the member is too large for this reader");
	if ((out = malloc((size_t)usize + 1)) == NULL)
		return fail(why, "out of memory");
	memset(&zs, 0, sizeof(zs));
	if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
		free(out);
		return fail(why, "zlib's inflateInit2 failed");
	}
	zs.next_in = src;
	zs.avail_in = (uInt)csize;
	zs.next_out = (Bytef *)out;
	zs.avail_out = (uInt)usize + 1;   /* one byte more: a member longer than recorded does not end the stream */
	rc = inflate(&zs, Z_FINISH);
	inflateEnd(&zs);
	if (rc != Z_STREAM_END || zs.total_out != usize || zs.total_in != csize) {
		free(out);
		return fail(why, "the member does not inflate to its recorded size");
	}
	return out;
}

/* Reads the member whose central directory entry is c; its data must lie before the directory (cd). */
static char *
read_member(const unsigned char *z, size_t cd, const unsigned char *c, size_t *len, const char **why)
{
	uint32_t flags = le16(c + 8), method = le16(c + 10), crc = le32(c + 16);
	uint64_t csize = le32(c + 20), usize = le32(c + 24), off = le32(c + 42), data;
	char *out;

	if (flags & 1)
		return fail(why, "the member is encrypted");
	if (zip64_sizes(c + CENTRAL_LEN + le16(c + 28), le16(c + 30), &usize, &csize, &off) != 0)
		return fail(why, "a damaged ZIP64 extra field");
	if (off > cd || cd - off < LOCAL_LEN || le32(z + off) != SIG_LOCAL)
		return fail(why, "no local header at the offset the central directory gives");
	data = off + LOCAL_LEN + le16(z + off + 26) + le16(z + off + 28);
	if (data > cd || csize > cd - data)
		return fail(why, "the member's data run into the central directory");
	if (method == 0) {
		if (csize != usize)
			return fail(why, "a stored member whose two sizes differ");
		if ((out = malloc((size_t)usize + 1)) == NULL)
			return fail(why, "out of memory");
		memcpy(out, z + data, (size_t)usize);
	} else if (method == 8) {
		if ((out = inflate_raw(z + data, csize, usize, why)) == NULL)
			return NULL;
	} else {
		return fail(why, "a compression method other than stored or deflate");
	}
	if (crc32(0L, (const Bytef *)out, (uInt)usize) != crc) {
		free(out);
		return fail(why, "the member's CRC-32 does not match");
	}
	out[usize] = '\0';
	if (len != NULL)
		*len = (size_t)usize;
	return out;
}

char *
zip_member(const void *zip, size_t size, const char *name, size_t *len, const char **why)
{
	const unsigned char *z = zip;
	const char *ignored;
	size_t eocd, cd, at, end, namelen = strlen(name);
	uint32_t entries;

	if (why == NULL)
		why = &ignored;
	if (find_eocd(z, size, &eocd) != 0)
		return fail(why, "no end of central directory record: not a zip archive, or a truncated one");
	entries = le16(z + eocd + 10);
	cd = at = le32(z + eocd + 16);
	if (entries == 0xffff || cd == ZIP64_MARK)
		return fail(why, "a ZIP64 end of central directory, which this reader does not follow");
	end = cd + le32(z + eocd + 12);
	if (cd > eocd || end > eocd)
		return fail(why, "the central directory lies outside the archive");
	for (uint32_t i = 0; i < entries; i++) {
		const unsigned char *c = z + at;
		size_t n, entry;

		if (end - at < CENTRAL_LEN || le32(c) != SIG_CENTRAL)
			return fail(why, "a damaged central directory");
		n = le16(c + 28);
		entry = CENTRAL_LEN + n + le16(c + 30) + le16(c + 32);
		if (end - at < entry)
			return fail(why, "a damaged central directory");
		if (n == namelen && memcmp(c + CENTRAL_LEN, name, n) == 0)
			return read_member(z, cd, c, len, why);
		at += entry;
	}
	return fail(why, "no member with that name");
}
