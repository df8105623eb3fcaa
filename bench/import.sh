#!/bin/sh
# import.sh - times `doorbraak import` of N generated casussen (default 100,000) into a fresh database with the
# release build, and reports casussen per second and the peak memory (RSS). Not part of `make test`.
# Usage: sh bench/import.sh [BUILD_DIR] [N]      (BUILD_DIR as make's B, default build)
set -eu
B=${1:-build}
N=${2:-100000}
DIR=$(mktemp -d "${TMPDIR:-/tmp}/doorbraak-import-bench.XXXXXX")
trap 'rm -rf "$DIR"' EXIT

make -s B="$B" "$B/doorbraak"
gcc -std=c17 -O2 -Wall -Wextra -Werror -o "$DIR/gen" bench/gen_casussen.c
"$DIR/gen" "$N" > "$DIR/casussen.jsonl"
export DOORBRAAK_DB="$DIR/bench.db"
"$B/doorbraak" init > /dev/null

echo "# SQLite $(pkg-config --modversion sqlite3), $(nproc) CPUs, $(uname -m); $N casussen," \
	"$(($(wc -c < "$DIR/casussen.jsonl") / 1024 / 1024)) MiB of JSON Lines"
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
	/usr/bin/time -v "$B/doorbraak" import "$DIR/casussen.jsonl" > "$DIR/out" 2> "$DIR/time"
	peak=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$DIR/time")
	cpu=$(awk -F: '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$DIR/time")
else
	"$B/doorbraak" import "$DIR/casussen.jsonl" > "$DIR/out" &
	pid=$!
	peak=0
	cpu=?
	while kill -0 "$pid" 2> /dev/null; do   # VmHWM is the peak so far; read it until the process is gone
		hwm=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status" 2> /dev/null || echo 0)
		[ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
		sleep 0.1
	done
	wait "$pid"
fi
end=$(date +%s.%N)
cat "$DIR/out"
awk -v s="$start" -v e="$end" -v n="$N" -v kb="$peak" -v cpu="$cpu" 'BEGIN {
	t = e - s
	printf "import: %.1f s (CPU %s s), %.0f casussen/s, peak RSS %.1f MiB\n", t, cpu, n / t, kb / 1024
}'
printf "database: %s MiB\n" "$(($(wc -c < "$DIR/bench.db") / 1024 / 1024))"
# The way back, for comparison: every casus loaded in full.
start=$(date +%s.%N)
"$B/doorbraak" export > "$DIR/export.jsonl"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$N" 'BEGIN { printf "export: %.1f s, %.0f casussen/s\n", e - s, n / (e - s) }'
start=$(date +%s.%N)
"$B/doorbraak" report --jaar 2024 > /dev/null
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "report --jaar 2024: %.1f s\n", e - s }'
