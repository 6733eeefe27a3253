#!/usr/bin/env bash
# The README's test command (and what .ci/run calls): installs and starts what the tests need,
# runs every test, and stops what it started.
#   - Debian packages: tesseract (Vietnamese), poppler, LibreOffice Writer (scripts/install-ocr-tools.sh)
#     and Chromium for the browser tests (scripts/install-browser.sh); each is skipped when present.
#   - S3: a throw-away Ceph RADOS Gateway (scripts/s3-test-server.sh), unless ARCHIVE_TEST_S3_ENDPOINT
#     (+ ARCHIVE_TEST_S3_ACCESS_KEY / ARCHIVE_TEST_S3_SECRET_KEY) already points at a running S3 server.
#   - The solution is built once (while the S3 server starts); then the three test projects run side by side,
#     each line of their output prefixed with the project's name. `dotnet test Archive.sln` ran them one after
#     the other, and most of the API tests' time is spent waiting (service processes, background reading, OCR),
#     which the other projects' tests fill. They share nothing but the S3 server, where every test has buckets
#     of its own. The exit code is non-zero when any project failed.
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

if [ -n "$s3_start" ]; then
  wait "$s3_start"
  s3_start=""
  # shellcheck disable=SC1091
  source .test-s3/env
fi

# The longest project first, so that it is never the one left waiting for a core.
projects=(tests/Archive.Api.Tests tests/Archive.Indexer.Tests tests/Archive.Storage.Tests)
runs=()
for project in "${projects[@]}"; do
  name="$(basename "$project")"
  (
    set +e
    dotnet test "$project" -c Release --nologo --no-build "$@" 2>&1 | sed -u "s/^/[$name] /"
    exit "${PIPESTATUS[0]}"
  ) &
  runs+=("$!:$name")
done

failed=()
for run in "${runs[@]}"; do
  wait "${run%%:*}" || failed+=("${run#*:}")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "test.sh: failed: ${failed[*]}" >&2
  exit 1
fi
echo "test.sh: all test projects passed"
