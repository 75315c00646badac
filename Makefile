# httpstatus: build, install, test (`make help`). Every path is a variable; the runtime
# matrix, the checks and the install steps live in scripts/.

LUA_VERSION ?= 5.4
LUA         ?= lua$(LUA_VERSION)
# The Lua headers: LUA_INCDIR when given, else pkg-config's, else Debian's place.
PKG_CONFIG  ?= pkg-config
ifeq ($(origin LUA_INCDIR),undefined)
LUA_INCDIR := $(strip $(or $(firstword $(foreach pc,lua$(LUA_VERSION) lua-$(LUA_VERSION) \
                lua$(subst .,,$(LUA_VERSION)),$(patsubst -I%,%,$(filter -I%,\
                $(shell $(PKG_CONFIG) --cflags-only-I $(pc) 2>/dev/null))))),\
                /usr/include/lua$(LUA_VERSION)))
endif
PREFIX           ?= /usr/local
DESTDIR          ?=
INST_LUADIR      ?= $(PREFIX)/share/lua/$(LUA_VERSION)
INST_LIBDIR      ?= $(PREFIX)/lib/lua/$(LUA_VERSION)
INST_BINDIR      ?= $(PREFIX)/bin
INST_MANDIR      ?= $(PREFIX)/share/man/man1
INST_BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
INST_ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
INST_INCDIR      ?= $(PREFIX)/include
INST_CLIBDIR     ?= $(PREFIX)/lib
BUILD_DIR        ?= build/$(LUA_VERSION)

# CC, CFLAGS and LDFLAGS as given, no -Werror; STRICT=1 (the tests) adds our warnings.
CC      ?= cc
CFLAGS  ?= -O2 -g
LIBFLAG ?= -shared
WARN    := -std=c99 -pedantic -Wall -Wextra -Werror -Wshadow -Wdeclaration-after-statement \
           -Wmissing-prototypes -Wstrict-prototypes -Wc++-compat

CORE_SRC := $(wildcard csrc/httpstatus*.c)
MOD_SRC  := $(wildcard csrc/lhttpstatus*.c)
HEADERS  := $(wildcard csrc/*.h)
MODULE   := $(BUILD_DIR)/httpstatus/core.so
VERSION  := $(shell sed -n 's/^\#define HTTPSTATUS_VERSION "\(.*\)"/\1/p' csrc/httpstatus.h)
LIB_DIR  := build/lib
CORE_OBJ := $(patsubst csrc/%.c,$(LIB_DIR)/%.o,$(CORE_SRC))

# Each build's command line is kept in a file beside its products, rewritten
# only when it changes: other headers (LUA_INCDIR), CC or CFLAGS rebuild.
MODULE_CMD = $(CC) $(CFLAGS) $(if $(STRICT),$(WARN)) -fPIC -I$(LUA_INCDIR) -Icsrc \
             $(CORE_SRC) $(MOD_SRC) $(LIBFLAG) $(LDFLAGS) -o $(MODULE)
OBJ_CMD    = $(CC) $(CFLAGS) $(if $(STRICT),$(WARN)) -fPIC -Icsrc -c
$(BUILD_DIR)/command: STAMP = $(MODULE_CMD)
$(LIB_DIR)/command: STAMP = $(OBJ_CMD)
%/command: FORCE
	@mkdir -p $(@D); c='$(subst ','\'',$(STAMP))'; \
	[ "$$(cat $@ 2>/dev/null)" = "$$c" ] || printf '%s\n' "$$c" >$@

# a target whose script a release tarball lacks says it needs a clone
script = @if [ -f $(1) ]; then sh $(1) $(2); else echo "httpstatus: make $@ needs a clone" \
         "of the repository (the release tarball has no $(1))" >&2; exit 1; fi

.PHONY: all test check test-nginx demo bench dist site install uninstall lib install-lib uninstall-lib \
	lint luacheck cppcheck cxx-check warnings check-c check-threads asan-module fuzz clean help FORCE

## all: core.so for LUA_VERSION (default 5.4) in BUILD_DIR
all: $(MODULE)

$(MODULE): $(CORE_SRC) $(MOD_SRC) $(HEADERS) $(BUILD_DIR)/command \
           $(wildcard $(LUA_INCDIR)/lua.h $(LUA_INCDIR)/luaconf.h)
	@case " 5.1 5.2 5.3 5.4 " in *" $(LUA_VERSION) "*) ;; *) echo "httpstatus:" \
	  "LUA_VERSION=$(LUA_VERSION) is not supported: use 5.1, 5.2, 5.3 or 5.4 (LuaJIT and" \
	  "OpenResty: LUA_VERSION=5.1 with their LUA_INCDIR)" >&2; exit 1;; esac
	@test -f "$(LUA_INCDIR)/lua.h" || { echo "httpstatus: no lua.h in $(LUA_INCDIR):" \
	  "install the Lua $(LUA_VERSION) headers (Debian/Ubuntu: liblua$(LUA_VERSION)-dev," \
	  "Fedora: lua-devel, Alpine: lua$(LUA_VERSION)-dev) or set LUA_INCDIR=/path/to/include" >&2; \
	  exit 1; }
	@mkdir -p $(@D)
	$(MODULE_CMD)

## test: everything (five runtimes, real nginx, sanitizers, valgrind, installs, linters)
test: ; $(call script,scripts/test.sh)
## check: the fast loop: a strict build and the specs on one runtime (RUNTIME=5.4
## by default, or 5.1..5.3, luajit) and luacheck; seconds, no installs, no valgrind
check: ; $(call script,scripts/check.sh)
## test-nginx: the real-nginx test alone: Debian's nginx and the modern stack (build/openresty,
## HTTP/1.1 and h2c), or any nginx with ngx_lua: make test-nginx NGINX=/path/to/sbin/nginx
test-nginx: ; $(call script,scripts/nginx_test.sh)
## demo: the httpstatus command in English and Korean, and the log classifier
demo: ; $(call script,scripts/demo.sh)
## bench: timings against hand-written baselines on 5.1, 5.4, LuaJIT; SAVE=1 writes bench/results.md
bench: ; $(call script,bench/run.sh)
## dist: the release, build/dist/httpstatus-VERSION.tar.gz and its .src.rock
dist: ; $(call script,scripts/dist.sh)
## fuzz: every libFuzzer target for FUZZ_SECONDS each (default 60)
fuzz: ; $(call script,scripts/c_checks.sh,fuzz)
## lint: luacheck, cppcheck, and the C core compiled as C++
lint: luacheck cppcheck cxx-check
luacheck: ; luacheck --quiet --no-color lua spec examples bench types bin/httpstatus
## cppcheck, cxx-check, warnings (gcc and clang, -Wconversion, every runtime's headers),
## check-c (the C tests, ASan and UBSan), check-threads (TSan), asan-module (build/asan)
cppcheck cxx-check warnings check-c check-threads asan-module: ; $(call script,scripts/c_checks.sh,$@)
check-c-%: ; $(call script,scripts/c_checks.sh,check-c $*)

## site: the reference page, build/site/index.html
site: $(MODULE)
	@mkdir -p build/site && LUA_PATH="lua/?.lua;;" LUA_CPATH="$(BUILD_DIR)/?.so;;" $(LUA) \
	  bin/httpstatus html -o build/site/index.html && echo "written: build/site/index.html"

# Install paths reach the shell in single quotes (a space is fine); one holding
# ' " ` \ $$ ; | & or a line break is refused before anything is touched. The
# value checked is the one given (a $$ in it is not expanded away).
define NEWLINE


endef
given = $(if $(filter file default undefined,$(origin $(1))),$($(1)),$(value $(1)))
path_problem = $(strip $(foreach c,' " ` \ ; | &,$(if $(findstring $(c),$(1)),$(c))) \
                 $(if $(findstring $$,$(1)),$$) $(if $(findstring $(NEWLINE),$(1)),a line break))
check_paths = $(foreach v,$(1),$(if $(call path_problem,$(call given,$(v))),$(error httpstatus: \
  $(v) holds [$(call path_problem,$(call given,$(v)))]; an install path may not hold any of \
  ' " ` \ $$ ; | & or a line break, which make, the shell or the installed command could not \
  carry: choose another folder)))
INSTALL_VARS := PREFIX DESTDIR INST_LUADIR INST_LIBDIR INST_BINDIR INST_MANDIR INST_BASHCOMPDIR INST_ZSHCOMPDIR
LIB_VARS     := PREFIX DESTDIR INST_INCDIR INST_CLIBDIR
install-paths: ; @:$(call check_paths,$(INSTALL_VARS))
# (a space is refused for the C library as well: httpstatus.pc could not carry it)
install-lib-paths:
	@:$(call check_paths,$(LIB_VARS))$(foreach v,$(LIB_VARS),$(if $(findstring $(empty) ,$(call \
	  given,$(v))),$(error httpstatus: $(v) holds a space; httpstatus.pc could not carry it: \
	  choose another folder)))
INSTALL_ENV = $(foreach v,$(INSTALL_VARS) $(LIB_VARS) LUA_VERSION LUA MODULE LIB_DIR VERSION,$(v)='$($(v))')

## install: the Lua modules, core.so, the command (httpstatus-LUA_VERSION, and httpstatus
## pointing at the last one installed), its man page and completions, under PREFIX (DESTDIR too)
install: install-paths $(MODULE) ; @$(INSTALL_ENV) sh scripts/install.sh install
## uninstall: remove what install put there (httpstatus only if it runs this LUA_VERSION),
## and the folders it leaves empty: httpstatus's own, and in a staging tree up to DESTDIR
uninstall: install-paths ; @$(INSTALL_ENV) sh scripts/install.sh uninstall

## lib: libhttpstatus.a and libhttpstatus.so (the Lua-free core), in build/lib
lib: $(LIB_DIR)/libhttpstatus.a $(LIB_DIR)/libhttpstatus.so.$(VERSION)
$(LIB_DIR)/%.o: csrc/%.c $(HEADERS) $(LIB_DIR)/command
	$(OBJ_CMD) $< -o $@
$(LIB_DIR)/libhttpstatus.a: $(CORE_OBJ)
	$(AR) rcs $@ $(CORE_OBJ)
$(LIB_DIR)/libhttpstatus.so.$(VERSION): $(CORE_OBJ)
	$(CC) -shared -Wl,-soname,libhttpstatus.so.0 $(CORE_OBJ) $(LDFLAGS) -o $@
## install-lib: headers, libraries and httpstatus.pc under PREFIX (DESTDIR honoured)
install-lib: install-lib-paths lib ; @$(INSTALL_ENV) sh scripts/install.sh install-lib
## uninstall-lib: remove what install-lib put there
uninstall-lib: install-lib-paths ; @$(INSTALL_ENV) sh scripts/install.sh uninstall-lib

## clean: remove build products
clean: ; rm -rf build
## help: this list
help: ; @sed -n 's/^## //p' $(MAKEFILE_LIST)
