#!/bin/sh
# Regenerates the extraction fixtures in this folder. Needs (Debian): libreoffice-writer-nogui,
# fonts-dejavu, fonts-liberation, poppler-utils, qpdf, img2pdf. The tests only read the results.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same two-page plan (two-column official header, body, page break) typeset in two fonts.
for font in "DejaVu Serif" "Liberation Serif"; do
    name=ke-hoach-$(echo "$font" | tr 'A-Z ' 'a-z-')
    sed "s/@FONT@/$font/" source/ke-hoach.html > "$work/$name.html"
    soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$work" "$work/$name.html" >/dev/null
    cp "$work/$name.pdf" "$name.pdf"
done

# A plain text decree converted by LibreOffice, which sets .txt in DejaVu Sans Mono and draws the Vietnamese letters
# that font lacks as a base glyph plus a mark, inside ActualText spans (PdfPig read them as "hủyện", "cở sở").
cp source/nghi-dinh-dejavu-sans-mono.txt "$work/"
soffice --headless --convert-to pdf --outdir "$work" "$work/nghi-dinh-dejavu-sans-mono.txt" >/dev/null
cp "$work/nghi-dinh-dejavu-sans-mono.pdf" nghi-dinh-dejavu-sans-mono.pdf

# A Word file written by LibreOffice rather than by the OpenXml SDK.
soffice --headless --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$work" \
    "$work/ke-hoach-liberation-serif.html" >/dev/null
cp "$work/ke-hoach-liberation-serif.docx" ke-hoach-libreoffice.docx

# A scan: the first page rendered to a grey image and wrapped in a PDF with no text layer.
pdftoppm -f 1 -l 1 -r 40 -gray -png ke-hoach-dejavu-serif.pdf "$work/scan"
cp "$work"/scan*.png scanned-page.png
img2pdf scanned-page.png -o scanned-no-text.pdf

# Encrypted with a user password, so no reader can open it without one.
qpdf --encrypt "mat-khau-nguoi-doc" "mat-khau-chu-so-huu" 256 -- ke-hoach-dejavu-serif.pdf encrypted.pdf

# A PDF header followed by garbage, and a PDF cut off before its cross-reference table.
{ printf '%%PDF-1.7\n'; head -c 4000 /dev/urandom | base64; } > corrupt.pdf
size=$(stat -c %s ke-hoach-liberation-serif.pdf)
head -c $((size / 3)) ke-hoach-liberation-serif.pdf > truncated.pdf

# Legacy text: Windows-1258 (tone marks as combining characters) and UTF-16 with BOMs.
cat > "$work/bien-ban.txt" <<'TEXT'
BIÊN BẢN
Họp thôn Bản Chắt, xã Đình Lập
Thời gian: 14 giờ 00 phút, ngày 15 tháng 3 năm 2025
Nội dung: sửa đổi hương ước của thôn theo Nghị định số 59/2023/NĐ-CP.
Biểu quyết: tán thành 25/25.
TEXT
iconv -f UTF-8 -t WINDOWS-1258 "$work/bien-ban.txt" > bien-ban-windows-1258.txt
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$work/bien-ban.txt"; } > bien-ban-utf16le.txt
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$work/bien-ban.txt"; } > bien-ban-utf16be.txt

ls -l
