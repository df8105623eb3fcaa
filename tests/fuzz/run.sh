#!/bin/sh
# run.sh - runs libFuzzer targets one after the other for FUZZ_SECONDS each and prints the executions per target.
# Usage: FUZZ_SECONDS=60 sh tests/fuzz/run.sh BUILD/fuzz TARGET ...   (make fuzz does this)
# Exits 1 on the first target that found a crash (its input is BUILD/fuzz/crash-TARGET-*), after the table.
dir=$1
shift
secs=${FUZZ_SECONDS:-60}
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The demo database the request-path targets start from, made once with the release binary (fast), then copied.
export FUZZ_DB_TEMPLATE="$dir/template/fuzz.db"
if [ ! -f "$FUZZ_DB_TEMPLATE" ]; then
	mkdir -p "$dir/template" && chmod 700 "$dir/template"
	DOORBRAAK_DB="$FUZZ_DB_TEMPLATE" DOORBRAAK_PWHASH_MEM=19922944 "${DOORBRAAK_BINARY:-build/doorbraak}" init --demo \
		>/dev/null || { echo "fuzz: init --demo failed"; exit 1; }
fi
table=$(mktemp)
trap 'rm -f "$table"' EXIT
failed=0
for t in "$@"; do
	mkdir -p "$dir/corpus/$t" tests/fuzz/corpus/"$t"
	log="$dir/fuzz-$t.log"
	echo "# fuzz $t: $secs s"
	# New inputs go to the build folder; the seeds in tests/fuzz/corpus stay as they are checked in.
	"$dir/fuzz_$t" -max_total_time="$secs" -timeout=25 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
		-artifact_prefix="$dir/crash-$t-" "$dir/corpus/$t" tests/fuzz/corpus/"$t" >"$log" 2>&1 </dev/null
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2)
	if [ "$rc" -eq 0 ]; then result=ok; else result="CRASH (exit $rc, see $log)"; failed=1; fi
	printf '%-12s %10s executions  %6s s  cov %-6s %s\n' "$t" "${runs:-?}" "$secs" "${cov:-?}" "$result" >>"$table"
	tail -n 3 "$log" | sed 's/^/#   /'
done
echo "# fuzz summary (FUZZ_SECONDS=$secs)"
cat "$table"
exit $failed
