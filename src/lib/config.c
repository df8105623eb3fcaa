/* config.c - environment-based configuration with range checks. */
#include "config.h"

#include "smtp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int
env_long(const char *name, long def, long min, long max, long *out, char *msg, size_t msglen)
{
	const char *v = getenv(name);
	char *end;
	long n;

	if (v == NULL || *v == '\0') {
		*out = def;
		return 0;
	}
	n = strtol(v, &end, 10);
	if (*end != '\0' || n < min || n > max) {
		snprintf(msg, msglen, "%s=%s is ongeldig: verwacht een getal van %ld tot en met %ld.",
		    name, v, min, max);
		return -1;
	}
	*out = n;
	return 0;
}

static void
env_str(const char *name, const char *def, char *out, size_t len)
{
	const char *v = getenv(name);

	snprintf(out, len, "%s", v && *v ? v : def);
}

int
config_load(struct config *cfg, char *msg, size_t msglen)
{
	long v;
	const char *secure = getenv("DOORBRAAK_SECURE_COOKIES"), *root = getenv("DOORBRAAK_ALS_ROOT");
	const char *filter = getenv("DOORBRAAK_SECCOMP"), *proxy_header = getenv("DOORBRAAK_PROXY_HEADER");
	char side[560];

	memset(cfg, 0, sizeof(*cfg));
	env_str("DOORBRAAK_DB", "./doorbraak.db", cfg->db, sizeof(cfg->db));
	env_str("DOORBRAAK_LISTEN", "127.0.0.1:8080", cfg->listen, sizeof(cfg->listen));
	env_str("DOORBRAAK_PORT_FILE", "", cfg->port_file, sizeof(cfg->port_file));
	env_str("DOORBRAAK_PSEUDONIEM_SLEUTEL", "", cfg->pseudoniem_sleutel, sizeof(cfg->pseudoniem_sleutel));
	cfg->secure_cookies = secure != NULL && strcmp(secure, "1") == 0;
	cfg->als_root = root != NULL && strcmp(root, "1") == 0;
	if (filter != NULL && *filter != '\0' && strcmp(filter, "0") != 0 && strcmp(filter, "1") != 0) {
		snprintf(msg, msglen, "DOORBRAAK_SECCOMP=%s is ongeldig: verwacht 1 (aan, de standaard) of 0 (uit).", filter);
		return -1;
	}
	cfg->seccomp = filter == NULL || *filter == '\0' || strcmp(filter, "1") == 0;
	if (env_long("DOORBRAAK_THREADS", 4, 1, 256, &v, msg, msglen))
		return -1;
	cfg->threads = (int)v;
	if (env_long("DOORBRAAK_SESSION_IDLE", 1800, 1, 86400, &v, msg, msglen))
		return -1;
	cfg->session_idle = (int)v;
	if (env_long("DOORBRAAK_SESSION_MAX", 43200, 1, 7 * 86400, &v, msg, msglen))
		return -1;
	cfg->session_max = (int)v;
	if (env_long("DOORBRAAK_PWHASH_MEM", 64L << 20, 19L << 20, 1L << 30, &v, msg, msglen))
		return -1;
	cfg->pwhash_mem = (size_t)v;
	if (env_long("DOORBRAAK_LOGIN_MAX_FAILURES", 5, 1, 1000, &v, msg, msglen))
		return -1;
	cfg->login_max_failures = (int)v;
	if (env_long("DOORBRAAK_LOGIN_WINDOW", 900, 1, 86400, &v, msg, msglen))
		return -1;
	cfg->login_window = (int)v;
	if (env_long("DOORBRAAK_CONN_TIMEOUT", 30, 1, 3600, &v, msg, msglen))
		return -1;
	cfg->conn_timeout = (int)v;
	if (env_long("DOORBRAAK_CONN_LIMIT", 4000, 16, 100000, &v, msg, msglen))
		return -1;
	cfg->conn_limit = (int)v;
	if (env_long("DOORBRAAK_CONN_PER_ADDRESS", 64, 1, 100000, &v, msg, msglen))
		return -1;
	cfg->conn_per_address = (int)v;
	if (env_long("DOORBRAAK_HEADER_TIMEOUT", 10, 1, 3600, &v, msg, msglen))
		return -1;
	cfg->header_timeout = (int)v;
	if (env_long("DOORBRAAK_HEADER_DEADLINE", 30, 1, 3600, &v, msg, msglen))
		return -1;
	cfg->header_deadline = (int)v;
	env_str("DOORBRAAK_TRUSTED_PROXIES", "", cfg->trusted_proxies, sizeof(cfg->trusted_proxies));
	if (proxy_header == NULL || *proxy_header == '\0' || strcasecmp(proxy_header, "X-Forwarded-For") == 0) {
		cfg->proxy_header_forwarded = false;
	} else if (strcasecmp(proxy_header, "Forwarded") == 0) {
		cfg->proxy_header_forwarded = true;
	} else {
		snprintf(msg, msglen, "DOORBRAAK_PROXY_HEADER=%s is ongeldig: verwacht X-Forwarded-For (de standaard) "
		    "of Forwarded.", proxy_header);
		return -1;
	}
	if (env_long("DOORBRAAK_CONN_MEMORY", 128 * 1024, 16 * 1024, 16L << 20, &v, msg, msglen))
		return -1;
	cfg->conn_memory = (size_t)v;
	env_str("DOORBRAAK_AUDIT_KEY", "", cfg->audit_key, sizeof(cfg->audit_key));
	snprintf(side, sizeof(side), "%s.audit-key", cfg->db);
	env_str("DOORBRAAK_AUDIT_KEY_FILE", side, cfg->audit_key_file, sizeof(cfg->audit_key_file));
	snprintf(side, sizeof(side), "%s.audit-checkpoints", cfg->db);
	env_str("DOORBRAAK_AUDIT_CHECKPOINTS", side, cfg->audit_checkpoints, sizeof(cfg->audit_checkpoints));
	if (env_long("DOORBRAAK_AUDIT_CHECKPOINT_INTERVAL", 10, 1, 3600, &v, msg, msglen))
		return -1;
	cfg->audit_checkpoint_interval = (int)v;
	if (env_long("DOORBRAAK_BEWAARTERMIJN", 24, 1, 1200, &v, msg, msglen))
		return -1;
	cfg->bewaartermijn = (int)v;
	if (env_long("DOORBRAAK_RETENTIE_DAGELIJKS", 1, 0, 1, &v, msg, msglen))
		return -1;
	cfg->retentie_dagelijks = v == 1;
	env_str("DOORBRAAK_SMTP_URL", "", cfg->smtp_url, sizeof(cfg->smtp_url));
	env_str("DOORBRAAK_SMTP_USER", "", cfg->smtp_gebruiker, sizeof(cfg->smtp_gebruiker));
	env_str("DOORBRAAK_SMTP_WACHTWOORD", "", cfg->smtp_wachtwoord, sizeof(cfg->smtp_wachtwoord));
	env_str("DOORBRAAK_SMTP_AFZENDER", "", cfg->smtp_afzender, sizeof(cfg->smtp_afzender));
	{
		char basis[sizeof(cfg->listen) + 8];

		snprintf(basis, sizeof(basis), "http://%s", cfg->listen);
		env_str("DOORBRAAK_URL", basis, cfg->basis_url, sizeof(cfg->basis_url));
	}
	while (cfg->basis_url[0] != '\0' && cfg->basis_url[strlen(cfg->basis_url) - 1] == '/')
		cfg->basis_url[strlen(cfg->basis_url) - 1] = '\0';
	if (strncmp(cfg->basis_url, "http://", 7) != 0 && strncmp(cfg->basis_url, "https://", 8) != 0) {
		snprintf(msg, msglen, "DOORBRAAK_URL begint met http:// of https:// (het adres dat gebruikers openen).");
		return -1;
	}
	if (cfg->smtp_url[0] != '\0') {
		char host[256];
		int port;

		if (smtp_url_parse(cfg->smtp_url, host, sizeof(host), &port, msg, msglen) != 0)
			return -1;
		if (!smtp_adres_geldig(cfg->smtp_afzender)) {
			snprintf(msg, msglen, "DOORBRAAK_SMTP_AFZENDER is verplicht bij een relay: het e-mailadres waarvan de "
			    "meldingen komen.");
			return -1;
		}
	}
	if (env_long("DOORBRAAK_SMTP_INTERVAL_MS", 5000, 50, 600000, &v, msg, msglen))
		return -1;
	cfg->smtp_interval_ms = (int)v;
	if (env_long("DOORBRAAK_TEST_TIJDSCHAAL", 1, 1, 3600, &v, msg, msglen))
		return -1;
	cfg->test_tijdschaal = (int)v;
	return 0;
}
