#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ (fuzzer + address sanitizers, release, in .build-fuzz/) and runs
# each for a bounded time, one after the other.
#
#   scripts/fuzz.sh                      # every harness, 60 s each
#   scripts/fuzz.sh --time 1800 loader   # one harness, 30 minutes
#   scripts/fuzz.sh --build-only
#
# A crash, a hang (-timeout), or a broken property (the harness traps) stops that harness, saves the input
# under .build-fuzz/artifacts/, and makes the script exit 1; a run to the time limit counts as passed.
# New interesting inputs go to .build-fuzz/corpus/<name> (not committed); the seeds in Fuzz/Corpus/<name>
# are read, never written. Each run's log is .build-fuzz/fuzz-<name>.log; its execution count is printed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
build_only=0
names=()
while [ $# -gt 0 ]; do
    case "$1" in
        --time) seconds=$2; shift 2 ;;
        --build-only) build_only=1; shift ;;
        -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 64 ;;
        *) names+=("$1"); shift ;;
    esac
done
if [ ${#names[@]} -eq 0 ]; then
    for dir in Fuzz/*/; do
        name=$(basename "$dir")
        [ -d "Fuzz/Corpus/$name" ] && names+=("$name")
    done
fi

export MISSIONKPI_FUZZ=1 SWIFT_BACKTRACE=enable=no
# No leak checks (Swift's runtime caches look like leaks and the scans dominate), short allocation stacks.
export ASAN_OPTIONS="detect_leaks=0:malloc_context_size=4${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
flags=(-c release --scratch-path .build-fuzz
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
    -Xcc -fsanitize=fuzzer-no-link,address
    -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)  # the default gold linker fails on these (internal error in format_file_lineno)
for name in "${names[@]}"; do
    echo "building fuzz-$name" >&2
    nice swift build "${flags[@]}" --product "fuzz-$name" 2>&1 | grep -E "error|warning: unre|Compiling fuzz|Build complete" >&2 || true
    [ -x ".build-fuzz/release/fuzz-$name" ] || { echo "fuzz-$name did not build" >&2; exit 1; }
done
[ "$build_only" = 1 ] && exit 0

status=0
mkdir -p .build-fuzz/artifacts
for name in "${names[@]}"; do
    mkdir -p ".build-fuzz/corpus/$name"
    dict=()
    [ -f "Fuzz/$name.dict" ] && dict=(-dict="Fuzz/$name.dict")
    echo "fuzz-$name: running for $seconds s" >&2
    set +e
    nice ".build-fuzz/release/fuzz-$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 -detect_leaks=0 \
        "${dict[@]}" -artifact_prefix=".build-fuzz/artifacts/$name-" ".build-fuzz/corpus/$name" "Fuzz/Corpus/$name" \
        >".build-fuzz/fuzz-$name.log" 2>&1
    code=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' ".build-fuzz/fuzz-$name.log" | grep -o '[0-9]*$' || echo "?")
    if [ $code -eq 0 ]; then
        echo "fuzz-$name: passed, $runs executions in $seconds s" >&2
    else
        echo "fuzz-$name: FAILED (exit $code) after $runs executions; the input is in .build-fuzz/artifacts/, the log:" >&2
        grep -E "fuzz property broken|ERROR|SUMMARY|Fatal error|Test unit written" ".build-fuzz/fuzz-$name.log" | head -20 >&2
        status=1
    fi
done
exit $status
