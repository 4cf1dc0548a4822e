# Elasticsearch node for bin/xcbir: fetched from Maven Central, run as a non-root user, stopped by PID.

ES_HOME="$XCBIR_RUNTIME_DIR/elasticsearch-$ES_VERSION"
ES_DIR="$XCBIR_VAR/elasticsearch-$XCBIR_ES_PORT"
ES_PID_FILE="$ES_DIR/elasticsearch.pid"
ES_URL="http://127.0.0.1:$XCBIR_ES_PORT"

ensure_elasticsearch() {
    [ -x "$ES_HOME/bin/elasticsearch" ] || install_distribution \
        "org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" "elasticsearch-$ES_VERSION.zip" \
        "Elasticsearch $ES_VERSION"
    mkdir -p "$ES_DIR/data" "$ES_DIR/logs"
    if [ "$(id -u)" = 0 ]; then
        # Elasticsearch refuses to run as root: it runs as a dedicated system user that owns its files.
        id -u "$XCBIR_ES_USER" >/dev/null 2>&1 || useradd --system --create-home --shell /usr/sbin/nologin "$XCBIR_ES_USER"
        chown -R "$XCBIR_ES_USER" "$ES_HOME" "$ES_DIR"
        make_traversable "$ES_HOME" "$ES_DIR"
    fi
}

# The Elasticsearch user must be able to pass through every parent directory (e.g. a mktemp -d checkout).
make_traversable() {
    local path dir
    for path in "$@"; do
        dir=$path
        while [ "$dir" != / ]; do
            runuser -u "$XCBIR_ES_USER" -- test -x "$dir" 2>/dev/null || chmod o+x "$dir"
            dir=$(dirname "$dir")
        done
    done
}

es_pid() { cat "$ES_PID_FILE" 2>/dev/null || true; }

es_running() {
    local pid
    pid=$(es_pid)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

es_healthy() {
    curl -sf --max-time 5 "$ES_URL/_cluster/health" >/dev/null 2>&1
}

es_health_summary() {
    curl -s --max-time 5 "$ES_URL/_cluster/health" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'
}

es_start() {
    if es_healthy; then
        info "Elasticsearch already answers on port $XCBIR_ES_PORT"
        return
    fi
    es_running && die "Elasticsearch (pid $(es_pid)) runs but does not answer; try bin/xcbir stop"
    local java
    java=$(java_home)
    info "starting Elasticsearch $ES_VERSION on port $XCBIR_ES_PORT (heap $XCBIR_ES_HEAP, data in $ES_DIR)"
    # the allocator settings of common.sh are for PyTorch; Elasticsearch keeps glibc's defaults
    local -a launch=(env -u MALLOC_ARENA_MAX -u MALLOC_MMAP_MAX_ -u MALLOC_TRIM_THRESHOLD_ ES_JAVA_HOME="$java" ES_JAVA_OPTS="-Xms$XCBIR_ES_HEAP -Xmx$XCBIR_ES_HEAP"
        "$ES_HOME/bin/elasticsearch" -d -p "$ES_PID_FILE"
        -E discovery.type=single-node -E xpack.security.enabled=false
        -E http.host=127.0.0.1 -E transport.host=127.0.0.1 -E http.port="$XCBIR_ES_PORT" -E transport.port=0
        -E path.data="$ES_DIR/data" -E path.logs="$ES_DIR/logs"
        -E cluster.routing.allocation.disk.threshold_enabled=false)
    if [ "$(id -u)" = 0 ]; then
        runuser -u "$XCBIR_ES_USER" -- "${launch[@]}" >"$ES_DIR/logs/launcher.out" 2>&1 \
            || die "Elasticsearch did not start; see $ES_DIR/logs/launcher.out and $ES_DIR/logs/"
    else
        "${launch[@]}" >"$ES_DIR/logs/launcher.out" 2>&1 \
            || die "Elasticsearch did not start; see $ES_DIR/logs/launcher.out and $ES_DIR/logs/"
    fi
    local deadline=$((SECONDS + 120))
    until es_healthy; do
        [ $SECONDS -lt $deadline ] || die "Elasticsearch did not answer within 120 s; see $ES_DIR/logs/"
        sleep 1
    done
    info "Elasticsearch is up (pid $(es_pid))"
}

es_stop() {
    if ! es_running; then
        rm -f "$ES_PID_FILE"
        return
    fi
    local pid
    pid=$(es_pid)
    info "stopping Elasticsearch (pid $pid)"
    kill -TERM "$pid"
    await_exit "$pid" Elasticsearch
    rm -f "$ES_PID_FILE"
}
