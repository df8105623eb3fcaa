/* key.c - the audit log's MAC key, kept outside the database (a 0600 file or the environment); the checkpoint file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/audit/private.h"

static unsigned char key[CRYPTO_MAC_KEYLEN];
static bool have_key;
static char checkpoints[1024];

const unsigned char *
audit_key(void)
{
	return have_key ? key : NULL;
}

bool
store_audit_key_loaded(void)
{
	return have_key;
}

void
store_audit_key_set(const unsigned char k[32])
{
	if (k == NULL)
		crypto_wipe(key, sizeof(key));
	else
		memcpy(key, k, sizeof(key));
	have_key = k != NULL;
}

void
store_audit_checkpoints_at(const char *path)
{
	snprintf(checkpoints, sizeof(checkpoints), "%s", path != NULL ? path : "");
}

const char *
audit_checkpoint_path(void)
{
	return checkpoints[0] != '\0' ? checkpoints : NULL;
}

/* A new key in a new file: O_EXCL, 0600, written whole and fsynced before it is used. */
static enum err_code
create_key(const char *path, struct err *e)
{
	unsigned char k[CRYPTO_MAC_KEYLEN];
	char line[2 * CRYPTO_MAC_KEYLEN + 2];
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	ssize_t n;

	if (fd < 0)
		return err_set(e, ERR_UNAVAILABLE, NULL, "De sleutel van het auditlog (%s) kan niet worden gemaakt: %s.",
		    path, strerror(errno));
	crypto_random(k, sizeof(k));
	crypto_hex(k, sizeof(k), line);
	line[2 * CRYPTO_MAC_KEYLEN] = '\n';
	line[2 * CRYPTO_MAC_KEYLEN + 1] = '\0';
	n = write(fd, line, 2 * CRYPTO_MAC_KEYLEN + 1);
	if (n != 2 * CRYPTO_MAC_KEYLEN + 1 || fsync(fd) != 0) {
		close(fd);
		unlink(path);
		crypto_wipe(k, sizeof(k));
		crypto_wipe(line, sizeof(line));
		return err_set(e, ERR_UNAVAILABLE, NULL, "De sleutel van het auditlog (%s) kan niet worden geschreven.",
		    path);
	}
	close(fd);
	store_audit_key_set(k);
	crypto_wipe(k, sizeof(k));
	crypto_wipe(line, sizeof(line));
	return ERR_OK;
}

static enum err_code
read_key(const char *path, struct err *e)
{
	char text[2 * CRYPTO_MAC_KEYLEN + 8];
	unsigned char k[CRYPTO_MAC_KEYLEN];
	struct stat sb;
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	enum err_code rc = ERR_OK;

	if (fd < 0)
		return err_set(e, ERR_UNAVAILABLE, NULL, "De sleutel van het auditlog (%s) kan niet worden gelezen: %s.",
		    path, strerror(errno));
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_uid != geteuid())
		rc = err_set(e, ERR_UNAVAILABLE, NULL, "De sleutel van het auditlog (%s) is geen bestand van deze "
		    "gebruiker.", path);
	else if ((sb.st_mode & 077) != 0)
		rc = err_set(e, ERR_UNAVAILABLE, NULL, "De sleutel van het auditlog (%s) is toegankelijk voor anderen "
		    "(modus %03o); maak hem alleen leesbaar voor de eigenaar: chmod 600 %s", path,
		    (unsigned)(sb.st_mode & 0777), path);
	if (rc == ERR_OK) {
		n = read(fd, text, sizeof(text) - 1);
		text[n > 0 ? n : 0] = '\0';
		text[strcspn(text, "\r\n")] = '\0';
		if (crypto_unhex(text, k, sizeof(k)) != 0)
			rc = err_set(e, ERR_UNAVAILABLE, NULL, "De sleutel van het auditlog (%s) is geen 64 hexadecimale "
			    "tekens.", path);
		else
			store_audit_key_set(k);
	}
	close(fd);
	crypto_wipe(text, sizeof(text));
	crypto_wipe(k, sizeof(k));
	return rc;
}

enum err_code
store_audit_key_load(const char *hex, const char *path, bool may_create, bool *created, struct err *e)
{
	unsigned char k[CRYPTO_MAC_KEYLEN];

	if (created != NULL)
		*created = false;
	if (hex != NULL && hex[0] != '\0') {
		if (crypto_unhex(hex, k, sizeof(k)) != 0)
			return err_set(e, ERR_UNAVAILABLE, NULL, "DOORBRAAK_AUDIT_KEY is geen 64 hexadecimale tekens.");
		store_audit_key_set(k);
		crypto_wipe(k, sizeof(k));
		return ERR_OK;
	}
	if (path == NULL || path[0] == '\0')
		return err_set(e, ERR_UNAVAILABLE, NULL, "Er is geen sleutel voor het auditlog ingesteld.");
	if (access(path, F_OK) != 0 && errno == ENOENT) {
		if (!may_create)
			return err_set(e, ERR_UNAVAILABLE, NULL, "De sleutel van het auditlog (%s) ontbreekt. Zonder "
			    "die sleutel kan het auditlog niet worden bijgewerkt of gecontroleerd; zet het bestand terug "
			    "(DOORBRAAK_AUDIT_KEY_FILE).", path);
		if (created != NULL)
			*created = true;
		return create_key(path, e);
	}
	return read_key(path, e);
}
