#!/usr/bin/env bash
# Guide's benchmark: each figure a median of several runs, next to its reference measured in the
# same run, with the target beside it (DESIGN.md, "Quality bars"). Not part of the tests.
# Usage: bench/run.sh            (RUNS=N for more or fewer runs; default 7)
# Exits non-zero only when something could not be measured.
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export RUNS DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fail() { echo "bench: could not measure: $*" >&2; exit 1; }
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) exit 1; print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
line() { printf '%-44s %8s  (reference %s, ratio %s; target %s)\n' "$1" "$2" "$3" "$4" "$5"; }
# Wall time of a command, in seconds, median of RUNS.
timed() { for _ in $(seq "$RUNS"); do s=$(date +%s.%N); "$@" >/dev/null 2>&1 || return 1; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'; done | median; }
first_frame() { python3 bench/first_frame.py "$@" || return 1; }

echo "Guide benchmark, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS runs each"
echo "Building (Release) and publishing..."
for p in src/Guide bench/EmptyWindow bench/EmptyConsole; do
  dotnet build -c Release "$p" >"$out/build.log" 2>&1 || fail "build of $p (see $out/build.log)"
done
publish() { # project, output folder
  dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true "$1" -o "$2" >"$out/publish.log" 2>&1
}
publish src/Guide "$out/guide" || fail "publish of guide (see $out/publish.log)"
publish bench/EmptyWindow "$out/window" || fail "publish of the empty window"
publish bench/EmptyConsole "$out/console" || fail "publish of the empty console"

state=$(mktemp -d); export XDG_STATE_HOME="$state"
guide_build="dotnet src/Guide/bin/Release/net10.0/guide.dll"
window_build="dotnet bench/EmptyWindow/bin/Release/net10.0/EmptyWindow.dll"

# First frame: from process start until the first screen is drawn (read from the terminal).
g=$(first_frame "0 of 31 complete" ctrl-q $guide_build --offline) || fail "first frame of guide"
w=$(first_frame "Empty Terminal.Gui window" esc $window_build) || fail "first frame of the empty window"
line "first frame, build (dotnet guide.dll)" "${g} s" "${w} s" "$(ratio "$g" "$w")" "<= 1.5"
g=$(first_frame "0 of 31 complete" ctrl-q "$out/guide/guide" --offline) || fail "first frame of published guide"
w=$(first_frame "Empty Terminal.Gui window" esc "$out/window/EmptyWindow") || fail "first frame of published empty window"
line "first frame, published (ReadyToRun)" "${g} s" "${w} s" "$(ratio "$g" "$w")" "<= 1.5, and < 0.2 s"

# Commands without a TUI, against an empty console program published the same way.
c=$(timed "$out/console/EmptyConsole") || fail "empty console"
p=$(timed "$out/guide/guide" print) || fail "guide print"
line "guide print, published" "${p} s" "${c} s" "$(ratio "$p" "$c")" "<= 4"
r=$(timed "$out/guide/guide" report --out - ) || fail "guide report"
line "guide report, published" "${r} s" "${c} s" "$(ratio "$r" "$c")" "<= 4"

# A full sandbox run without a TUI: wall time and requests.
for i in $(seq "$RUNS"); do
  d=$(mktemp -d)
  s=$(date +%s.%N)
  "$out/guide/guide" apply --sandbox --yes --teams "Service Desk" --state "$d/run.json" --out "$d/r.md" >"$d/out" 2>&1 || fail "guide apply --sandbox (see $d/out)"
  e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" 'BEGIN { print e - s }' >>"$out/apply.times"
  grep -o '"http_requests": [0-9]*' "$d/run.json" | grep -o '[0-9]*' >"$out/apply.requests"
  rm -rf "$d"
done
a=$(median <"$out/apply.times")
printf '%-44s %8s  (%s HTTP requests; target < 2 s and a few dozen requests)\n' "guide apply --sandbox --yes, published" "${a} s" "$(cat "$out/apply.requests")"

# Peak memory of the TUI: resident high-water mark after the first frame and a walk down the list.
m=$(python3 bench/peak_memory.py "0 of 31 complete" "$out/guide/guide" --offline) || fail "TUI peak memory"
printf '%-44s %8s  (target < 100 MB)\n' "TUI peak memory (VmHWM), published" "${m} MB"
rm -rf "$state"
