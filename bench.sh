#!/usr/bin/env bash
# Runs a benchmark on a fresh MariaDB and Payara domain of its own (ports from 8200), and reports
# each result as a ratio to a baseline measured in the same run.
# Usage: ./bench.sh intake|purge|queue|relay|rights|cluster|edge|slots [requests at the clinic, for rights; default 300000]
# TIMEBOK_BENCH_PORT_BASE moves every port of the benchmark's server and database (default 8200).
# cluster also starts a second node, node2, on the ports from that base + 200; edge starts a Payara
# Micro edge node with booking-edge.war on that base + 300.
set -euo pipefail
cd "$(dirname "$0")"
which="${1:-intake}"
case "$which" in
    intake) main=no.timebok.ear.bench.IntakeBenchmark ;;
    relay) main=no.timebok.ear.bench.RelayBenchmark ;;
    purge) main=no.timebok.ear.bench.PurgeBenchmark ;;
    queue) main=no.timebok.ear.bench.QueueBenchmark ;;
    rights) main=no.timebok.ear.bench.RightsBenchmark ;;
    cluster) main=no.timebok.ear.bench.ClusterBenchmark ;;
    edge) main=no.timebok.ear.bench.EdgeBenchmark ;;
    slots) main=no.timebok.ear.bench.SlotsBenchmark ;;
    *) echo "usage: ./bench.sh intake|purge|queue|relay|rights|cluster|edge|slots [requests at the clinic]" >&2; exit 2 ;;
esac
export TIMEBOK_HOME="${TIMEBOK_HOME:-$HOME/.timebok}"
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)
./mvnw -q -B -Plocal-run -DskipTests -Dtimebok.home="$TIMEBOK_HOME" package
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Xmx1g "-Dtimebok.microJar=$TIMEBOK_HOME/payara-micro-$payara_version.jar" \
    "-Dtimebok.edgeWar=booking/target/booking-edge.war" "-Dtimebok.edgeGrants=booking/src/edge/edge-grants.sql" -cp "ear/target/test-classes:$(cat ear/target/run-classpath.txt)" "$main" \
    "$TIMEBOK_HOME/payara-$payara_version/payara6" ear/target/timebok.ear ear/target/bench "${@:2}"
