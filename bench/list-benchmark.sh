#!/usr/bin/env bash
# intake's case list with every filter combination, as a national admin and as a province's Inspektorat, p50/p99 per
# combination and the plans of the slowest; then clarification's and sanction's lists and the statistics. Seed first
# (bench/seed-cases.sh). Run by hand, not in CI.
# Settings (environment): PARTS (cases,others), ROUNDS (20), WARMUP_ROUNDS (5), INTAKE_URL, CLARIFICATION_URL,
# SANCTION_URL, KEYCLOAK_URL, DB_URL, DB_USER, DB_PASSWORD.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
require_intake
run_with_driver bench/ListBenchmark.java "$@"
