#!/usr/bin/env bash
# Lints each service's OpenAPI document as the build wrote it (target/openapi/openapi.yaml): Spectral's OpenAPI
# rules and Redocly's recommended rules must report nothing, not even a warning. Then validates the AsyncAPI
# document of the events (docs/events/asyncapi.json), which the contracts module's test keeps current. Run after
# ./mvnw package or verify.
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
echo "== events"
# the CLI's usage statistics cannot leave an offline machine anyway; asking would only wait for the network
SUPPRESS_NO_CONFIG_WARNING=1 npx --no-install asyncapi config analytics --disable >/dev/null 2>&1 || true
SUPPRESS_NO_CONFIG_WARNING=1 npx --no-install asyncapi validate --fail-severity warn ../events/asyncapi.json || status=1
exit $status
