#!/usr/bin/env bash
# Installs the programs that OCR and legacy-office conversion call at run time (and their tests):
# tesseract with Vietnamese data, pdftoppm (poppler), LibreOffice Writer and Calc without GUI (.doc/.rtf/.odt,
# .xls/.ods), DejaVu fonts.
# Idempotent: when everything is already installed it returns at once, without touching apt.
set -euo pipefail

packages=(tesseract-ocr tesseract-ocr-vie poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui fonts-dejavu-core)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
# Other builds on the same machine may hold the dpkg lock for a while; wait rather than fail.
apt_get=($sudo apt-get -qq -o DPkg::Lock::Timeout=600)

echo "install-ocr-tools: installing ${missing[*]}" >&2
# Only refresh the package lists when they are missing or the install fails with the ones we have.
if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e lock -e partial)" ] \
   || ! "${apt_get[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null; then
  "${apt_get[@]}" update >/dev/null
  "${apt_get[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null
fi
