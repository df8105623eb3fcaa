/* fuzz_server.h - the real server inside a fuzz target: started once on a loopback port, fed raw requests. */
#ifndef DOORBRAAK_FUZZ_SERVER_H
#define DOORBRAAK_FUZZ_SERVER_H

#include <stddef.h>
#include <stdint.h>

/* Signed-in sessions and a token that every input may use; they are made again whenever an input ended them
   (a logout, a revoked token). Cookie values and the CSRF token of both sessions: */
#define FUZZ_SESSIE_REGIE "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define FUZZ_SESSIE_BEHEER "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
#define FUZZ_TOKEN_REGIE "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"
#define FUZZ_CSRF "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"

/*
 * Makes a database with the demo data in a fresh folder (in /dev/shm when there is one; a copy of
 * $FUZZ_DB_TEMPLATE with its key and checkpoint files when set, else init --demo), the sessions and the
 * token above, and starts doorbraak's HTTP server on it in a thread of this process (127.0.0.1, a free port,
 * no seccomp filter: libFuzzer needs its own system calls). Idempotent; aborts when anything fails.
 */
void fuzz_server_start(void);

/*
 * Sends req[0..n) as it is on a new connection, closes the sending side and reads until the first response is
 * whole (at most 3 s of silence). Returns the status of the first response line, or 0 when none came.
 */
int fuzz_server_send(const uint8_t *req, size_t n);

#endif
