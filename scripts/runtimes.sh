# Sourced by the test and demo scripts: the runtimes we support and what
# each needs. A runtime is "5.1".."5.4" or "luajit" (OpenResty's luajit2).
RUNTIMES="5.1 5.2 5.3 5.4 luajit"

# Debian packages for one runtime: interpreter and headers.
runtime_packages() {
  case "$1" in
    5.1) echo "lua5.1 liblua5.1-0-dev" ;;
    luajit) echo "luajit2 libluajit2-5.1-dev" ;;
    *) echo "lua$1 liblua$1-dev" ;;
  esac
}

runtime_interpreter() {
  case "$1" in
    luajit) echo luajit ;;
    *) echo "lua$1" ;;
  esac
}

# make arguments that build core.so for one runtime into build/<runtime>
runtime_make_args() {
  case "$1" in
    luajit) echo "LUA_VERSION=5.1 LUA_INCDIR=/usr/include/luajit-2.1 BUILD_DIR=build/luajit" ;;
    *) echo "LUA_VERSION=$1 BUILD_DIR=build/$1" ;;
  esac
}
