#!/bin/sh
# fts.sh - times the casus search index: 100,000 generated casussen (2 timeline entries each) inserted in one
# transaction without index, with the index built afterwards, and with the index triggers; then a few searches.
# Not part of `make test`.
# Usage: sh bench/fts.sh [BUILD_DIR] [N]      (BUILD_DIR as make's B, default build; N default 100000)
set -eu
B=${1:-build}
N=${2:-100000}
DB=${TMPDIR:-/tmp}/doorbraak-fts-bench.$$.db
OBJS="$B/obj/store/db.o $B/obj/store/store_fts.o $B/obj/store/fts_query.o $B/obj/lib/mem.o $B/obj/lib/embed.o $B/obj/core/err.o"
OBJS="$OBJS $B/obj/gen/embedded.o"
trap 'rm -f "$DB" "$DB-wal" "$DB-shm" "$B/fts_bench"' EXIT

make -s B="$B" $OBJS
gcc -std=c17 -D_GNU_SOURCE -Wall -Wextra -Wstrict-prototypes -Wmissing-prototypes -Wwrite-strings -Wshadow -Werror \
	-O2 -Isrc -o "$B/fts_bench" bench/fts_bench.c $OBJS $(pkg-config --cflags --libs sqlite3) -lstemmer
echo "# SQLite $(pkg-config --modversion sqlite3), $(nproc) CPUs, $(uname -m)"
echo "# without the search index (triggers dropped):"
"$B/fts_bench" "$DB" "$N" --zonder-index
rm -f "$DB" "$DB-wal" "$DB-shm"
echo "# triggers dropped, index built afterwards in one INSERT ... SELECT (what a bulk import could do):"
"$B/fts_bench" "$DB" "$N" --achteraf
rm -f "$DB" "$DB-wal" "$DB-shm"
echo "# with the search index kept by the triggers:"
"$B/fts_bench" "$DB" "$N"
