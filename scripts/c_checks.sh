#!/bin/sh
# The C checks make test runs, one per make target of the same name:
#   cppcheck       cppcheck over every C file of the module (LUA_INCDIR)
#   cxx-check      the C core compiled as C++ (CC)
#   warnings       every C file with gcc and clang, -Wconversion too; the
#                  Lua binding with every runtime's headers
#   check-c [NAME] spec/c/NAME_test.c (each when no NAME) against the core,
#                  with ASan and UBSan
#   check-threads  four lua_States at once, with ThreadSanitizer (Lua 5.4)
#   asan-module    core.so for Lua 5.4 with ASan and UBSan, in build/asan
# The sources are csrc/httpstatus*.c (the core) and csrc/lhttpstatus*.c
# (the Lua binding), as the Makefile takes them.
set -eu
cd "$(dirname "$0")/.."
. scripts/runtimes.sh
CC=${CC:-cc}
CORE_SRC=$(echo csrc/httpstatus*.c)
MOD_SRC=$(echo csrc/lhttpstatus*.c)
WARN="-std=c99 -pedantic -Wall -Wextra -Werror -Wshadow -Wdeclaration-after-statement"
WARN="$WARN -Wmissing-prototypes -Wstrict-prototypes -Wc++-compat"
SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
FUZZ_TARGETS="status_line json_quote from_text date log"
C_TESTS="core date log"

# shellcheck disable=SC2086
case $1 in
  cppcheck)
    cppcheck --quiet --error-exitcode=1 --enable=warning,style,performance,portability \
      --std=c99 --inline-suppr -I csrc -I"${LUA_INCDIR:-/usr/include/lua5.4}" $CORE_SRC $MOD_SRC ;;
  cxx-check)
    $CC -x c++ -fsyntax-only -Wall -Wextra -Werror -Icsrc $CORE_SRC ;;
  warnings)
    # the files that include no Lua header once per compiler, the binding
    # once per runtime's headers too
    for cc in gcc clang; do
      # shellcheck disable=SC2046
      $cc $WARN -Wconversion -Wsign-conversion -fsyntax-only -Icsrc $CORE_SRC examples/c/status.c \
        $(for t in $C_TESTS; do echo "spec/c/${t}_test.c"; done) \
        $(for t in $FUZZ_TARGETS; do echo "fuzz/fuzz_$t.c"; done)
      for rt in $RUNTIMES; do
        $cc $WARN -Wconversion -Wsign-conversion -fsyntax-only -I"$(runtime_incdir "$rt")" -Icsrc \
          $MOD_SRC
      done
    done ;;
  check-c)
    # the core compiled once, for every test named
    mkdir -p build/ctest/core
    rm -f build/ctest/core/*.o
    for f in $CORE_SRC; do
      $CC -std=c99 -g -O1 $SANITIZE -Icsrc -c "$f" -o "build/ctest/core/$(basename "$f" .c).o"
    done
    for t in ${2:-$C_TESTS}; do
      $CC -std=c99 -g -O1 $SANITIZE -Icsrc -Ispec/c "spec/c/${t}_test.c" build/ctest/core/*.o \
        -o "build/ctest/${t}_test"
      "build/ctest/${t}_test"
    done ;;
  check-threads)
    mkdir -p build/ctest
    $CC -std=c99 -g -O1 -fsanitize=thread -I/usr/include/lua5.4 -Icsrc spec/c/threads_test.c \
      $CORE_SRC $MOD_SRC -llua5.4 -lpthread -o build/ctest/threads_test
    TSAN_OPTIONS=halt_on_error=1 build/ctest/threads_test "lua/?.lua" ;;
  asan-module)
    make -s LUA_VERSION=5.4 BUILD_DIR=build/asan CFLAGS="-g -O1 $SANITIZE" \
      LIBFLAG="-shared $SANITIZE" ;;
  fuzz)
    sh scripts/deps.sh clang libclang-rt-14-dev
    mkdir -p build/fuzz
    flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all"
    for t in $FUZZ_TARGETS; do
      ${FUZZ_CC:-clang} $flags -Icsrc "fuzz/fuzz_$t.c" $CORE_SRC -o "build/fuzz/$t"
      rm -rf "build/fuzz/corpus-$t" && mkdir -p "build/fuzz/corpus-$t"
      cp fuzz/seeds/"$t"/* "build/fuzz/corpus-$t/"
      echo "fuzz: $t for ${FUZZ_SECONDS:-60} s"
      "build/fuzz/$t" -max_total_time="${FUZZ_SECONDS:-60}" -print_final_stats=1 \
        "build/fuzz/corpus-$t" 2>"build/fuzz/$t.log" || { tail -40 "build/fuzz/$t.log"; exit 1; }
      grep -E '^(stat::number_of_executed_units|stat::new_units_added)' "build/fuzz/$t.log"
    done ;;
  *) echo "c_checks: unknown check $1" >&2; exit 2 ;;
esac
