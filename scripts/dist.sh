#!/bin/sh
# make dist: the release files a user downloads, in build/dist/:
#   httpstatus-VERSION.tar.gz       the sources a user needs, unpacking into
#                                   httpstatus-VERSION/
#   httpstatus-VERSION-1.src.rock   what `luarocks pack` makes of the release
#                                   rockspec: a zip of that rockspec and the
#                                   tarball, side by side at the top
# VERSION comes from the release rockspec (httpstatus-VERSION-1.rockspec).
#
# What goes in: the files git knows (tracked, and untracked ones that are not
# ignored, so a file about to be committed is not forgotten), less what only
# we need: bench/, fuzz/, spec/, .ci/, build/, the dot-files, and scripts/
# except the ones a user's make targets and examples run (KEEP_SCRIPTS).
#
# Reproducible: the same tree gives the same bytes. Names sorted, every
# mtime the last commit's, owner and group 0, modes 644 and 755 only, the
# gzip header without name or time, the zip without extra attributes.
# Release from a clean checkout of the tag: a dirty tree is packed as it is,
# with a warning.
set -eu
cd "$(dirname "$0")/.."

# scripts/ that a user's tree needs: make install and uninstall run
# install.sh; make demo runs demo.sh, which runs deps.sh;
# examples/openresty/run.sh sources nginx.sh, which sources runtimes.sh. The
# Makefile's other targets (test, check, bench, ...) say they need a clone.
KEEP_SCRIPTS="scripts/demo.sh scripts/deps.sh scripts/install.sh scripts/nginx.sh scripts/runtimes.sh"

sh scripts/deps.sh tar gzip zip git || exit 1
git rev-parse --git-dir >/dev/null 2>&1 || { echo "dist: run it in a git checkout" >&2; exit 1; }

rockspec=""
for f in httpstatus-*-1.rockspec; do
  case "$f" in
    *-scm-1.rockspec | "httpstatus-*-1.rockspec") ;;
    *) [ -z "$rockspec" ] || { echo "dist: two release rockspecs: $rockspec, $f" >&2; exit 1; }
       rockspec=$f ;;
  esac
done
[ -n "$rockspec" ] || { echo "dist: no release rockspec (httpstatus-VERSION-1.rockspec)" >&2; exit 1; }
version=${rockspec#httpstatus-}
version=${version%-1.rockspec}
name="httpstatus-$version"
out=build/dist
tarball="$out/$name.tar.gz"
rock="$out/$name-1.src.rock"

if [ -n "$(git status --porcelain --untracked-files=normal 2>/dev/null)" ]; then
  echo "dist: warning: the work tree has uncommitted changes; they are packed as they are" >&2
fi
mtime=$(git log -1 --format=%ct)

stage=$(mktemp -d /tmp/httpstatus-dist.XXXXXX)
trap 'rm -rf "$stage"' EXIT

# the file list: what git knows, still present, minus what users don't need
git ls-files --cached --others --exclude-standard | LC_ALL=C sort -u |
  while IFS= read -r f; do
    [ -f "$f" ] || continue # deleted in the work tree
    case "$f" in
      bench/* | fuzz/* | spec/* | .ci/* | build/* | .*) continue ;;
      scripts/*)
        case " $KEEP_SCRIPTS " in *" $f "*) ;; *) continue ;; esac ;;
    esac
    printf '%s\n' "$f"
  done >"$stage/files"

# a copy under the release's top folder, with its folders listed too, so
# every tar entry (folders included) gets the same owner, mode and time
mkdir -p "$stage/$name"
tar -cf - -T "$stage/files" | tar -xf - -C "$stage/$name"
(cd "$stage" && find "$name" | LC_ALL=C sort) >"$stage/entries"

mkdir -p "$out"
rm -f "$tarball" "$rock"
(cd "$stage" && tar --create --file=- --format=ustar --no-recursion --files-from=entries \
  --mtime="@$mtime" --owner=0 --group=0 --numeric-owner --mode='u=rwX,go=rX') |
  gzip -n -9 >"$tarball"

# the .src.rock: the two files at the top, as luarocks pack writes it
mkdir "$stage/rock"
cp "$rockspec" "$stage/rock/$name-1.rockspec"
cp "$tarball" "$stage/rock/$name.tar.gz"
chmod 644 "$stage/rock/"*
touch -d "@$mtime" "$stage/rock/"*
(cd "$stage/rock" && TZ=UTC zip -q -X -D "$stage/rock.zip" "$name-1.rockspec" "$name.tar.gz")
mv "$stage/rock.zip" "$rock"

echo "$tarball"
echo "$rock"
