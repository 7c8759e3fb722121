# Shared by the benchmark scripts: runs a single-file Java program with the PostgreSQL JDBC driver the build fetched.
# Source it, then: run_with_driver bench/Program.java [args]
run_with_driver() {
  # the driver the services use for Flyway, from the local Maven repository
  local driver
  driver=$(find "${MAVEN_REPOSITORY:-$HOME/.m2/repository}/org/postgresql/postgresql" -name 'postgresql-*.jar' \
    ! -name '*sources*' ! -name '*javadoc*' 2>/dev/null | sort -V | tail -1)
  if [[ -z "$driver" ]]; then
    echo "PostgreSQL JDBC driver not found in the local Maven repository: build the project once (./mvnw -DskipTests package)" >&2
    exit 1
  fi
  exec java -cp "$driver" "$@"
}

require_intake() {
  if ! curl -sf -o /dev/null "${INTAKE_URL:-http://localhost:8081}/q/health/ready"; then
    echo "intake-service is not ready at ${INTAKE_URL:-http://localhost:8081}: start the suite with ./netra up" >&2
    exit 1
  fi
}
