#!/usr/bin/env bash
# Benchmark: `communique publish` of N triples (default 1,000,000) into a local `oxigraph serve`,
# against `oxigraph load` of the same N-Triples file into a fresh store, in the same run.
# Prints a table: seconds, triples/s, peak memory of the loading process (/usr/bin/time -v) and,
# for publish, the server's peak memory (VmHWM), and checks the server's triple count each time.
# Not a test: numbers depend on the machine and its load.
#
# usage: Benchmarks/publish.sh [TRIPLES]
# env:   COMMUNIQUE=path/to/communique (default: builds release into .build-publish-release)
#        DATA=folder for the generated file and stores (default: a temporary folder, removed at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"

if [ -z "${COMMUNIQUE:-}" ]; then
  swift build -c release --scratch-path .build-publish-release --product communique >&2
  COMMUNIQUE="$(swift build -c release --scratch-path .build-publish-release --show-bin-path)/communique"
fi
command -v oxigraph >/dev/null || { echo "oxigraph not found: pip install oxigraph" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install time" >&2; exit 1; }

data="${DATA:-$(mktemp -d)}"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill -9 "$server_pid" 2>/dev/null || true; fi
  [ -z "${DATA:-}" ] && rm -rf "$data"
  return 0
}
trap cleanup EXIT
mkdir -p "$data"

# The data: Communique-shaped triples (the syntax helper's generator when present).
nt="$data/g$n.nt"
if [ ! -s "$nt" ]; then
  if [ -f Benchmarks/convert-generate.py ]; then
    python3 Benchmarks/convert-generate.py "$n" "$data/g$n" >&2
  else
    python3 - "$n" "$nt" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w", encoding="utf-8") as out:
    for i in range(n):
        s = "<https://communique.example/id/person/p%d>" % (i // 5)
        k = i % 5
        if k == 0: out.write('%s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .\n' % s)
        elif k == 1: out.write('%s <https://schema.org/name> "Person %d"@en .\n' % (s, i))
        elif k == 2: out.write('%s <https://schema.org/birthDate> "1960-01-%02d"^^<http://www.w3.org/2001/XMLSchema#date> .\n' % (s, i % 28 + 1))
        elif k == 3: out.write('%s <http://www.w3.org/ns/org#holds> <https://communique.example/id/post/%d> .\n' % (s, i))
        else: out.write('%s <https://schema.org/description> "said \\"%d\\" on the visit" .\n' % (s, i))
PY
  fi
fi
triples=$(wc -l < "$nt")
distinct=$(LC_ALL=C sort -u "$nt" | wc -l)   # what the store must hold (a generator may repeat a triple)
mb=$(du -m "$nt" | cut -f1)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_server: a fresh oxigraph serve on a free port; sets server_pid and endpoint.
start_server() {
  local port
  port=$(free_port)
  rm -rf "$data/store"
  oxigraph serve --location "$data/store" --bind "127.0.0.1:$port" >"$data/serve.log" 2>&1 &
  server_pid=$!
  endpoint="http://127.0.0.1:$port"
  for _ in $(seq 1 200); do
    curl -s -o /dev/null "$endpoint/query?query=ASK%7B%7D" && return 0
    sleep 0.05
  done
  echo "oxigraph serve did not start: $(cat "$data/serve.log")" >&2
  exit 1
}
stop_server() { kill -9 "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""; }
server_peak_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$server_pid/status"; }
count() {
  curl -s -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' "$endpoint/query" | tail -1 | tr -d '\r'
}

# measure CMD...: runs CMD under /usr/bin/time; sets secs and peak (MB).
measure() {
  /usr/bin/time -v -o "$data/time.log" "$@" >"$data/out.log" 2>"$data/err.log" \
    || { echo "FAILED: $*" >&2; cat "$data/err.log" >&2; exit 1; }
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$data/time.log")
  peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$data/time.log")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.1f", s}' "$data/time.log")
}

rate() { awk -v n="$triples" -v s="$1" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }

echo "input: $triples triples ($distinct distinct), $mb MB of N-Triples; $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
printf '%-40s %8s %10s %11s %13s %14s %10s\n' "loader" seconds triples/s "client CPU s" "client peakMB" "server peakMB" "count"

for variant in "publish" "publish --no-transaction" "publish (again: replace)"; do
  [ "$variant" = "publish (again: replace)" ] || start_server
  extra=()
  [ "$variant" = "publish --no-transaction" ] && extra=(--no-transaction)
  measure "$COMMUNIQUE" publish "$nt" --endpoint "$endpoint" "${extra[@]}"
  c=$(count)
  [ "$c" = "$distinct" ] || { echo "server holds $c triples, expected $distinct" >&2; exit 1; }
  printf '%-40s %8s %10s %11s %13s %14s %10s\n' "communique $variant" "$secs" "$(rate "$secs")" "$cpu" "$peak" "$(server_peak_mb)" "$c"
  [ "$variant" = "publish" ] && stop_server
done
stop_server

# The same file into a fresh store with Oxigraph's own bulk loader (no server).
rm -rf "$data/loadstore"
measure oxigraph load --location "$data/loadstore" --file "$nt"
c=$(oxigraph query --location "$data/loadstore" --query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --results-format csv | tail -1 | tr -d '\r')
printf '%-40s %8s %10s %11s %13s %14s %10s\n' "oxigraph load (bulk, no server)" "$secs" "$(rate "$secs")" "$cpu" "$peak" "-" "$c"
