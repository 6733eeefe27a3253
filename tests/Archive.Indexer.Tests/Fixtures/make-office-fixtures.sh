#!/bin/sh
# Regenerates the legacy-office fixtures (.odt, .doc, .rtf) from source/bien-ban-hop-thon.txt.
# Needs (Debian): libreoffice-writer-nogui (scripts/install-ocr-tools.sh installs it).
# The tests compare the text extracted from each file with the source text.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

cp source/bien-ban-hop-thon.txt "$work/bien-ban-hop-thon.txt"
soffice "$profile" --headless --infilter="Text (encoded):UTF8" --convert-to odt --outdir "$work" "$work/bien-ban-hop-thon.txt" >/dev/null
soffice "$profile" --headless --convert-to "doc:MS Word 97" --outdir "$work" "$work/bien-ban-hop-thon.odt" >/dev/null
soffice "$profile" --headless --convert-to "rtf:Rich Text Format" --outdir "$work" "$work/bien-ban-hop-thon.odt" >/dev/null
for ext in odt doc rtf; do cp "$work/bien-ban-hop-thon.$ext" "bien-ban-hop-thon.$ext"; done
ls -l bien-ban-hop-thon.*
