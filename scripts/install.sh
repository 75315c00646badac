#!/bin/sh
# make install, uninstall, install-lib, uninstall-lib. The Makefile checked
# every path first (none holds ' " ` \ $ ; | & or a line break) and hands
# them over in the environment: DESTDIR, PREFIX, INST_LUADIR, INST_LIBDIR,
# INST_BINDIR, INST_MANDIR, INST_BASHCOMPDIR, INST_ZSHCOMPDIR (install),
# INST_INCDIR, INST_CLIBDIR (install-lib); LUA_VERSION, LUA and MODULE, the
# core.so it built; LIB_DIR and VERSION for the C library. Every path is
# quoted here, so a space is fine.
set -eu
cd "$(dirname "$0")/.."
D=${DESTDIR:-}

# In a staging tree (DESTDIR), the folders install created, each path given
# (without DESTDIR) and its parents while empty, up to DESTDIR itself and no
# further: never a real PREFIX's folder nor one above DESTDIR.
rmdir_staged() {
  [ -n "$D" ] || return 0
  for d in "$@"; do
    while [ "$d" != / ] && [ "$d" != . ] && rmdir "$D$d" 2>/dev/null; do d=$(dirname "$d"); done
  done
  rmdir "$D" 2>/dev/null || true
}

lua=$D$INST_LUADIR bin=$D$INST_BINDIR
command=httpstatus-$LUA_VERSION
# the command's modules as 1.0.0 installed them, beside the library's
retired="cli.lua page.lua logreport.lua"

case $1 in
  install)
    lib=$D$INST_LIBDIR man=$D$INST_MANDIR bash=$D$INST_BASHCOMPDIR zsh=$D$INST_ZSHCOMPDIR
    install -d "$lua/httpstatus/locale" "$lua/httpstatus/cmd" "$lib/httpstatus" "$bin" "$man" \
      "$bash" "$zsh"
    install -m 644 lua/httpstatus.lua "$lua/httpstatus.lua"
    install -m 644 lua/httpstatus/*.lua "$lua/httpstatus/"
    install -m 644 lua/httpstatus/locale/*.lua "$lua/httpstatus/locale/"
    install -m 644 lua/httpstatus/cmd/*.lua "$lua/httpstatus/cmd/"
    for f in $retired; do rm -f "$lua/httpstatus/$f"; done
    install -m 755 "$MODULE" "$lib/httpstatus/core.so"
    # the command finds the modules of its own PREFIX first, with no LUA_PATH set
    { echo "#!/usr/bin/env $LUA"
      echo "package.path = \"$INST_LUADIR/?.lua;$INST_LUADIR/?/init.lua;\" .. package.path"
      echo "package.cpath = \"$INST_LIBDIR/?.so;\" .. package.cpath"
      sed 1d bin/httpstatus; } >"$bin/$command"
    chmod 755 "$bin/$command"
    old=$(readlink "$bin/httpstatus" 2>/dev/null || true)
    if [ -n "$old" ] && [ "$old" != "$command" ]; then
      echo "httpstatus: the command httpstatus now runs Lua $LUA_VERSION ($old stays)"
    fi
    ln -sf "$command" "$bin/httpstatus"
    install -m 644 doc/httpstatus.1 "$man/httpstatus.1"
    install -m 644 completion/httpstatus.bash "$bash/httpstatus"
    install -m 644 completion/_httpstatus "$zsh/_httpstatus" ;;
  uninstall)
    # what install put there; httpstatus only if it runs this LUA_VERSION
    rm -f "$lua/httpstatus.lua" "$bin/$command"
    [ "$(readlink "$bin/httpstatus" 2>/dev/null)" != "$command" ] || rm -f "$bin/httpstatus"
    for f in lua/httpstatus/*.lua lua/httpstatus/locale/*.lua lua/httpstatus/cmd/*.lua; do
      rm -f "$D$INST_LUADIR/${f#lua/}"
    done
    for f in $retired; do rm -f "$lua/httpstatus/$f"; done
    rm -f "$D$INST_LIBDIR/httpstatus/core.so"
    # the man page and completions belong to the last command standing
    [ -e "$bin/httpstatus" ] || rm -f "$D$INST_MANDIR/httpstatus.1" \
      "$D$INST_BASHCOMPDIR/httpstatus" "$D$INST_ZSHCOMPDIR/_httpstatus"
    rmdir "$lua/httpstatus/locale" "$lua/httpstatus/cmd" "$lua/httpstatus" \
      "$D$INST_LIBDIR/httpstatus" 2>/dev/null || true
    rmdir_staged "$INST_LUADIR" "$INST_LIBDIR" "$INST_BINDIR" "$INST_MANDIR" \
      "$INST_BASHCOMPDIR" "$INST_ZSHCOMPDIR" ;;
  install-lib)
    inc=$D$INST_INCDIR clib=$D$INST_CLIBDIR
    install -d "$inc" "$clib/pkgconfig"
    install -m 644 csrc/httpstatus.h csrc/httpstatus_codes.h csrc/httpstatus_date.h \
      csrc/httpstatus_log.h "$inc/"
    install -m 644 "$LIB_DIR/libhttpstatus.a" "$clib/"
    install -m 755 "$LIB_DIR/libhttpstatus.so.$VERSION" "$clib/"
    ln -sf "libhttpstatus.so.$VERSION" "$clib/libhttpstatus.so.0"
    ln -sf libhttpstatus.so.0 "$clib/libhttpstatus.so"
    sed -e "s|@PREFIX@|$PREFIX|" -e "s|@LIBDIR@|$INST_CLIBDIR|" -e "s|@INCLUDEDIR@|$INST_INCDIR|" \
      -e "s|@VERSION@|$VERSION|" csrc/httpstatus.pc.in >"$clib/pkgconfig/httpstatus.pc"
    # a real install: let the dynamic linker know the new library
    if [ -z "$D" ] && [ "$(id -u)" = 0 ] && command -v ldconfig >/dev/null 2>&1; then
      ldconfig
    else
      echo "httpstatus: programs find libhttpstatus.so.0 in $INST_CLIBDIR once it is on the" \
        "loader's path (as root: ldconfig), or build them with -Wl,-rpath,$INST_CLIBDIR"
    fi ;;
  uninstall-lib)
    for f in httpstatus.h httpstatus_codes.h httpstatus_date.h httpstatus_log.h; do
      rm -f "$D$INST_INCDIR/$f"
    done
    for f in libhttpstatus.a libhttpstatus.so libhttpstatus.so.0 "libhttpstatus.so.$VERSION" \
      pkgconfig/httpstatus.pc; do
      rm -f "$D$INST_CLIBDIR/$f"
    done
    rmdir_staged "$INST_INCDIR" "$INST_CLIBDIR/pkgconfig" ;;
  *) echo "install.sh: install, uninstall, install-lib or uninstall-lib" >&2; exit 2 ;;
esac
