#!/usr/bin/env bash
# Builds docker/Dockerfile with podman, as `docker build` would, runs the image against the local PostgreSQL with
# docker/compose.yaml's configuration, and checks what a deployment relies on:
#   - the service is ready, and the image's HEALTHCHECK passes, within the HEALTHCHECK's start period;
#   - a write without the API key is refused (401), and the key never reaches the log;
#   - the README's fixture-loading command, run as written, loads the five seed articles;
#   - /api/conflicts answers with the seeds' conflicts;
#   - the service runs as the image's unprivileged user;
#   - `podman stop` (SIGTERM) ends it cleanly within the stop timeout: exit status, Quarkus's shutdown line;
#   - started again, it serves the same articles and claims.
# Prints the image's size, the build time and the start times at the end.
#
# The base images are the Dockerfile's defaults (pinned official tags) when the registry answers. When it does not
# (CI), the script makes local ones from Debian's package archive: a minimal bookworm root file system from
# debootstrap with OpenJDK 17 (the JDK for the build stage, the JRE and curl for the runtime stage), imported with
# `podman import`, and passes them as --build-arg BUILD_IMAGE / RUNTIME_IMAGE. The root file systems are cached,
# keyed by the package lists (/var/cache/claimcheck-image for root, ~/.cache/claimcheck-image otherwise).
#
# Needs: podman and runc (crun fails on these machines' rlimits and hybrid cgroups), debootstrap unless the
# registry answers or the cache holds the bases, psql, curl, python3 with PyYAML; port 8080 free (the container
# uses the host's network to reach PostgreSQL on 127.0.0.1, and the HEALTHCHECK probes 8080).
#
# Environment (all optional):
#   CLAIMCHECK_IMAGE_BASES    auto (default): the registry's images if it answers, else local ones;
#                             registry or local: only that
#   CLAIMCHECK_IMAGE_CACHE    where the base root file systems are kept
#   CLAIMCHECK_DEBIAN_MIRROR  the Debian archive for debootstrap (http://deb.debian.org/debian)
#   CLAIMCHECK_TEST_PG_HOST, CLAIMCHECK_TEST_PG_PORT, CLAIMCHECK_TEST_PG_USER
#                             the PostgreSQL server (127.0.0.1, 5432, postgres): the script creates the role and
#                             the database claimcheck_image on it, afresh on each run, and drops them at the end
#   CLAIMCHECK_IMAGE_CPUS     a CPU limit for the service's container (none), to see the start on a smaller machine
#   PODMAN_RUNTIME            the OCI runtime (runc)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }
ok() { printf '   ok: %s\n' "$*"; }
fail() { printf '\ntest-image: FAILED: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

script_start=$(now)
BASES=${CLAIMCHECK_IMAGE_BASES:-auto}
RUNTIME=${PODMAN_RUNTIME:-runc}
ULIMITS=(--ulimit nofile=20000:20000 --ulimit nproc=1024:1024)
PG_HOST=${CLAIMCHECK_TEST_PG_HOST:-127.0.0.1}
PG_PORT=${CLAIMCHECK_TEST_PG_PORT:-5432}
PG_USER=${CLAIMCHECK_TEST_PG_USER:-postgres}
DB=claimcheck_image
MIRROR=${CLAIMCHECK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=bookworm
if [[ $(id -u) == 0 ]]; then
  CACHE=${CLAIMCHECK_IMAGE_CACHE:-/var/cache/claimcheck-image}
else
  CACHE=${CLAIMCHECK_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/claimcheck-image}
fi
IMAGE=localhost/claimcheck:test
APP=claimcheck-image-test
BASE_URL=http://127.0.0.1:8080

pm() { podman --runtime "$RUNTIME" "$@"; }
psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"; }
psql_app() { psql -X -q -At -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" "$@"; }

# debootstrap can leave the target's /proc mounted: unmount whatever is mounted under a directory, deepest first.
unmount_under() { # dir
  local mounts
  mounts=$(awk -v dir="$(realpath -m "$1")/" 'index($2 "/", dir) == 1 { print $2 }' /proc/mounts | sort -r)
  [[ -z $mounts ]] || printf '%s\n' "$mounts" | xargs -r -d '\n' umount -l
}

WORK=$(mktemp -d)
cleanup() {
  pm rm -f -t 0 "$APP" >/dev/null 2>&1 || true
  psql_admin -c "DROP DATABASE IF EXISTS $DB" -c "DROP ROLE IF EXISTS $DB" >/dev/null 2>&1 || true
  unmount_under "$WORK" || true
  rm -rf --one-file-system "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "Preconditions"
for tool in podman "$RUNTIME" psql curl; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install podman runc postgresql-client curl python3-yaml)"
done
# The first python3 with PyYAML: the one on the PATH (a pyenv one, say) may lack it where Debian's has it.
PYTHON=
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import yaml' 2>/dev/null; then PYTHON=$candidate; break; fi
done
[ -n "$PYTHON" ] || fail "no python3 with a yaml module (apt-get install python3-yaml)"
pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || fail "no PostgreSQL at $PG_HOST:$PG_PORT"
pm rm -f -t 0 "$APP" >/dev/null 2>&1 || true
if curl -s -o /dev/null --max-time 2 "$BASE_URL/"; then
  fail "port 8080 is taken: the container runs on the host's network and its HEALTHCHECK probes 8080"
fi
ok "podman $(podman version --format '{{.Client.Version}}') with $RUNTIME, PostgreSQL at $PG_HOST:$PG_PORT"

# --- Base images ------------------------------------------------------------------------------------------------

arg_default() { sed -n "s/^ARG $1=//p" docker/Dockerfile | head -n 1; }
OFFICIAL_BUILD=$(arg_default BUILD_IMAGE)
OFFICIAL_RUNTIME=$(arg_default RUNTIME_IMAGE)
[[ -n $OFFICIAL_BUILD && -n $OFFICIAL_RUNTIME ]] || fail "docker/Dockerfile declares no ARG BUILD_IMAGE / RUNTIME_IMAGE"

# A local base: Debian bookworm (minbase) with the given packages, imported under a tag that is the hash of
# everything that makes it, so that a changed package list or recipe makes a new one.
local_base() { # name packages -> sets BASE
  local name=$1 packages=$2 arch key image tarball root
  arch=$(dpkg --print-architecture)
  local changes=(
    "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
    "ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-$arch"
    "ENV LANG=C.UTF-8"
    "CMD [\"/bin/bash\"]")
  # The certificate authorities this machine added to its trust store (a TLS-intercepting proxy's, say) go into
  # the local bases too, so that the build stage reaches Maven Central as the host does.
  local cas=(/usr/local/share/ca-certificates/*.crt)
  [[ -e ${cas[0]} ]] || cas=()
  # The key: this function's own text (the recipe), the suite, architecture, mirror, packages and added CAs.
  key=$( (declare -f local_base; printf '%s\n' "$SUITE" "$arch" "$MIRROR" "$packages"; cat "${cas[@]}" </dev/null) \
      | sha256sum | cut -c 1-16)
  image=localhost/claimcheck-base-$name:$key
  BASE=$image
  if pm image exists "$image"; then
    ok "$name base $image (already imported)"
    return
  fi
  tarball=$CACHE/$name-$key.tar
  if [[ ! -s $tarball ]]; then
    command -v debootstrap >/dev/null || fail "no registry and no cached $name base: debootstrap is needed (apt-get install debootstrap)"
    [[ $(id -u) == 0 ]] || fail "no registry and no cached $name base: debootstrap needs root"
    local started; started=$(now)
    root=$WORK/rootfs-$name
    if ! debootstrap --variant=minbase --include="$packages" "$SUITE" "$root" "$MIRROR" >"$WORK/debootstrap-$name.log" 2>&1; then
      tail -n 30 "$WORK/debootstrap-$name.log" >&2
      fail "debootstrap of the $name base"
    fi
    unmount_under "$root"
    if (( ${#cas[@]} > 0 )); then
      cp "${cas[@]}" "$root/usr/local/share/ca-certificates/"
      # Java's trust store is rebuilt by a dpkg trigger that runs keytool, which needs /proc.
      mount -t proc proc "$root/proc"
      chroot "$root" update-ca-certificates >"$WORK/ca-$name.log" 2>&1 || { cat "$WORK/ca-$name.log" >&2; umount "$root/proc"; fail "update-ca-certificates in the $name base"; }
      umount "$root/proc"
    fi
    # What Debian's official images leave out and how they set apt up, so that an apt-get in the Dockerfile
    # leaves no package caches in its layer here either.
    rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/apt/*.bin "$root"/var/lib/apt/lists/*
    cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'APT'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
APT
    echo 'Acquire::Languages "none";' >"$root/etc/apt/apt.conf.d/docker-no-languages"
    mkdir -p "$CACHE"
    rm -f "$CACHE/$name-"*.tar
    tar --numeric-owner --one-file-system -C "$root" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf --one-file-system "$root"
    ok "$name root file system from debootstrap ($packages): $(du -m "$tarball" | cut -f 1) MB in $(since "$started") s, cached in $tarball"
  else
    ok "$name root file system from the cache: $tarball"
  fi
  local change_args=()
  for change in "${changes[@]}"; do change_args+=(--change "$change"); done
  pm import -q "${change_args[@]}" "$tarball" "$image" >/dev/null
  # Bases made from an earlier package list are of no more use.
  pm images --format '{{.Repository}}:{{.Tag}}' "localhost/claimcheck-base-$name" | grep -vxF "$image" \
      | xargs -r podman rmi >/dev/null 2>&1 || true
  ok "$name base imported as $image"
}

say "Base images"
bases_started=$(now)
BUILD_BASE=docker.io/library/$OFFICIAL_BUILD
RUNTIME_BASE=docker.io/library/$OFFICIAL_RUNTIME
use_registry=false
if [[ $BASES != local ]]; then
  if timeout 300 podman pull -q "$BUILD_BASE" >/dev/null 2>&1 && timeout 300 podman pull -q "$RUNTIME_BASE" >/dev/null 2>&1; then
    use_registry=true
    ok "the registry's $OFFICIAL_BUILD and $OFFICIAL_RUNTIME"
  elif [[ $BASES == registry ]]; then
    fail "cannot pull $BUILD_BASE and $RUNTIME_BASE"
  else
    ok "the registry cannot be reached: making the bases from Debian's packages"
  fi
fi
if [[ $use_registry == false ]]; then
  local_base jdk17 openjdk-17-jdk-headless,curl
  BUILD_BASE=$BASE
  local_base jre17 openjdk-17-jre-headless,curl
  RUNTIME_BASE=$BASE
fi
bases_seconds=$(since "$bases_started")

# Podman must be able to run a container here; if it cannot, the check fails rather than being skipped.
if ! out=$(pm run --rm --network host "${ULIMITS[@]}" "$RUNTIME_BASE" java -version 2>&1); then
  printf '%s\n' "$out" >&2
  fail "podman cannot run a container on this machine (runtime $RUNTIME)"
fi
ok "podman runs containers: $(printf '%s\n' "$out" | head -n 1)"

# --- Build ------------------------------------------------------------------------------------------------------

say "podman build -f docker/Dockerfile . (BUILD_IMAGE=$BUILD_BASE, RUNTIME_IMAGE=$RUNTIME_BASE)"
# --format docker: the OCI image format has no HEALTHCHECK. --network host: the build stage downloads Maven and
# the dependencies, and the runtime stage runs apt-get, through the host's network.
build_started=$(now)
pm build --format docker --network host "${ULIMITS[@]}" \
    --build-arg "BUILD_IMAGE=$BUILD_BASE" --build-arg "RUNTIME_IMAGE=$RUNTIME_BASE" \
    -f docker/Dockerfile -t "$IMAGE" . >"$WORK/build.log" 2>&1 || { tail -n 60 "$WORK/build.log" >&2; fail "podman build"; }
build_seconds=$(since "$build_started")
image_mb=$(( $(pm image inspect --format '{{.Size}}' "$IMAGE") / 1000000 ))
runtime_base_mb=$(( $(pm image inspect --format '{{.Size}}' "$RUNTIME_BASE") / 1000000 ))
ok "built $IMAGE in $build_seconds s: $image_mb MB, of which the runtime base $runtime_base_mb MB"

# Durations in nanoseconds.
read -r start_period interval retries < <(pm image inspect --format '{{json .Config.Healthcheck}}' "$IMAGE" \
    | "$PYTHON" -c 'import json,sys; h = json.load(sys.stdin) or {}
print(h.get("StartPeriod", 0) // 10**9, h.get("Interval", 0) // 10**9, h.get("Retries", 0))')
(( start_period > 0 )) || fail "the image has no HEALTHCHECK start period"
image_user=$(pm image inspect --format '{{.Config.User}}' "$IMAGE")
ok "HEALTHCHECK start period $start_period s, interval $interval s, retries $retries; user $image_user"

# --- Configuration: docker/compose.yaml's, with a docker/.env as a user writes it ------------------------------

say "Database $DB on $PG_HOST:$PG_PORT and compose.yaml's environment"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
api_key=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
sed -e "s|^POSTGRES_PASSWORD=.*|POSTGRES_PASSWORD=$password|" \
    -e "s|^CLAIMCHECK_ACCESS_API_KEY=.*|CLAIMCHECK_ACCESS_API_KEY=$api_key|" docker/env.example >"$WORK/dot-env"
psql_admin -c "DROP DATABASE IF EXISTS $DB" -c "DROP ROLE IF EXISTS $DB" \
    -c "CREATE ROLE $DB LOGIN PASSWORD '$password'" -c "CREATE DATABASE $DB OWNER $DB" >/dev/null
# The app service's environment with compose's ${VAR:-default} and ${VAR:?message} resolved against that .env;
# the database is the local server's instead of compose's db service.
memory=$("$PYTHON" - "$WORK/dot-env" "$WORK/app.env" "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" "$DB" <<'EOF'
import re, sys, yaml
dot_env, out, jdbc_url, user = sys.argv[1:]
values = {}
for line in open(dot_env):
    line = line.strip()
    if line and not line.startswith('#'):
        name, _, value = line.partition('=')
        values[name] = value
def resolve(text):
    def one(match):
        name, op, arg = match.group(1), match.group(2), match.group(3)
        if values.get(name):
            return values[name]
        if op == ':?':
            sys.exit(f'compose.yaml needs {name}: {arg}')
        return arg or ''
    return re.sub(r'\$\{(\w+)(?:(:-|:\?)([^}]*))?\}', one, str(text))
app = yaml.safe_load(open('docker/compose.yaml'))['services']['app']
environment = {name: resolve(value) for name, value in app['environment'].items()}
assert re.fullmatch(r'jdbc:postgresql://db:5432/\w+', environment['QUARKUS_DATASOURCE_JDBC_URL']), environment
environment['QUARKUS_DATASOURCE_JDBC_URL'] = jdbc_url
environment['QUARKUS_DATASOURCE_USERNAME'] = user
with open(out, 'w') as f:
    for name, value in environment.items():
        f.write(f'{name}={value}\n')
print(resolve(app.get('mem_limit', '')))
EOF
)
ok "$(wc -l <"$WORK/app.env") variables from compose.yaml, memory limit ${memory:-none}"

# --- Run --------------------------------------------------------------------------------------------------------

# Waits until the service is ready, at most the HEALTHCHECK's start period; prints the seconds it took.
wait_ready() { # started
  local started=$1
  while :; do
    if curl -fs -o /dev/null --max-time 2 "$BASE_URL/q/health/ready"; then
      since "$started"
      return 0
    fi
    if [[ $(pm inspect --format '{{.State.Running}}' "$APP") != true ]]; then
      pm logs "$APP" 2>&1 | tail -n 40 >&2
      fail "the container exited while starting"
    fi
    if (( $(printf '%.0f' "$(since "$started")") > start_period )); then
      pm logs "$APP" 2>&1 | tail -n 40 >&2
      fail "not ready within the HEALTHCHECK's start period ($start_period s)"
    fi
    sleep 0.5
  done
}

healthy() {
  # Without systemd podman runs no health check timer: run the image's check as the timer would.
  pm healthcheck run "$APP" >/dev/null 2>&1 || fail "the image's HEALTHCHECK fails on a ready service"
  [[ $(pm inspect --format '{{.State.Health.Status}}' "$APP") == healthy ]] || fail "the container is not healthy"
}

say "First start: empty database, Flyway migration, embedding model"
first_started=$(now)
# Podman logs to stderr that it has no systemd to run the health check on a timer (healthy() runs it instead).
pm run -d --name "$APP" --network host "${ULIMITS[@]}" ${memory:+--memory "$memory"} \
    ${CLAIMCHECK_IMAGE_CPUS:+--cpus "$CLAIMCHECK_IMAGE_CPUS"} \
    --env-file "$WORK/app.env" "$IMAGE" >/dev/null 2>>"$WORK/podman.log" || { cat "$WORK/podman.log" >&2; fail "podman run"; }
first_ready=$(wait_ready "$first_started")
healthy
ok "ready and healthy in $first_ready s (start period $start_period s); Quarkus: $(pm logs "$APP" 2>&1 | grep -o 'started in [0-9.]*s' | head -n 1)"

status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    --data-binary @claims-fixtures/seed-articles.json "$BASE_URL/api/articles/batch")
[[ $status == 401 ]] || fail "a write without the API key answered $status, not 401"
ok "a write without the API key: 401"

# The README's command, as written: `docker compose -f docker/compose.yaml exec -T app ...` becomes
# `podman exec -i <container> ...`; any other docker command in it fails the check.
docker() {
  local prefix="compose -f docker/compose.yaml exec"
  [[ "$1 $2 $3 $4" == "$prefix" ]] || fail "the README's fixture command runs 'docker $*', which this script cannot translate"
  shift 4
  local options=()
  while [[ $1 == -* ]]; do
    case $1 in
      -T) options+=(-i) ;;
      *) fail "the README's fixture command uses 'docker compose exec $1'" ;;
    esac
    shift
  done
  [[ $1 == app ]] || fail "the README's fixture command execs in '$1', not in app"
  shift
  pm exec "${options[@]}" "$APP" "$@"
}
fixture_command=$(awk '
  /^## Running in a container/ { section = 1; next }
  section && /^## / { section = 0 }
  section && /^```shell/ { block = 1; text = ""; next }
  section && block && /^```/ { block = 0; if (text ~ /api\/articles\/batch/) print text; next }
  block { text = text $0 "\n" }' README.md)
[[ -n $fixture_command ]] || fail "README.md's container section shows no fixture-loading command"
[[ $fixture_command != *"$api_key"* ]] || fail "unexpected: the key in the README"
loaded=$(unset CLAIMCHECK_ACCESS_API_KEY; eval "$fixture_command")
"$PYTHON" -c 'import json,sys; d = json.loads(sys.argv[1]); assert d["created"] == 5, d' "$loaded" \
    || fail "the README's fixture command did not create five articles: $loaded"
ok "the README's fixture command, with the key from docker/.env: $("$PYTHON" -c 'import json,sys; d = json.loads(sys.argv[1]); print({k: d[k] for k in ("created", "existing")})' "$loaded")"

conflicts=$(curl -fsS "$BASE_URL/api/conflicts") || fail "/api/conflicts"
"$PYTHON" -c 'import json,sys; d = json.loads(sys.argv[1]); assert "CONFLICT" in [g["status"] for g in d["groups"]], d' \
    "$conflicts" || fail "/api/conflicts shows no conflict of the seeds"
ok "/api/conflicts: $("$PYTHON" -c 'import json,sys; print(len(json.loads(sys.argv[1])["groups"]))' "$conflicts") groups, conflicts among them"

pid=$(pm inspect --format '{{.State.Pid}}' "$APP")
uid=$(ps -o uid= -p "$pid" | tr -d ' ')
[[ $uid == "${image_user%%:*}" && $uid != 0 ]] || fail "the service runs as uid $uid, not the image's user $image_user"
[[ $(pm exec "$APP" id -u) == "$uid" ]] || fail "podman exec runs as another user than the service"
ok "the service (host pid $pid) runs as uid $uid"
if [[ -n $memory ]]; then
  limit=$(pm inspect --format '{{.HostConfig.Memory}}' "$APP")
  (( limit > 0 )) || fail "the container has no memory limit, where compose.yaml sets $memory"
  ok "memory limit $(( limit / 1048576 )) MB (compose.yaml's mem_limit $memory)"
fi

pm logs "$APP" >"$WORK/app.log" 2>&1
! grep -qF "$api_key" "$WORK/app.log" || fail "the API key is in the log"
! grep -qF "$password" "$WORK/app.log" || fail "the database password is in the log"
ok "neither the key nor the password is logged"

articles=$(psql_app -c 'SELECT count(*) FROM article')
claims=$(psql_app -c 'SELECT count(*) FROM stored_claim')
[[ $articles == 5 && $claims -gt 0 ]] || fail "the database holds $articles articles and $claims claims"

say "podman stop (SIGTERM)"
stop_timeout=$(pm inspect --format '{{.Config.StopTimeout}}' "$APP")
stop_started=$(now)
pm stop "$APP" >/dev/null 2>>"$WORK/podman.log"
stop_seconds=$(since "$stop_started")
exit_code=$(pm inspect --format '{{.State.ExitCode}}' "$APP")
(( $(printf '%.0f' "$stop_seconds") < stop_timeout )) || fail "stopping took $stop_seconds s: the stop timeout ($stop_timeout s) ran out"
# The JVM ends on SIGTERM with 143 (128 + 15) once its shutdown hooks have run; 137 would be the SIGKILL.
[[ $exit_code == 0 || $exit_code == 143 ]] || fail "the service exited with $exit_code on SIGTERM"
shutdown_line=$(pm logs "$APP" 2>&1 | grep -E 'stopped in [0-9.]+s' | tail -n 1) || fail "no shutdown line in the log"
ok "stopped in $stop_seconds s (timeout $stop_timeout s), exit status $exit_code: ${shutdown_line##*INFO  }"

say "Started again: the same articles"
second_started=$(now)
pm start "$APP" >/dev/null 2>>"$WORK/podman.log"
second_ready=$(wait_ready "$second_started")
healthy
total=$(curl -fsS "$BASE_URL/api/articles" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])')
[[ $total == 5 ]] || fail "after the restart the service lists $total articles"
[[ $(psql_app -c 'SELECT count(*) FROM stored_claim') == "$claims" ]] || fail "the restart changed the stored claims"
conflicts=$(curl -fsS "$BASE_URL/api/conflicts") || fail "/api/conflicts after the restart"
[[ $conflicts == *'"CONFLICT"'* ]] || fail "no conflicts after the restart"
ok "ready and healthy in $second_ready s; 5 articles, $claims claims, the conflicts"
pm stop "$APP" >/dev/null 2>>"$WORK/podman.log"

say "Summary"
cat <<EOF
   bases:        $( [[ $use_registry == true ]] && echo "registry ($OFFICIAL_BUILD, $OFFICIAL_RUNTIME)" || echo "local, from Debian bookworm's packages" ) in $bases_seconds s
   build:        $build_seconds s
   image:        $image_mb MB ($runtime_base_mb MB runtime base)
   first start:  $first_ready s to ready (empty database: migration, model load), HEALTHCHECK start period $start_period s
   restart:      $second_ready s to ready
   stop:         $stop_seconds s, exit status $exit_code
   whole script: $(since "$script_start") s
EOF
