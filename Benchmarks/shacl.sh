#!/usr/bin/env bash
# SHACL benchmark: Communique's validator side by side with pySHACL, rudof (pyrudof) and Jena SHACL,
# in the same run on the same generated files (Benchmarks/generate_shacl_data.py, shaped like
# Communique's exports, ~1 % planted violations) against Benchmarks/shacl-shapes.ttl.
#
# Prints a Markdown table: wall seconds (median of ROUNDS whole-process runs), parse and validate
# seconds apart where the tool can say, peak memory (max RSS), number of results (all must agree),
# and the growth of the wall time from the smallest to the largest size.
#
# Usage: Benchmarks/shacl.sh [SIZES...]            (default: 100000 1000000)
# Environment: ROUNDS (default 3; ROUNDS_pyshacl, ROUNDS_rudof, ... override it per tool), TOOLS (default "communique pyshacl rudof jena"),
#              PYSHACL_MAX (largest size pySHACL runs on, default 1000000; it takes minutes per 1M),
#              DATA_DIR (default /tmp/communique-shacl-bench), SKIP_BUILD=1 (use the existing binary), BIN (the communique binary).
# Needs: swift, python3 with pyshacl and pyrudof (pip install pyshacl pyrudof), Java with Debian's
# libapache-jena-java (apt-get install libapache-jena-java), GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZES=("${@:-100000 1000000}")
read -r -a SIZES <<< "${SIZES[*]}"
ROUNDS=${ROUNDS:-3}
TOOLS=${TOOLS:-"communique pyshacl rudof jena"}
PYSHACL_MAX=${PYSHACL_MAX:-1000000}
DATA_DIR=${DATA_DIR:-/tmp/communique-shacl-bench}
SHAPES="$ROOT/Benchmarks/shacl-shapes.ttl"
mkdir -p "$DATA_DIR"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  swift build -c release --product communique --scratch-path .build-shacl-release >&2
fi
BIN=${BIN:-"$ROOT/.build-shacl-release/release/communique"}

# Jena: Debian's jena-core.jar keeps the Xerces message bundles under org/apache/jena/ext/xerces/
# while the classes look under xerces/; copy them to a xerces/ tree on the classpath, or every
# datatype check fails with "internal error".
JENA_CP=""
if [[ " $TOOLS " == *" jena "* ]]; then
  FIX="$DATA_DIR/jena-xerces-fix"
  if [ ! -d "$FIX/xerces" ]; then
    rm -rf "$FIX" && mkdir -p "$FIX/unpacked"
    (cd "$FIX/unpacked" && unzip -q -o /usr/share/java/jena-core.jar 'org/apache/jena/ext/xerces/*.properties')
    (cd "$FIX/unpacked/org/apache/jena/ext" && find xerces -name '*.properties' | while read -r f; do
      mkdir -p "$FIX/$(dirname "$f")" && cp "$f" "$FIX/$f"; done)
  fi
  # Every jar of /usr/share/java but the competing SLF4J bindings and bridges.
  JENA_CP="$FIX:$(ls /usr/share/java/*.jar | grep -vE 'log4j-over-slf4j|slf4j-(log4j12|jdk14|jcl|nop|simple|migrator)|jcl-over-slf4j|maven3-slf4j' | tr '\n' ':')"
fi

median() { python3 -c 'import sys,statistics; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.2f}")' "$@"; }

# run TOOL SIZE DATA: prints "wall maxrss_kb parse validate results" for one round.
run() {
  local tool=$1 size=$2 data=$3 out="$DATA_DIR/out.$$" t="$DATA_DIR/time.$$"
  case $tool in
    communique)
      /usr/bin/time -f "%e %M" -o "$t" "$BIN" validate "$data" --shapes "$SHAPES" --format turtle -o /dev/null --timings 2> "$out" || true
      python3 - "$out" "$t" <<'PY'
import re, sys
text = open(sys.argv[1]).read(); wall, rss = open(sys.argv[2]).read().split()[-2:]
m = re.search(r"parse ([0-9.]+) s, validate ([0-9.]+) s.*results (\d+)", text)
print(wall, rss, m.group(1), m.group(2), m.group(3))
PY
      ;;
    pyshacl|rudof)
      /usr/bin/time -f "%e %M" -o "$t" python3 "$ROOT/Benchmarks/shacl/run_$tool.py" "$data" "$SHAPES" > "$out" 2>/dev/null
      python3 - "$out" "$t" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); wall, rss = open(sys.argv[2]).read().split()[-2:]
print(wall, rss, f"{r['parse']:.2f}", f"{r['validate']:.2f}", r["results"])
PY
      ;;
    jena)
      local heap=$(( (size + 999999) / 1000000 ))
      /usr/bin/time -f "%e %M" -o "$t" java "-Xmx${heap}g" -cp "$JENA_CP" shacl.shacl validate --shapes "$SHAPES" --data "$data" > "$out" 2>/dev/null || true
      echo "$(tail -1 "$t") - - $(python3 "$ROOT/Benchmarks/shacl/count_results.py" "$out" 2>/dev/null)"
      ;;
  esac
  rm -f "$out" "$t"
}

echo "| tool | triples | wall s (median) | parse s | validate s | peak MB | results | growth |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for tool in $TOOLS; do
  first=""
  for size in "${SIZES[@]}"; do
    data="$DATA_DIR/data-$size.ttl"
    [ -f "$data" ] || python3 "$ROOT/Benchmarks/generate_shacl_data.py" "$size" "$data"
    override="ROUNDS_$tool"
    rounds=${!override:-$ROUNDS}
    if [ "$tool" = pyshacl ] && [ "$size" -gt "$PYSHACL_MAX" ]; then continue; fi
    walls=(); rss=(); parses=(); validates=(); results=""
    for ((r = 0; r < rounds; r++)); do
      read -r w m p v n <<< "$(run "$tool" "$size" "$data")"
      walls+=("$w"); rss+=("$m"); parses+=("$p"); validates+=("$v"); results=$n
    done
    wall=$(median "${walls[@]}")
    peak=$(python3 -c 'import sys; print(f"{max(int(x) for x in sys.argv[1:])/1024:.0f}")' "${rss[@]}")
    parse="-"; validate="-"
    [ "${parses[0]}" != "-" ] && parse=$(median "${parses[@]}") && validate=$(median "${validates[@]}")
    growth=""
    if [ -z "$first" ]; then first=$wall; else growth=$(python3 -c "print(f'{$wall/$first:.1f}×')"); fi
    triples=$(awk -v s="$size" 'BEGIN{printf "%d", s}')
    echo "| $tool | $triples | $wall | $parse | $validate | $peak | $results | $growth |"
  done
done
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
