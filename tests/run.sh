#!/bin/sh
# run.sh - runs every test program given (cmocka in TAP mode, or any program printing TAP) and, for the
# argument --browser, the browser tests; then prints "N passed, N failed" and exits non-zero on any failure.
# Usage: sh tests/run.sh [PROGRAM ...] [--browser]
passed=0
failed=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT
export CMOCKA_MESSAGE_OUTPUT=TAP
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1

count() {  # $1: name, $2: exit code; reads TAP lines from $out
	p=$(grep -c '^ok ' "$out")
	f=$(grep -c '^not ok ' "$out")
	# A test that skipped itself (or is marked TODO) checked nothing: it counts as failed, never as passed.
	s=$(grep -Eic '^ok [^#]*# *(skip|todo)' "$out")
	if [ "$s" -gt 0 ]; then
		echo "not ok - $1: $s test(s) skipped or TODO, counted as failed"
		p=$((p - s))
		f=$((f + s))
	fi
	if [ "$2" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1   # crashed, sanitizer report or harness failure without a TAP line
		echo "not ok - $1 exited with status $2"
	fi
	passed=$((passed + p))
	failed=$((failed + f))
}

# Browser tests (Chromium + axe-core), one node:test file per area; they use the release
# binary DOORBRAAK_BINARY (the Makefile passes $(B)/doorbraak; default build/doorbraak).
# The files are named one by one (Node 20 also takes a folder, Node 22 wants names or globs).
# Node's TAP reporter indents subtests, so only unindented "ok"/"not ok" lines are counted:
# one per test, plus one "not ok - FILE" for a file that fails to load or exits early.
browser() {
	set -- tests/browser/*.test.mjs
	echo "# browser tests (${DOORBRAAK_BINARY:-build/doorbraak})"
	if [ ! -f "$1" ]; then
		echo "not ok - no browser tests in tests/browser/"
		failed=$((failed + 1))
		return
	fi
	node --test --test-reporter=tap --test-concurrency=1 "$@" >"$out" 2>&1
	rc=$?
	cat "$out"
	count "browser tests" "$rc"
}

for t in "$@"; do
	if [ "$t" = --browser ]; then
		browser
		continue
	fi
	echo "# $t"
	"$t" >"$out" 2>&1
	rc=$?
	cat "$out"
	count "$t" "$rc"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
