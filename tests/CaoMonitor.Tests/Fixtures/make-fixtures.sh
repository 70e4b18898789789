#!/usr/bin/env bash
# Regenerates the committed PDF fixtures (needs groff, poppler-utils, img2pdf, qpdf). Not run by tests.
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
