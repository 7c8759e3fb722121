#!/usr/bin/env bash
# Benchmark of integration-service's webhooks against a running suite (start it first with ./netra up, which allows
# receivers on localhost). Run by hand, not in CI. Settings (environment): RATE (100 reports/s), SECONDS (60 per
# measured phase), SUBSCRIBERS (10), WARMUP_SECONDS (20), INTAKE_URL, INTEGRATION_URL, KEYCLOAK_URL,
# DB_URL_PREFIX/DB_USER/DB_PASSWORD (the suite's databases, for where the time went).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
run_with_driver -Xmx512m bench/WebhookBenchmark.java "$@"
