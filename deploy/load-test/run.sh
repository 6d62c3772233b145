#!/usr/bin/env bash
# The load benchmark, on demand (never part of mvn verify). For each database it measures the start and the
# memory of an empty WAR alone and of Sala (beside the empty WAR, whose servlet and trivial Faces page are the
# ceilings), both on the same Payara Micro with the run profile's flags and JVM settings; seeds learner
# accounts directly in the database; runs the capacity and the learners' simulations with Gatling while
# sampling the server's memory and both programs' CPU; stops the server; and finally writes REPORT.md here.
#
#   deploy/load-test/run.sh                       # both databases, default sizes
#   LEARNERS=5000 RAMP=600 deploy/load-test/run.sh
#   DATABASES=h2 deploy/load-test/run.sh
#
# Settings (environment): DATABASES ("h2 postgres"), LEARNERS (2000), RAMP seconds (240), THINK_MIN/THINK_MAX
# seconds (4/6), CLIENTS for the capacity phases (16), PHASE seconds (20), PORT (8180), and for PostgreSQL
# PGURL (jdbc:postgresql://127.0.0.1:5432/test, user postgres, schema sala_load, dropped first).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
databases=${DATABASES:-"h2 postgres"}
learners=${LEARNERS:-2000}
ramp=${RAMP:-240}
think_min=${THINK_MIN:-4}
think_max=${THINK_MAX:-6}
clients=${CLIENTS:-16}
phase=${PHASE:-20}
port=${PORT:-8180}
pgurl=${PGURL:-jdbc:postgresql://127.0.0.1:5432/test}
work="$root/deploy/load-test/target/run"
gatling="$root/deploy/load-test/target/gatling"
server="$root/deploy/payara-micro/target"
mkdir -p "$work"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
java="$java_home/bin/java"
# As deploy/payara-micro/pom.xml's run profile starts the server (README, "JVM settings").
jvm=(-Xms128m -Xmx448m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -XX:+UseG1GC -XX:MaxGCPauseMillis=100
     -XX:+ExitOnOutOfMemoryError)
payara=(--nocluster --prebootcommandfile "$server/http-settings.asadmin" --prebootcommandfile "$server/single-node.asadmin")

echo "== building (tests skipped)"
mvn -q -P load -DskipTests install
ceiling_war="$root/deploy/load-test/ceiling/target/ceiling.war"
h2_jar=$(find "$HOME/.m2/repository/com/h2database/h2" -name 'h2-*.jar' | sort | tail -1)

latest() {  # the newest Gatling result directory of a simulation
  ls -dt "$gatling"/"$1"-* | head -1
}

pid=""
# start NAME URL-PATH ARGS...: starts Payara Micro with the JVM settings and flags above plus ARGS, waits for the
# first 200 at URL-PATH; sets pid, and started (seconds from the JVM's start to that answer).
start() {
  local name=$1 path=$2
  shift 2
  "$java" "${jvm[@]}" -jar "$server/payara-micro.jar" --port "$port" "${payara[@]}" "$@" > "$work/server-$name.log" 2>&1 &
  pid=$!
  local ticks
  ticks=$(awk '{print $22}' "/proc/$pid/stat")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port$path" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the server stopped; see $work/server-$name.log"; exit 1; }
    sleep 0.05
  done
  started=$(awk -v ticks="$ticks" -v hz="$(getconf CLK_TCK)" '{printf "%.2f", $1 - ticks / hz}' /proc/uptime)
}

rss_mib() {
  awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}

# resident set 20 s after the JVM started
rss_at_20s() {
  local ticks now
  ticks=$(awk '{print $22}' "/proc/$1/stat")
  now=$(awk -v ticks="$ticks" -v hz="$(getconf CLK_TCK)" '{printf "%d", $1 - ticks / hz}' /proc/uptime)
  [ "$now" -lt 20 ] && sleep $((20 - now))
  rss_mib "$1"
}

stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# The same password for every seeded account, hashed as Sala stores it (PBKDF2-HMAC-SHA256) with 1,000 iterations
# instead of 210,000: signing in then costs about a millisecond, and the benchmark measures the quiz, not hashing.
seeded_hash() {
  python3 -c '
import base64, hashlib, os
salt = os.urandom(32)
key = hashlib.pbkdf2_hmac("sha256", b"a long load test passphrase", salt, 1000, 32)
print("PBKDF2WithHmacSHA256:1000:" + base64.b64encode(salt).decode() + ":" + base64.b64encode(key).decode())'
}

sections=()
for database in $databases; do
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
  export SALA_DATA_DIR="$data"

  echo "== $database: the empty WAR alone"
  start "$database-empty" /ceiling/hello.xhtml --deploy "$ceiling_war"
  start_empty=$started
  rss_empty=$(rss_at_20s "$pid")
  stop
  echo "   first page after $start_empty s, $rss_empty MiB resident 20 s after start"

  echo "== $database: Sala (and the empty WAR beside it)"
  start "$database-sala" / --deploy "$server/sala.war" --contextroot / --deploy "$ceiling_war"
  start_sala=$started
  rss_sala=$(rss_at_20s "$pid")
  echo "   first page after $start_sala s, $rss_sala MiB resident 20 s after start"

  echo "== $database: seeding $learners accounts"
  hash=$(seeded_hash)
  if [ "$database" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d test -qc "INSERT INTO sala_load.account (username, display_name, password_hash, roles, created_at, lock_version)
      SELECT 'seeded-' || n, 'Seeded learner ' || n, '$hash', 'learner', now(), 1 FROM generate_series(1, $learners) AS n"
  else
    # The embedded database is one process's file: seed it while the server is stopped, then start it again.
    stop
    "$java" -cp "$h2_jar" org.h2.tools.Shell -url "jdbc:h2:file:$data/sala" -user sala -password "" -sql \
      "INSERT INTO account (username, display_name, password_hash, roles, created_at, lock_version)
       SELECT 'seeded-' || X, 'Seeded learner ' || X, '$hash', 'learner', CURRENT_TIMESTAMP, 1 FROM SYSTEM_RANGE(1, $learners)" > /dev/null
    start "$database-sala-seeded" / --deploy "$server/sala.war" --contextroot / --deploy "$ceiling_war"
  fi

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
      > "$work/gatling-$1-$database.log" 2>&1 || echo "   (Gatling reported failed requests or assertions: see $work/gatling-$1-$database.log)"
  }
  echo "== $database: capacity (ceilings, pages, saves), $clients clients, $phase s each"
  run_simulation CapacitySimulation
  echo "== $database: $learners learners doing whole attempts over $ramp s"
  run_simulation LearnerAttemptSimulation

  stop
  kill "$sampler" 2>/dev/null || true
  rm -rf "$data"
  unset SALA_DATA_DIR

  section="$work/section-$database.md"
  mvn -q -P load -pl deploy/load-test exec:java -Dexec.args="section --database '$label' \
    --capacity $(latest capacitysimulation) --learners $(latest learnerattemptsimulation) --samples $samples \
    --out $section --clients $clients --seconds $phase --learner-count $learners --ramp $ramp \
    --think-min $think_min --think-max $think_max --save-target $save_target \
    --start-sala $start_sala --start-empty $start_empty --rss-sala $rss_sala --rss-empty $rss_empty"
  sections+=("$section")
done

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $("$java" -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
mvn -q -P load -pl deploy/load-test exec:java -Dexec.args="combine --out $root/deploy/load-test/REPORT.md --machine '$machine' ${sections[*]}"
echo "== wrote deploy/load-test/REPORT.md"
