#!/usr/bin/env bash
# Runs a benchmark on a fresh MariaDB and Payara domain of its own (ports from 8200), and reports
# each result as a ratio to a baseline measured in the same run.
# Usage: ./bench.sh all|intake|purge|queue|relay|rights|cluster|edge|slots [requests at the clinic, for rights; default 300000]
# all runs every benchmark one after another and writes ear/target/bench/summary.md: each goal of
# the performance issue, what was measured, and whether it is met.
# TIMEBOK_BENCH_PORT_BASE moves every port of the benchmark's server and database (default 8200).
# cluster also starts a second node, node2, on the ports from that base + 200; edge starts a Payara
# Micro edge node with booking-edge.war on that base + 300.
# TIMEBOK_BENCH_JFR=1 records a Flight Recorder profile of the server over each measured load
# (ear/target/bench/profiles/*.jfr) and, with a JDK 21 or later's jfr (TIMEBOK_JFR, or jfr on the
# PATH), writes its hot methods, allocation and lock contention beside it as text.
# TIMEBOK_BENCH_CONFIG="key=value ..." sets configuration keys on the benchmark's server over every
# other setting, for an A/B of a setting (two runs, one with it); unknown keys are refused.
set -euo pipefail
cd "$(dirname "$0")"
which="${1:-intake}"
usage="usage: ./bench.sh all|intake|purge|queue|relay|rights|cluster|edge|slots [requests at the clinic]"
main_of() {
    case "$1" in
        intake) echo no.timebok.ear.bench.IntakeBenchmark ;;
        relay) echo no.timebok.ear.bench.RelayBenchmark ;;
        purge) echo no.timebok.ear.bench.PurgeBenchmark ;;
        queue) echo no.timebok.ear.bench.QueueBenchmark ;;
        rights) echo no.timebok.ear.bench.RightsBenchmark ;;
        cluster) echo no.timebok.ear.bench.ClusterBenchmark ;;
        edge) echo no.timebok.ear.bench.EdgeBenchmark ;;
        slots) echo no.timebok.ear.bench.SlotsBenchmark ;;
        *) return 1 ;;
    esac
}
if [ "$which" != all ] && ! main_of "$which" >/dev/null; then
    echo "$usage" >&2
    exit 2
fi
export TIMEBOK_HOME="${TIMEBOK_HOME:-$HOME/.timebok}"
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)
./mvnw -q -B -Plocal-run -DskipTests -Dtimebok.home="$TIMEBOK_HOME" package
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
classpath="ear/target/test-classes:$(cat ear/target/run-classpath.txt)"
results=ear/target/bench

run() {
    "$JAVA" -Xmx1g "-Dtimebok.microJar=$TIMEBOK_HOME/payara-micro-$payara_version.jar" \
        "-Dtimebok.edgeWar=booking/target/booking-edge.war" "-Dtimebok.edgeGrants=booking/src/edge/edge-grants.sql" \
        -cp "$classpath" "$(main_of "$1")" "$TIMEBOK_HOME/payara-$payara_version/payara6" ear/target/timebok.ear "$results" "${@:2}"
}

# The profiles as text, where a jfr that has views (JDK 21+) is at hand.
summarise_profiles() {
    local jfr="${TIMEBOK_JFR:-jfr}"
    [ -d "$results/profiles" ] || return 0
    if ! "$jfr" help view >/dev/null 2>&1; then
        echo "No jfr with views (JDK 21+) found; the profiles in $results/profiles are left as recordings" >&2
        return 0
    fi
    for recording in "$results"/profiles/*.jfr; do
        [ -e "$recording" ] || continue
        for view in hot-methods allocation-by-site contention-by-site; do
            echo "== $view"
            "$jfr" view --width 180 "$view" "$recording" || true
        done >"${recording%.jfr}.txt"
    done
}

tried="${TIMEBOK_BENCH_CONFIG:+; settings tried: $TIMEBOK_BENCH_CONFIG}"
[ -z "$tried" ] || echo "Settings tried on the benchmark's server: $TIMEBOK_BENCH_CONFIG"
if [ "$which" != all ]; then
    status=0
    run "$which" "${@:2}" || status=$?
    [ -z "${TIMEBOK_BENCH_JFR:-}" ] || summarise_profiles
    exit "$status"
fi

mkdir -p "$results"
rm -rf "$results"/goals-*.tsv "$results"/*-results.md "$results"/summary.md "$results"/profiles
benchmarks="intake relay purge queue slots rights cluster edge"
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
failed=""
for b in $benchmarks; do
    echo "=== ./bench.sh $b ($(date -u +%H:%M:%S))"
    run "$b" >"$results/$b.log" 2>&1 || failed="$failed $b"
done
[ -z "${TIMEBOK_BENCH_JFR:-}" ] || summarise_profiles
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain 2>/dev/null | grep -qv '^??' && echo " with uncommitted changes" || true)
export TIMEBOK_BENCH_RUN="Commit $commit$dirty, started $started, ended $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores; load average (1, 5, 15 min) $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after$tried."
export TIMEBOK_BENCH_FAILED="$failed"
"$JAVA" -cp "$classpath" no.timebok.ear.bench.BenchSummary "$results" $benchmarks
[ -z "$failed" ] || { echo "Did not finish:$failed (logs in $results)" >&2; exit 1; }
