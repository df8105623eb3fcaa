/* harness.h - what every cmocka test file includes (cmocka needs these before its own header). */
#ifndef DOORBRAAK_HARNESS_H
#define DOORBRAAK_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#endif
