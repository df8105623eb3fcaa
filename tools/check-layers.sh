#!/bin/sh
# check-layers.sh - the house rules that one grep can check: dependencies point down, every file says what it is for.
#
# Usage: tools/check-layers.sh [SRC]   (default: src)
# Prints one line per violation ("src/core/x.c:3: core may not include app/y.h") and exits 1 when there is any.
#
# Layers, lowest first: lib core store web app cli. A file may include headers of its own layer and of the layers
# below it, never above. Some libraries belong to one layer only: SQLite, libpq and libmicrohttpd to the layers
# that own them; jansson (JSON is presentation) never to core or lib. Inside store, a database library belongs to
# its driver: SQLite (and the headers that bring it along) only to driver_sqlite.* and the FTS5 search,
# store_fts.*; libpq only to driver_pgsql.*. The rest of the store speaks the backend-neutral driver.h/stmt.h.
# Every .c, .h, .sql, .css and .html file starts with a one-line purpose comment that names the file:
#   .c .h .css   /* name.c - what it is for. */      .sql   -- NNN: what it adds
#   .html        {{! name.html - what it is for. }}
src=${1:-src}
[ -d "$src" ] || { echo "check-layers: no folder $src" >&2; exit 2; }

rank() {
	case $1 in
	lib) echo 0 ;; core) echo 1 ;; store) echo 2 ;; web) echo 3 ;; app) echo 4 ;; cli) echo 5 ;; *) echo -1 ;;
	esac
}

out=$(mktemp)
trap 'rm -f "$out"' EXIT

for f in $(find "$src" -type f \( -name '*.c' -o -name '*.h' \) | sort); do
	rel=${f#"$src"/}
	layer=${rel%%/*}
	lr=$(rank "$layer")
	if [ "$lr" -lt 0 ]; then
		echo "$f: not in a layer folder (lib core store web app cli)" >>"$out"
		continue
	fi
	# quoted includes: "layer/..."
	grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" | while IFS= read -r line; do
		n=${line%%:*}
		inc=$(printf '%s\n' "$line" | sed 's/^[^"]*"\([^"]*\)".*/\1/')
		il=${inc%%/*}
		ir=$(rank "$il")
		if [ "$ir" -lt 0 ]; then
			case $inc in
			*..*) echo "$f:$n: include \"$inc\" climbs out of its folder (write \"layer/file.h\")" ;;
			*/*) echo "$f:$n: include \"$inc\" names no layer (write \"layer/file.h\")" ;;
			*) ;;   # a header in the same folder, so the same layer
			esac
		elif [ "$ir" -gt "$lr" ]; then
			echo "$f:$n: $layer may not include $inc ($il is above $layer)"
		fi
		case $layer:${rel#store/}:$inc in
		store:driver_sqlite.[ch]:* | store:store_fts.[ch]:*) ;;
		store:*:store/driver_sqlite.h | store:*:store/store_fts.h)
			echo "$f:$n: only the SQLite driver and store_fts may include $inc (use store/driver.h, store/stmt.h)" ;;
		esac
	done >>"$out"
	# libraries that belong to one layer
	grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*<' "$f" | while IFS= read -r line; do
		n=${line%%:*}
		inc=$(printf '%s\n' "$line" | sed 's/^[^<]*<\([^>]*\)>.*/\1/')
		case $layer:$inc in
		lib:jansson.h | core:jansson.h)
			echo "$f:$n: $layer may not include <$inc> (JSON is presentation: app or web)" ;;
		lib:sqlite3.h | core:sqlite3.h | web:sqlite3.h | app:sqlite3.h | cli:sqlite3.h | \
		lib:libpq-fe.h | core:libpq-fe.h | web:libpq-fe.h | app:libpq-fe.h | cli:libpq-fe.h)
			echo "$f:$n: $layer may not include <$inc> (SQL lives in store)" ;;
		lib:microhttpd.h | core:microhttpd.h | store:microhttpd.h | app:microhttpd.h | cli:microhttpd.h)
			echo "$f:$n: $layer may not include <$inc> (HTTP lives in web)" ;;
		esac
		case $layer:${rel#store/}:$inc in
		store:driver_sqlite.[ch]:sqlite3.h | store:store_fts.[ch]:sqlite3.h | store:driver_pgsql.[ch]:libpq-fe.h) ;;
		store:*:sqlite3.h | store:*:libpq-fe.h)
			echo "$f:$n: only its driver may include <$inc> (the store speaks store/driver.h and store/stmt.h)" ;;
		esac
	done >>"$out"
done

# the purpose line
for f in $(find "$src" -type f \( -name '*.c' -o -name '*.h' -o -name '*.css' -o -name '*.sql' -o -name '*.html' \) | sort); do
	name=${f##*/}
	first=$(head -n 1 "$f")
	case $name in
	*.sql) pat="-- [0-9][0-9][0-9]: ?*" ;;
	*.html) pat="{{! $name - ?*}}" ;;
	*) pat="/\* $name - ?*" ;;
	esac
	# shellcheck disable=SC2254
	case $first in
	$pat) ;;
	*) echo "$f:1: the first line is not its purpose comment (\"$(printf '%s' "$pat" | tr -d '\\')\")" >>"$out" ;;
	esac
done

if [ -s "$out" ]; then
	cat "$out"
	echo "check-layers: $(wc -l <"$out" | tr -d ' ') violation(s)" >&2
	exit 1
fi
exit 0
