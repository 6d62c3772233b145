#!/usr/bin/env bash
# The load benchmark, on demand (never part of mvn verify). For each database it starts Sala with the
# README's run command, measures the cold start, runs the capacity and the learners' simulations with
# Gatling while sampling the server's memory, stops the server, and finally writes REPORT.md here.
#
#   deploy/load-test/run.sh                       # both databases, default sizes
#   LEARNERS=5000 RAMP=600 deploy/load-test/run.sh
#   DATABASES=h2 deploy/load-test/run.sh
#
# Settings (environment): DATABASES ("h2 postgres"), LEARNERS (500), RAMP seconds (120), THINK_MIN/THINK_MAX
# seconds (3/5), CLIENTS for the capacity phases (16), PHASE seconds (30), PORT (8180), and for PostgreSQL
# PGURL (jdbc:postgresql://127.0.0.1:5432/test, user postgres, schema sala_load, dropped first).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
databases=${DATABASES:-"h2 postgres"}
learners=${LEARNERS:-500}
ramp=${RAMP:-120}
think_min=${THINK_MIN:-3}
think_max=${THINK_MAX:-5}
clients=${CLIENTS:-16}
phase=${PHASE:-30}
port=${PORT:-8180}
pgurl=${PGURL:-jdbc:postgresql://127.0.0.1:5432/test}
work="$root/deploy/load-test/target/run"
gatling="$root/deploy/load-test/target/gatling"
mkdir -p "$work"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

echo "== building (tests skipped)"
mvn -q -P load -DskipTests install

latest() {  # the newest Gatling result directory of a simulation
  ls -dt "$gatling"/"$1"-* | head -1
}

sections=()
for database in $databases; do
  echo "== $database: starting the server with mvn -P run package"
  data=$(mktemp -d)
  unset SALA_DB_URL SALA_DB_USER SALA_DB_PASSWORD
  label="H2, the embedded default"
  save_target=1000
  if [ "$database" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA IF EXISTS sala_load CASCADE; CREATE SCHEMA sala_load"
    export SALA_DB_URL="$pgurl?currentSchema=sala_load" SALA_DB_USER=postgres
    label="PostgreSQL $(psql -h 127.0.0.1 -U postgres -d test -tAc 'SHOW server_version' | cut -d' ' -f1) on the same machine"
    save_target=600
  fi
  SALA_DATA_DIR="$data" mvn -q -P run package -Dsala.port="$port" > "$work/server-$database.log" 2>&1 &
  maven=$!
  pid=""
  for _ in $(seq 1 600); do
    pid=$(pgrep -f "payara-micro.jar --deploy sala.war --contextroot / --port $port" || true)
    [ -n "$pid" ] && break
    sleep 0.1
  done
  [ -n "$pid" ] || { echo "the server did not start; see $work/server-$database.log"; exit 1; }
  started=$(awk '{print $22}' "/proc/$pid/stat")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)" = 200 ]; do sleep 0.1; done
  cold=$(awk -v ticks="$started" -v hz="$(getconf CLK_TCK)" '{printf "%.2f", $1 - ticks / hz}' /proc/uptime)
  echo "   first page $cold s after the server's JVM started"

  samples="$work/samples-$database.txt"
  : > "$samples"
  # Every 5 s: time, the server's resident set (KiB), heap in use (KiB), and the CPU time (clock ticks) used so
  # far by the server and by the load generator (Gatling's JVM), which share this machine's cores.
  (while kill -0 "$pid" 2>/dev/null; do
     rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
     heap=$("$java_home/bin/jcmd" "$pid" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' || true)
     server_cpu=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
     load_cpu=0
     for gatling_pid in $(pgrep -f 'io.gatling.app.Gatling|GatlingCLI|gatling.*Simulation' || true); do
       load_cpu=$((load_cpu + $(awk '{print $14 + $15}' "/proc/$gatling_pid/stat" 2>/dev/null || echo 0)))
     done
     [ -n "$rss" ] && [ -n "$heap" ] && echo "$(date +%s) $rss $heap $server_cpu $load_cpu" >> "$samples"
     sleep 5
   done) &
  sampler=$!

  run_simulation() {
    mvn -q -P load -pl deploy/load-test test-compile gatling:test -Dgatling.simulationClass="org.sala.load.$1" \
      -Dsala.url="http://localhost:$port" -Dload.clients="$clients" -Dload.seconds="$phase" \
      -Dload.learners="$learners" -Dload.ramp="$ramp" -Dload.thinkMin="$think_min" -Dload.thinkMax="$think_max" \
      -Dsala.failures.log="$work/failed-$1-$database.log" > "$work/gatling-$1-$database.log" 2>&1 || echo "   (Gatling reported failed requests or assertions: see $work/gatling-$1-$database.log)"
  }
  echo "== $database: capacity (plain servlet, quiz page, saves), $clients clients, $phase s each"
  run_simulation CapacitySimulation
  echo "== $database: $learners learners doing whole attempts over $ramp s"
  run_simulation LearnerAttemptSimulation

  kill "$pid"
  wait "$maven" 2>/dev/null || true
  kill "$sampler" 2>/dev/null || true
  rm -rf "$data"

  section="$work/section-$database.md"
  mvn -q -P load -pl deploy/load-test exec:java -Dexec.args="section --database '$label' \
    --capacity $(latest capacitysimulation) --learners $(latest learnerattemptsimulation) --samples $samples \
    --cold-start $cold --out $section --clients $clients --seconds $phase --learner-count $learners --ramp $ramp \
    --think-min $think_min --think-max $think_max --save-target $save_target"
  sections+=("$section")
done

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $("$java_home/bin/java" -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
mvn -q -P load -pl deploy/load-test exec:java -Dexec.args="combine --out $root/deploy/load-test/REPORT.md --machine '$machine' ${sections[*]}"
echo "== wrote deploy/load-test/REPORT.md"
