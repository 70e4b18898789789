#!/usr/bin/env bash
# Regenerates the committed PDF fixtures (needs groff, poppler-utils, img2pdf, qpdf, chromium,
# libreoffice-writer-nogui). Not run by tests.
set -euo pipefail
cd "$(dirname "$0")"
groff -ms -k -Tpdf cao-twopage.ms > cao-twopage.pdf
# Scanned: the same cao's pages as images only, no text layer.
tmp=$(mktemp -d)
pdftoppm -r 150 -gray -png -f 3 -l 3 cao-twopage.pdf "$tmp/p"
img2pdf "$tmp"/p*.png -o scanned.pdf
rm -rf "$tmp"
# Encrypted with a user password: cannot be opened without it.
qpdf --encrypt geheim geheim 256 -- cao-twopage.pdf encrypted.pdf
# Other producers (issue 15): Chromium's print-to-PDF (two columns, its own running header and footer)
# and LibreOffice (heading styles, header and footer on the master page). Built from a neutral path
# so the footer's URL names no developer's folder.
work=/tmp/caomonitor-fixture
mkdir -p "$work"
cp producers/cao-chromium.html producers/cao-libreoffice.fodt "$work/"
chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$PWD/producers/cao-chromium.pdf" "file://$work/cao-chromium.html"
soffice --headless --convert-to pdf --outdir "$work" "$work/cao-libreoffice.fodt" && cp "$work/cao-libreoffice.pdf" producers/
