#!/usr/bin/env bash
# Regenerates the fictional CaoMonitor test corpus from corpus/sources/.
#   corpus/generate.sh            (run from anywhere)
# Needs: dotnet 10 SDK, groff, ghostscript (ps2pdf), poppler-utils (pdfinfo, pdftoppm),
#        hyphen-nl (Dutch hyphenation patterns), pandoc, img2pdf, imagemagick (convert), qpdf.
#   apt-get install groff ghostscript poppler-utils hyphen-nl pandoc img2pdf imagemagick qpdf
# Output: corpus/documents/*, corpus/registry.csv, corpus/ground-truth.csv, corpus/near-misses.csv
# Intermediate files (.ms, .md, PostScript, page images) go to a temporary directory only,
# so nothing the ingester would pick up is left behind.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export LC_ALL=C.UTF-8
export SOURCE_DATE_EPOCH=1735689600   # fixed timestamps (2025-01-01) for reproducible files
FIXED_DATE="D:20250101000000Z"
BUILD="$(mktemp -d)"
trap 'rm -rf "$BUILD"' EXIT

for tool in dotnet groff ps2pdf gs pdfinfo pdftoppm pandoc img2pdf convert qpdf; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done
HYPH=/usr/share/hyphen/hyph_nl_NL.dic
[ -f "$HYPH" ] || { echo "missing Dutch hyphenation patterns ($HYPH): apt-get install hyphen-nl" >&2; exit 1; }

# Dutch hyphenation patterns (ISO-8859-1, TeX pattern syntax) wrapped for groff's .hpf
{ echo '\patterns{'; tail -n +2 "$HYPH"; echo '}'; } > "$BUILD/hyphen.nl"

rm -rf "$HERE/documents"
mkdir -p "$HERE/documents"

echo "== generating sources into $BUILD"
dotnet run --file "$HERE/generator/Generate.cs" -- "$HERE" "$BUILD"

# ps -> pdf with fixed metadata
ps_to_pdf() { # in.ps out.pdf
  gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -sPAPERSIZE=a4 -dCompatibilityLevel=1.5 \
     -o "$2" "$1" \
     -c "[ /Creator (groff + ghostscript, CaoMonitor corpus generator) /Producer (CaoMonitor fictief testcorpus) /CreationDate ($FIXED_DATE) /ModDate ($FIXED_DATE) /DOCINFO pdfmark" >/dev/null
}

render_ms() { # id msfile out.pdf
  local id="$1" ms="$BUILD/$2" out="$3" n pages
  sed -e "s|HYPHENFILE|$BUILD/hyphen.nl|" -e "s|TOCFILE|$BUILD/$id.toc|" "$ms" > "$BUILD/$id.final.ms"
  n=$( { grep -o '\\\*\[toc[0-9]*\]' "$ms" || true; } | wc -l)
  # pass 1: placeholder page numbers
  { for ((i = 0; i < n; i++)); do echo ".ds toc$i 00"; done; echo ".ds NP 00"; } > "$BUILD/$id.toc"
  groff -k -t -ms -dpaper=a4 -P-pa4 -Tps "$BUILD/$id.final.ms" > "$BUILD/$id.ps" 2> "$BUILD/$id.tm"
  ps_to_pdf "$BUILD/$id.ps" "$BUILD/$id.pass1.pdf"
  pages=$(pdfinfo "$BUILD/$id.pass1.pdf" | awk '/^Pages:/ {print $2}')
  # pass 2: real page numbers from the .tm markers and the page count
  { awk '$1 == "TOC" { printf ".ds toc%s %s\n", $2, $3 }' "$BUILD/$id.tm"; echo ".ds NP $pages"; } > "$BUILD/$id.toc"
  if grep -v '^TOC ' "$BUILD/$id.tm" | grep -q .; then
    echo "groff warnings for $id:" >&2; grep -v '^TOC ' "$BUILD/$id.tm" >&2
  fi
  groff -k -t -ms -dpaper=a4 -P-pa4 -Tps "$BUILD/$id.final.ms" > "$BUILD/$id.ps" 2> /dev/null
  ps_to_pdf "$BUILD/$id.ps" "$out"
  local p2; p2=$(pdfinfo "$out" | awk '/^Pages:/ {print $2}')
  [ "$p2" = "$pages" ] || echo "warning: $id page count changed between passes ($pages -> $p2)" >&2
}

scan_pdf() { # text.pdf out.pdf id : image-only PDF that looks like a scan
  local in="$1" out="$2" id="$3" seed
  mkdir -p "$BUILD/$id.scan"
  pdftoppm -r 200 -gray -png "$in" "$BUILD/$id.scan/p"
  seed=$(printf '%s' "$id" | cksum | cut -d' ' -f1)
  local k=0
  for png in "$BUILD/$id.scan"/p-*.png; do
    k=$((k + 1))
    # slight skew (alternating), grey paper, scanner noise, lossy JPEG
    local angle; angle=$(awk -v k="$k" 'BEGIN { printf "%.2f", (k % 2 ? 0.35 : -0.25) }')
    convert "$png" -seed $((seed % 100000 + k)) -background white -rotate "$angle" \
      -level 0%,100%,0.9 -fill '#f4f1ea' -opaque white -attenuate 0.2 +noise Gaussian \
      -colorspace Gray -strip -density 200 -units PixelsPerInch -quality 50 "${png%.png}.jpg"
  done
  img2pdf --creationdate "2025-01-01T00:00:00" --moddate "2025-01-01T00:00:00" \
    --producer "fictieve scanner" -o "$BUILD/$id.scan.pdf" "$BUILD/$id.scan"/p-*.jpg
  qpdf --deterministic-id "$BUILD/$id.scan.pdf" "$out"   # img2pdf writes a random /ID
}

echo "== rendering"
while IFS=$'\t' read -r id fmt src rel; do
  out="$HERE/$rel"
  case "$fmt" in
    pdf|pdf2c) render_ms "$id" "$src" "$out" ;;
    scan) render_ms "$id" "$src" "$BUILD/$id.text.pdf"; scan_pdf "$BUILD/$id.text.pdf" "$out" "$id" ;;
    docx) (cd "$BUILD" && pandoc -f markdown -t docx -o "$out" "$src") ;;
    *) echo "unknown format $fmt" >&2; exit 1 ;;
  esac
  echo "  $rel"
done < "$BUILD/manifest.tsv"

# The long agreements (60-150 pages, three PDF producers) come from their own generator.
"$HERE/generate-long.sh"

echo "== done: $(ls "$HERE/documents" | wc -l) documents"
