# Sourced by the test and demo scripts: the runtimes we support and what
# each needs, as the Makefile's one table of them says. A runtime is
# "5.1".."5.4" or "luajit" (OpenResty's luajit2).
RUNTIMES=$(make -s --no-print-directory runtime-list)

runtime_info() { eval "$(make -s --no-print-directory runtime-info RT="$1")"; }

# Debian packages for one runtime: interpreter and headers.
runtime_packages() { runtime_info "$1"; echo "$rt_packages"; }

runtime_interpreter() { runtime_info "$1"; echo "$rt_lua"; }

# make arguments that build core.so for one runtime into build/<runtime>,
# with our strict warnings
runtime_make_args() {
  runtime_info "$1"
  echo "STRICT=1 LUA_VERSION=$rt_version LUA_INCDIR=$rt_incdir BUILD_DIR=build/$1"
}
