#!/bin/sh
# valgrind.sh - runs the integration tests against the release build under valgrind (memcheck)
# and fails when valgrind reports a leak or a memory error in any server or CLI process.
# Usage: sh tests/valgrind.sh build/tests/test_server ...   (make valgrind passes them)
set -u
logdir=$(mktemp -d)
bin=${DOORBRAAK_BINARY:-build/doorbraak}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
wrapper="$logdir/doorbraak-valgrind"
cat >"$wrapper" <<WRAP
#!/bin/sh
# valgrind makes system calls of its own for the program it runs; the seccomp filter of serve is meant for the
# program alone, so it is off here (DOORBRAAK_SECCOMP=0). The integration tests run with it on.
DOORBRAAK_SECCOMP=0 exec valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	--error-exitcode=99 --log-file=$logdir/vg.%p.log $bin "\$@"
WRAP
chmod +x "$wrapper"
status=0
for t in "$@"; do
	DOORBRAAK_TEST_BINARY="$wrapper" "$t" >"$logdir/out.txt" 2>&1 || { echo "FAIL $t"; cat "$logdir/out.txt"; status=1; }
done
bad=$(grep -l -E "definitely lost: [1-9]|indirectly lost: [1-9]|Invalid (read|write)|uninitialised" "$logdir"/vg.*.log 2>/dev/null)
if [ -n "$bad" ]; then
	echo "valgrind found problems:"
	cat $bad
	status=1
fi
echo "valgrind: $(ls "$logdir"/vg.*.log 2>/dev/null | wc -l) processes checked, $( [ $status -eq 0 ] && echo clean || echo NOT clean)"
rm -rf "$logdir"
exit $status
