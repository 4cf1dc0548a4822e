# bin/xcbir bench index [--images N] [--seed S]: indexing throughput end to end (the real batch job on Payara,
# Elasticsearch, the database) against the embedder alone on the same images, in one run.
# Runs on its own fresh domain and Elasticsearch node (ports 27080/27048 and 29500) under var/bench-index, so a
# running `bin/xcbir run` instance is left alone; the generated archive is kept there for the next run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

images=400
seed=7
while [ $# -gt 0 ]; do
    case "$1" in
        --images) images=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        *) echo "usage: bin/xcbir bench index [--images N] [--seed S]" >&2; exit 2 ;;
    esac
done

export XCBIR_RUNTIME_DIR="${XCBIR_RUNTIME_DIR:-${XCBIR_VAR:-$ROOT/var}/runtime}"
export XCBIR_VAR="${XCBIR_VAR:-$ROOT/var}/bench-index"
export XCBIR_DOMAIN=xcbir-bench XCBIR_PORTBASE="${XCBIR_BENCH_PORTBASE:-27000}" XCBIR_ES_PORT="${XCBIR_BENCH_ES_PORT:-29500}"
export XCBIR_DEMO_IMAGES=0
unset XCBIR_HTTP_PORT XCBIR_ADMIN_PORT XCBIR_DB_URL
xcbir() { bash "$ROOT/bin/xcbir" "$@"; }
say() { printf '[bench index] %s\n' "$*" >&2; }
json_field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^,\"}]*\\).*/\\1/p"; }

archive="$XCBIR_VAR/archive"
if [ ! -f "$archive/instances_demo.json" ] || [ "$(ls "$archive/images" | wc -l)" != "$images" ]; then
    rm -rf "$archive"
    say "generating a demo archive of $images images (seed $seed)"
    xcbir demo-archive --out "$archive" --images "$images" --seed "$seed" | tail -1
fi

xcbir it-up
trap 'xcbir it-down' EXIT
xcbir domain-start
xcbir deploy
app="http://localhost:$((XCBIR_PORTBASE + 80))/xcbir"
login="admin:$(cat "$XCBIR_VAR/data/initial-admin-password")"

say "the embedder alone on the same files (decode, resize, forward; batches of 16 like the job's chunks)"
embed_line=$(xcbir bench embed "$archive/images" --batch 16 --rounds 1 | tee /dev/stderr | grep '^BENCH embed')
embedder_per_s=$(tr ' ' '\n' <<<"$embed_line" | sed -n 's/^files_per_s=//p')
forward_per_s=$(tr ' ' '\n' <<<"$embed_line" | sed -n 's/^raw_per_s=//p')

say "the indexing job: register the archive and index it through the REST API"
created=$(curl -sf -u "$login" -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench\",\"imageFolder\":\"$archive\",\"instancesFiles\":[\"instances_demo.json\"]}" "$app/api/archives")
id=$(json_field id <<<"$created")
state=INDEXING
while [ "$state" = INDEXING ] || [ "$state" = NOT_INDEXED ]; do
    sleep 2
    view=$(curl -sf -u "$login" "$app/api/archives/$id")
    state=$(json_field indexState <<<"$view")
    say "$state $(json_field indexedCount <<<"$view")/$images indexed"
done
[ "$state" = INDEXED ] || { say "indexing ended $state: $view"; exit 1; }
end_to_end_per_s=$(json_field imagesPerSecond <<<"$view")
started=$(json_field indexingStartedAt <<<"$view")
ended=$(json_field indexingEndedAt <<<"$view")

awk -v e2e="$end_to_end_per_s" -v emb="$embedder_per_s" -v fwd="$forward_per_s" -v n="$images" \
    -v started="$started" -v ended="$ended" 'BEGIN {
    printf "indexing job, end to end (%s .. %s): %.2f images/s\n", started, ended, e2e
    printf "embedder alone on the same files:  %.2f images/s (forward pass only: %.2f)\n", emb, fwd
    printf "end to end / embedder = %.2f (target >= 0.8)\n", e2e / emb
    printf "BENCH index images=%d end_to_end_per_s=%.2f embedder_per_s=%.2f forward_per_s=%.2f ratio=%.3f ratio_forward=%.3f target_ratio=0.8\n",
        n, e2e, emb, fwd, e2e / emb, e2e / fwd
}'
