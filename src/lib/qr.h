/* qr.h - a QR code's modules for a text (libqrencode: byte mode, error correction level M). */
#ifndef DOORBRAAK_QR_H
#define DOORBRAAK_QR_H

#include <stdbool.h>
#include <stddef.h>

struct qr {
	int version;          /* 1..40 */
	int size;             /* modules per side: 17 + 4 * version */
	unsigned char *dark;  /* size * size, row by row: 1 = dark */
};

/* Encodes text (NUL-terminated, any bytes) in byte mode with level M. 0, or -1 when it does not fit. Free with qr_free. */
int qr_encode(const char *text, struct qr *out);
void qr_free(struct qr *q);
bool qr_dark(const struct qr *q, int x, int y);

#endif
