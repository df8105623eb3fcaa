/* escape.c - context-specific output escaping. */
#include "escape.h"

#include <stdio.h>
#include <string.h>

int
escape_html(struct buf *b, const char *s, size_t n)
{
	size_t start = 0;
	int rc = 0;

	for (size_t i = 0; i < n && rc == 0; i++) {
		const char *rep;

		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		rc = buf_append(b, s + start, i - start);
		if (rc == 0)
			rc = buf_puts(b, rep);
		start = i + 1;
	}
	if (rc == 0)
		rc = buf_append(b, s + start, n - start);
	return rc;
}

int
escape_is_formula(const char *s)
{
	return s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
	    s[0] == '\t' || s[0] == '\r';
}

int
escape_csv(struct buf *b, const char *s)
{
	int rc = 0;
	int quote = strpbrk(s, ",;\"\r\n") != NULL || escape_is_formula(s);

	if (!quote)
		return buf_puts(b, s);
	rc |= buf_putc(b, '"');
	if (escape_is_formula(s))
		rc |= buf_putc(b, '\'');
	for (; *s && rc == 0; s++)
		rc |= *s == '"' ? buf_puts(b, "\"\"") : buf_putc(b, *s);
	rc |= buf_putc(b, '"');
	return rc ? -1 : 0;
}

int
escape_json(struct buf *b, const char *s)
{
	int rc = 0;

	for (; *s && rc == 0; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			rc = buf_putc(b, '\\') | buf_putc(b, (char)c);
		else if (c == '\n')
			rc = buf_puts(b, "\\n");
		else if (c == '\r')
			rc = buf_puts(b, "\\r");
		else if (c == '\t')
			rc = buf_puts(b, "\\t");
		else if (c < 0x20)
			rc = buf_printf(b, "\\u%04x", c);
		else
			rc = buf_putc(b, (char)c);
	}
	return rc ? -1 : 0;
}

int
escape_url(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	int rc = 0;

	for (; *s && rc == 0; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~')
			rc = buf_putc(b, (char)c);
		else {
			char enc[3] = { '%', hex[c >> 4], hex[c & 15] };
			rc = buf_append(b, enc, 3);
		}
	}
	return rc;
}

int
escape_controls_needed(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7f || *p == '\\')
			return 1;
	return 0;
}

int
escape_controls(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	int rc = 0;

	for (const unsigned char *p = (const unsigned char *)s; *p != '\0' && rc == 0; p++) {
		if (*p == '\\')
			rc = buf_puts(b, "\\\\");
		else if (*p < 0x20 || *p == 0x7f) {
			char e[5] = { '\\', 'x', hex[*p >> 4], hex[*p & 15], '\0' };

			rc = buf_puts(b, e);
		} else
			rc = buf_putc(b, (char)*p);
	}
	return rc;
}
