#!/usr/bin/env bash
# The README's test command (and what .ci/run calls): installs and starts what the tests need,
# runs every test, and stops what it started.
#   - Debian packages: tesseract (Vietnamese), poppler, LibreOffice Writer (scripts/install-ocr-tools.sh)
#     and Chromium for the browser tests (scripts/install-browser.sh); each is skipped when present.
#   - S3: a throw-away Ceph RADOS Gateway (scripts/s3-test-server.sh), unless ARCHIVE_TEST_S3_ENDPOINT
#     (+ ARCHIVE_TEST_S3_ACCESS_KEY / ARCHIVE_TEST_S3_SECRET_KEY) already points at a running S3 server.
#   - The solution is built once (while the S3 server starts); then the storage tests run in the background
#     while the bench builds and the indexer's tests run, and the API's tests run last, alone. The exit code is
#     non-zero when any project failed (or the bench did not build), after all have run.
# Extra arguments go to each `dotnet test` (e.g. --filter FullyQualifiedName~Storage).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-ocr-tools.sh
scripts/install-browser.sh

started_s3=0
s3_start=""
storage_tests=""
test_log=""
storage_log=""
cleanup() {
  # A failed build can end the script while the server is still starting: let it finish, then stop it.
  if [ -n "$s3_start" ]; then wait "$s3_start" 2>/dev/null || true; fi
  # Nor is the server stopped under the storage tests still running in the background.
  if [ -n "$storage_tests" ]; then wait "$storage_tests" 2>/dev/null || true; fi
  rm -f "$test_log" "$storage_log"
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

failed=()
# Every test run's output is also kept here: CI shows only the end of what the script printed, so the failed tests
# (each with the start of its message) are printed again last.
test_log="$(mktemp)"
run_tests() {
  dotnet test "$1" -c Release --nologo --no-build "${@:2}" 2>&1 | tee -a "$test_log" || failed+=("$(basename "$1")")
}
failed_tests() {
  awk '/^  Failed [A-Za-z]/ { print; shown = 0; showing = 1; next }
       showing && /^  (Stack Trace|Standard Output Messages):/ { showing = 0 }
       showing && shown < 6 && NF { print; shown++ }' "$test_log"
}

# The storage tests mostly wait on the S3 server (~20 s of processor time in ~1-2 min): they run in the background,
# beside the bench's build and the indexer's tests, with their output kept apart and shown when they end.
storage_log="$(mktemp)"
( dotnet test tests/Archive.Storage.Tests -c Release --nologo --no-build "$@" >"$storage_log" 2>&1 ) &
storage_tests=$!
finish_storage() {
  local status=0
  wait "$storage_tests" || status=$?
  storage_tests=""
  tee -a "$test_log" <"$storage_log"
  [ "$status" = 0 ] || failed+=("Archive.Storage.Tests")
}

# The benchmarks (the README's harness commands) are not in the solution; built here so that none is left broken.
dotnet build bench/Archive.Bench -c Release --nologo || failed+=("bench/Archive.Bench (build)")

# The indexer's and the API's tests one after the other: side by side they finished ~1 min sooner on a quiet 2-core
# machine, but the Indexer's LibreOffice and tesseract runs then shared the cores with the Api's service processes and
# browser (its run took 6 min instead of 2.5, and a browser sign-in timed out). A test run that fails costs more than a
# minute. The storage tests end before the API's begin, for the same reason.
run_tests tests/Archive.Indexer.Tests "$@"
finish_storage
run_tests tests/Archive.Api.Tests "$@"
if [ ${#failed[@]} -gt 0 ]; then
  echo "test.sh: the failed tests:" >&2
  failed_tests >&2
  echo "test.sh: failed: ${failed[*]}" >&2
  exit 1
fi
echo "test.sh: all test projects passed"
