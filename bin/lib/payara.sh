# Payara Server for bin/xcbir: fetched from Maven Central, one domain per instance, DJL in the common library.

PAYARA_HOME="$XCBIR_RUNTIME_DIR/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$XCBIR_DOMAIN"
# Lines this script adds to domain.xml carry this marker so that re-preparing replaces them.
JVM_MARKER="xcbir-managed"

ensure_payara() {
    [ -x "$ASADMIN" ] || install_distribution "fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
        "payara-$PAYARA_VERSION.zip" "Payara Server $PAYARA_VERSION"
}

payara_log() { echo "$DOMAIN_DIR/logs/server.log"; }
payara_pid() { cat "$DOMAIN_DIR/config/pid" 2>/dev/null || true; }

payara_running() {
    local pid
    pid=$(payara_pid)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

datasource_class() {
    case "$XCBIR_DB_URL" in
        jdbc:postgresql:*) echo org.postgresql.ds.PGSimpleDataSource ;;
        jdbc:h2:*) echo org.h2.jdbcx.JdbcDataSource ;;
        *) die "XCBIR_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL, not '$XCBIR_DB_URL'" ;;
    esac
}

xml_escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' <<<"$1"; }

# Creates the domain if needed, installs the server library and writes the JVM options (idempotent).
payara_prepare_domain() {
    [ -d "$SERVER_LIB" ] || die "$SERVER_LIB is missing: build first (mvn package)"
    if [ ! -d "$DOMAIN_DIR" ]; then
        info "creating Payara domain '$XCBIR_DOMAIN' (HTTP $XCBIR_HTTP_PORT, admin $XCBIR_ADMIN_PORT)"
        if [ -n "${XCBIR_PORTBASE:-}" ]; then
            "$ASADMIN" create-domain --nopassword --portbase "$XCBIR_PORTBASE" "$XCBIR_DOMAIN" >/dev/null
        else
            "$ASADMIN" create-domain --nopassword --adminport "$XCBIR_ADMIN_PORT" --instanceport "$XCBIR_HTTP_PORT" "$XCBIR_DOMAIN" >/dev/null
        fi
    fi
    # DJL and PyTorch load native code once per JVM: they live in the domain's common library, not in the EAR.
    rm -f "$DOMAIN_DIR"/lib/*.jar
    cp "$SERVER_LIB"/*.jar "$DOMAIN_DIR/lib/"
    mkdir -p "$DATA_DIR" "$(dirname "${XCBIR_DB_URL#jdbc:h2:}")" 2>/dev/null || true

    local options
    options=$(for option in \
        "-Xmx$XCBIR_PAYARA_HEAP" \
        "-Dai.djl.offline=true" \
        "-Dxcbir.data.dir=$DATA_DIR" \
        "-Dxcbir.model.cache=$XCBIR_MODEL_CACHE" \
        "-Dxcbir.emoji.dir=$XCBIR_CACHE/emoji" \
        "-Dxcbir.demo.images=$XCBIR_DEMO_IMAGES" \
        "-Dxcbir.elasticsearch.url=http://127.0.0.1:$XCBIR_ES_PORT" \
        "-Dxcbir.db.url=$XCBIR_DB_URL" \
        "-Dxcbir.db.user=$XCBIR_DB_USER" \
        "-Dxcbir.db.password=$XCBIR_DB_PASSWORD" \
        "-Dxcbir.db.datasource-class=$(datasource_class)"; do
        printf '                <jvm-options>%s</jvm-options><!-- %s -->\n' "$(xml_escape "$option")" "$JVM_MARKER"
    done)
    local domain_xml="$DOMAIN_DIR/config/domain.xml"
    # Only the server's own configuration (the first java-config) gets the options; Payara's 512m default goes.
    awk -v options="$options" -v marker="$JVM_MARKER" '
        index($0, marker) { next }
        /<jvm-options>-Xmx512m<\/jvm-options>/ && !done_heap { done_heap = 1; next }
        { print }
        /<jvm-options>-server<\/jvm-options>/ && !done { print options; done = 1 }
    ' "$domain_xml" >"$domain_xml.new"
    mv "$domain_xml.new" "$domain_xml"
}

payara_start() {
    info "starting Payara domain '$XCBIR_DOMAIN'"
    local log_size
    log_size=$(stat -c %s "$(payara_log)" 2>/dev/null || echo 0)
    env "${INFERENCE_MALLOC_ENV[@]}" "$ASADMIN" start-domain "$XCBIR_DOMAIN" >/dev/null || die "Payara did not start; see $(payara_log)"
    payara_await_startup_load "$log_size"
}

# An application deployed before the stop is loaded again in the background after start-domain returns. A
# redeploy racing that load fails (WELD-000163: non-unique bean deployment identifier), and so does one racing
# the rest of the start-up that follows it (timer service, web container: "closed EntityManagerFactory"). So
# wait until the old application's web module is loaded (logged after the rest of the start-up) or answers, or
# its load has failed, before deploying. $1: the size of server.log before the start (a rotated log starts at 0).
payara_await_startup_load() {
    payara_app_registered || return 0
    local from=$1 deadline=$((SECONDS + ${XCBIR_START_TIMEOUT:-300}))
    info "waiting for the application deployed earlier to finish loading"
    while [ $SECONDS -lt $deadline ]; do
        [ "$(stat -c %s "$(payara_log)" 2>/dev/null || echo 0)" -ge "$from" ] || from=0
        [ "$(http_status "$APP_URL/login.xhtml")" != 200 ] || return 0
        # grep without -q reads to the end: with pipefail, tail killed by SIGPIPE would fail the pipeline
        if tail -c +"$((from + 1))" "$(payara_log)" 2>/dev/null \
            | grep -F -e "Loading application [xcbir#xcbir-web.war] at" -e "Exception while loading the app" >/dev/null; then
            return 0
        fi
        sleep 2
    done
    info "the application deployed earlier did not finish loading within ${XCBIR_START_TIMEOUT:-300} s; deploying anyway"
}

payara_deploy() {
    info "deploying $(basename "$1")"
    local checksum
    # taken before the deploy: a build rewriting the EAR meanwhile must not be recorded as deployed
    checksum=$(sha256sum <"$1")
    rm -f "$DEPLOYED_EAR_SUM"
    "$ASADMIN" --port "$XCBIR_ADMIN_PORT" deploy --force=true --name xcbir "$1" >/dev/null \
        || die "deployment failed; see $(payara_log)"
    printf '%s %s\n' "$checksum" "$(payara_deployment_time)" >"$DEPLOYED_EAR_SUM"
}

# The checksum of the EAR last deployed by bin/xcbir, with the deployment's time stamp from domain.xml (a deploy
# with asadmin or the console changes that, so the checksum no longer vouches for what is deployed).
DEPLOYED_EAR_SUM="$DOMAIN_DIR/xcbir-ear.sha256"

payara_deployment_time() {
    grep -o '<application [^>]*name="xcbir"[^>]*' "$DOMAIN_DIR/config/domain.xml" 2>/dev/null \
        | grep -o 'time-deployed="[0-9]*"' || true
}

# True when the domain holds the application deployed from exactly this EAR ($1), so a start needs no redeploy.
payara_deployed_ear_is() {
    payara_app_registered && [ -f "$DEPLOYED_EAR_SUM" ] \
        && [ "$(sha256sum <"$1") $(payara_deployment_time)" = "$(cat "$DEPLOYED_EAR_SUM")" ]
}

# The application is deployed and enabled (a disabled one is not loaded at start and must be deployed again).
payara_app_registered() {
    local domain_xml="$DOMAIN_DIR/config/domain.xml"
    grep -q '<application-ref [^>]*ref="xcbir"' "$domain_xml" 2>/dev/null \
        && ! grep -q -e '<application-ref [^>]*ref="xcbir"[^>]*enabled="false"' \
            -e '<application-ref [^>]*enabled="false"[^>]*ref="xcbir"' "$domain_xml"
}

payara_stop() {
    if ! payara_running; then
        return
    fi
    local pid
    pid=$(payara_pid)
    info "stopping Payara domain '$XCBIR_DOMAIN' (pid $pid)"
    "$ASADMIN" stop-domain "$XCBIR_DOMAIN" >/dev/null 2>&1 || true
    await_exit "$pid" Payara
}

payara_stop_quietly() {
    [ -d "$DOMAIN_DIR" ] && payara_stop
    return 0
}
