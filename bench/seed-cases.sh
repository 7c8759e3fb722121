#!/usr/bin/env bash
# Fills intake's database with CASES cases (1000000) for the list benchmark; REMOVE=true takes them out again.
# Settings (environment): CASES, REMOVE, DB_URL (jdbc:postgresql://localhost:5432/intake), DB_USER, DB_PASSWORD.
# Run by hand against a local suite (./netra up), never against a database that holds real reports.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
run_with_driver bench/SeedCases.java "$@"
