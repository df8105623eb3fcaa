/* test_sandbox.c - the seccomp filter of serve: what a running server needs still works, execve and new sockets do not. */
#include "harness.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/sandbox.h"

/* In a child: enters the sandbox, then returns (as exit status) the number of checks that went wrong. */
static int
child(void)
{
	char msg[256] = "", name[] = "false";
	char *const argv[] = { name, NULL }, *const envp[] = { NULL };
	int wrong = 0, fd;

	if (sandbox_enter(false, msg, sizeof(msg)) != 0) {
		fprintf(stderr, "sandbox_enter: %s\n", msg);
		return 100;
	}
	if (prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 1)
		wrong++;
	errno = 0;
	if (execve("/bin/false", argv, envp) != -1 || errno != EPERM)   /* a program for an attacker: refused (/bin/false would exit 1) */
		wrong++;
	errno = 0;
	if (socket(AF_INET, SOCK_STREAM, 0) != -1 || errno != EPERM)   /* a new connection outwards: refused */
		wrong++;
#if !defined(__SANITIZE_ADDRESS__)   /* clone is allowed only in the sanitizer build (LeakSanitizer's thread) */
	errno = 0;
	if (fork() != -1 || errno != EPERM)   /* no new processes */
		wrong++;
#endif
	errno = 0;
	if (chmod("/tmp", 0777) != -1 || errno != EPERM)
		wrong++;
	/* what the server does at work still works: files, memory, time */
	if ((fd = open("/dev/null", O_WRONLY)) < 0 || write(fd, "x", 1) != 1 || close(fd) != 0)
		wrong++;
	if (write(STDOUT_FILENO, "", 0) != 0)
		wrong++;
	return wrong;
}

static void
test_forbidden_calls_fail(void **state)
{
	pid_t pid;
	int status = 0;
	(void)state;

	fflush(NULL);
	if ((pid = fork()) == 0)
		_exit(child());   /* _exit: no atexit handlers (LeakSanitizer) inside the filtered child */
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forbidden_calls_fail),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
