#!/usr/bin/env bash
#
# Writes the OpenAPI document the API serves to docs/openapi/v1.json, with its answer examples captured from the
# API on the demo data (src/Api/OpenApi/Examples), and regenerates the TypeScript client's types from it.
# Review the diff, add the changelog entry (docs/openapi/CHANGELOG.md), and commit them with the change.
#
#   1. the served document is written;
#   2. the conformance test calls every operation and keeps the first valid answer of each as its example, where
#      there is none yet (with --refresh-examples, every example is captured again: do so when the lint says an
#      example no longer matches its schema);
#   3. the API is built again with those examples, and the document written once more;
#   4. clients/typescript/src/schema.ts is generated from it.
#
# Same environment as scripts/test.sh (it runs it, filtered).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export SCC_UPDATE_OPENAPI=1
run() {
    local filter=$1 log
    log=$(mktemp)
    if ! ./scripts/test.sh --filter "$filter" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f -- "$log"
        echo "[scc] $filter failed: see above" >&2
        exit 1
    fi
    tail -n 1 "$log"
    rm -f -- "$log"
}

echo "[scc] writing the served document"
run "FullyQualifiedName~CommittedDocumentTests.ServedDocument"
echo "[scc] capturing the answer examples"
if [[ "${1:-}" == "--refresh-examples" ]]; then
    rm -f src/Api/OpenApi/Examples/*
fi
run "FullyQualifiedName~ConformanceTests"
echo "[scc] writing the document with its examples"
run "FullyQualifiedName~CommittedDocumentTests.ServedDocument"
echo "[scc] generating the TypeScript client's types"
(cd clients/typescript && npm run --silent generate)
git status --short -- docs/openapi src/Api/OpenApi/Examples clients/typescript/src
