#!/usr/bin/env bash
# Benchmark of intake-service against a running suite (start it first with ./netra up). Run by hand, not in CI.
# Settings (environment): THREADS (8), FULL_SPEED_SECONDS (20), LATENCY_RATE (200/s), CLARIFICATION_RATE (100/s),
# RATE_SECONDS (20), WARMUP_SECONDS (60), SETTLE_SECONDS (10: the pause before each measured phase), PHASES
# (clarification,rate,full,baseline), CLIENT_ID/CLIENT_SECRET (kipp-balikpapan), FINDING_CLIENT_ID/FINDING_CLIENT_SECRET
# (bawaslu-monitor: its findings skip the initial review and open a clarification), INTAKE_URL, KEYCLOAK_URL,
# DB_URL/DB_USER/DB_PASSWORD (the intake database of the suite), CLARIFICATION_DB_URL (where the clarifications'
# openedAt are read), ELECTION (DEMO, the local run's election of the running year), CLARIFICATION_TIMEOUT_SECONDS (30).
# BASELINE_TEMPLATE_REPORT=<report id> (and BASELINE_REPORTS, 1000) runs only the plain-SQL baseline, copying that report.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh
require_intake
run_with_driver bench/IntakeBenchmark.java "$@"
