/* config.h - settings read from the environment (DOORBRAAK_*), with sane defaults. */
#ifndef DOORBRAAK_CONFIG_H
#define DOORBRAAK_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

struct config {
	char db[512];              /* DOORBRAAK_DB, ./doorbraak.db */
	char listen[128];          /* DOORBRAAK_LISTEN, 127.0.0.1:8080 */
	char port_file[512];       /* DOORBRAAK_PORT_FILE: write the bound port here (tests) */
	int threads;               /* DOORBRAAK_THREADS, 4 */
	bool secure_cookies;       /* DOORBRAAK_SECURE_COOKIES=1 behind TLS: Secure + __Host- prefix */
	int session_idle;          /* DOORBRAAK_SESSION_IDLE seconds, 1800 */
	int session_max;           /* DOORBRAAK_SESSION_MAX seconds, 43200 */
	size_t pwhash_mem;         /* DOORBRAAK_PWHASH_MEM bytes, 64 MiB (minimum 19 MiB) */
	int login_max_failures;    /* DOORBRAAK_LOGIN_MAX_FAILURES, 5 per account (address: 4x) */
	int login_window;          /* DOORBRAAK_LOGIN_WINDOW seconds, 900 (also the block time) */
	int conn_timeout;          /* DOORBRAAK_CONN_TIMEOUT seconds idle once a request's headers are in, 30 */
	int conn_limit;            /* DOORBRAAK_CONN_LIMIT, 4000 (lowered at start-up to what the file limit allows) */
	int conn_per_address;      /* DOORBRAAK_CONN_PER_ADDRESS, 64 connections (behind a proxy: requests) per client */
	int header_timeout;        /* DOORBRAAK_HEADER_TIMEOUT seconds a new connection may be idle before its headers, 10 */
	int header_deadline;       /* DOORBRAAK_HEADER_DEADLINE seconds in all for a request's headers, 30 */
	char trusted_proxies[2048];   /* DOORBRAAK_TRUSTED_PROXIES: addresses/CIDR whose forwarded header is believed */
	bool proxy_header_forwarded;  /* DOORBRAAK_PROXY_HEADER=Forwarded (RFC 7239); default X-Forwarded-For */
	size_t conn_memory;        /* DOORBRAAK_CONN_MEMORY bytes per connection, 128 KiB */
	bool als_root;             /* DOORBRAAK_ALS_ROOT=1: serve may run as root (test machines; never production) */
	bool seccomp;              /* DOORBRAAK_SECCOMP, on; 0 turns the system-call filter of serve off (valgrind) */
	char audit_key[80];        /* DOORBRAAK_AUDIT_KEY: the audit log's MAC key as 64 hex digits (wins over the file) */
	char audit_key_file[560];  /* DOORBRAAK_AUDIT_KEY_FILE, <db>.audit-key (mode 0600, made by init) */
	char audit_checkpoints[560];   /* DOORBRAAK_AUDIT_CHECKPOINTS, <db>.audit-checkpoints (appended) */
	int audit_checkpoint_interval; /* DOORBRAAK_AUDIT_CHECKPOINT_INTERVAL seconds between checkpoints of serve, 10 */
	int bewaartermijn;         /* DOORBRAAK_BEWAARTERMIJN months a closed casus is kept whole, 24 (then anonymised) */
	char pseudoniem_sleutel[512];   /* DOORBRAAK_PSEUDONIEM_SLEUTEL: key file of the research export's pseudonyms */
	bool retentie_dagelijks;   /* DOORBRAAK_RETENTIE_DAGELIJKS, on; 0: serve does not run the purge once a day */
	/* e-mail of notifications (issue 14); no DOORBRAAK_SMTP_URL: notifications stay in the application */
	char smtp_url[512];        /* DOORBRAAK_SMTP_URL: smtp://relay:587 (STARTTLS required off loopback) or smtps:// */
	char smtp_gebruiker[256];  /* DOORBRAAK_SMTP_USER: for AUTH, none when empty */
	char smtp_wachtwoord[256]; /* DOORBRAAK_SMTP_WACHTWOORD */
	char smtp_afzender[256];   /* DOORBRAAK_SMTP_AFZENDER: the sender address, required with a relay */
	int smtp_interval_ms;      /* DOORBRAAK_SMTP_INTERVAL_MS, 5000: the sender's pause when nothing is due */
	char basis_url[256];       /* DOORBRAAK_URL: the address users open, for links in e-mail; http://<listen> */
	int test_tijdschaal;       /* DOORBRAAK_TEST_TIJDSCHAAL, 1; tests only: the sender's clock runs this much faster */
};

/*
 * Fills cfg from the environment. Returns 0, or -1 with a Dutch message in
 * msg when a value is out of range.
 */
int config_load(struct config *cfg, char *msg, size_t msglen);

#endif
