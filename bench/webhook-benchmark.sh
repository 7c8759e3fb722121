#!/usr/bin/env bash
# Benchmark of integration-service's webhooks against a running suite (start it first with ./netra up, which allows
# receivers on localhost). Run by hand, not in CI. Settings (environment): RATE (100 reports/s), SECONDS (60 per
# measured phase), SUBSCRIBERS (10), WARMUP_SECONDS (20), INTAKE_URL, INTEGRATION_URL, KEYCLOAK_URL.
set -euo pipefail
cd "$(dirname "$0")/.."
java=java
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; fi
exec "$java" -Xmx512m bench/WebhookBenchmark.java
