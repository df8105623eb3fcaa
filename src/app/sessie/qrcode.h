/* qrcode.h - a QR code drawn by the server as SVG, for the authenticator app's otpauth URI. */
#ifndef DOORBRAAK_SESSIE_QRCODE_H
#define DOORBRAAK_SESSIE_QRCODE_H

#include "lib/buf.h"
#include "lib/mem.h"

/* The otpauth:// URI (Google's Key URI format) of a TOTP secret for account (its e-mail), in the arena. */
const char *qrcode_otpauth_uri(struct arena *a, const char *account, const char *secret_b32);
/* Appends the SVG of text's QR code (dark modules on white, 4 modules of quiet zone) to out. 0 or -1. */
int qrcode_svg(struct buf *out, const char *text);
/* The same as a data: URI for an <img src>, in the arena; NULL when the text does not fit a QR code. */
const char *qrcode_data_uri(struct arena *a, const char *text);

#endif
