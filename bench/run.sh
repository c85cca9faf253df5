#!/usr/bin/env bash
# Guide's benchmark (DESIGN.md, "Quality bars"). Builds Guide and its two reference programs
# three ways (plain build, ReadyToRun publish, NativeAOT publish) and prints one line per figure:
# Guide's median, the reference's median measured the same way in the same run, their ratio,
# the target and whether it is met. Not part of the tests.
#
# Usage: bench/run.sh     RUNS=N timings per figure (default 7), PEAK_RUNS=N memory runs (default 3)
# Builds are kept in artifacts/bench, so a second run only rebuilds what changed (the first
# NativeAOT publishes take a few minutes). Exits non-zero only when a figure could not be
# measured; a missed target is a figure, not a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export RUNS=${RUNS:-7} PEAK_RUNS=${PEAK_RUNS:-3} DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$PWD/artifacts/bench
mkdir -p "$work/logs"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
py() { python3 "bench/$1" "${@:2}"; }

case $(uname -m) in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) rid=linux-$(uname -m) ;; esac
# NativeAOT links with clang by default; where only gcc is installed, link with gcc.
linker=()
command -v clang >/dev/null 2>&1 || linker=(-p:CppCompilerAndLinker=gcc)

unmeasured=0
fail() { unmeasured=$((unmeasured + 1)); printf '%-40s could not be measured: %s\n' "$1" "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
# verdict VALUE OP LIMIT [VALUE OP LIMIT...]: "met" when every comparison holds.
verdict() {
  while [ $# -ge 3 ]; do
    awk -v a="$1" -v b="$3" -v op="$2" 'BEGIN { exit !((op == "<=") ? a <= b : a < b) }' || { echo "MISSED"; return; }
    shift 3
  done
  echo "met"
}
# line FIGURE VALUE REFERENCE RATIO TARGET VERDICT
line() { printf '%-40s %9s | %-24s | %7s | %-22s | %s\n' "$@"; }
size_mb() { find "$1" -maxdepth 1 -type f ! -name '*.pdb' ! -name '*.dbg' ! -name '*.xml' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f MB", s / 1048576 }'; }

# Builds. Each kind has its own artifacts folder, so switching kinds never invalidates another.
build() { # kind project -> prints the command that runs it, or fails
  local kind=$1 project=$2 name out
  name=$(basename "$project")
  out=$work/$kind/out/$name
  case $kind in
    build) dotnet build -c Release --artifacts-path "$work/build" "$project" ;;
    r2r) dotnet publish -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true --artifacts-path "$work/r2r" "$project" -o "$out" ;;
    aot) dotnet publish -c Release -r "$rid" -p:PublishAot=true "${linker[@]}" --artifacts-path "$work/aot" "$project" -o "$out" ;;
  esac >"$work/logs/$kind-$name.log" 2>&1 || return 1
}
command_of() { # kind project array-name: sets the array to the command that runs the project
  local name program
  local -n result=$3
  name=$(basename "$2")
  program=$name; [ "$name" = Guide ] && program=guide
  case $1 in
    build) result=(dotnet "$work/build/bin/$name/release/$program.dll") ;;
    *) result=("$work/$1/out/$name/$program") ;;
  esac
}

echo "Guide benchmark: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Each time is the median of $RUNS runs (after a warm-up), each memory figure the median of $PEAK_RUNS; references are measured in the same run."
kinds=()
declare -A label=([build]="build" [r2r]="ReadyToRun" [aot]="NativeAOT")
for kind in build r2r aot; do
  echo "Building ($kind)..."
  ok=1
  for project in src/Guide bench/EmptyWindow bench/EmptyConsole; do
    build "$kind" "$project" || { fail "${label[$kind]} build of $project" "see $work/logs/$kind-$(basename "$project").log"; ok=0; }
  done
  [ $ok = 1 ] && kinds+=("$kind")
done
echo

line "figure" "Guide" "reference" "ratio" "target" ""
for kind in "${kinds[@]}"; do
  command_of "$kind" src/Guide guide
  command_of "$kind" bench/EmptyWindow window
  command_of "$kind" bench/EmptyConsole console
  name=${label[$kind]}
  export XDG_STATE_HOME=$scratch/$kind
  mkdir -p "$XDG_STATE_HOME"

  # First frame: process start until the first screen is drawn, read from the terminal.
  if g=$(py first_frame.py "0 of 31 complete" ctrl-q "${guide[@]}" --offline) && w=$(py first_frame.py "Empty Terminal.Gui window" esc "${window[@]}"); then
    if [ "$kind" = aot ]; then
      line "first frame, $name" "$g s" "empty window $w s" "$(ratio "$g" "$w")" "<= 1.5x and < 0.2 s" "$(verdict "$g" "<=" "$(awk -v w="$w" 'BEGIN { print 1.5 * w }')" "$g" "<" 0.2)"
    else
      line "first frame, $name" "$g s" "empty window $w s" "$(ratio "$g" "$w")" "<= 1.5x" "$(verdict "$g" "<=" "$(awk -v w="$w" 'BEGIN { print 1.5 * w }')")"
    fi
  else
    fail "first frame, $name" "guide or the empty window never drew its first screen"
  fi

  # A full sandbox run without a TUI; its state then feeds print and report, so they show a whole run.
  if a=$(KEEP=$scratch/$kind py apply.py "${guide[@]}"); then
    read -r seconds requests <<<"$a"
    line "apply --sandbox --yes, $name" "$seconds s" "$requests HTTP requests" "" "< 2 s, <= 50 requests" "$(verdict "$seconds" "<" 2 "$requests" "<=" 50)"
  else
    fail "apply --sandbox --yes, $name" "the run failed"
  fi

  # Commands without a TUI, against an empty console program built the same way.
  if c=$(py timed.py "${console[@]}"); then
    for command in print report; do
      extra=(); [ $command = report ] && extra=(--out -)
      if t=$(py timed.py "${guide[@]}" $command --state "$scratch/$kind/run.json" "${extra[@]}"); then
        line "guide $command, $name" "$t s" "empty console $c s" "$(ratio "$t" "$c")" "<= 4x" "$(verdict "$t" "<=" "$(awk -v c="$c" 'BEGIN { print 4 * c }')")"
      else
        fail "guide $command, $name" "the command failed"
      fi
    done
  else
    fail "guide print and report, $name" "the empty console failed"
  fi

  # Peak resident memory of the TUI: walking the checklist offline, and a whole sandbox run with
  # the simulator in the same process; against the empty window sitting on its first screen.
  if w=$(py peak_memory.py window "${window[@]}"); then
    for scenario in walk sandbox; do
      args=(--offline); [ $scenario = sandbox ] && args=(--sandbox)
      if m=$(py peak_memory.py $scenario "${guide[@]}" "${args[@]}"); then
        line "TUI peak memory ${args[0]}, $name" "$m MB" "empty window $w MB" "$(ratio "$m" "$w")" "< 100 MB" "$(verdict "$m" "<" 100)"
      else
        fail "TUI peak memory ${args[0]}, $name" "the run did not get through"
      fi
    done
  else
    fail "TUI peak memory, $name" "the empty window did not start"
  fi

  if [ "$kind" != build ]; then
    line "published size, $name" "$(size_mb "$work/$kind/out/Guide")" "window $(size_mb "$work/$kind/out/EmptyWindow")" "" "" "console $(size_mb "$work/$kind/out/EmptyConsole")"
  fi
done
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
[ "$unmeasured" = 0 ] || { echo "$unmeasured figure(s) could not be measured." >&2; exit 1; }
