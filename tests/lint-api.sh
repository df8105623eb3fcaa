#!/bin/sh
# lint-api.sh - lints docs/openapi.yaml with the Dutch API Design Rules ruleset (Spectral) and prints one TAP line.
# Usage: tests/lint-api.sh [openapi.yaml]   (default docs/openapi.yaml)
# Exit status: 0 when Spectral reports no errors (warnings are shown but allowed), 1 otherwise.
# Run from anywhere. The ruleset is the project's own, tests/api/adr-ruleset.yml (tests/api/test_ruleset.mjs shows
# what it catches and compares it with the reference in ../shared/standards/ when that is there).
cd "$(dirname "$0")/.." || exit 1

ruleset=tests/api/adr-ruleset.yml
doc=${1:-docs/openapi.yaml}
out=$(npx --no-install spectral lint --fail-severity=error -r "$ruleset" "$doc" 2>&1)
rc=$?
summary=$(printf '%s\n' "$out" | grep -E '^(✖|No results)' | tail -n 1)

if [ "$rc" -eq 0 ]; then
	echo "ok 1 - openapi ADR lint${summary:+ # $summary}"
	exit 0
fi
printf '%s\n' "$out" | sed 's/^/# /'
echo "not ok 1 - openapi ADR lint${summary:+ ($summary)}"
exit 1
