#!/bin/sh
# make check: the fast loop. A strict build and the specs on one runtime
# (RUNTIME: 5.4 by default, or 5.1..5.3, luajit), the GC stress specs in a
# process of their own, then luacheck: seconds, no installs, no valgrind.
set -u
cd "$(dirname "$0")/.." || exit 1
. scripts/runtimes.sh
rt=${RUNTIME:-5.4}
case " $RUNTIMES " in
  *" $rt "*) ;;
  *) echo "check: RUNTIME=$rt is not one of: $RUNTIMES" >&2; exit 2 ;;
esac
lua=$(runtime_interpreter "$rt")
# shellcheck disable=SC2046
make -s $(runtime_make_args "$rt") || exit 1
"$lua" /usr/bin/busted -o utfTerminal --cpath="build/$rt/?.so" || exit 1
"$lua" /usr/bin/busted --run=stress -o utfTerminal --cpath="build/$rt/?.so" || exit 1
make -s luacheck
