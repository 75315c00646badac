# httpstatus: build, test and install. `make help` lists the targets.
# Every path is a variable so LuaRocks, distributions and CI can set them.

LUA_VERSION ?= 5.4
LUA         ?= lua$(LUA_VERSION)
SUPPORTED_LUA := 5.1 5.2 5.3 5.4
# The Lua headers: LUA_INCDIR when given (LuaJIT or OpenResty:
# LUA_VERSION=5.1 LUA_INCDIR=/usr/local/openresty/luajit/include/luajit-2.1),
# else what pkg-config knows for this version, else Debian's place.
PKG_CONFIG  ?= pkg-config
LUA_PC_NAMES = lua$(LUA_VERSION) lua-$(LUA_VERSION) lua$(subst .,,$(LUA_VERSION))
ifeq ($(origin LUA_INCDIR),undefined)
LUA_INCDIR := $(strip $(or $(firstword $(foreach pc,$(LUA_PC_NAMES),$(patsubst -I%,%,$(filter -I%,\
                $(shell $(PKG_CONFIG) --cflags-only-I $(pc) 2>/dev/null))))),\
                /usr/include/lua$(LUA_VERSION)))
endif
PREFIX      ?= /usr/local
DESTDIR     ?=
INST_LUADIR ?= $(PREFIX)/share/lua/$(LUA_VERSION)
INST_LIBDIR ?= $(PREFIX)/lib/lua/$(LUA_VERSION)
INST_BINDIR ?= $(PREFIX)/bin
BUILD_DIR   ?= build/$(LUA_VERSION)

# Users' builds take CC, CFLAGS and LDFLAGS as given and never fail on a
# warning; STRICT=1 (make test, make check) adds our warning set, -Werror.
CC      ?= cc
CFLAGS  ?= -O2 -g
LDFLAGS ?=
WARN    := -std=c99 -pedantic -Wall -Wextra -Werror -Wshadow \
           -Wdeclaration-after-statement -Wmissing-prototypes \
           -Wstrict-prototypes -Wc++-compat
STRICT  ?=
BUILD_WARN = $(if $(STRICT),$(WARN))
LIBFLAG ?= -shared

# The runtimes make test covers, and what each needs: the one table of them
# (scripts/runtimes.sh asks `make runtime-info RT=...`).
RUNTIMES     := 5.1 5.2 5.3 5.4 luajit
rt_version    = $(if $(filter luajit,$(1)),5.1,$(1))
rt_incdir     = $(if $(filter luajit,$(1)),/usr/include/luajit-2.1,/usr/include/lua$(1))
rt_lua        = $(if $(filter luajit,$(1)),luajit,lua$(1))
rt_packages   = $(strip $(if $(filter luajit,$(1)),luajit2 libluajit2-5.1-dev,\
                  $(if $(filter 5.1,$(1)),lua5.1 liblua5.1-0-dev,lua$(1) liblua$(1)-dev)))

CORE_SRC := csrc/httpstatus.c csrc/httpstatus_line.c csrc/httpstatus_json.c \
            csrc/httpstatus_date.c csrc/httpstatus_log.c csrc/httpstatus_log_line.c
MOD_SRC  := csrc/lhttpstatus.c csrc/lhttpstatus_wire.c csrc/lhttpstatus_json.c \
            csrc/lhttpstatus_date.c csrc/lhttpstatus_log.c
PUBLIC_HEADERS := csrc/httpstatus.h csrc/httpstatus_codes.h csrc/httpstatus_date.h \
                  csrc/httpstatus_log.h
C_TESTS  := core date log
HEADERS  := $(wildcard csrc/*.h)
MODULE   := $(BUILD_DIR)/httpstatus/core.so
SUB_MODULES    := $(wildcard lua/httpstatus/*.lua)
LOCALE_MODULES := $(wildcard lua/httpstatus/locale/*.lua)
CMD_MODULES    := $(wildcard lua/httpstatus/cmd/*.lua)
# the command's modules as 1.0.0 installed them, beside the library's;
# install and uninstall remove them
RETIRED_MODULES := cli.lua page.lua logreport.lua

## all: core.so for LUA_VERSION (default 5.4) in BUILD_DIR
.PHONY: all test check runtime-list runtime-info demo bench site dist install uninstall clean lint luacheck cppcheck cxx-check fuzz help \
	lib install-lib uninstall-lib warnings check-c check-threads asan-module install-paths install-lib-paths

all: $(MODULE)

$(MODULE): $(CORE_SRC) $(MOD_SRC) $(HEADERS)
	@case " $(SUPPORTED_LUA) " in *" $(LUA_VERSION) "*) ;; *) \
	  echo "httpstatus: LUA_VERSION=$(LUA_VERSION) is not supported: use 5.1, 5.2, 5.3 or 5.4" \
	    "(LuaJIT and OpenResty: LUA_VERSION=5.1 with their LUA_INCDIR)" >&2; exit 1;; esac
	@test -f "$(LUA_INCDIR)/lua.h" || { echo "httpstatus: no lua.h in $(LUA_INCDIR):" \
	  "install the Lua $(LUA_VERSION) headers (Debian/Ubuntu: liblua$(LUA_VERSION)-dev," \
	  "Fedora: lua-devel, Alpine: lua$(LUA_VERSION)-dev) or set LUA_INCDIR=/path/to/include" >&2; \
	  exit 1; }
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(BUILD_WARN) -fPIC -I$(LUA_INCDIR) -Icsrc \
		$(CORE_SRC) $(MOD_SRC) $(LIBFLAG) $(LDFLAGS) -o $@

## test: everything (five runtimes, real nginx, sanitizers, valgrind, installs, linters)
test:
	@sh scripts/test.sh

## check: the fast loop: a strict build and the specs on one runtime (RUNTIME=5.4
## by default, or 5.1..5.3, luajit) and luacheck; seconds, no installs, no valgrind
RUNTIME ?= 5.4
check:
	@$(MAKE) -s STRICT=1 LUA_VERSION=$(call rt_version,$(RUNTIME)) \
		LUA_INCDIR=$(call rt_incdir,$(RUNTIME)) BUILD_DIR=build/$(RUNTIME)
	@$(call rt_lua,$(RUNTIME)) /usr/bin/busted -o utfTerminal --cpath="build/$(RUNTIME)/?.so"
	@$(call rt_lua,$(RUNTIME)) /usr/bin/busted --run=stress -o utfTerminal \
		--cpath="build/$(RUNTIME)/?.so"
	@luacheck --quiet --no-color lua spec examples bench types bin/httpstatus

## test-nginx: the real-nginx test alone: Debian's nginx and the modern stack (build/openresty,
## HTTP/1.1 and h2c), or any nginx with ngx_lua: make test-nginx NGINX=/path/to/sbin/nginx
.PHONY: test-nginx
test-nginx:
	@NGINX="$(NGINX)" sh scripts/nginx_test.sh

# runtime-list, runtime-info RT=...: the table above, for the scripts
runtime-list:
	@echo "$(RUNTIMES)"

runtime-info:
	@echo "rt_version='$(call rt_version,$(RT))' rt_incdir='$(call rt_incdir,$(RT))'" \
		"rt_lua='$(call rt_lua,$(RT))' rt_packages='$(call rt_packages,$(RT))'"

## demo: the httpstatus command in English and Korean, and the log classifier
demo:
	@sh scripts/demo.sh

## install: the Lua modules, core.so, the command (httpstatus-LUA_VERSION, and httpstatus
## pointing at the last one installed), its man page and completions, under PREFIX (DESTDIR too)
INST_MANDIR      ?= $(PREFIX)/share/man/man1
INST_BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
INST_ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
COMMAND          := httpstatus-$(LUA_VERSION)

# Install paths reach the shell in single quotes, so a space is fine. A
# path holding ' " ` \ $$ ; | & or a line break is refused before anything
# is touched: quoting, make, sed or the command's Lua strings cannot carry
# it. The value checked is the one given (a $$ in it is not expanded away).
INSTALL_PATH_VARS := PREFIX DESTDIR INST_LUADIR INST_LIBDIR INST_BINDIR INST_MANDIR \
                     INST_BASHCOMPDIR INST_ZSHCOMPDIR
UNSAFE_PATH_CHARS := ' " ` \ ; | &
define NEWLINE


endef
install_path = $(if $(filter file default undefined,$(origin $(1))),$($(1)),$(value $(1)))
path_problem = $(strip $(foreach c,$(UNSAFE_PATH_CHARS),$(if $(findstring $(c),$(1)),$(c))) \
                 $(if $(findstring $$,$(1)),$$) $(if $(findstring $(NEWLINE),$(1)),a line break))
PATH_REFUSED = an install path may not hold any of ' " ` \ $$ ; | & or a line break, which \
               make, the shell or the installed command could not carry: choose another folder
check_paths = $(foreach v,$(1),$(if $(call path_problem,$(call install_path,$(v))),$(error \
                httpstatus: $(v) holds [$(call path_problem,$(call install_path,$(v)))]; \
                $(PATH_REFUSED))))

install-paths:
	@:$(call check_paths,$(INSTALL_PATH_VARS))

# each install folder, quoted for the shell (install-paths checked it)
Q_LUA   = '$(DESTDIR)$(INST_LUADIR)'
Q_LIB   = '$(DESTDIR)$(INST_LIBDIR)'
Q_BIN   = '$(DESTDIR)$(INST_BINDIR)'
Q_MAN   = '$(DESTDIR)$(INST_MANDIR)'
Q_BASH  = '$(DESTDIR)$(INST_BASHCOMPDIR)'
Q_ZSH   = '$(DESTDIR)$(INST_ZSHCOMPDIR)'

install: install-paths $(MODULE)
	install -d $(Q_LUA)/httpstatus/locale $(Q_LUA)/httpstatus/cmd $(Q_LIB)/httpstatus $(Q_BIN) \
		$(Q_MAN) $(Q_BASH) $(Q_ZSH)
	install -m 644 lua/httpstatus.lua $(Q_LUA)/httpstatus.lua
	install -m 644 $(SUB_MODULES) $(Q_LUA)/httpstatus/
	install -m 644 $(LOCALE_MODULES) $(Q_LUA)/httpstatus/locale/
	install -m 644 $(CMD_MODULES) $(Q_LUA)/httpstatus/cmd/
	rm -f $(addprefix $(Q_LUA)/httpstatus/,$(RETIRED_MODULES))
	install -m 755 $(MODULE) $(Q_LIB)/httpstatus/core.so
	@# the command finds the modules of its own PREFIX first, with no LUA_PATH set
	{ echo '#!/usr/bin/env $(LUA)'; \
	  echo 'package.path = "$(INST_LUADIR)/?.lua;$(INST_LUADIR)/?/init.lua;" .. package.path'; \
	  echo 'package.cpath = "$(INST_LIBDIR)/?.so;" .. package.cpath'; \
	  sed 1d bin/httpstatus; } > $(Q_BIN)/$(COMMAND)
	chmod 755 $(Q_BIN)/$(COMMAND)
	@old=$$(readlink $(Q_BIN)/httpstatus 2>/dev/null || true); \
	if [ -n "$$old" ] && [ "$$old" != "$(COMMAND)" ]; then \
	  echo "httpstatus: the command httpstatus now runs Lua $(LUA_VERSION) ($$old stays)"; fi
	ln -sf $(COMMAND) $(Q_BIN)/httpstatus
	install -m 644 doc/httpstatus.1 $(Q_MAN)/httpstatus.1
	install -m 644 completion/httpstatus.bash $(Q_BASH)/httpstatus
	install -m 644 completion/_httpstatus $(Q_ZSH)/_httpstatus

## uninstall: remove what install put there (httpstatus only if it runs this LUA_VERSION),
## and the folders it leaves empty: httpstatus's own, and in a staging tree up to DESTDIR
uninstall: install-paths
	rm -f $(Q_LUA)/httpstatus.lua $(Q_BIN)/$(COMMAND)
	[ "$$(readlink $(Q_BIN)/httpstatus 2>/dev/null)" != "$(COMMAND)" ] || rm -f $(Q_BIN)/httpstatus
	rm -f $(addprefix $(Q_LUA)/httpstatus/,$(notdir $(SUB_MODULES)) $(RETIRED_MODULES))
	rm -f $(addprefix $(Q_LUA)/httpstatus/locale/,$(notdir $(LOCALE_MODULES)))
	rm -f $(addprefix $(Q_LUA)/httpstatus/cmd/,$(notdir $(CMD_MODULES)))
	rm -f $(Q_LIB)/httpstatus/core.so
	@# man page and completions belong to the last command standing
	[ -e $(Q_BIN)/httpstatus ] || rm -f $(Q_MAN)/httpstatus.1 $(Q_BASH)/httpstatus \
		$(Q_ZSH)/_httpstatus
	-rmdir $(Q_LUA)/httpstatus/locale $(Q_LUA)/httpstatus/cmd $(Q_LUA)/httpstatus \
		$(Q_LIB)/httpstatus 2>/dev/null
	$(call rmdir_staged,'$(INST_LUADIR)' '$(INST_LIBDIR)' '$(INST_BINDIR)' '$(INST_MANDIR)' \
		'$(INST_BASHCOMPDIR)' '$(INST_ZSHCOMPDIR)')

# In a staging tree (DESTDIR), the folders install created, each path given
# (quoted, without DESTDIR) and its parents while empty, up to DESTDIR
# itself and no further: never a real PREFIX's folder nor one above DESTDIR.
rmdir_staged = $(if $(DESTDIR),@for d in $(1); do \
	while [ "$$d" != / ] && [ "$$d" != . ] && rmdir '$(DESTDIR)'"$$d" 2>/dev/null; do \
	  d=$$(dirname "$$d"); done; done; rmdir '$(DESTDIR)' 2>/dev/null || true)

## dist: the release, build/dist/httpstatus-VERSION.tar.gz and its .src.rock
dist:
	@sh scripts/dist.sh

## site: the reference page, build/site/index.html
site: $(MODULE)
	@mkdir -p build/site
	LUA_PATH="lua/?.lua;;" LUA_CPATH="$(BUILD_DIR)/?.so;;" $(LUA) bin/httpstatus html \
		-o build/site/index.html
	@echo "written: build/site/index.html"

## lint: luacheck, cppcheck, and the C core compiled as C++
lint: luacheck cppcheck cxx-check

luacheck:
	luacheck --quiet --no-color lua spec examples bench types bin/httpstatus

cppcheck:
	cppcheck --quiet --error-exitcode=1 --enable=warning,style,performance,portability \
		--std=c99 --inline-suppr -I csrc -I$(LUA_INCDIR) $(CORE_SRC) $(MOD_SRC)

cxx-check:
	$(CC) -x c++ -fsyntax-only -Wall -Wextra -Werror -Icsrc $(CORE_SRC)

## warnings: every C file with gcc and clang, -Wconversion too, for every runtime's headers
warnings:
	@for cc in gcc clang; do for inc in $(foreach rt,$(RUNTIMES),$(call rt_incdir,$(rt))); do \
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
	$(CC) -std=c99 -g -O1 $(SANITIZE) -Icsrc -Ispec/c spec/c/$*_test.c $(CORE_SRC) -o build/ctest/$*_test
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
	$(CC) $(CFLAGS) $(BUILD_WARN) -fPIC -Icsrc -c $< -o $@

$(LIB_DIR)/libhttpstatus.a: $(CORE_OBJ)
	$(AR) rcs $@ $(CORE_OBJ)

$(LIB_DIR)/libhttpstatus.so.$(VERSION): $(CORE_OBJ)
	$(CC) -shared -Wl,-soname,libhttpstatus.so.0 $(CORE_OBJ) $(LDFLAGS) -o $@

## install-lib: headers, libraries and httpstatus.pc under PREFIX (DESTDIR honoured)
# (a space is refused here as well: httpstatus.pc's flags could not carry it)
LIB_PATH_VARS := PREFIX DESTDIR INST_INCDIR INST_CLIBDIR
install-lib-paths:
	@:$(call check_paths,$(LIB_PATH_VARS))$(foreach v,$(LIB_PATH_VARS),$(if $(findstring \
	  $(empty) ,$(call install_path,$(v))),$(error httpstatus: $(v) holds a space; \
	  httpstatus.pc could not carry it: choose another folder)))

Q_INC  = '$(DESTDIR)$(INST_INCDIR)'
Q_CLIB = '$(DESTDIR)$(INST_CLIBDIR)'

install-lib: install-lib-paths lib
	install -d $(Q_INC) $(Q_CLIB)/pkgconfig
	install -m 644 $(PUBLIC_HEADERS) $(Q_INC)/
	install -m 644 $(LIB_DIR)/libhttpstatus.a $(Q_CLIB)/
	install -m 755 $(LIB_DIR)/libhttpstatus.so.$(VERSION) $(Q_CLIB)/
	ln -sf libhttpstatus.so.$(VERSION) $(Q_CLIB)/libhttpstatus.so.0
	ln -sf libhttpstatus.so.0 $(Q_CLIB)/libhttpstatus.so
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(INST_CLIBDIR)|' \
		-e 's|@INCLUDEDIR@|$(INST_INCDIR)|' -e 's|@VERSION@|$(VERSION)|' \
		csrc/httpstatus.pc.in > $(Q_CLIB)/pkgconfig/httpstatus.pc
	@# a real install: let the dynamic linker know the new library
	@if [ -z '$(DESTDIR)' ] && [ "$$(id -u)" = 0 ] && command -v ldconfig >/dev/null 2>&1; then \
	  ldconfig; else echo 'httpstatus: programs find libhttpstatus.so.0 in $(INST_CLIBDIR) once' \
	  "it is on the loader's path (as root: ldconfig), or build them with" \
	  '-Wl,-rpath,$(INST_CLIBDIR)'; fi

## uninstall-lib: remove what install-lib put there
uninstall-lib: install-lib-paths
	rm -f $(addprefix $(Q_INC)/,$(notdir $(PUBLIC_HEADERS)))
	rm -f $(addprefix $(Q_CLIB)/,libhttpstatus.a libhttpstatus.so \
		libhttpstatus.so.0 libhttpstatus.so.$(VERSION) pkgconfig/httpstatus.pc)
	$(call rmdir_staged,'$(INST_INCDIR)' '$(INST_CLIBDIR)/pkgconfig')

## clean: remove build products
clean:
	rm -rf build

## help: this list
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)
