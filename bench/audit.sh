#!/bin/sh
# audit.sh - the cost of one audited casus read (GET /api/v1/casussen/PMM-2025-0003): wall time of N reads on one
# connection, and instructions per read under callgrind (a run of N reads minus a run of 1, divided by N-1).
# Usage: sh bench/audit.sh BINARY LABEL [N] PORT   (for example build/doorbraak na 200 18942)
BIN=$1; LABEL=$2; N=${3:-200}; PORT=$4
D=/tmp/h15-bench-$LABEL; rm -rf $D; mkdir -p $D
export DOORBRAAK_DB=$D/b.db DOORBRAAK_ALS_ROOT=1 DOORBRAAK_LISTEN=127.0.0.1:$PORT DOORBRAAK_SECCOMP=0 DOORBRAAK_PWHASH_MEM=20000000 DOORBRAAK_THREADS=1
$BIN init --demo >/dev/null 2>&1
T=$($BIN token create regievoerder@demo.doorbraak.nl 2>/dev/null | grep -Eo '[0-9a-f]{64}' | head -1)
: > $D/urls
i=0; while [ $i -lt $N ]; do echo "url = \"http://127.0.0.1:$PORT/api/v1/casussen/PMM-2025-0003\"" >> $D/urls; echo "output = \"/dev/null\"" >> $D/urls; i=$((i+1)); done
# warm-up run without valgrind: wall time of N requests on one connection
$BIN serve > $D/serve.log 2>&1 & SP=$!
sleep 1
S=$(date +%s.%N); curl -s -H "Authorization: Bearer $T" -K $D/urls; E=$(date +%s.%N)
kill $SP; wait $SP
echo "$LABEL wall: $N requests in $(echo "$E - $S" | bc) s"
# instructions: callgrind over a run of 1 request and a run of N requests; the difference / (N-1) is one request
for n in 1 $N; do
  head -n $((2*n)) $D/urls > $D/u$n
  valgrind --tool=callgrind --callgrind-out-file=$D/cg.$n $BIN serve > $D/vg.$n 2>&1 & VP=$!
  for k in $(seq 1 60); do curl -s -o /dev/null http://127.0.0.1:$PORT/healthz && break; sleep 0.5; done
  curl -s -H "Authorization: Bearer $T" -K $D/u$n
  kill $VP; wait $VP
done
a=$(grep -h "^summary\|^totals" $D/cg.1 | head -1 | awk '{print $2}')
b=$(grep -h "^summary\|^totals" $D/cg.$N | head -1 | awk '{print $2}')
echo "$LABEL instructions: 1 request run $a, $N request run $b, per request $(( (b - a) / (N - 1) ))"
rm -rf $D
