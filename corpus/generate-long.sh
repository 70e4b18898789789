#!/usr/bin/env bash
# Regenerates the LONG fictional agreements (60-150 pages each) from corpus/generator/GenerateLong.cs,
# each through its own PDF producer, and merges their rows into the corpus CSVs.
#   corpus/generate-long.sh            (run from anywhere; corpus/generate.sh calls it at its end)
# Producers: groff (ms + tbl, ghostscript), Chromium's print-to-PDF (headless), LibreOffice
# (HTML -> DOCX -> PDF with soffice --convert-to). Needs: dotnet 10 SDK, groff, ghostscript, chromium,
# libreoffice-writer, poppler-utils.
#   apt-get install groff ghostscript chromium libreoffice-writer poppler-utils
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export LC_ALL=C.UTF-8
export SOURCE_DATE_EPOCH=1735689600
BUILD="$(mktemp -d)"
trap 'rm -rf "$BUILD"' EXIT

for tool in dotnet groff gs chromium soffice pdfinfo; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done

echo "== generating long agreements into $BUILD"
dotnet run --file "$HERE/generator/GenerateLong.cs" -- "$HERE" "$BUILD"

while IFS=$'\t' read -r id producer src rel; do
  out="$HERE/$rel"
  case "$producer" in
    groff)
      groff -k -t -ms -dpaper=a4 -P-pa4 -Tps "$BUILD/$src.ms" > "$BUILD/$id.ps"
      gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -sPAPERSIZE=a4 -o "$out" "$BUILD/$id.ps" \
        -c "[ /Creator (groff + ghostscript, CaoMonitor corpus generator) /Producer (CaoMonitor fictief testcorpus) /CreationDate (D:20250101000000Z) /ModDate (D:20250101000000Z) /DOCINFO pdfmark" >/dev/null ;;
    chromium)
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out" "file://$BUILD/$src.html" >/dev/null 2>&1 ;;
    libreoffice)
      # Writer reads the HTML (not Writer/Web), saves it as DOCX, and prints that DOCX to PDF.
      (cd "$BUILD" && soffice --headless -env:UserInstallation="file://$BUILD/lo-profile" --infilter="HTML (StarWriter)" \
          --convert-to docx:"MS Word 2007 XML" "$src.html" >/dev/null 2>&1)
      (cd "$BUILD" && soffice --headless -env:UserInstallation="file://$BUILD/lo-profile" --convert-to pdf "$src.docx" >/dev/null 2>&1)
      cp "$BUILD/$src.pdf" "$out" ;;
    *) echo "unknown producer $producer" >&2; exit 1 ;;
  esac
  echo "  $rel ($producer, $(pdfinfo "$out" | awk '/^Pages:/ {print $2}') pages)"
done < "$BUILD/long-manifest.tsv"

# Merge the rows: drop this generator's earlier rows (by document id), append the new ones.
ids=$(cut -f1 "$BUILD/long-manifest.tsv" | paste -sd'|')
for f in registry ground-truth near-misses; do
  { grep -Ev "^($ids)," "$HERE/$f.csv" || true; cat "$BUILD/long-$f.csv"; } > "$BUILD/$f.merged"
  cp "$BUILD/$f.merged" "$HERE/$f.csv"
done
echo "== done"
