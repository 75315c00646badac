# Sourced by the test, check, demo and bench scripts: the one table of the
# runtimes we support and what each needs. A runtime is "5.1".."5.4" or
# "luajit" (OpenResty's luajit2, built against LUA_VERSION=5.1 with its
# own headers).
RUNTIMES="5.1 5.2 5.3 5.4 luajit"

# the Lua version a runtime's module is built for (its LUA_VERSION)
runtime_version() { case $1 in luajit) echo 5.1 ;; *) echo "$1" ;; esac; }

# Debian's place for its headers
runtime_incdir() {
  case $1 in luajit) echo /usr/include/luajit-2.1 ;; *) echo "/usr/include/lua$1" ;; esac
}

runtime_interpreter() { case $1 in luajit) echo luajit ;; *) echo "lua$1" ;; esac; }

# Debian packages for one runtime: interpreter and headers
runtime_packages() {
  case $1 in
    luajit) echo luajit2 libluajit2-5.1-dev ;;
    5.1) echo lua5.1 liblua5.1-0-dev ;;
    *) echo "lua$1 liblua$1-dev" ;;
  esac
}

# make arguments that build core.so for one runtime into build/<runtime>,
# with our strict warnings
runtime_make_args() {
  echo "STRICT=1 LUA_VERSION=$(runtime_version "$1") LUA_INCDIR=$(runtime_incdir "$1")" \
    "BUILD_DIR=build/$1"
}
