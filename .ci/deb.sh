#!/usr/bin/env bash
# CI: build the .deb (cargo-deb, metadata in Cargo.toml), unpack it into a temporary root and run
# the packaged binary from a folder outside the clone, with the clone out of reach: a package that
# lacks its scenarios, translations or font fails here.
set -euo pipefail
cd "$(dirname "$0")/.."
CLONE=$PWD
export CARGO_TERM_COLOR=never
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/gesprekstrainer/target}"
CARGO_DEB_VERSION=3.8.0
TOOLS="$HOME/.cache/gesprekstrainer/tools"

step() { printf '\n== deb: %s\n' "$*"; }
fail() {
  printf 'deb: FAILED: %s\n' "$*" >&2
  exit 1
}
# cargo-deb strips the binary (binutils) and finds its library dependencies (dpkg-dev).
if ! command -v dpkg-deb >/dev/null || ! command -v dpkg-shlibdeps >/dev/null || ! command -v strip >/dev/null; then
  [ "$(id -u)" = 0 ] || fail "dpkg-deb, dpkg-shlibdeps or strip is missing: apt-get install dpkg-dev binutils"
  step "apt-get install dpkg-dev binutils"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends dpkg-dev binutils
fi

WORK=$(mktemp -d)
MOVED=""
cleanup() {
  if [ -n "$MOVED" ]; then mv "$CLONE/scenarios.away" "$CLONE/scenarios"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
case "$WORK/" in "$CLONE"/*) fail "the temporary folder $WORK lies inside the clone" ;; esac
[ ! -e "$CLONE/scenarios.away" ] || fail "scenarios.away exists: an earlier run was cut off; move it back to scenarios/"

step "cargo-deb $CARGO_DEB_VERSION"
if [ "$("$TOOLS/bin/cargo-deb" --version 2>/dev/null || true)" != "cargo-deb $CARGO_DEB_VERSION" ]; then
  start=$SECONDS
  cargo install --locked --quiet cargo-deb --version "$CARGO_DEB_VERSION" --root "$TOOLS"
  echo "installed in $((SECONDS - start)) s"
fi

step "release build"
start=$SECONDS
cargo build --release --locked
echo "release build: $((SECONDS - start)) s"

step "package"
start=$SECONDS
DEB=$("$TOOLS/bin/cargo-deb" --no-build --locked --output "$CARGO_TARGET_DIR/debian/")
[ -f "$DEB" ] || fail "cargo-deb did not name the package it wrote (said: $DEB)"
echo "package: $DEB ($((SECONDS - start)) s)"
echo "package size: $(stat -c %s "$DEB") bytes; installed size: $(dpkg-deb -f "$DEB" Installed-Size) KiB"
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
echo "Depends: $DEPENDS"
case "$DEPENDS" in libc6*) ;; *) fail "no libc6 in Depends: cargo-deb could not run dpkg-shlibdeps (\$auto)" ;; esac

step "contents"
dpkg-deb -c "$DEB" | awk '{print $6}' >"$WORK/contents"
for path in ./usr/bin/gesprekstrainer \
  ./usr/share/applications/gesprekstrainer.desktop \
  ./usr/share/icons/hicolor/scalable/apps/gesprekstrainer.svg \
  ./usr/share/icons/hicolor/48x48/apps/gesprekstrainer.png \
  ./usr/share/icons/hicolor/128x128/apps/gesprekstrainer.png \
  ./usr/share/icons/hicolor/256x256/apps/gesprekstrainer.png \
  ./usr/share/doc/gesprekstrainer/copyright \
  ./usr/share/doc/gesprekstrainer/LICENSE-Inter.txt; do
  grep -qxF "$path" "$WORK/contents" || fail "$path is not in the package"
  echo "ok  $path"
done

step "unpack into a temporary root, outside the clone"
dpkg-deb -x "$DEB" "$WORK/root"
BIN=$WORK/root/usr/bin/gesprekstrainer
grep -qx 'Exec=gesprekstrainer' "$WORK/root/usr/share/applications/gesprekstrainer.desktop" \
  || fail "the desktop entry does not start gesprekstrainer"
grep -qx 'Icon=gesprekstrainer' "$WORK/root/usr/share/applications/gesprekstrainer.desktop" \
  || fail "the desktop entry does not name the icon"
SCENARIOS=$(find "$CLONE/scenarios" -maxdepth 1 -name '*.ron' | wc -l)
mkdir "$WORK/run" "$WORK/data"

# The clone out of reach: an empty tmpfs over it in a private mount namespace (nobody else sees
# it), or, where namespaces are not allowed, its scenarios/ moved aside until the script ends.
HIDE=""
for ns in "--mount" "--user --map-root-user --mount"; do
  # shellcheck disable=SC2016,SC2086
  if unshare $ns --propagation private sh -c 'mount -t tmpfs -o ro none "$1"' probe "$CLONE" 2>/dev/null; then
    HIDE=$ns
    break
  fi
done
if [ -n "$HIDE" ]; then
  echo "clone out of reach: empty tmpfs over $CLONE in a private mount namespace (unshare $HIDE)"
else
  mv "$CLONE/scenarios" "$CLONE/scenarios.away"
  MOVED=1
  echo "clone out of reach: no mount namespace allowed here; $CLONE/scenarios moved aside until the end"
fi

# packaged ARGS…: runs the packaged binary in $WORK/run, Dutch, with its data in $WORK/data.
packaged() {
  local env=(env GESPREKSTRAINER_LANG=nl GESPREKSTRAINER_DATA="$WORK/data")
  if [ -n "$HIDE" ]; then
    # shellcheck disable=SC2016,SC2086
    unshare $HIDE --propagation private sh -c 'clone=$1 run=$2; shift 2
      mount -t tmpfs -o ro none "$clone" && ! test -e "$clone/scenarios" && cd "$run" && exec "$@"' \
      hide "$CLONE" "$WORK/run" "${env[@]}" "$BIN" "$@"
  else
    (cd "$WORK/run" && "${env[@]}" "$BIN" "$@")
  fi
}

# check NAME ARGS…: runs the packaged binary with ARGS; it must exit 0. Output in $WORK/NAME.out.
check() {
  local name=$1 rc=0
  shift
  step "packaged: $*"
  packaged "$@" >"$WORK/$name.out" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    cat "$WORK/$name.out"
    fail "$name exited with $rc"
  fi
}

# shows NAME REGEX…: every extended regex must match a line of $WORK/NAME.out.
shows() {
  local name=$1
  shift
  for re in "$@"; do
    grep -E -- "$re" "$WORK/$name.out" || {
      cat "$WORK/$name.out"
      fail "$name: no line matching $re"
    }
  done
}

check validate validate --strict
shows validate "^$SCENARIOS bestand\(en\) gecontroleerd: 0 fout\(en\), 0 waarschuwing\(en\)\$"

check play play klacht-stadswinkel --auto best --seed 1 --profile ci
shows play '^Uitkomst: .+' '^Totaalscore: 100% ' '^Geslaagd: ja '
[ -n "$(find "$WORK/data" -name '*.ron' -print -quit)" ] || fail "play --profile saved nothing in GESPREKSTRAINER_DATA"

check play-en play klacht-stadswinkel --auto best --seed 1 --lang en
shows play-en '^Outcome: .+' '^Passed: yes '

step "ok: $DEB"
