#!/usr/bin/env bash
# The README's test command (and what .ci/run calls): installs and starts what the tests need,
# runs every test, and stops what it started.
#   - Debian packages: tesseract (Vietnamese), poppler, LibreOffice Writer (scripts/install-ocr-tools.sh)
#     and Chromium for the browser tests (scripts/install-browser.sh); each is skipped when present.
#   - S3: a throw-away Ceph RADOS Gateway (scripts/s3-test-server.sh), unless ARCHIVE_TEST_S3_ENDPOINT
#     (+ ARCHIVE_TEST_S3_ACCESS_KEY / ARCHIVE_TEST_S3_SECRET_KEY) already points at a running S3 server.
#   - The solution is built once (while the S3 server starts); then the three test projects run one after
#     the other. The exit code is non-zero when any project failed, after all have run.
# Extra arguments go to each `dotnet test` (e.g. --filter FullyQualifiedName~Storage).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-ocr-tools.sh
scripts/install-browser.sh

started_s3=0
s3_start=""
cleanup() {
  # A failed build can end the script while the server is still starting: let it finish, then stop it.
  if [ -n "$s3_start" ]; then wait "$s3_start" 2>/dev/null || true; fi
  if [ "$started_s3" = 1 ]; then scripts/s3-test-server.sh stop || true; fi
}
trap cleanup EXIT

if [ -z "${ARCHIVE_TEST_S3_ENDPOINT:-}" ]; then
  started_s3=1
  scripts/s3-test-server.sh start &
  s3_start=$!
fi

dotnet build Archive.sln -c Release --nologo
# The benchmarks (the README's harness commands) are not in the solution; built here so that none is left broken.
dotnet build bench/Archive.Bench -c Release --nologo

if [ -n "$s3_start" ]; then
  wait "$s3_start"
  s3_start=""
  # shellcheck disable=SC1091
  source .test-s3/env
fi

# One project after another: side by side they finished ~1 min sooner on a quiet 2-core machine, but the Indexer's
# LibreOffice and tesseract runs then shared the cores with the Api's service processes and browser (its run took
# 6 min instead of 2.5, and a browser sign-in timed out). A test run that fails costs more than a minute.
projects=(tests/Archive.Storage.Tests tests/Archive.Indexer.Tests tests/Archive.Api.Tests)
failed=()
for project in "${projects[@]}"; do
  dotnet test "$project" -c Release --nologo --no-build "$@" || failed+=("$(basename "$project")")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "test.sh: failed: ${failed[*]}" >&2
  exit 1
fi
echo "test.sh: all test projects passed"
