#!/bin/bash
# CPU and memory of the desk under Xvfb + lavapipe (docs/PERFORMANCE.md).
# usage: scripts/measure-desk.sh LABEL SCENARIO CHOICES [SECONDS]
# Starts the app, waits 6 s, then samples /proc/<pid>/stat utime+stime over
# SECONDS (default 10) and prints % of one core and VmRSS.
set -eu
label=$1 scenario=$2 choices=$3 secs=${4:-10}
bin=${BIN:-${CARGO_TARGET_DIR:-target}/debug/scamdrill}
data=$(mktemp -d)
args=(--data "$data" --locale en-US --seed 5 --window 1280x800 --scenario "$scenario")
[ -n "$choices" ] && args+=(--choices "$choices")
xvfb-run -a -s "-screen 0 1280x800x24" "$bin" "${args[@]}" >/dev/null 2>&1 &
sleep 6
pid=$(pgrep -n -x scamdrill || true)
[ -z "$pid" ] && { echo "$label: app not running"; exit 1; }
tick=$(getconf CLK_TCK)
t0=$(awk '{print $14+$15}' /proc/$pid/stat)
sleep "$secs"
t1=$(awk '{print $14+$15}' /proc/$pid/stat)
rss=$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status)
kill "$pid" 2>/dev/null || true
wait 2>/dev/null || true
rm -rf "$data"
awk -v a="$t0" -v b="$t1" -v t="$tick" -v s="$secs" -v l="$label" -v r="$rss" \
  'BEGIN { printf "%s: %.1f %% of one core, %d MB\n", l, 100*(b-a)/t/s, r }'
