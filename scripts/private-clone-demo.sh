#!/usr/bin/env bash
# `make demo` from a fresh clone of this checkout in a folder only its owner can read (as a
# clone under /root is): the parse sandbox, which runs as another user, must still work.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
home=$(mktemp -d)  # 0700
trap 'rm -rf "$home"' EXIT
git clone --quiet "$src" "$home/resume-review"
cd "$home/resume-review"
echo "make demo in a private clone: $home/resume-review ($(stat -c %a "$home"))"
make demo > "$home/demo.log" 2>&1 || { tail -40 "$home/demo.log"; exit 1; }
grep -c '^== ' "$home/demo.log" | xargs echo "files reviewed:"
if grep -E 'FAILED|NOT READ' "$home/demo.log"; then exit 1; fi
