/* pseudoniem.c - the pseudonym key file (created 0600, checked on every read) and keyed HMAC-SHA256 pseudonyms. */
#include "lib/pseudoniem.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int
maak(const char *path, unsigned char key[PSEUDONIEM_SLEUTEL_LEN], char *msg, size_t msglen)
{
	char hex[2 * PSEUDONIEM_SLEUTEL_LEN + 2];
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	size_t n;

	if (fd < 0) {
		snprintf(msg, msglen, "De pseudoniemsleutel %s kan niet worden aangemaakt: %s.", path, strerror(errno));
		return -1;
	}
	randombytes_buf(key, PSEUDONIEM_SLEUTEL_LEN);
	sodium_bin2hex(hex, sizeof(hex), key, PSEUDONIEM_SLEUTEL_LEN);
	n = strlen(hex);
	hex[n++] = '\n';
	if (write(fd, hex, n) != (ssize_t)n || fsync(fd) != 0) {
		close(fd);
		unlink(path);
		snprintf(msg, msglen, "De pseudoniemsleutel %s kan niet worden geschreven.", path);
		return -1;
	}
	close(fd);
	sodium_memzero(hex, sizeof(hex));
	return 0;
}

int
pseudoniem_sleutel(const char *path, unsigned char key[PSEUDONIEM_SLEUTEL_LEN], bool *gemaakt, char *msg,
    size_t msglen)
{
	char hex[2 * PSEUDONIEM_SLEUTEL_LEN + 4] = { 0 };
	struct stat sb;
	size_t bin = 0;
	const char *end = NULL;
	ssize_t n;
	int fd;

	*gemaakt = false;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0) {
		if (errno != ENOENT) {
			snprintf(msg, msglen, "De pseudoniemsleutel %s kan niet worden gelezen: %s.", path, strerror(errno));
			return -1;
		}
		if (maak(path, key, msg, msglen) != 0)
			return -1;
		*gemaakt = true;
		return 0;
	}
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || (sb.st_mode & 077) != 0) {
		close(fd);
		snprintf(msg, msglen, "De pseudoniemsleutel %s mag alleen voor de eigenaar leesbaar zijn (chmod 600).", path);
		return -1;
	}
	n = read(fd, hex, sizeof(hex) - 1);
	close(fd);
	while (n > 0 && (hex[n - 1] == '\n' || hex[n - 1] == '\r'))
		hex[--n] = '\0';
	if (n != 2 * PSEUDONIEM_SLEUTEL_LEN ||
	    sodium_hex2bin(key, PSEUDONIEM_SLEUTEL_LEN, hex, (size_t)n, NULL, &bin, &end) != 0 ||
	    bin != PSEUDONIEM_SLEUTEL_LEN || end != hex + n) {
		sodium_memzero(hex, sizeof(hex));
		snprintf(msg, msglen, "De pseudoniemsleutel %s is geen sleutel van 64 hexadecimale tekens.", path);
		return -1;
	}
	sodium_memzero(hex, sizeof(hex));
	return 0;
}

void
pseudoniem(const unsigned char key[PSEUDONIEM_SLEUTEL_LEN], const char *soort, const char *waarde,
    char out[PSEUDONIEM_STRLEN])
{
	unsigned char mac[crypto_auth_hmacsha256_BYTES];
	crypto_auth_hmacsha256_state s;
	char hex[2 * crypto_auth_hmacsha256_BYTES + 1];

	crypto_auth_hmacsha256_init(&s, key, PSEUDONIEM_SLEUTEL_LEN);
	crypto_auth_hmacsha256_update(&s, (const unsigned char *)soort, strlen(soort) + 1);   /* with its NUL */
	crypto_auth_hmacsha256_update(&s, (const unsigned char *)waarde, strlen(waarde));
	crypto_auth_hmacsha256_final(&s, mac);
	sodium_bin2hex(hex, sizeof(hex), mac, sizeof(mac));
	snprintf(out, PSEUDONIEM_STRLEN, "P-%.20s", hex);
}

void
pseudoniem_wis(unsigned char key[PSEUDONIEM_SLEUTEL_LEN])
{
	sodium_memzero(key, PSEUDONIEM_SLEUTEL_LEN);
}
