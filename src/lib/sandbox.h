/* sandbox.h - least privilege after start-up: no new privileges, and a seccomp filter of the system calls a running server needs. */
#ifndef DOORBRAAK_SANDBOX_H
#define DOORBRAAK_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Sets PR_SET_NO_NEW_PRIVS and loads a seccomp filter (libseccomp) that
 * allows the system calls of a running server (reading and writing its open
 * files and sockets, accepting connections, memory, time, futexes, signals,
 * opening and removing files for SQLite) and answers every other one with
 * EPERM: no execve, no fork or new threads, no new sockets, no ptrace, no
 * mount, no chmod, no setuid. For the whole process, every thread. Call it
 * once the listening socket, the threads and the database connections exist.
 * uitgaand (a mail relay is configured): also new IPv4/IPv6 sockets and
 * connecting them, for the e-mail sender, and nothing more.
 * Returns 0, or -1 with a reason in msg.
 */
int sandbox_enter(bool uitgaand, char *msg, size_t msglen);

#endif
