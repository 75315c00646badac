#!/bin/sh
# Install the Debian packages named as arguments that are missing.
# Only as root (apt-get update once, then apt-get install -y); otherwise
# say exactly what is missing and how to get it, and fail.
set -u

missing=""
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "deps: not a Debian-like system; make sure these are installed: $*" >&2
  exit 0
fi
# one dpkg-query for all of them (one each cost a second for make test's list)
installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null |
  awk '/ install ok installed$/ { print $1 }')
for pkg in "$@"; do
  case "
$installed
" in
    *"
$pkg
"*) ;;
    *) missing="$missing $pkg" ;;
  esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "deps: missing Debian packages:$missing" >&2
  echo "deps: run this command as root, or first: sudo apt-get install -y$missing" >&2
  exit 1
fi
echo "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null || { echo "deps: apt-get update failed" >&2; exit 1; }
# shellcheck disable=SC2086
apt-get install -y -q $missing >/dev/null ||
  { echo "deps: apt-get install failed for:$missing" >&2; exit 1; }
