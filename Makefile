# httpstatus: build, test and install. `make help` lists the targets.
# Every path is a variable so LuaRocks, distributions and CI can set them.

LUA_VERSION ?= 5.4
LUA         ?= lua$(LUA_VERSION)
LUA_INCDIR  ?= /usr/include/lua$(LUA_VERSION)
PREFIX      ?= /usr/local
DESTDIR     ?=
INST_LUADIR ?= $(PREFIX)/share/lua/$(LUA_VERSION)
INST_LIBDIR ?= $(PREFIX)/lib/lua/$(LUA_VERSION)
INST_BINDIR ?= $(PREFIX)/bin
BUILD_DIR   ?= build/$(LUA_VERSION)

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -std=c99 -pedantic -Wall -Wextra -Werror -Wshadow \
           -Wdeclaration-after-statement -Wmissing-prototypes \
           -Wstrict-prototypes -Wc++-compat
LIBFLAG ?= -shared

CORE_SRC := csrc/httpstatus.c csrc/httpstatus_line.c csrc/httpstatus_json.c \
            csrc/httpstatus_date.c csrc/httpstatus_log.c
MOD_SRC  := csrc/lhttpstatus.c csrc/lhttpstatus_wire.c csrc/lhttpstatus_json.c \
            csrc/lhttpstatus_date.c csrc/lhttpstatus_log.c
PUBLIC_HEADERS := csrc/httpstatus.h csrc/httpstatus_codes.h csrc/httpstatus_date.h \
                  csrc/httpstatus_log.h
C_TESTS  := core date log
HEADERS  := $(wildcard csrc/*.h)
MODULE   := $(BUILD_DIR)/httpstatus/core.so
SUB_MODULES    := $(wildcard lua/httpstatus/*.lua)
LOCALE_MODULES := $(wildcard lua/httpstatus/locale/*.lua)

## all: core.so for LUA_VERSION (default 5.4) in BUILD_DIR
.PHONY: all test demo bench install uninstall clean lint luacheck cppcheck cxx-check fuzz help \
	lib install-lib uninstall-lib warnings check-c check-threads asan-module

all: $(MODULE)

$(MODULE): $(CORE_SRC) $(MOD_SRC) $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) -fPIC -I$(LUA_INCDIR) -Icsrc \
		$(CORE_SRC) $(MOD_SRC) $(LIBFLAG) -o $@

## test: everything (five runtimes, real nginx, sanitizers, valgrind, installs, linters)
test:
	@sh scripts/test.sh

## demo: the httpstatus command in English and Korean, and the log classifier
demo:
	@sh scripts/demo.sh

## install: the Lua modules, core.so and the httpstatus command under PREFIX (DESTDIR honoured)
install: $(MODULE)
	install -d $(DESTDIR)$(INST_LUADIR)/httpstatus/locale $(DESTDIR)$(INST_LIBDIR)/httpstatus \
		$(DESTDIR)$(INST_BINDIR)
	install -m 644 lua/httpstatus.lua $(DESTDIR)$(INST_LUADIR)/httpstatus.lua
	install -m 644 $(SUB_MODULES) $(DESTDIR)$(INST_LUADIR)/httpstatus/
	install -m 644 $(LOCALE_MODULES) $(DESTDIR)$(INST_LUADIR)/httpstatus/locale/
	install -m 755 $(MODULE) $(DESTDIR)$(INST_LIBDIR)/httpstatus/core.so
	sed '1s|.*|#!/usr/bin/env $(LUA)|' bin/httpstatus > $(DESTDIR)$(INST_BINDIR)/httpstatus
	chmod 755 $(DESTDIR)$(INST_BINDIR)/httpstatus

## uninstall: remove what install put there
uninstall:
	rm -f $(DESTDIR)$(INST_LUADIR)/httpstatus.lua $(DESTDIR)$(INST_BINDIR)/httpstatus
	rm -f $(addprefix $(DESTDIR)$(INST_LUADIR)/httpstatus/,$(notdir $(SUB_MODULES)))
	rm -f $(addprefix $(DESTDIR)$(INST_LUADIR)/httpstatus/locale/,$(notdir $(LOCALE_MODULES)))
	rm -f $(DESTDIR)$(INST_LIBDIR)/httpstatus/core.so
	-rmdir $(DESTDIR)$(INST_LUADIR)/httpstatus/locale $(DESTDIR)$(INST_LUADIR)/httpstatus \
		$(DESTDIR)$(INST_LIBDIR)/httpstatus 2>/dev/null
	@# in a staging tree, also the folders install created (never a real PREFIX's)
	$(if $(DESTDIR),-rmdir -p --ignore-fail-on-non-empty $(DESTDIR)$(INST_LUADIR) \
		$(DESTDIR)$(INST_LIBDIR) $(DESTDIR)$(INST_BINDIR) 2>/dev/null)

## lint: luacheck, cppcheck, and the C core compiled as C++
lint: luacheck cppcheck cxx-check

luacheck:
	luacheck --quiet --no-color lua spec examples bench bin/httpstatus

cppcheck:
	cppcheck --quiet --error-exitcode=1 --enable=warning,style,performance,portability \
		--std=c99 --inline-suppr -I csrc -I$(LUA_INCDIR) $(CORE_SRC) $(MOD_SRC)

cxx-check:
	$(CC) -x c++ -fsyntax-only -Wall -Wextra -Werror -Icsrc $(CORE_SRC)

## warnings: every C file with gcc and clang, -Wconversion too, for 5.1, 5.4 and LuaJIT headers
warnings:
	@for cc in gcc clang; do for inc in /usr/include/lua5.1 /usr/include/lua5.4 \
	  /usr/include/luajit-2.1; do \
	  $$cc $(WARN) -Wconversion -Wsign-conversion -fsyntax-only -I$$inc -Icsrc \
	    $(CORE_SRC) $(MOD_SRC) $(patsubst %,spec/c/%_test.c,$(C_TESTS)) examples/c/status.c \
	    $(patsubst %,fuzz/fuzz_%.c,$(FUZZ_TARGETS)) || exit 1; \
	done; done

# ---- builds for the checks in make test ----
SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

## check-c: the core's C tests (spec/c/*_test.c), with AddressSanitizer and UBSan
check-c: $(patsubst %,check-c-%,$(C_TESTS))

check-c-%:
	@mkdir -p build/ctest
	$(CC) -std=c99 -g -O1 $(SANITIZE) -Icsrc spec/c/$*_test.c $(CORE_SRC) -o build/ctest/$*_test
	build/ctest/$*_test

## check-threads: four lua_States at once, with ThreadSanitizer (Lua 5.4)
check-threads:
	@mkdir -p build/ctest
	$(CC) -std=c99 -g -O1 -fsanitize=thread -I/usr/include/lua5.4 -Icsrc spec/c/threads_test.c \
		$(CORE_SRC) $(MOD_SRC) -llua5.4 -lpthread -o build/ctest/threads_test
	TSAN_OPTIONS=halt_on_error=1 build/ctest/threads_test "lua/?.lua"

## asan-module: core.so for Lua 5.4 built with AddressSanitizer and UBSan
asan-module:
	$(MAKE) -s LUA_VERSION=5.4 BUILD_DIR=build/asan CFLAGS="-g -O1 $(SANITIZE)" \
		LIBFLAG="-shared $(SANITIZE)"

## bench: timings against hand-written baselines on 5.1, 5.4, LuaJIT; SAVE=1 writes bench/results.md
bench:
	@SAVE=$(SAVE) sh bench/run.sh

## fuzz: every libFuzzer target for FUZZ_SECONDS each (default 60)
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := status_line json_quote from_text date log
FUZZ_CC      ?= clang
FUZZ_FLAGS   := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all

fuzz:
	@sh scripts/deps.sh clang libclang-rt-14-dev
	@mkdir -p build/fuzz
	@for t in $(FUZZ_TARGETS); do \
	  $(FUZZ_CC) $(FUZZ_FLAGS) -Icsrc fuzz/fuzz_$$t.c $(CORE_SRC) -o build/fuzz/$$t || exit 1; \
	  rm -rf build/fuzz/corpus-$$t && mkdir -p build/fuzz/corpus-$$t && \
	  cp fuzz/seeds/$$t/* build/fuzz/corpus-$$t/ && \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s" && \
	  build/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    build/fuzz/corpus-$$t 2>build/fuzz/$$t.log || { tail -40 build/fuzz/$$t.log; exit 1; }; \
	  grep -E '^(stat::number_of_executed_units|stat::new_units_added)' build/fuzz/$$t.log; \
	done

# ---- libhttpstatus: the core as a C library, for C programs ----
VERSION     := $(shell sed -n 's/^\#define HTTPSTATUS_VERSION "\(.*\)"/\1/p' csrc/httpstatus.h)
LIB_DIR     := build/lib
INST_INCDIR ?= $(PREFIX)/include
INST_CLIBDIR ?= $(PREFIX)/lib
CORE_OBJ    := $(patsubst csrc/%.c,$(LIB_DIR)/%.o,$(CORE_SRC))

## lib: libhttpstatus.a and libhttpstatus.so (the Lua-free core)
lib: $(LIB_DIR)/libhttpstatus.a $(LIB_DIR)/libhttpstatus.so.$(VERSION)

$(LIB_DIR)/%.o: csrc/%.c $(HEADERS)
	@mkdir -p $(LIB_DIR)
	$(CC) $(CFLAGS) $(WARN) -fPIC -Icsrc -c $< -o $@

$(LIB_DIR)/libhttpstatus.a: $(CORE_OBJ)
	$(AR) rcs $@ $(CORE_OBJ)

$(LIB_DIR)/libhttpstatus.so.$(VERSION): $(CORE_OBJ)
	$(CC) -shared -Wl,-soname,libhttpstatus.so.0 $(CORE_OBJ) -o $@

## install-lib: headers, libraries and httpstatus.pc under PREFIX (DESTDIR honoured)
install-lib: lib
	install -d $(DESTDIR)$(INST_INCDIR) $(DESTDIR)$(INST_CLIBDIR)/pkgconfig
	install -m 644 $(PUBLIC_HEADERS) $(DESTDIR)$(INST_INCDIR)/
	install -m 644 $(LIB_DIR)/libhttpstatus.a $(DESTDIR)$(INST_CLIBDIR)/
	install -m 755 $(LIB_DIR)/libhttpstatus.so.$(VERSION) $(DESTDIR)$(INST_CLIBDIR)/
	ln -sf libhttpstatus.so.$(VERSION) $(DESTDIR)$(INST_CLIBDIR)/libhttpstatus.so.0
	ln -sf libhttpstatus.so.0 $(DESTDIR)$(INST_CLIBDIR)/libhttpstatus.so
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(INST_CLIBDIR)|' \
		-e 's|@INCLUDEDIR@|$(INST_INCDIR)|' -e 's|@VERSION@|$(VERSION)|' \
		csrc/httpstatus.pc.in > $(DESTDIR)$(INST_CLIBDIR)/pkgconfig/httpstatus.pc

## uninstall-lib: remove what install-lib put there
uninstall-lib:
	rm -f $(addprefix $(DESTDIR)$(INST_INCDIR)/,$(notdir $(PUBLIC_HEADERS)))
	rm -f $(addprefix $(DESTDIR)$(INST_CLIBDIR)/,libhttpstatus.a libhttpstatus.so \
		libhttpstatus.so.0 libhttpstatus.so.$(VERSION) pkgconfig/httpstatus.pc)
	$(if $(DESTDIR),-rmdir -p --ignore-fail-on-non-empty $(DESTDIR)$(INST_INCDIR) \
		$(DESTDIR)$(INST_CLIBDIR)/pkgconfig 2>/dev/null)

## clean: remove build products
clean:
	rm -rf build

## help: this list
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)
