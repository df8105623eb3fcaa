/* smtp.c - one e-mail to an SMTP relay with libcurl's SMTP support, TLS required off loopback. */
#include "lib/smtp.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
smtp_url_parse(const char *url, char *host, size_t hostlen, int *port, char *msg, size_t msglen)
{
	const char *p, *h, *end;
	size_t n;
	bool smtps;

	if (url == NULL || (strncmp(url, "smtp://", 7) != 0 && strncmp(url, "smtps://", 8) != 0)) {
		snprintf(msg, msglen, "DOORBRAAK_SMTP_URL begint met smtp:// (STARTTLS) of smtps://.");
		return -1;
	}
	smtps = url[4] == 's';
	h = url + (smtps ? 8 : 7);
	if (*h == '[') {   /* an IPv6 literal */
		if ((end = strchr(h, ']')) == NULL) {
			snprintf(msg, msglen, "DOORBRAAK_SMTP_URL: een IPv6-adres staat tussen [ en ].");
			return -1;
		}
		n = (size_t)(end - h - 1);
		h++;
		p = end + 1;
	} else {
		p = h + strcspn(h, ":/");
		n = (size_t)(p - h);
	}
	if (n == 0 || n >= hostlen) {
		snprintf(msg, msglen, "DOORBRAAK_SMTP_URL noemt geen (bruikbare) host.");
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)h[i];

		if (c <= ' ' || c >= 0x7f || c == '@' || c == '?' || c == '#') {
			snprintf(msg, msglen, "DOORBRAAK_SMTP_URL: de host bevat een teken dat er niet in hoort.");
			return -1;
		}
	}
	memcpy(host, h, n);
	host[n] = '\0';
	*port = smtps ? 465 : 25;
	if (*p == ':') {
		char *e = NULL;
		long v = strtol(p + 1, &e, 10);

		if (e == p + 1 || v < 1 || v > 65535) {
			snprintf(msg, msglen, "DOORBRAAK_SMTP_URL: de poort is een getal van 1 tot en met 65535.");
			return -1;
		}
		*port = (int)v;
		p = e;
	}
	if (*p != '\0' && strcmp(p, "/") != 0) {
		snprintf(msg, msglen, "DOORBRAAK_SMTP_URL heeft de vorm smtp://host:poort (zonder pad).");
		return -1;
	}
	return 0;
}

bool
smtp_host_loopback(const char *host)
{
	struct in_addr a4;
	struct in6_addr a6;

	if (strcmp(host, "localhost") == 0)
		return true;
	if (inet_pton(AF_INET, host, &a4) == 1)
		return (ntohl(a4.s_addr) >> 24) == 127;
	if (inet_pton(AF_INET6, host, &a6) == 1)
		return IN6_IS_ADDR_LOOPBACK(&a6);
	return false;
}

bool
smtp_adres_geldig(const char *adres)
{
	const char *at;

	if (adres == NULL || (at = strchr(adres, '@')) == NULL || at == adres || at[1] == '\0' ||
	    strchr(at + 1, '@') != NULL || strlen(adres) > 254)
		return false;
	for (const char *p = adres; *p != '\0'; p++) {
		unsigned char c = (unsigned char)*p;

		if (c <= ' ' || c >= 0x7f || c == '<' || c == '>' || c == '"' || c == '\\' || c == '(' || c == ')' ||
		    c == ',' || c == ';' || c == ':')
			return false;
	}
	return true;
}

int
smtp_init(void)
{
	return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : -1;
}

int
smtp_resolve(const char *host, int port, char *out, size_t outlen, char *msg, size_t msglen)
{
	struct in_addr a4;
	struct in6_addr a6;
	struct addrinfo hints, *res = NULL;
	char addr[INET6_ADDRSTRLEN];
	int rc;

	out[0] = '\0';
	if (inet_pton(AF_INET, host, &a4) == 1 || inet_pton(AF_INET6, host, &a6) == 1)
		return 0;
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	if ((rc = getaddrinfo(host, NULL, &hints, &res)) != 0 || res == NULL) {
		snprintf(msg, msglen, "de SMTP-relay %s is niet te vinden (%s)", host, gai_strerror(rc));
		return -1;
	}
	if (res->ai_family == AF_INET6) {
		inet_ntop(AF_INET6, &((struct sockaddr_in6 *)(void *)res->ai_addr)->sin6_addr, addr, sizeof(addr));
		snprintf(out, outlen, "%s:%d:[%s]", host, port, addr);
	} else {
		inet_ntop(AF_INET, &((struct sockaddr_in *)(void *)res->ai_addr)->sin_addr, addr, sizeof(addr));
		snprintf(out, outlen, "%s:%d:%s", host, port, addr);
	}
	freeaddrinfo(res);
	return 0;
}

struct lezer {
	const char *p;
	size_t left;
};

static size_t
lees(char *buf, size_t size, size_t nitems, void *arg)
{
	struct lezer *l = arg;
	size_t n = size * nitems;

	if (n > l->left)
		n = l->left;
	memcpy(buf, l->p, n);
	l->p += n;
	l->left -= n;
	return n;
}

int
smtp_verstuur(const struct smtp_relay *relay, const char *aan, const char *bericht, size_t len, char *why,
    size_t whylen)
{
	char host[256], msg[160], from[300], rcpt[300];
	int port, rc = -1;
	CURL *c = NULL;
	CURLcode cc;
	struct curl_slist *to = NULL, *resolve = NULL;
	struct lezer l = { bericht, len };
	long reply = 0;

	if (smtp_url_parse(relay->url, host, sizeof(host), &port, msg, sizeof(msg)) != 0) {
		snprintf(why, whylen, "%s", msg);
		return -1;
	}
	if (!smtp_adres_geldig(aan) || !smtp_adres_geldig(relay->afzender)) {
		snprintf(why, whylen, "ongeldig adres");
		return -1;
	}
	snprintf(from, sizeof(from), "<%s>", relay->afzender);
	snprintf(rcpt, sizeof(rcpt), "<%s>", aan);
	if ((c = curl_easy_init()) == NULL || (to = curl_slist_append(NULL, rcpt)) == NULL) {
		snprintf(why, whylen, "curl kon niet starten");
		goto out;
	}
	if (relay->resolve != NULL && relay->resolve[0] != '\0' &&
	    (resolve = curl_slist_append(NULL, relay->resolve)) == NULL) {
		snprintf(why, whylen, "curl kon niet starten");
		goto out;
	}
	curl_easy_setopt(c, CURLOPT_URL, relay->url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, relay->timeout > 0 ? relay->timeout : 60L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, relay->timeout > 0 && relay->timeout < 20 ? relay->timeout : 20L);
	/* off loopback the message never travels in the clear: STARTTLS or smtps, with a verified certificate */
	curl_easy_setopt(c, CURLOPT_USE_SSL, smtp_host_loopback(host) ? (long)CURLUSESSL_TRY : (long)CURLUSESSL_ALL);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	if (resolve != NULL)
		curl_easy_setopt(c, CURLOPT_RESOLVE, resolve);
	if (relay->gebruiker != NULL && relay->gebruiker[0] != '\0') {
		curl_easy_setopt(c, CURLOPT_USERNAME, relay->gebruiker);
		curl_easy_setopt(c, CURLOPT_PASSWORD, relay->wachtwoord != NULL ? relay->wachtwoord : "");
	}
	curl_easy_setopt(c, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, to);
	curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(c, CURLOPT_READFUNCTION, lees);
	curl_easy_setopt(c, CURLOPT_READDATA, &l);
	curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, (curl_off_t)len);
	cc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply);
	if (cc != CURLE_OK) {
		snprintf(why, whylen, "%s (antwoord %ld)", curl_easy_strerror(cc), reply);
		goto out;
	}
	rc = 0;
out:
	curl_slist_free_all(to);
	curl_slist_free_all(resolve);
	if (c != NULL)
		curl_easy_cleanup(c);
	return rc;
}
