#!/usr/bin/env bash
# Export benchmark: throughput (articles/s, MB/s of text) and peak memory of `communique export`
# on a generated corpus, and how both grow from 1,000 to 10,000 articles.
#
#   bash Benchmarks/export.sh [SIZES...]        # default: 1000 10000
#   BIN=path/to/communique bash Benchmarks/export.sh
#
# The corpus comes from Benchmarks/generate_corpus.py (the seeds' sentence patterns recombined
# with other names, posts, countries and dates) and is kept in Benchmarks/work/ (git-ignored).
# Runs per size: N-Quads only with --jobs 1, with --jobs 1 pinned to one core (`taskset -c 0`,
# when installed: every thread, gzip included, shares that core), and with --jobs 2 (streamed:
# memory should grow with distinct entities, not articles), Turtle + N-Triples + N-Quads with --jobs 2 (the merged
# graph is sorted externally for Turtle: runs spilled beside the dumps past --memory-limit, MEMORY_LIMIT, default
# 1G), and the default export (every format, the dot picture too). Peak memory is the maximum resident set size
# (GNU time); "tmp MB" the largest the hidden temporary files in the output folder (sort runs, dumps being
# written) grew, sampled every 0.2 s. RUNS="ttl,nt,nq --jobs 2;default --jobs 2" picks runs (';'-separated).
# CPU seconds (user + sys, gzip included) are less sensitive to a busy machine than wall time;
# "art/cpu-s" is articles per CPU-second. The load average is printed first: on a shared machine
# wall-clock rates fall with it.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
if [ -z "${BIN:-}" ]; then
  swift build -c release --product communique >&2
  BIN="$(swift build -c release --show-bin-path)/communique"
fi
work=Benchmarks/work
mkdir -p "$work"
max=0; for n in "${sizes[@]}"; do [ "$n" -gt "$max" ] && max=$n; done
corpus="$work/corpus-$max"
if [ ! -d "$corpus" ]; then python3 Benchmarks/generate_corpus.py "$corpus" "$max" >&2; fi

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
printf '%-8s %-20s %6s %8s %10s %8s %7s %10s %8s %7s %10s %9s\n' articles run MB seconds articles/s MB/s "cpu s" art/cpu-s "peak MB" "tmp MB" triples entities
IFS=';' read -r -a runs <<< "${RUNS:-nquads --jobs 1;nq --jobs 1, 1 core;nquads --jobs 2;ttl,nt,nq --jobs 2;default --jobs 2}"
for n in "${sizes[@]}"; do
  input="$work/input-$n"
  if [ ! -d "$input" ]; then
    mkdir -p "$input"
    # sed, not head: head would close the pipe early and pipefail would stop the script.
    find "$corpus"/ -name '*.txt' | sort | sed -n "1,${n}p" | while read -r f; do ln -s "$(realpath "$f")" "$input/$(basename "$f")"; done
  fi
  bytes=$(find "$input"/ -name '*.txt' -print0 | xargs -0 cat | wc -c)
  for run in "${runs[@]}"; do
    pin=()
    case "$run" in
      "nquads --jobs 1") args=(--format nquads --jobs 1) ;;
      "nq --jobs 1, 1 core")
        # Every thread of the export (and gzip) on one core: the "articles per second on one core" goal.
        command -v taskset > /dev/null || continue
        pin=(taskset -c 0); args=(--format nquads --jobs 1) ;;
      "nquads --jobs 2") args=(--format nquads --jobs 2) ;;
      "default --jobs 2") args=(--jobs 2) ;;
      *) args=(--format turtle,ntriples,nquads --jobs 2) ;;
    esac
    args+=(--memory-limit "${MEMORY_LIMIT:-1G}")
    out="$work/out-$n"
    rm -rf "$out"
    mkdir -p "$out"
    # The temporary disk: the hidden files in the output folder, sampled while the export runs.
    ( peak=0; while true; do
        now=$(find "$out" -maxdepth 1 -name '.*' -type f -printf '%s\n' 2>/dev/null | awk '{ s += $1 } END { printf "%d\n", s }')
        now=${now%.*}; [ "$now" -gt "$peak" ] && peak=$now && echo "$peak" > "$work/tmp.txt"
        sleep 0.2
      done ) & sampler=$!
    echo 0 > "$work/tmp.txt"
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" ${pin[@]+"${pin[@]}"} "$BIN" export "$input" --out "$out" "${args[@]}" 2> "$work/stderr.txt" || true
    kill "$sampler" 2> /dev/null; wait "$sampler" 2> /dev/null || true
    tmp=$(cat "$work/tmp.txt")
    read -r secs kb user sys < <(tail -1 "$work/time.txt")
    summary=$(tail -1 "$work/stderr.txt")
    triples=$(echo "$summary" | sed -n 's/.*: \([0-9]*\) triples.*/\1/p')
    entities=$(echo "$summary" | sed -n 's/.* \([0-9]*\) entities.*/\1/p')
    awk -v n="$n" -v run="$run" -v bytes="$bytes" -v secs="$secs" -v kb="$kb" -v tmp="$tmp" -v t="$triples" -v e="$entities" -v user="$user" -v sys="$sys" 'BEGIN {
      s = (secs > 0 ? secs : 0.01); cpu = user + sys; c = (cpu > 0 ? cpu : 0.01)
      printf "%-8d %-20s %6.1f %8.2f %10.0f %8.2f %7.2f %10.0f %8.0f %7.0f %10s %9s\n", n, run, bytes/1e6, secs, n/s, bytes/1e6/s, cpu, n/c, kb/1024, tmp/1e6, t, e }'
  done
done
