/* listen.h - the address the server listens on, from DOORBRAAK_LISTEN. */
#ifndef DOORBRAAK_LISTEN_H
#define DOORBRAAK_LISTEN_H

#include <sys/socket.h>

/* "127.0.0.1:8080", "[::1]:8080", ":8080" (and "localhost:8080": 127.0.0.1) -> a socket address in *ss of *len
   bytes. Returns AF_INET or AF_INET6, or -1 when it is no such address. */
int listen_address(const char *listen, struct sockaddr_storage *ss, socklen_t *len);

#endif
