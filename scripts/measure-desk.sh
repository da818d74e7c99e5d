#!/bin/bash
# CPU and memory of the desk under Xvfb + lavapipe (docs/PERFORMANCE.md).
# usage: scripts/measure-desk.sh LABEL SCENARIO CHOICES [SECONDS]
# Starts its own Xvfb and the app, waits 8 s, then samples the app's
# /proc/<pid>/stat utime+stime over SECONDS (default 10) and prints % of one
# core and VmRSS.
set -eu
label=$1 scenario=$2 choices=$3 secs=${4:-10}
bin=${BIN:-${CARGO_TARGET_DIR:-target}/debug/scamdrill}
data=$(mktemp -d)
args=(--data "$data" --locale en-US --seed 5 --window 1280x800 --scenario "$scenario")
[ -n "$choices" ] && args+=(--choices "$choices")
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display "$bin" "${args[@]}" >/dev/null 2>&1 &
pid=$!
sleep 8
kill -0 "$pid" 2>/dev/null || { echo "$label: app not running"; kill "$xvfb"; exit 1; }
tick=$(getconf CLK_TCK)
t0=$(awk '{print $14+$15}' /proc/$pid/stat)
sleep "$secs"
t1=$(awk '{print $14+$15}' /proc/$pid/stat)
rss=$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status)
kill "$pid" 2>/dev/null || true
kill "$xvfb" 2>/dev/null || true
wait 2>/dev/null || true
rm -rf "$data"
awk -v a="$t0" -v b="$t1" -v t="$tick" -v s="$secs" -v l="$label" -v r="$rss" \
  'BEGIN { printf "%s: %.1f %% of one core, %d MB\n", l, 100*(b-a)/t/s, r }'
