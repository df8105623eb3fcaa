/* contact.h - checks of contact details: e-mail addresses and phone numbers as people type them. */
#ifndef DOORBRAAK_CONTACT_H
#define DOORBRAAK_CONTACT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/err.h"

#define CONTACT_MAX_EMAIL    254   /* RFC 5321: a path of at most 256 octets, minus the angle brackets */
#define CONTACT_MAX_TELEFOON 32    /* bytes as typed, with spaces and separators */

/*
 * An e-mail address as a work address is written: local@domain, where the
 * local part is 1..64 of the ASCII characters RFC 5322 allows unquoted
 * (letters, digits, and ! # $ % & ' * + / = ? ^ _ ` { | } ~ - .) without a
 * dot at either end or two in a row, and the domain two or more labels of
 * letters, digits and hyphens (not at a label's ends), the last one
 * letters only. At most CONTACT_MAX_EMAIL bytes. Quoted local parts,
 * IP-address domains and non-ASCII addresses are refused: nobody's work
 * address in the network looks like that.
 */
bool contact_email_ok(const char *s);
/* The same as a check: ERR_VALIDATION naming field with a Dutch message. */
enum err_code contact_email_check(const char *s, const char *field, struct err *e);

/*
 * A phone number as typed: digits with spaces, hyphens, dots and one pair
 * of parentheses as separators, an optional '+' at the start; 5..15 digits
 * (E.164 has at most 15; a municipality's 14 0xx number has 5). Letters are
 * refused. At most CONTACT_MAX_TELEFOON bytes.
 */
bool contact_telefoon_ok(const char *s);
enum err_code contact_telefoon_check(const char *s, const char *field, struct err *e);

/* True when s is NULL or only white space: an optional field left empty. */
bool contact_leeg(const char *s);

#endif
