#!/bin/sh
# check-layers.sh - tests tools/check-layers.sh: the real tree passes, and each kind of violation in a small fixture
# tree fails with a line that names the file. One TAP line per case.
cd "$(dirname "$0")/.." || exit 1
check=tools/check-layers.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
fails=0

tap() {   # $1: 0 = ok, $2: description
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fails=$((fails + 1)); fi
}

# A small clean tree: one file per layer, each including only downwards.
fixture() {
	rm -rf "$tmp/src"
	mkdir -p "$tmp/src/lib" "$tmp/src/core" "$tmp/src/store" "$tmp/src/app/casus" "$tmp/src/web/templates/casus"
	printf '/* buf.h - a buffer. */\n#include <stddef.h>\n' >"$tmp/src/lib/buf.h"
	printf '/* casus.h - a casus. */\n#include "lib/buf.h"\n' >"$tmp/src/core/casus.h"
	printf '/* casus.c - the casus rules. */\n#include "casus.h"\n#include "lib/buf.h"\n' >"$tmp/src/core/casus.c"
	printf '/* db.c - the database. */\n#include "store/driver.h"\n#include "core/casus.h"\n' >"$tmp/src/store/db.c"
	printf '/* driver_sqlite.c - SQLite. */\n#include <sqlite3.h>\n#include "core/casus.h"\n' \
	    >"$tmp/src/store/driver_sqlite.c"
	printf '/* web.c - casus pages. */\n#include <jansson.h>\n#include "store/db.h"\n' >"$tmp/src/app/casus/web.c"
	printf '{{! detail.html - the casus page. }}\n<p>{{x}}</p>\n' >"$tmp/src/web/templates/casus/detail.html"
}

# expect_fail DESCRIPTION PATTERN: the checker must exit 1 and print a line matching PATTERN
expect_fail() {
	out=$(sh "$check" "$tmp/src" 2>&1)
	rc=$?
	if [ "$rc" -eq 1 ] && printf '%s\n' "$out" | grep -q "$2"; then tap 0 "$1"; else
		printf '%s\n' "$out" | sed 's/^/# /'; tap 1 "$1 (exit $rc)"; fi
}

out=$(sh "$check" src 2>&1); rc=$?
[ "$rc" -eq 0 ] || printf '%s\n' "$out" | sed 's/^/# /'
tap "$rc" "src/ keeps the layer rules and every file has its purpose line"

fixture
sh "$check" "$tmp/src" >/dev/null 2>&1; tap $? "a clean fixture tree passes"

fixture
printf '#include "app/casus/web.h"\n' >>"$tmp/src/core/casus.c"
expect_fail "core including app is refused" 'src/core/casus.c:4: core may not include app/casus/web.h'

fixture
printf '#include "web/request.h"\n' >>"$tmp/src/store/db.c"
expect_fail "store including web is refused" 'src/store/db.c:4: store may not include web/request.h'

fixture
printf '#include <microhttpd.h>\n' >>"$tmp/src/store/db.c"
expect_fail "store including libmicrohttpd is refused" 'src/store/db.c:4: store may not include <microhttpd.h>'

fixture
printf '#include <sqlite3.h>\n' >>"$tmp/src/app/casus/web.c"
expect_fail "app including SQLite is refused" 'src/app/casus/web.c:4: app may not include <sqlite3.h>'

fixture
printf '#include <jansson.h>\n' >>"$tmp/src/core/casus.c"
expect_fail "core including jansson is refused" 'src/core/casus.c:4: core may not include <jansson.h>'

fixture
printf '#include <sqlite3.h>\n' >>"$tmp/src/store/db.c"
expect_fail "a store file other than the SQLite driver including SQLite is refused" \
    'src/store/db.c:4: only its driver may include <sqlite3.h>'

fixture
printf '#include "store/driver_sqlite.h"\n' >>"$tmp/src/store/db.c"
expect_fail "SQLite's driver header outside the driver is refused" \
    'src/store/db.c:4: only the SQLite driver and store_fts may include store/driver_sqlite.h'

fixture
printf '#include "../app/casus/web.h"\n' >>"$tmp/src/core/casus.c"
expect_fail "an include that climbs out of its folder is refused" 'climbs out of its folder'

fixture
printf '#include <stddef.h>\n' >"$tmp/src/lib/buf.h"
expect_fail "a C file without its purpose line is refused" 'src/lib/buf.h:1: the first line is not its purpose comment'

fixture
printf '/* andere.h - a wrong name. */\n' >"$tmp/src/lib/buf.h"
expect_fail "a purpose line that names another file is refused" 'src/lib/buf.h:1:'

fixture
printf '<p>{{x}}</p>\n' >"$tmp/src/web/templates/casus/detail.html"
expect_fail "a template without its purpose comment is refused" 'detail.html:1: the first line is not its purpose comment'

[ "$fails" -eq 0 ]
