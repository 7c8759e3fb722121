#!/usr/bin/env bash
# The case flow by hand, as README shows it: a partner's report, Bawaslu's initial review, the Inspektorat's
# conclusion, the PPK's recommendation, the case's timeline, the reporter's view by tracking code, another region's
# 404, and the city's own system reading the case in its feed. Runs against the local run (./netra up) unless
# NETRA_KEYCLOAK, NETRA_INTAKE, NETRA_CLARIFICATION, NETRA_SANCTION or NETRA_INTEGRATION say otherwise (the system
# tests run it against their own suite, so it cannot go stale). Needs curl and jq; stops at the first answer that is
# not the expected one, and prints it.
set -euo pipefail
# a failure inside $(...) stops the script too
shopt -s inherit_errexit

KEYCLOAK=${NETRA_KEYCLOAK:-http://localhost:8180}
INTAKE=${NETRA_INTAKE:-http://localhost:8081}
CLARIFICATION=${NETRA_CLARIFICATION:-http://localhost:8082}
SANCTION=${NETRA_SANCTION:-http://localhost:8083}
INTEGRATION=${NETRA_INTEGRATION:-http://localhost:8084}
KC=$KEYCLOAK/realms/netra/protocol/openid-connect/token

# no call may hang the walk-through
curl() { command curl --max-time 40 "$@"; }

# a person's token (the demo users' password is "demo") and a machine account's (client credentials)
token() { curl -sf "$KC" -d grant_type=password -d client_id=netra-cli -d username="$1" -d password=demo | jq -r .access_token; }
machine() { curl -sf "$KC" -d grant_type=client_credentials -d client_id="$1" -d client_secret="$1-secret" | jq -r .access_token; }

# until STATUS SECONDS CURL-ARGUMENTS...: the answer's body on stdout once the status is STATUS, asking again every
# second for up to SECONDS (another service acts on an event: it takes a moment); else what came instead on stderr,
# and the script stops
until_status() {
  local want=$1 seconds=$2 body status attempt
  shift 2
  body=$(mktemp)
  for attempt in $(seq "$seconds"); do
    # 000: no answer at all
    status=$(curl -s -o "$body" -w '%{http_code}' "$@") || true
    [ "$status" = "$want" ] && break
    [ "$attempt" -lt "$seconds" ] && sleep 1
  done
  if [ "$status" != "$want" ]; then
    echo "expected $want, got $status from: curl $*" >&2
    cat "$body" >&2
    echo >&2
    rm -f "$body"
    exit 1
  fi
  cat "$body"
  rm -f "$body"
}

# expect STATUS CURL-ARGUMENTS...: the same, asked once
expect() { until_status "$1" 1 "${@:2}"; }

PARTNER=$(machine kipp-balikpapan)
BAWASLU=$(token bawaslu.balikpapan)
INSPEKTORAT=$(token inspektorat.balikpapan)
PPK=$(token ppk.balikpapan)
KALTARA=$(token inspektorat.kaltara)
PEMKOT=$(machine pemkot-balikpapan)

# 1. a partner reports. Idempotency-Key makes a retry safe: the same key and body answer with the same case. The
#    report must come within the election's deadline counted from the day the act became known (Pilkada: 7 days),
#    and the act must lie in the election's period: the local run's DEMO election (a made-up pilkada of the running
#    year, flagged as a demo in GET /api/v1/rules/elections) takes this week's acts; PILKADA_2024 would refuse them.
#    The same NIP, violation and act within a week would join the first case (which is no longer under review), so
#    each run names another accused: the NIP's last three digits are its sequence number.
NIP=196608011988031$(printf '%03d' $((RANDOM % 999 + 1)))
KNOWN=$(TZ=Asia/Makassar date -d yesterday +%F)
OCCURRED=$(TZ=Asia/Makassar date -d '2 days ago' +%F)
RECEIPT=$(expect 201 -X POST "$INTAKE/api/v1/reports" -H "Authorization: Bearer $PARTNER" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: demo-$(date +%s%N)" -d '{
  "electionCode":"DEMO",
  "reporter":{"name":"Siti Aminah","nik":"6471054505900001","placeOfBirth":"Balikpapan","dateOfBirth":"1990-05-05",
              "gender":"FEMALE","occupation":"Guru","address":"Jl. Sudirman 1, Balikpapan",
              "phone":"081234567890","confidential":true},
  "accused":{"name":"Budi Santoso","nip":"'"$NIP"'","position":"Sekretaris Dinas",
             "agency":"Dinas Pendidikan","regionCode":"64.71"},
  "incident":{"violationCode":"D7","occurredOn":"'"$OCCURRED"'","knownOn":"'"$KNOWN"'","place":"Balikpapan",
              "regionCode":"64.71","description":"Foto bersama paslon dengan pose dua jari."}}')
CASE=$(jq -r .caseNumber <<<"$RECEIPT")
TRACKING=$(jq -r .trackingCode <<<"$RECEIPT")
echo "1. reported: case $CASE, status $(jq -r .status <<<"$RECEIPT"), tracking code $TRACKING"

# 2. Bawaslu Balikpapan's initial review (kajian awal), within 2 days: only a registered case goes to clarification.
#    (REJECT needs a "reason"; ASK_COMPLETION needs "missing" and "completionDueOn".)
REVIEWED=$(expect 200 -X POST "$INTAKE/api/v1/cases/$CASE/review" -H "Authorization: Bearer $BAWASLU" \
  -H 'Content-Type: application/json' -d '{"decision":"REGISTER"}')
echo "2. reviewed: $(jq -r .status <<<"$REVIEWED")"

# 3. the Inspektorat of Balikpapan finds the clarification opened for the case, and concludes it
OPENED=$(until_status 200 60 "$CLARIFICATION/api/v1/clarifications/$CASE" -H "Authorization: Bearer $INSPEKTORAT")
echo "3. clarification: $(jq -r .status <<<"$OPENED")"
CONCLUDED=$(expect 200 -X POST "$CLARIFICATION/api/v1/clarifications/$CASE/conclusion" \
  -H "Authorization: Bearer $INSPEKTORAT" -H 'Content-Type: application/json' \
  -d '{"outcome":"PROVEN","violationCodes":["D7"],"actDate":"'"$OCCURRED"'","positionCategory":"OTHER",
       "reason":"Foto terverifikasi."}')
echo "   concluded: $(jq -r .status <<<"$CONCLUDED")"

# 4. the PPK reads the recommendation, with its legal basis and deadline (D7 after the DEMO election's
#    candidate-setting date, 1 January: BERAT)
RECOMMENDATION=$(until_status 200 60 "$SANCTION/api/v1/recommendations/$CASE" -H "Authorization: Bearer $PPK")
echo "4. recommended: $(jq -r '.level' <<<"$RECOMMENDATION")"

# 5. the case's timeline (intake learns of the recommendation a moment later), and the reporter's view by tracking
#    code (no login, no personal data)
for _ in $(seq 60); do
  TIMELINE=$(expect 200 "$INTAKE/api/v1/cases/$CASE" -H "Authorization: Bearer $BAWASLU")
  [ "$(jq -r .status <<<"$TIMELINE")" = REKOMENDASI_KE_PPK ] && break
  sleep 1
done
if [ "$(jq -r .status <<<"$TIMELINE")" != REKOMENDASI_KE_PPK ]; then
  echo "the case did not reach REKOMENDASI_KE_PPK within 60 s:" >&2
  echo "$TIMELINE" >&2
  exit 1
fi
echo "5. timeline: $(jq -r '[.timeline[].kind] | join(", ")' <<<"$TIMELINE")"
TRACKED=$(expect 200 "$INTAKE/api/v1/tracking/$TRACKING")
echo "   tracking: $(jq -r .status <<<"$TRACKED")"

# 6. another region never learns that the case exists: 404, as for a case that does not
expect 404 "$INTAKE/api/v1/cases/$CASE" -H "Authorization: Bearer $KALTARA" >/dev/null
echo "6. Inspektorat Kaltara: 404"

# 7. the city's own system reads its region's events from the feed, oldest first: each page's Netra-Next-Cursor
#    header is the next request's ?after= (add &wait=30 to wait for what comes next). Events are thin: no reporter, no
#    accused's name or NIP.
CURSOR="" EVENTS="" HEADERS=$(mktemp)
DEADLINE=$((SECONDS + 60))
# read on from the last cursor (waiting a second for what comes next) until the recommendation is there
while [[ $EVENTS != *recommendation.issued* ]] && [ $SECONDS -lt $DEADLINE ]; do
  PAGE=$(curl -sf -D "$HEADERS" "$INTEGRATION/api/v1/feed?limit=500${CURSOR:+&after=$CURSOR&wait=1}" \
    -H "Authorization: Bearer $PEMKOT")
  EVENTS+=$(jq -j --arg case "$CASE" '.[] | select(.subject == $case) | .type + " "' <<<"$PAGE")
  NEXT=$(tr -d '\r' <"$HEADERS" | sed -n 's/^[Nn]etra-[Nn]ext-[Cc]ursor: //p')
  CURSOR=${NEXT:-$CURSOR}
done
rm -f "$HEADERS"
if [[ $EVENTS != *recommendation.issued* ]]; then
  echo "the feed did not show the recommendation within 60 s; it had: $EVENTS" >&2
  exit 1
fi
echo "7. feed: $EVENTS"
