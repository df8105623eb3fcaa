/* smtp.h - sending one e-mail to an SMTP relay with libcurl: STARTTLS required unless the relay is on loopback. */
#ifndef DOORBRAAK_SMTP_H
#define DOORBRAAK_SMTP_H

#include <stdbool.h>
#include <stddef.h>

/* A relay. Strings are borrowed and must outlive every call that uses them. */
struct smtp_relay {
	const char *url;           /* smtp://host[:port] (STARTTLS) or smtps://host[:port] (TLS from the start) */
	const char *gebruiker;     /* NULL or "": no AUTH */
	const char *wachtwoord;
	const char *afzender;      /* the envelope and From: address */
	const char *resolve;       /* NULL, or "host:port:address" resolved before the sandbox (CURLOPT_RESOLVE) */
	long timeout;              /* seconds for one message, connecting included */
};

/*
 * Checks a relay URL: scheme smtp or smtps, a host, an optional port, no
 * path beyond "/". Fills host (without brackets) and port (25 for smtp,
 * 465 for smtps when absent). Returns 0, or -1 with a Dutch reason in msg.
 */
int smtp_url_parse(const char *url, char *host, size_t hostlen, int *port, char *msg, size_t msglen);

/* True for 127.0.0.0/8, ::1 and "localhost": the only relays that may be reached without TLS. */
bool smtp_host_loopback(const char *host);

/* An address fit for an envelope and a header: local@domain, printable ASCII, no spaces, <, >, quotes or controls. */
bool smtp_adres_geldig(const char *adres);

/* curl_global_init, once, before any thread is started. 0 or -1. */
int smtp_init(void);

/*
 * Resolves host now (before the sandbox, which allows no resolver) into
 * out as "host:port:address" for CURLOPT_RESOLVE; an IP literal needs none
 * (out = ""). Returns 0, or -1 with a Dutch reason in msg.
 */
int smtp_resolve(const char *host, int port, char *out, size_t outlen, char *msg, size_t msglen);

/*
 * Sends the complete message (headers, an empty line, the body; lines ended
 * by CRLF) from relay->afzender to aan. TLS is required (CURLUSESSL_ALL:
 * STARTTLS, or smtps) unless the relay's host is on loopback, and the
 * relay's certificate is verified. Returns 0 when the relay accepted the
 * message, or -1 with a short technical reason in why (the curl error and
 * the relay's last reply code; never the message).
 */
int smtp_verstuur(const struct smtp_relay *relay, const char *aan, const char *bericht, size_t len, char *why,
    size_t whylen);

#endif
