/* qr.c - QR codes through libqrencode, kept to a plain matrix of modules for the SVG drawn in app. */
#include "qr.h"

#include <qrencode.h>
#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"

int
qr_encode(const char *text, struct qr *out)
{
	QRcode *c = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M);
	size_t n;

	memset(out, 0, sizeof(*out));
	if (c == NULL)
		return -1;
	n = (size_t)c->width * (size_t)c->width;
	out->version = c->version;
	out->size = c->width;
	out->dark = xmalloc(n);
	for (size_t i = 0; i < n; i++)
		out->dark[i] = c->data[i] & 1;   /* bit 0: dark; the other bits say what kind of module it is */
	QRcode_free(c);
	return 0;
}

void
qr_free(struct qr *q)
{
	free(q->dark);
	q->dark = NULL;
}

bool
qr_dark(const struct qr *q, int x, int y)
{
	return x >= 0 && y >= 0 && x < q->size && y < q->size && q->dark[(size_t)y * (size_t)q->size + (size_t)x];
}
