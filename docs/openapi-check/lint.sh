#!/usr/bin/env bash
# Lints each service's OpenAPI document as the build wrote it (target/openapi/openapi.yaml): Spectral's OpenAPI
# rules and Redocly's recommended rules must report nothing, not even a warning. Run after ./mvnw package or verify.
set -euo pipefail
cd "$(dirname "$0")"
root=../..
status=0
for service in intake clarification sanction integration; do
  document="$root/$service-service/target/openapi/openapi.yaml"
  if [ ! -s "$document" ]; then
    echo "$document is missing: build the services first (./mvnw -B -DskipTests package)" >&2
    exit 1
  fi
  echo "== $service-service"
  npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity hint --quiet "$document" || status=1
  npx --no-install redocly lint --config redocly.yaml --format stylish "$document" || status=1
done
exit $status
