#!/usr/bin/env bash
# The README's test command (and what .ci/run calls): installs and starts what the tests need,
# runs every test, and stops what it started.
#   - Debian packages: tesseract (Vietnamese), poppler, LibreOffice Writer (scripts/install-ocr-tools.sh)
#     and Chromium for the browser tests (scripts/install-browser.sh); each is skipped when present.
#   - S3: a throw-away Ceph RADOS Gateway (scripts/s3-test-server.sh), unless ARCHIVE_TEST_S3_ENDPOINT
#     (+ ARCHIVE_TEST_S3_ACCESS_KEY / ARCHIVE_TEST_S3_SECRET_KEY) already points at a running S3 server.
# Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Storage).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-ocr-tools.sh
scripts/install-browser.sh

started_s3=0
cleanup() {
  if [ "$started_s3" = 1 ]; then scripts/s3-test-server.sh stop || true; fi
}
trap cleanup EXIT

if [ -z "${ARCHIVE_TEST_S3_ENDPOINT:-}" ]; then
  scripts/s3-test-server.sh start
  started_s3=1
  # shellcheck disable=SC1091
  source .test-s3/env
fi

dotnet test Archive.sln -c Release --nologo "$@"
