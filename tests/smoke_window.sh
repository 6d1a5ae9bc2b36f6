#!/usr/bin/env bash
# Real-window smoke test and measurement: starts the simulator under Xvfb with Mesa's software
# Vulkan, plays a whole call with the keyboard (xdotool), saves a screenshot of every screen and
# prints time-to-window, idle CPU and peak resident memory.
#
#   bash tests/smoke_window.sh [BINARY] [OUTDIR]
#   (default BINARY: target/release/gesprekstrainer; build it first with `cargo build --release`)
#   SMOKE_SIZE=1920x1080 for another screen size; SMOKE_DARK=1 for the dark theme (the profile
#   remembers it, so every screen after the start screen is dark). SMOKE_WAIT=10 for a shorter
#   CPU measurement on the call screen (default 61 s, which includes one change of minute).
# Needs the Debian packages xvfb mesa-vulkan-drivers libvulkan1 xdotool imagemagick.
set -euo pipefail
BIN=${1:-target/release/gesprekstrainer}
OUT=${2:-target/smoke}
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install xvfb mesa-vulkan-drivers libvulkan1 xdotool imagemagick"; exit 2; }
done
[ -x "$BIN" ] || { echo "no binary at $BIN: run cargo build --release"; exit 2; }
mkdir -p "$OUT"
DATA=$(mktemp -d)
export GESPREKSTRAINER_DATA=$DATA
DISPLAY_NUM=:$((90 + RANDOM % 9))
SIZE=${SMOKE_SIZE:-1280x720}
if [ -n "${SMOKE_DARK:-}" ]; then
  "$BIN" profile Smoke >/dev/null
  f="$DATA/profiles/Smoke/profiel.ron"
  sed -i 's/display: None,/display: Some((zoom: 1.2, dark: true, english: false)),/' "$f"
fi
Xvfb "$DISPLAY_NUM" -screen 0 "${SIZE}x24" >/dev/null 2>&1 &
XVFB=$!
export DISPLAY=$DISPLAY_NUM
cleanup() { kill "$APP" "$XVFB" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
sleep 1

start=$(date +%s.%N)
"$BIN" >"$OUT/app.log" 2>&1 &
APP=$!
WIN=""
for _ in $(seq 1 200); do
  WIN=$(xdotool search --name Gesprekstrainer 2>/dev/null | head -1 || true)
  [ -n "$WIN" ] && break
  sleep 0.05
done
[ -n "$WIN" ] || { echo "no window appeared"; cat "$OUT/app.log"; exit 1; }
mapped=$(date +%s.%N)
xdotool windowfocus --sync "$WIN" || true
# The window opens at 1280x720; on a larger screen it is made to fill it.
[ "$SIZE" = 1280x720 ] || xdotool windowsize --sync "$WIN" "${SIZE%x*}" "${SIZE#*x}" || true

shot() { sleep "${2:-1.0}"; import -window root "$OUT/$1.png"; echo "screenshot $OUT/$1.png"; }
key() { xdotool key --delay 80 "$@"; sleep 0.4; }
ticks() { awk '{print $14+$15}' "/proc/$APP/stat"; }

shot 1-start 2
xdotool type --delay 60 "Smoke"; key Return
shot 2-library
key 1
shot 3-preparation
key Return
shot 4-call
# A line waits for the trainee: how much CPU does the window use meanwhile? 61 s, so that the
# measurement includes the call clock's change of minute (the one wake-up a waiting call has).
WAIT=${SMOKE_WAIT:-61}
c1=$(ticks); sleep "$WAIT"; c2=$(ticks)
key 1
shot 5-feedback
key Return
# Answer 1 on screen at every moment (shown in a shuffled order, so a mixed call), dismissing the
# feedback each time, until the call ends (at the latest at the scenario's turn limit).
for _ in $(seq 1 25); do key 1; key Return; done
shot 6-call-ended
shot 7-debrief
# "Wat als?": click the middle of the escalation curve (right column) to practise from there.
W=${SIZE%x*}
xdotool mousemove --window "$WIN" $((W * 3 / 4)) 280 click 1
shot 8-what-if

t1=$(ticks); sleep 5; t2=$(ticks)
hz=$(getconf CLK_TCK)
idle=$(awk -v a="$t1" -v b="$t2" -v hz="$hz" 'BEGIN { printf "%.2f", (b - a) / hz / 5 * 100 }')
waiting=$(awk -v a="$c1" -v b="$c2" -v hz="$hz" -v w="$WAIT" 'BEGIN { printf "%.2f", (b - a) / hz / w * 100 }')
rss=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$APP/status")
attempts=$(find "$DATA" -path '*pogingen*' -name '*.ron' | wc -l)
echo "time to window: $(awk -v a="$start" -v b="$mapped" 'BEGIN { printf "%.2f", b - a }') s"
echo "CPU while a line waits for the trainee ($WAIT s): ${waiting}% of one core ($((c2 - c1)) ticks of 1/$hz s)"
echo "CPU idle on the debrief screen (5 s): ${idle}% of one core"
echo "peak resident memory: ${rss} MiB"
echo "attempts saved: $attempts"
[ "$attempts" -eq 1 ] || { echo "the finished call was not saved"; exit 1; }
