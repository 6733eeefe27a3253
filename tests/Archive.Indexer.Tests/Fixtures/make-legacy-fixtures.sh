#!/bin/sh
# Regenerates the legacy-font fixtures (.rtf, .doc, .docx, .pdf) from source/legacy/*.txt.
# Each source line is one paragraph; {T} switches to .VnTime (TCVN3), {H} to .VnTimeH (TCVN3 capitals),
# {V} to VNI-Times and {U} to Times New Roman (Unicode). Legacy runs are written as the bytes
# LegacyEncoder produces, so the files hold what a 2006 typist's keyboard driver put in them.
# Needs the .NET SDK (file-based app referencing Archive.Indexer) and libreoffice-writer-nogui.
set -eu
cd "$(dirname "$0")"
here=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

cat > "$work/write-rtf.cs" <<CS
#:project $here/../../../src/Archive.Indexer/Archive.Indexer.csproj
using System.Text;
using System.Text.RegularExpressions;
using Archive.Indexer.Extraction.LegacyEncodings;

var fonts = new Dictionary<char, (int Number, string Name)>
{
    ['T'] = (0, ".VnTime"), ['H'] = (1, ".VnTimeH"), ['V'] = (2, "VNI-Times"), ['U'] = (3, "Times New Roman"),
};
var source = args[0];
var rtf = new StringBuilder();
rtf.Append(@"{\rtf1\ansi\ansicpg1252\deff3{\fonttbl");
foreach (var (_, (number, name)) in fonts) rtf.Append(@"{\f").Append(number).Append(@"\froman\fcharset0 ").Append(name).Append(";}");
rtf.Append(@"}\paperw11906\paperh16838\margl1701\margr1134\margt1134\margb1134").AppendLine();
foreach (var line in File.ReadAllLines(source, Encoding.UTF8))
{
    if (line.Length == 0) continue;
    rtf.Append(line.StartsWith("{H}") ? @"\pard\qc\sa120 " : @"\pard\qj\sa120 ");
    foreach (Match run in Regex.Matches(line, @"\{([THVU])\}([^{]*)"))
    {
        var tag = run.Groups[1].Value[0];
        var text = run.Groups[2].Value;
        rtf.Append(@"{\f").Append(fonts[tag].Number).Append(tag == 'H' ? @"\b" : "").Append(@"\fs26 ");
        if (tag == 'U')
        {
            foreach (var c in text) Append(rtf, c);
        }
        else
        {
            var legacy = tag == 'V' ? LegacyEncoder.ToVni(text) : LegacyEncoder.ToTcvn3(text, uppercaseFont: tag == 'H');
            var font = LegacyEncodingDetector.FromFontName(fonts[tag].Name);
            if (font.Decode(legacy) != text) throw new InvalidOperationException($"'{text}' cannot be typed in {fonts[tag].Name}");
            foreach (var b in LegacyEncoder.ToBytes(legacy)) Append(rtf, (char)b, isByte: true);
        }
        rtf.Append('}');
    }
    rtf.AppendLine(@"\par");
}
rtf.Append('}');
File.WriteAllText(args[1], rtf.ToString(), Encoding.ASCII);

static void Append(StringBuilder rtf, char c, bool isByte = false)
{
    if (c is '\\\\' or '{' or '}') rtf.Append('\\\\').Append(c);
    else if (c < 0x80) rtf.Append(c);
    else if (isByte) rtf.Append(@"\'").Append(((int)c).ToString("x2"));
    else rtf.Append(@"\u").Append((int)c).Append('?');
}
CS

# The real .VnTime and VNI-Times fonts are not free to ship: DejaVu Serif renamed stands in for them, so the
# PDFs name the legacy fonts as a 2006 PDF printer did (".VnTime", ".VnTimeH", "VNI-Times") while their
# glyphs draw the Latin-1 characters (font files must not start with "." or fontconfig skips them). Without it LibreOffice embeds its substitute (DejaVu) under that name.
mkdir -p "$work/fonts"
for pair in ".VnTime:DejaVuSerif" ".VnTime:DejaVuSerif-Bold" ".VnTimeH:DejaVuSerif" ".VnTimeH:DejaVuSerif-Bold" \
            "VNI-Times:DejaVuSerif" "VNI-Times:DejaVuSerif-Bold"; do
    family=${pair%%:*} file=${pair#*:}
    /usr/bin/python3 - "$family" "/usr/share/fonts/truetype/dejavu/$file.ttf" "$work/fonts/legacy${family#.}-$file.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont
family, source, target = sys.argv[1:]
font = TTFont(source)
bold = "Bold" in source
style = "Bold" if bold else "Regular"
names = {1: family, 2: style, 3: f"{family} {style}", 4: f"{family} Bold" if bold else family,
         6: f"{family},Bold" if bold else family, 16: family, 17: style}
font["name"].names = [n for n in font["name"].names if n.nameID not in names]
for nameId, value in names.items():
    font["name"].setName(value, nameId, 3, 1, 0x409)
    font["name"].setName(value, nameId, 1, 0, 0)
font.save(target)
PY
done
cat > "$work/fonts.conf" <<XML
<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>$work/fonts</dir><cachedir>$work/cache</cachedir></fontconfig>
XML

for source in source/legacy/*.txt; do
    name=$(basename "$source" .txt)
    dotnet run "$work/write-rtf.cs" -- "$source" "$work/$name.rtf" 2>/dev/null | grep -v warning || true
    cp "$work/$name.rtf" "$name.rtf"
    soffice "$profile" --headless --convert-to "doc:MS Word 97" --outdir "$work" "$work/$name.rtf" >/dev/null
    soffice "$profile" --headless --convert-to "docx:MS Word 2007 XML" --outdir "$work" "$work/$name.rtf" >/dev/null
    FONTCONFIG_FILE="$work/fonts.conf" soffice "-env:UserInstallation=file://$work/profile-fonts" --headless \
        --convert-to pdf --outdir "$work" "$work/$name.rtf" >/dev/null
    for ext in doc docx pdf; do cp "$work/$name.$ext" "$name.$ext"; done
done
# One PDF as LibreOffice makes it when the legacy fonts are missing: only the text can tell its encoding.
mkdir "$work/substituted"
soffice "$profile" --headless --convert-to pdf --outdir "$work/substituted" quyet-dinh-tcvn3.rtf >/dev/null
cp "$work/substituted/quyet-dinh-tcvn3.pdf" quyet-dinh-tcvn3-substituted-font.pdf
ls -l quyet-dinh-tcvn3* cong-van-vni.* bien-ban-mixed.*
