#!/bin/sh
# bench.sh - `make bench`: doorbraak beside nginx on one machine, with wrk on loopback; writes bench/results/latest.{md,json}.
# Usage: sh bench/bench.sh BINARY       (make bench builds BINARY with -O2 and no sanitizers, in its own build folder)
# Environment: BENCH_CASES (100000), BENCH_PROFESSIONALS (100000), BENCH_DURATION (seconds per run, 10),
# BENCH_RUNS (3; the median is reported), BENCH_CONNECTIONS (64), BENCH_PORT (18120; it and the next one are used),
# BENCH_OUT (bench/results), BENCH_KEEP=1 keeps the temporary folder (database, logs) for a profiler.
set -eu
PATH="$PATH:/usr/sbin"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
N=${BENCH_CASES:-100000}
NPROF=${BENCH_PROFESSIONALS:-100000}
DUR=${BENCH_DURATION:-10}
RUNS=${BENCH_RUNS:-3}
CONN=${BENCH_CONNECTIONS:-64}
PORT=${BENCH_PORT:-18120}
NPORT=$((PORT + 1))
OUT=${BENCH_OUT:-bench/results}
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=$(mktemp -d "${TMPDIR:-/tmp}/doorbraak-bench.XXXXXX")
SP=""; NP=""
opruimen() {
	[ -n "$SP" ] && kill "$SP" 2>/dev/null && wait "$SP" 2>/dev/null
	[ -n "$NP" ] && kill "$NP" 2>/dev/null && wait "$NP" 2>/dev/null
	if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "bench: kept $DIR"; else rm -rf "$DIR"; fi
}
trap opruimen EXIT
trap 'exit 1' INT TERM
for c in wrk nginx curl; do command -v $c >/dev/null || { echo "bench: $c ontbreekt (make bench installeert het)"; exit 1; }; done
mkdir -p "$OUT"

export DOORBRAAK_DB="$DIR/bench.db" DOORBRAAK_LISTEN="127.0.0.1:$PORT" DOORBRAAK_ALS_ROOT=1 \
	DOORBRAAK_RETENTIE_DAGELIJKS=0 DOORBRAAK_PWHASH_MEM=20000000 DOORBRAAK_SESSION_IDLE=43200 \
	DOORBRAAK_CONN_PER_ADDRESS=256
URL="http://127.0.0.1:$PORT"
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.2f", e - s }'; }
log() { echo "bench: $*" >&2; }
BEGIN=$(now)

# ---- the data set -------------------------------------------------------------------------------------------
gcc -std=c17 -O2 -Wall -Wextra -Werror -o "$DIR/gen" "$HERE/gen_casussen.c"
"$DIR/gen" "$N" > "$DIR/casussen.jsonl"
"$DIR/gen" --register "$NPROF" "$N" > "$DIR/register.csv"
"$BIN" init --demo > /dev/null
log "import of $N casussen ($(($(wc -c < "$DIR/casussen.jsonl") / 1048576)) MiB), load $(load)"
IMPORT_LOAD=$(load); t=$(now)
"$BIN" import "$DIR/casussen.jsonl" > /dev/null
IMPORT_S=$(elapsed "$t")
IMPORT_RATE=$(awk -v n="$N" -v s="$IMPORT_S" 'BEGIN { printf "%.0f", n / s }')
DB_MIB=$(($(wc -c < "$DIR/bench.db") / 1048576))

# ---- report: one year, then every year ------------------------------------------------------------------------
REPORT_LOAD=$(load); t=$(now)
"$BIN" report --jaar 2024 > "$DIR/report-2024.json"
REPORT1_S=$(elapsed "$t")
t=$(now)
for j in 2017 2018 2019 2020 2021 2022 2023 2024 2025 2026; do "$BIN" report --jaar $j > /dev/null; done
REPORTALL_S=$(elapsed "$t")
log "import ${IMPORT_S}s, report 2024 ${REPORT1_S}s, all years ${REPORTALL_S}s"

# ---- the server, its sessions and tokens ---------------------------------------------------------------------
"$BIN" serve > "$DIR/serve.log" 2>&1 & SP=$!
i=0; until curl -sf -o /dev/null "$URL/healthz"; do i=$((i + 1)); [ $i -lt 100 ] || { cat "$DIR/serve.log"; exit 1; }; sleep 0.2; done
TOKEN=$("$BIN" token create regievoerder@demo.doorbraak.nl | grep -Eo '[0-9a-f]{64}' | head -1)

csrf() { grep -o 'name="csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
# login EMAIL PASSWORD [TOTP-SECRET]: a cookie jar in $DIR/EMAIL.jar
login() {
	jar="$DIR/$1.jar"
	curl -s -c "$jar" -b "$jar" -o "$DIR/p.html" "$URL/login"
	curl -s -c "$jar" -b "$jar" -o /dev/null -H "Origin: $URL" --data-urlencode "csrf=$(csrf "$DIR/p.html")" \
		--data-urlencode "email=$1" --data-urlencode "wachtwoord=$2" --data-urlencode "volgende=/" "$URL/login"
	if [ -n "${3:-}" ]; then
		curl -s -c "$jar" -b "$jar" -o "$DIR/p.html" "$URL/login/code"
		curl -s -c "$jar" -b "$jar" -o /dev/null -H "Origin: $URL" --data-urlencode "csrf=$(csrf "$DIR/p.html")" \
			--data-urlencode "code=$("$BIN" totp-code "$3")" "$URL/login/code"
	fi
	awk '$6 ~ /sessie$/ { print $6 "=" $7 }' "$jar"
}
REGIE=$(login regievoerder@demo.doorbraak.nl demo-regie-2026 DEMOREGIEVOERDERDOORBRAAKTOTPAAA)
BEHEER=$(login beheerder@demo.doorbraak.nl demo-beheer-2026)
[ -n "$REGIE" ] && [ -n "$BEHEER" ] || { echo "bench: inloggen mislukt"; tail "$DIR/serve.log"; exit 1; }

# the register: the rows in files of 5,000 (the import's limit), the organisations' entries in the first
log "register import of $NPROF professionals"
tail -n +2 "$DIR/register.csv" | split -l 5000 - "$DIR/reg."
for f in "$DIR"/reg.*; do
	{ head -1 "$DIR/register.csv"; cat "$f"; } > "$f.csv"
	curl -s -b "$DIR/beheerder@demo.doorbraak.nl.jar" -o "$DIR/p.html" "$URL/register/import"
	code=$(curl -s -b "$DIR/beheerder@demo.doorbraak.nl.jar" -o "$DIR/r.html" -w '%{http_code}' -H "Origin: $URL" \
		-F "csrf=$(csrf "$DIR/p.html")" -F "bestand=@$f.csv;type=text/csv" "$URL/register/import")
	case $code in 2*|3*) ;; *) echo "bench: registerimport $f: HTTP $code"; grep -o 'utrecht-alert[^<]*<[^<]*' "$DIR/r.html" | head -5; exit 1;; esac
done

# the casus to read: the first generated one of 2024 (the demo data are of 2025 and 2026)
REF=PMM-2024-0001
PAGE_BYTES=$(curl -s -b "sessie=${REGIE#*=}" -o "$DIR/casus.html" -w '%{size_download}' "$URL/casussen/$REF")
JSON_BYTES=$(curl -s -H "Authorization: Bearer $TOKEN" -o /dev/null -w '%{size_download}' "$URL/api/v1/casussen/$REF")

# ---- nginx: a static file of the casus page's size, from a folder of its own, unprivileged port -------------------
NG="$DIR/nginx"; mkdir -p "$NG/www" "$NG/tmp"; chmod 755 "$DIR" "$NG" "$NG/www"
head -c "$PAGE_BYTES" /dev/zero | tr '\0' 'x' > "$NG/www/casus.html"
head -c "$JSON_BYTES" /dev/zero | tr '\0' 'x' > "$NG/www/casus.json"
chmod 644 "$NG/www/"*
USER_LINE=""; [ "$(id -u)" = 0 ] && USER_LINE="user $(id -un);"
cat > "$NG/nginx.conf" <<EOF
$USER_LINE
worker_processes auto;
daemon off;
pid $NG/nginx.pid;
error_log $NG/error.log warn;
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path $NG/tmp/body; proxy_temp_path $NG/tmp/proxy; fastcgi_temp_path $NG/tmp/fastcgi;
	uwsgi_temp_path $NG/tmp/uwsgi; scgi_temp_path $NG/tmp/scgi;
	types { text/html html; application/json json; }
	server { listen 127.0.0.1:$NPORT; root $NG/www; }
}
EOF
nginx -p "$NG" -c "$NG/nginx.conf" & NP=$!
i=0; until curl -sf -o /dev/null "http://127.0.0.1:$NPORT/casus.html"; do i=$((i + 1)); [ $i -lt 50 ] || { cat "$NG/error.log"; exit 1; }; sleep 0.2; done

# ---- the runs -------------------------------------------------------------------------------------------------
Q="schulden|woning|zorgverzekering|jeugdzorg|toeslagen|beschermd+wonen|uitkering|verblijfsvergunning|schuldhulpverlening|mantelzorg|dakloos|hotelkamer"
ZQ=""; for q in $(echo "$Q" | tr '|' ' '); do ZQ="$ZQ|/zoeken?q=$q"; done; ZQ=${ZQ#|}
RQ="/register?q=schuldhulpverlening&leefgebied=financien|/register?q=jeugdzorg&regio=utrecht|/register?soort=professional&leefgebied=wonen|/register?q=toeslagen|/register?regio=zuid_holland&leefgebied=verblijf"
: > "$DIR/results"
# run NAME BASE HEADER PATHS: RUNS times wrk, the median by requests/s, with the load average at the start
run() {
	name=$1; base=$2; hdr=$3; paths=$4; : > "$DIR/runs"
	first=${paths%%|*}
	# also waits (up to 5 minutes) until the answers still queued from the run before are out
	code=$(curl -s -m 300 -o /dev/null -w '%{http_code}' ${hdr:+-H "$hdr"} "$base$first" || true)
	case $code in 2*) ;; *) echo "bench: $name: $base$first answers HTTP $code"; exit 1;; esac
	for k in $(seq 1 "$RUNS"); do
		l=$(load)
		BENCH_PATHS="$paths" BENCH_HEADER="$hdr" wrk -t2 -c"$CONN" -d"${DUR}s" --timeout 10s --latency -s "$HERE/wrk.lua" "$base$first" \
			> "$DIR/wrk.out" 2>&1 || true
		r=$(grep '^RESULT' "$DIR/wrk.out" || echo "RESULT rps=0 p50_ms=0 p99_ms=0 requests=0 errors=1 bytes=0")
		echo "$r load=$(echo "$l" | tr ' ' '/')" >> "$DIR/runs"
	done
	med=$(sed 's/.*rps=\([0-9.]*\).*/\1 &/' "$DIR/runs" | sort -n | awk -v m=$(((RUNS + 1) / 2)) 'NR == m' | cut -d' ' -f2-)
	echo "$name $med" >> "$DIR/results"
	log "$name: $med"
}
run nginx_static "http://127.0.0.1:$NPORT" "" "/casus.html"
run nginx_static_json "http://127.0.0.1:$NPORT" "" "/casus.json"
run healthz "$URL" "" "/healthz"
run casus_page "$URL" "Cookie: sessie=${REGIE#*=}" "/casussen/$REF"
run casus_json "$URL" "Authorization: Bearer $TOKEN" "/api/v1/casussen/$REF"
run werkvoorraad "$URL" "Cookie: sessie=${REGIE#*=}" "/casussen?status=in_behandeling&leefgebied=financien&sorteer=nieuwste"
run search "$URL" "Cookie: sessie=${REGIE#*=}" "$ZQ"
run register_search "$URL" "Cookie: sessie=${REGIE#*=}" "$RQ"
RSS_KB=$(awk '/^VmHWM/ { print $2 }' "/proc/$SP/status")
kill "$SP"; wait "$SP" || true; SP=""
# the audit log's group commit (store/audit/groep.c) logs its transactions and rows at the end
GC_COMMITS=$(grep -o '"audit group commit","commits":[0-9]*' "$DIR/serve.log" | grep -o '[0-9]*$' || echo 0)
GC_ROWS=$(grep -o '"audit group commit","commits":[0-9]*,"rows":[0-9]*' "$DIR/serve.log" | grep -o '[0-9]*$' || echo 0)

# ---- the results --------------------------------------------------------------------------------------------
f() { grep "^$1 " "$DIR/results" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k { print $2 }'; }
NGINX=$(f nginx_static rps); NGINXJ=$(f nginx_static_json rps)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", (b > 0 ? a / b : 0) }'; }
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
MACHINE="$(nproc) CPUs ($CPU), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), SQLite $(pkg-config --modversion sqlite3 2>/dev/null || echo ?), nginx $(nginx -v 2>&1 | sed 's|.*/||'), wrk $CONN connections, 2 threads, ${DUR}s x $RUNS (median)"
WHEN=$(date -u +%Y-%m-%dT%H:%M:%SZ)
TOTAL_S=$(elapsed "$BEGIN")
COMMIT=$(git -C "$HERE" rev-parse --short HEAD 2>/dev/null || echo ?)
{
	echo "# doorbraak benchmark, $N casussen, $NPROF professionals"
	echo
	echo "$WHEN, commit $COMMIT; $MACHINE. Load average (1/5/15 min) at the start of each median run."
	echo "Casus page $PAGE_BYTES bytes, casus JSON $JSON_BYTES bytes (nginx serves static files of the same sizes)."
	echo
	echo "| what | req/s | p50 ms | p99 ms | ratio to nginx static | load |"
	echo "|---|---|---|---|---|---|"
	for k in nginx_static nginx_static_json healthz casus_page casus_json werkvoorraad search register_search; do
		base=$NGINX; [ $k = casus_json ] || [ $k = nginx_static_json ] && base=$NGINXJ
		echo "| $k | $(f $k rps) | $(f $k p50_ms) | $(f $k p99_ms) | $(ratio "$(f $k rps)" "$base") | $(f $k load) |"
	done
	echo
	echo "| what | result | load |"
	echo "|---|---|---|"
	echo "| import | $IMPORT_RATE casussen/s ($IMPORT_S s; database $DB_MIB MiB) | $IMPORT_LOAD |"
	echo "| report --jaar 2024 | $REPORT1_S s | $REPORT_LOAD |"
	echo "| report, every year 2017-2026 | $REPORTALL_S s | |"
	echo "| server peak RSS (VmHWM) | $((RSS_KB / 1024)) MiB | |"
	echo "| audit rows of the server / their commits | $GC_ROWS / $GC_COMMITS | |"
	echo "| the whole benchmark (data set, loading, every run) | $TOTAL_S s | $(load) |"
} > "$OUT/latest.md"
{
	printf '{"when":"%s","commit":"%s","machine":"%s","cases":%s,"professionals":%s,' "$WHEN" "$COMMIT" \
		"$(echo "$MACHINE" | sed 's/"/\\"/g')" "$N" "$NPROF"
	printf '"casusPageBytes":%s,"casusJsonBytes":%s,"http":{' "$PAGE_BYTES" "$JSON_BYTES"
	sep=""
	for k in nginx_static nginx_static_json healthz casus_page casus_json werkvoorraad search register_search; do
		base=$NGINX; [ $k = casus_json ] || [ $k = nginx_static_json ] && base=$NGINXJ
		printf '%s"%s":{"rps":%s,"p50Ms":%s,"p99Ms":%s,"errors":%s,"ratio":%s,"load":"%s"}' "$sep" "$k" "$(f $k rps)" \
			"$(f $k p50_ms)" "$(f $k p99_ms)" "$(f $k errors)" "$(ratio "$(f $k rps)" "$base")" "$(f $k load)"
		sep=","
	done
	printf '},"import":{"casussenPerS":%s,"seconds":%s,"load":"%s","databaseMiB":%s},' "$IMPORT_RATE" "$IMPORT_S" \
		"$IMPORT_LOAD" "$DB_MIB"
	printf '"report":{"jaar2024S":%s,"allYearsS":%s,"load":"%s"},"serverPeakRssKiB":%s,"auditRows":%s,"auditCommits":%s,"totalS":%s}\n' \
		"$REPORT1_S" "$REPORTALL_S" "$REPORT_LOAD" "$RSS_KB" "${GC_ROWS:-0}" "${GC_COMMITS:-0}" "$TOTAL_S"
} > "$OUT/latest.json"
cat "$OUT/latest.md"
