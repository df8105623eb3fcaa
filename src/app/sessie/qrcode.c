/* qrcode.c - the QR code of an otpauth URI drawn as SVG by the server (the modules come from lib/qr). */
#include "app/sessie/qrcode.h"

#include <stdlib.h>
#include <string.h>

#include "core/tweede_factor.h"
#include "lib/crypto.h"
#include "lib/escape.h"
#include "lib/qr.h"

#define QUIET 4   /* modules of white around the code, as the standard asks */

const char *
qrcode_otpauth_uri(struct arena *a, const char *account, const char *secret_b32)
{
	struct buf b;
	const char *out;

	buf_init(&b, 0);
	buf_puts(&b, "otpauth://totp/doorbraak:");
	escape_url(&b, account);
	buf_printf(&b, "?secret=%s&issuer=doorbraak&algorithm=SHA1&digits=6&period=%d", secret_b32, TOTP_STAP);
	out = arena_strdup(a, buf_str(&b));
	buf_free(&b);
	return out;
}

int
qrcode_svg(struct buf *out, const char *text)
{
	struct qr q;
	int side;

	if (qr_encode(text, &q) != 0)
		return -1;
	side = q.size + 2 * QUIET;
	buf_printf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" shape-rendering=\"crispEdges\">"
	    "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/><path fill=\"#000\" d=\"", side, side, side, side);
	for (int y = 0; y < q.size; y++)
		for (int x = 0; x < q.size; x++) {
			int run = 0;

			if (!qr_dark(&q, x, y) || qr_dark(&q, x - 1, y))
				continue;   /* only where a run of dark modules starts */
			while (qr_dark(&q, x + run, y))
				run++;
			buf_printf(out, "M%d %dh%dv1h-%dz", x + QUIET, y + QUIET, run, run);
		}
	buf_puts(out, "\"/></svg>");
	qr_free(&q);
	return 0;
}

const char *
qrcode_data_uri(struct arena *a, const char *text)
{
	struct buf svg;
	char *b64;
	const char *uri = NULL;

	buf_init(&svg, 0);
	if (qrcode_svg(&svg, text) == 0) {
		b64 = crypto_base64(svg.data, svg.len);
		uri = arena_printf(a, "data:image/svg+xml;base64,%s", b64);
		free(b64);
	}
	buf_free(&svg);
	return uri;
}
