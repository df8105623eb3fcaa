# doorbraak - build, run and test. `make run` and `make test` are the two set-up commands.

.SUFFIXES:

CC      = gcc
# The build folder; several people (or agents) working in one tree can each use their own: make B=/tmp/mybuild test
B       = build
PKGS    = libmicrohttpd sqlite3 libsodium jansson xlsxwriter liboath libqrencode libseccomp libcurl
CFLAGS_BASE = -std=c17 -D_GNU_SOURCE -Wall -Wextra -Wstrict-prototypes -Wmissing-prototypes \
          -Wwrite-strings -Wshadow -Werror -Isrc -I$(B)/gen
RELEASE_FLAGS = -O2 -g -D_FORTIFY_SOURCE=3 -fstack-protector-strong -fPIE
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDLIBS_APP = $$(pkg-config --libs $(PKGS)) -lstemmer -lpthread -lm

SRC      = $(wildcard src/*/*.c src/*/*/*.c)
LIB_SRC  = $(filter-out src/cli/main.c,$(SRC))
EMBED    = $(wildcard src/store/migrations/*.sql) $(wildcard src/web/templates/*.html src/web/templates/*/*.html) \
           $(wildcard src/web/static/*) $(wildcard src/cli/demo/*.jsonl) src/core/common-passwords.txt
NLDS_CSS = node_modules/@rijkshuisstijl-community/components-css/dist/index.css \
           node_modules/@rijkshuisstijl-community/design-tokens/dist/root.css
HEADERS  = $(wildcard src/*/*.h src/*/*/*.h)

OBJ      = $(SRC:src/%.c=$(B)/obj/%.o)
TOBJ     = $(LIB_SRC:src/%.c=$(B)/tobj/%.o)
UNIT     = $(patsubst tests/unit/%.c,$(B)/tests/%,$(wildcard tests/unit/test_*.c))
INTEG    = $(patsubst tests/integration/%.c,$(B)/tests/%,$(wildcard tests/integration/test_*.c))
# The API document: linted with the project's ADR ruleset, and that ruleset shown to catch bad documents.
API_TESTS = tests/lint-api.sh tests/api/test_ruleset.mjs

# The Debian 12 packages of the build and the tests; `make deps` installs the missing ones. zlib1g-dev: Debian's
# xlsxwriter.pc links -lz but libxlsxwriter-dev does not depend on it (and the tests read .xlsx files with zlib).
# liboath-dev: TOTP codes (HMAC-SHA1, which libsodium lacks); libqrencode-dev: the QR code of the TOTP secret;
# libseccomp-dev: the system-call filter of `serve`. libcurl4-openssl-dev: the integration tests' HTTP client, and
# since issue 14 the e-mail of notifications (libcurl's SMTP, STARTTLS through OpenSSL). python3-aiosmtpd: a real
# SMTP server on loopback that the notification tests start (tests only).
DEB_PKGS = build-essential pkg-config libmicrohttpd-dev libsqlite3-dev libsodium-dev libjansson-dev \
           libcurl4-openssl-dev libstemmer-dev libxlsxwriter-dev zlib1g-dev libcmocka-dev valgrind chromium \
           liboath-dev libqrencode-dev libseccomp-dev python3-aiosmtpd
# The pkg-config modules the build and the tests link; checked after the install, before the stamp is written.
DEP_PCS  = $(PKGS) zlib cmocka

.PHONY: all deps run test unit integration browser valgrind lint-api check-layers crashtest bench bench-deps fuzz fuzz-deps \
        fuzz-build clean

all: $(B)/doorbraak

# Installs what is missing: Debian packages, then the npm packages from package-lock.json (npm ci; .npmrc makes an
# engine mismatch an error). Every step must succeed before the stamp is written, so a failed install is retried by
# the next make. The stamp is also redone when DEB_PKGS changes ($(B)/.deps-list changes only then).
deps: $(B)/.deps
$(B)/.deps: $(B)/.deps-list package.json package-lock.json .npmrc
	@missing=""; for p in $(DEB_PKGS); do \
		[ "$$(dpkg-query -W -f='$${db:Status-Status}' $$p 2>/dev/null)" = installed ] || missing="$$missing $$p"; done; \
	command -v node >/dev/null 2>&1 || missing="$$missing nodejs"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
		echo "apt-get install:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@pkg-config --exists --print-errors $(DEP_PCS)
	@if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
		npm ci --no-audit --no-fund; fi
	@touch $@

$(B)/.deps-list: FORCE
	@mkdir -p $(B); [ "$$(cat $@ 2>/dev/null)" = "$(strip $(DEB_PKGS))" ] || echo "$(strip $(DEB_PKGS))" > $@

FORCE:

$(NLDS_CSS): $(B)/.deps

$(B)/embed: tools/embed.c
	@mkdir -p $(B)
	$(CC) -O1 -o $@ tools/embed.c

$(B)/gen/openapi.json: docs/openapi.yaml tools/openapi-json.cjs $(B)/.deps
	@mkdir -p $(B)/gen
	node tools/openapi-json.cjs docs/openapi.yaml > $@.tmp && mv $@.tmp $@

$(B)/gen/embedded.c: $(B)/embed $(EMBED) $(NLDS_CSS) $(B)/gen/openapi.json
	@mkdir -p $(B)/gen
	$(B)/embed $@ $(foreach f,$(EMBED),$(patsubst src/core/%,%,$(patsubst src/cli/%,%,$(patsubst src/store/%,%,$(patsubst src/web/%,%,$(f)))))=$(f)) \
		openapi.json=$(B)/gen/openapi.json \
		static/nlds-components.css=node_modules/@rijkshuisstijl-community/components-css/dist/index.css \
		static/nlds-tokens.css=node_modules/@rijkshuisstijl-community/design-tokens/dist/root.css

$(B)/obj/%.o: src/%.c $(HEADERS) $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_BASE) $(RELEASE_FLAGS) $$(pkg-config --cflags $(PKGS)) -c -o $@ $<

$(B)/tobj/%.o: src/%.c $(HEADERS) $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_BASE) $(SAN_FLAGS) $$(pkg-config --cflags $(PKGS)) -c -o $@ $<

$(B)/obj/gen/embedded.o: $(B)/gen/embedded.c
	@mkdir -p $(@D)
	$(CC) -std=c17 -Isrc -O0 -c -o $@ $<

$(B)/doorbraak: $(OBJ) $(B)/obj/gen/embedded.o
	$(CC) -pie -Wl,-z,relro,-z,now -o $@ $(OBJ) $(B)/obj/gen/embedded.o $(LDLIBS_APP)

# The test build of the server: sanitizers on, driven by the integration tests.
$(B)/doorbraak-test: $(TOBJ) $(B)/tobj/cli/main.o $(B)/obj/gen/embedded.o
	$(CC) -fsanitize=address,undefined -o $@ $(TOBJ) $(B)/tobj/cli/main.o $(B)/obj/gen/embedded.o $(LDLIBS_APP)

$(B)/tobj/cli/main.o: src/cli/main.c $(HEADERS) $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_BASE) $(SAN_FLAGS) $$(pkg-config --cflags $(PKGS)) -c -o $@ $<

$(B)/tests/%: tests/unit/%.c tests/unit/fixture.c tests/unit/fixture.h $(TOBJ) $(B)/obj/gen/embedded.o tests/harness.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_BASE) $(SAN_FLAGS) -Itests -Itests/unit $$(pkg-config --cflags $(PKGS) cmocka) -o $@ $< \
		tests/unit/fixture.c $(TOBJ) $(B)/obj/gen/embedded.o $(LDLIBS_APP) $$(pkg-config --libs cmocka)

INTEG_SUPPORT = tests/integration/client.c tests/integration/zip.c
$(B)/tests/%: tests/integration/%.c $(INTEG_SUPPORT) tests/integration/client.h tests/integration/zip.h $(TOBJ) \
		$(B)/obj/gen/embedded.o
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_BASE) $(SAN_FLAGS) -Itests -Itests/integration $$(pkg-config --cflags $(PKGS) cmocka libcurl zlib) \
		-o $@ $< $(INTEG_SUPPORT) $(TOBJ) $(B)/obj/gen/embedded.o $(LDLIBS_APP) $$(pkg-config --libs cmocka libcurl zlib)

# doorbraak serve refuses to run as root unless told to: make run, on a machine where one is root anyway (a
# container, a fresh Debian), says so explicitly.
run: $(B)/doorbraak
	@[ -f "$${DOORBRAAK_DB:-./doorbraak.db}" ] || $(B)/doorbraak init --demo
	@if [ "$$(id -u)" = 0 ]; then echo "make run: als root, dus met DOORBRAAK_ALS_ROOT=1"; \
		DOORBRAAK_ALS_ROOT=1 exec $(B)/doorbraak serve --print-demo; fi; exec $(B)/doorbraak serve --print-demo

# Every test: unit (cmocka), integration (real server over HTTP), the API document, browser (Chromium + axe).
test: deps $(UNIT) $(INTEG) $(B)/doorbraak-test $(B)/doorbraak
	@DOORBRAAK_TEST_BINARY=$(B)/doorbraak-test DOORBRAAK_BINARY=$(B)/doorbraak sh tests/run.sh tests/check-layers.sh $(UNIT) $(INTEG) \
		$(API_TESTS) --browser

# One part of make test each, with the same summary line.
unit: deps $(UNIT)
	@sh tests/run.sh $(UNIT)

integration: deps $(INTEG) $(B)/doorbraak-test
	@DOORBRAAK_TEST_BINARY=$(B)/doorbraak-test sh tests/run.sh $(INTEG)

browser: deps $(B)/doorbraak
	@DOORBRAAK_BINARY=$(B)/doorbraak sh tests/run.sh --browser

# The integration tests against a server running under valgrind (no sanitizers in that build).
valgrind: deps $(B)/doorbraak $(INTEG)
	DOORBRAAK_BINARY=$(B)/doorbraak sh tests/valgrind.sh $(INTEG)

# The crash test at full length: 100 cycles of SIGKILL while two writers create casussen through the API
# (make test runs the same program, tests/integration/test_crash.c, with 5). CRASHTEST_SEED=N repeats a run.
CRASHTEST_CYCLES = 100
crashtest: deps $(B)/tests/test_crash $(B)/doorbraak-test $(B)/doorbraak
	@CRASHTEST_CYCLES=$(CRASHTEST_CYCLES) DOORBRAAK_TEST_BINARY=$(B)/doorbraak-test DOORBRAAK_BINARY=$(B)/doorbraak \
		sh tests/run.sh $(B)/tests/test_crash

# ---- fuzzing (make fuzz; not part of make test) ----------------------------------------------------------------
# libFuzzer targets under tests/fuzz/, one per parser and one for the whole request path (tests/fuzz/README.md).
# Built with clang 14 and -fsanitize=fuzzer,address,undefined. clang-14 and libclang-rt-14-dev (the fuzzer runtime,
# libclang_rt.fuzzer) are installed by `make fuzz-deps` only, never by make test's deps.
FUZZ_CC       = clang
FUZZ_DEB_PKGS = clang-14 libclang-rt-14-dev
FUZZ_SECONDS  = 60
FUZZ_TARGETS  = url form multipart json csv csv_import cookie utf8 tmpl fts request
# -Wno-error: gcc's -Werror build is the one that must be warning-free; clang's own extra warnings only show here.
FUZZ_FLAGS    = -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
                -Wno-error
FOBJ          = $(LIB_SRC:src/%.c=$(B)/fobj/%.o)
FUZZ_BINS     = $(FUZZ_TARGETS:%=$(B)/fuzz/fuzz_%)

fuzz-deps: $(B)/.fuzz-deps
$(B)/.fuzz-deps: $(B)/.deps
	@missing=""; for p in $(FUZZ_DEB_PKGS); do \
		[ "$$(dpkg-query -W -f='$${db:Status-Status}' $$p 2>/dev/null)" = installed ] || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "apt-get install:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@mkdir -p $(B) && touch $@

$(B)/fobj/%.o: src/%.c $(HEADERS) $(B)/.fuzz-deps
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CFLAGS_BASE) $(FUZZ_FLAGS) $$(pkg-config --cflags $(PKGS)) -c -o $@ $<

$(B)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/server_harness.c tests/fuzz/fuzz_server.h $(FOBJ) $(B)/obj/gen/embedded.o
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CFLAGS_BASE) $(FUZZ_FLAGS) -Itests/fuzz $$(pkg-config --cflags $(PKGS)) -fsanitize=fuzzer \
		-o $@ $< tests/fuzz/server_harness.c $(FOBJ) $(B)/obj/gen/embedded.o $(LDLIBS_APP)

fuzz-build: $(FUZZ_BINS)
.SECONDARY: $(FOBJ)

# Runs every target for FUZZ_SECONDS (make fuzz FUZZ_SECONDS=600), from its seeds in tests/fuzz/corpus/<target>/
# (new inputs go to $(B)/fuzz/corpus/), and prints the executions per target; a crash stops with its input saved.
fuzz: $(FUZZ_BINS) $(B)/doorbraak
	@FUZZ_SECONDS=$(FUZZ_SECONDS) DOORBRAAK_BINARY=$(B)/doorbraak sh tests/fuzz/run.sh $(B)/fuzz $(FUZZ_TARGETS)

# Dependencies point down (lib < core < store < web < app < cli) and every file opens with its purpose line.
check-layers:
	@sh tools/check-layers.sh && echo "check-layers: ok"

# The OpenAPI document against the project's ruleset of the Dutch API Design Rules (tests/api/adr-ruleset.yml).
lint-api: deps
	npx --no-install spectral lint -r tests/api/adr-ruleset.yml docs/openapi.yaml

# The benchmark (bench/bench.sh): the release build (-O2, no sanitizers) in its own folder, a generated data set of
# BENCH_CASES casussen (100,000; the large run 1,000,000), doorbraak and nginx measured with wrk on loopback; writes
# bench/results/latest.md and latest.json. Not part of make test. Its own Debian packages, installed only here:
# wrk (the load generator) and nginx-light, unless an nginx is there (the machine's limit: a static file of the
# casus page's size, served by nginx beside doorbraak in the same run).
BENCH_B = $(B)/bench
BENCH_CASES ?= 100000
bench-deps: $(B)/.bench-deps
$(B)/.bench-deps:
	@PATH="$$PATH:/usr/sbin"; mkdir -p $(B); missing=""; command -v wrk >/dev/null 2>&1 || missing=" wrk"; \
	command -v nginx >/dev/null 2>&1 || missing="$$missing nginx-light"; \
	if [ -n "$$missing" ]; then \
		echo "apt-get install:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@PATH="$$PATH:/usr/sbin"; command -v wrk >/dev/null && command -v nginx >/dev/null
	@touch $@

bench: bench-deps deps
	@$(MAKE) --no-print-directory B=$(BENCH_B) $(BENCH_B)/doorbraak
	BENCH_CASES=$(BENCH_CASES) sh bench/bench.sh $(BENCH_B)/doorbraak

clean:
	rm -rf build
