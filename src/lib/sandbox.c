/* sandbox.c - PR_SET_NO_NEW_PRIVS and an allow-list seccomp filter (libseccomp) for the running server. */
#include "sandbox.h"

#include <errno.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>

/* What `doorbraak serve` calls once it is up, measured with strace over the integration tests (release and
   sanitizer builds) and kept to what a server at work needs. */
static const int allowed[] = {
	/* files and sockets that are open; SQLite's reads, writes, locks and syncs */
	SCMP_SYS(read), SCMP_SYS(write), SCMP_SYS(pread64), SCMP_SYS(pwrite64), SCMP_SYS(readv), SCMP_SYS(writev),
	SCMP_SYS(close), SCMP_SYS(lseek), SCMP_SYS(fstat), SCMP_SYS(newfstatat), SCMP_SYS(stat), SCMP_SYS(lstat),
	SCMP_SYS(fcntl), SCMP_SYS(fsync), SCMP_SYS(fdatasync), SCMP_SYS(ftruncate), SCMP_SYS(ioctl),
	/* SQLite opens and removes its temporary files and the -wal/-shm files when a connection reopens them */
	SCMP_SYS(openat), SCMP_SYS(unlink), SCMP_SYS(unlinkat), SCMP_SYS(access), SCMP_SYS(faccessat),
	SCMP_SYS(faccessat2), SCMP_SYS(getcwd), SCMP_SYS(readlink), SCMP_SYS(geteuid), SCMP_SYS(getuid),
	SCMP_SYS(fchown),
	/* the connections libmicrohttpd accepts on the listening socket */
	SCMP_SYS(accept), SCMP_SYS(accept4), SCMP_SYS(recvfrom), SCMP_SYS(recvmsg), SCMP_SYS(sendto), SCMP_SYS(sendmsg),
	SCMP_SYS(sendfile), SCMP_SYS(shutdown), SCMP_SYS(setsockopt), SCMP_SYS(getsockopt), SCMP_SYS(getsockname),
	SCMP_SYS(getpeername), SCMP_SYS(epoll_wait), SCMP_SYS(epoll_pwait), SCMP_SYS(epoll_ctl), SCMP_SYS(poll),
	SCMP_SYS(ppoll), SCMP_SYS(select), SCMP_SYS(pselect6),
	/* memory */
	SCMP_SYS(mmap), SCMP_SYS(munmap), SCMP_SYS(mprotect), SCMP_SYS(mremap), SCMP_SYS(madvise), SCMP_SYS(brk),
	/* time, randomness, threads that exist already, signals, the stop */
	SCMP_SYS(clock_gettime), SCMP_SYS(clock_nanosleep), SCMP_SYS(nanosleep), SCMP_SYS(gettimeofday),
	SCMP_SYS(getrandom), SCMP_SYS(futex), SCMP_SYS(sched_yield), SCMP_SYS(getpid), SCMP_SYS(gettid),
	SCMP_SYS(rt_sigprocmask), SCMP_SYS(rt_sigtimedwait), SCMP_SYS(rt_sigaction), SCMP_SYS(rt_sigreturn),
	SCMP_SYS(tgkill), SCMP_SYS(set_robust_list), SCMP_SYS(rseq), SCMP_SYS(exit), SCMP_SYS(exit_group),
	SCMP_SYS(restart_syscall),
};

#if defined(__SANITIZE_ADDRESS__)
/* The sanitizer build only (never the release binary): at exit LeakSanitizer stops the world from a thread it
   clones and ptraces; the sanitizers also read /proc and their own memory maps. */
static const int sanitizer_allowed[] = {
	SCMP_SYS(clone), SCMP_SYS(clone3), SCMP_SYS(ptrace), SCMP_SYS(wait4), SCMP_SYS(prctl), SCMP_SYS(sigaltstack),
	SCMP_SYS(sched_getaffinity), SCMP_SYS(getppid), SCMP_SYS(open), SCMP_SYS(getdents64), SCMP_SYS(kill),
	SCMP_SYS(setrlimit), SCMP_SYS(getrlimit), SCMP_SYS(prlimit64), SCMP_SYS(pipe2), SCMP_SYS(dup2), SCMP_SYS(dup3),
	SCMP_SYS(uname), SCMP_SYS(munlock), SCMP_SYS(mlock), SCMP_SYS(getdents), SCMP_SYS(readlinkat), SCMP_SYS(statx),
	SCMP_SYS(waitid), SCMP_SYS(set_tid_address), SCMP_SYS(arch_prctl), SCMP_SYS(process_vm_readv),
	SCMP_SYS(rt_sigqueueinfo), SCMP_SYS(rt_tgsigqueueinfo), SCMP_SYS(sched_getparam), SCMP_SYS(getpriority),
};
#endif

static int
allow_all(scmp_filter_ctx ctx, const int *calls, size_t n, char *msg, size_t msglen)
{
	for (size_t i = 0; i < n; i++) {
		int rc;

		if (calls[i] < 0)   /* not on this architecture */
			continue;
		if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, calls[i], 0)) != 0) {
			char *name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, calls[i]);
			snprintf(msg, msglen, "seccomp: %s niet toe te voegen (%s)", name ? name : "?", strerror(-rc));
			free(name);
			return -1;
		}
	}
	return 0;
}

/* With a mail relay (issue 14) the sender thread makes one outgoing TCP connection at a time: TCP sockets of IPv4
   and IPv6 only, connecting them, and the socket pair libcurl wakes itself with. Names are resolved before the
   filter is loaded (CURLOPT_RESOLVE), so no resolver thread is needed; uname is what libcurl asks for the EHLO.
   Measured with strace on the release binary sending through a relay named localhost. */
static const int uitgaand_allowed[] = {
	SCMP_SYS(connect), SCMP_SYS(socketpair), SCMP_SYS(uname),
};

static int
allow_uitgaand(scmp_filter_ctx ctx, char *msg, size_t msglen)
{
	static const int domains[] = { AF_INET, AF_INET6 };

	for (size_t i = 0; i < sizeof(domains) / sizeof(domains[0]); i++) {
		int rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_EQ, domains[i]));

		if (rc != 0) {
			snprintf(msg, msglen, "seccomp: socket niet toe te voegen (%s)", strerror(-rc));
			return -1;
		}
	}
	return allow_all(ctx, uitgaand_allowed, sizeof(uitgaand_allowed) / sizeof(uitgaand_allowed[0]), msg, msglen);
}

int
sandbox_enter(bool uitgaand, char *msg, size_t msglen)
{
	scmp_filter_ctx ctx;
	int rc;

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
		snprintf(msg, msglen, "PR_SET_NO_NEW_PRIVS: %s", strerror(errno));
		return -1;
	}
	if ((ctx = seccomp_init(SCMP_ACT_ERRNO(EPERM))) == NULL) {
		snprintf(msg, msglen, "seccomp_init mislukte");
		return -1;
	}
	/* every thread of the process, not only this one */
	if (seccomp_attr_set(ctx, SCMP_FLTATR_CTL_TSYNC, 1) != 0 ||
	    allow_all(ctx, allowed, sizeof(allowed) / sizeof(allowed[0]), msg, msglen) != 0 ||
	    (uitgaand && allow_uitgaand(ctx, msg, msglen) != 0)
#if defined(__SANITIZE_ADDRESS__)
	    || allow_all(ctx, sanitizer_allowed, sizeof(sanitizer_allowed) / sizeof(sanitizer_allowed[0]), msg, msglen) != 0
#endif
	    ) {
		if (msg[0] == '\0')
			snprintf(msg, msglen, "seccomp: TSYNC niet beschikbaar");
		seccomp_release(ctx);
		return -1;
	}
	rc = seccomp_load(ctx);
	seccomp_release(ctx);
	if (rc != 0) {
		snprintf(msg, msglen, "seccomp_load: %s", strerror(-rc));
		return -1;
	}
	return 0;
}
