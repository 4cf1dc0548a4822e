#!/usr/bin/env bash
# Fetches real test photographs that Debian ships in three packages, without installing them:
# `apt-get download` of a pinned version, sha256 check of the .deb, `dpkg -x` into a staging
# directory, then only the listed photos are kept (each checked against its own sha256).
# Usage: bin/lib/fetch-test-photos.sh [CACHE_DIR]   (default ~/.cache/xcbir/photos)
# Result: CACHE_DIR/photos/*.jpg|png, CACHE_DIR/LICENSES.txt, CACHE_DIR/copyright/<package>.
# Safe to re-run; needs root only if the apt package lists must be refreshed first.
set -euo pipefail

cache="${1:-$HOME/.cache/xcbir/photos}"
photos="$cache/photos"

# package|version|sha256 of the .deb
PACKAGES=(
  "darknet|0.0.0+git20180914.61c9d02e-2+b4|9ca14d36112d242a782bfed4104fa5adcd2ae8bc599ab610f42eb609ee125a01"
  "python3-skimage|0.19.3-8|728d88c3e3440f1f3712de0805dc834d29248ff07e1eec8c0f3da07606f752f9"
  "python-matplotlib-data|3.6.3-1|e4150fcebd35ea11e0f66268da97ce62f98a4cf530c944f755f241da1a9158f9"
)

# package|path inside the package|sha256|licence of this photo as the package documents it
PHOTOS=(
  "darknet|usr/share/darknet/data/dog.jpg|5a9522051c3cec2bbd2f6323fccba32e8fbf3ddcc2b3e2fd46b04c720bc6f866|GPL-3.0+ or MIT or WTFPL (debian/copyright, Files: *)"
  "darknet|usr/share/darknet/data/horses.jpg|c8f0a677a1356569e2ce71d2fa88c1030c0ae57ecf5e14170e02d9a86a20dcb4|GPL-3.0+ or MIT or WTFPL (debian/copyright, Files: *)"
  "darknet|usr/share/darknet/data/giraffe.jpg|00dc48a9b2af8a1fe4c4b79319726591f1033c7e1150f21e7577a79f3b6659f1|GPL-3.0+ or MIT or WTFPL (debian/copyright, Files: *)"
  "darknet|usr/share/darknet/data/person.jpg|cdcbab947e46110fc2b77784ac54ddbbab2640f1e44cb5e91fc8984a9793a7d1|GPL-3.0+ or MIT or WTFPL (debian/copyright, Files: *)"
  "darknet|usr/share/darknet/data/eagle.jpg|f95f57297fd51a6c5ddceb5ed6916fa759d1d65f402fee34c05b31a9608755c0|GPL-3.0+ or MIT or WTFPL (debian/copyright, Files: *)"
  "darknet|usr/share/darknet/data/kite.jpg|87410f52f79cc256c3949b48a3548632c07c8e9943468ef8caa6250f6643be8e|GPL-3.0+ or MIT or WTFPL (debian/copyright, Files: *)"
  "python3-skimage|usr/lib/python3/dist-packages/skimage/data/chelsea.png|596aa1e7cb875eb79f437e310381d26b338a81c2da23439704a73c4651e8c4bb|CC0 by the photographer Stefan van der Walt (skimage.data.chelsea docstring)"
  "python3-skimage|usr/lib/python3/dist-packages/skimage/data/astronaut.png|88431cd9653ccd539741b555fb0a46b61558b301d4110412b5bc28b5e3ea6cb5|public domain, NASA (skimage.data.astronaut docstring)"
  "python3-skimage|usr/lib/python3/dist-packages/skimage/data/coffee.png|cc02f8ca188b167c775a7101b5d767d1e71792cf762c33d6fa15a4599b5a8de7|CC0 by the photographer Rachel Michetti (skimage.data.coffee docstring)"
  "python-matplotlib-data|usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg|a8ca6d734765703b09728ab47fe59f473d93ae3967fc24c7c0288c3c7adb7130|matplotlib licence, BSD-compatible (debian/copyright, Files: *); an official U.S. Navy portrait, public domain"
)

field() { cut -d'|' -f"$2" <<<"$1"; }

photos_verified() {
  for entry in "${PHOTOS[@]}"; do
    local file="$photos/$(basename "$(field "$entry" 2)")"
    [[ -f "$file" ]] && echo "$(field "$entry" 3)  $file" | sha256sum --check --status || return 1
  done
}

if photos_verified && [[ -f "$cache/LICENSES.txt" ]]; then
  echo "test photos already in $photos"
  exit 0
fi

mkdir -p "$cache/debs" "$photos" "$cache/copyright"
staging="$(mktemp -d "$cache/.extract.XXXXXX")"
trap 'rm -rf "$staging"' EXIT

for package_entry in "${PACKAGES[@]}"; do
  package="$(field "$package_entry" 1)"
  version="$(field "$package_entry" 2)"
  sha256="$(field "$package_entry" 3)"
  deb="$(find "$cache/debs" -name "${package}_*.deb" | head -n1)"
  if [[ -z "$deb" ]] || ! echo "$sha256  $deb" | sha256sum --check --status; then
    rm -f "$cache/debs/${package}_"*.deb
    # apt-get download needs current package lists; refresh them once if the version is unknown
    (cd "$cache/debs" && apt-get download -q "$package=$version" 2>/dev/null) \
      || { apt-get update -qq && (cd "$cache/debs" && apt-get download -q "$package=$version"); } \
      || { echo "cannot download $package=$version from the Debian archive" >&2; exit 1; }
    deb="$(find "$cache/debs" -name "${package}_*.deb" | head -n1)"
    if ! echo "$sha256  $deb" | sha256sum --check --status; then
      echo "sha256 of $deb is $(sha256sum "$deb" | cut -d' ' -f1), expected $sha256" >&2
      exit 1
    fi
  fi
  dpkg -x "$deb" "$staging/$package"
  cp "$staging/$package/usr/share/doc/$package/copyright" "$cache/copyright/$package"
done

{
  echo "Test photographs, extracted from Debian packages by bin/fetch-test-photos.sh."
  echo "Licences as the packages state them; full texts in copyright/<package>."
  echo
  for entry in "${PHOTOS[@]}"; do
    package="$(field "$entry" 1)"
    path="$(field "$entry" 2)"
    file="$photos/$(basename "$path")"
    cp "$staging/$package/$path" "$file"
    if ! echo "$(field "$entry" 3)  $file" | sha256sum --check --status; then
      echo "sha256 of $file does not match the pinned value" >&2
      exit 1
    fi
    echo "$(basename "$path")  from $package $(grep -F "$package|" <<<"$(printf '%s\n' "${PACKAGES[@]}")" | cut -d'|' -f2) /$path"
    echo "    licence: $(field "$entry" 4)"
  done
} > "$cache/LICENSES.txt"
echo "test photos extracted to $photos"
