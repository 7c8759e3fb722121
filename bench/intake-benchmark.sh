#!/usr/bin/env bash
# Benchmark of intake-service against a running suite (start it first with ./netra up). Run by hand, not in CI.
# Settings (environment): THREADS (8), FULL_SPEED_SECONDS (20), LATENCY_RATE (200/s), CLARIFICATION_RATE (100/s),
# RATE_SECONDS (20), WARMUP_SECONDS (60), SETTLE_SECONDS (10: the pause before each measured phase), PHASES
# (clarification,rate,full,baseline), CLIENT_ID/CLIENT_SECRET (kipp-balikpapan), FINDING_CLIENT_ID/FINDING_CLIENT_SECRET
# (bawaslu-monitor: its findings skip the initial review and open a clarification), INTAKE_URL, KEYCLOAK_URL,
# DB_URL/DB_USER/DB_PASSWORD (the intake database of the suite), CLARIFICATION_DB_URL (where the clarifications'
# openedAt are read), ELECTION (PILKADA_2024), CLARIFICATION_TIMEOUT_SECONDS (30).
# BASELINE_TEMPLATE_REPORT=<report id> (and BASELINE_REPORTS, 1000) runs only the plain-SQL baseline, copying that report.
set -euo pipefail
cd "$(dirname "$0")/.."

# the PostgreSQL JDBC driver the build already fetched (the services use it for Flyway)
driver=$(find "${MAVEN_REPOSITORY:-$HOME/.m2/repository}/org/postgresql/postgresql" -name 'postgresql-*.jar' \
  ! -name '*sources*' ! -name '*javadoc*' 2>/dev/null | sort -V | tail -1)
if [[ -z "$driver" ]]; then
  echo "PostgreSQL JDBC driver not found in the local Maven repository: build the project once (./mvnw -DskipTests package)" >&2
  exit 1
fi
if ! curl -sf -o /dev/null "${INTAKE_URL:-http://localhost:8081}/q/health/ready"; then
  echo "intake-service is not ready at ${INTAKE_URL:-http://localhost:8081}: start the suite with ./netra up" >&2
  exit 1
fi
exec java -cp "$driver" bench/IntakeBenchmark.java "$@"
