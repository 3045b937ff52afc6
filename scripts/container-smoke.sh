#!/usr/bin/env bash
# Container smoke test: builds the Stratus image with podman, runs it, and talks DynamoDB to it
# over HTTP exactly as a user's SDK would (CreateTable, ListTables, PutItem, GetItem); calls the
# example application the image serves by default (examples/template.yaml): its REST API with the
# optimistic-locking conflict and the Lambda-authorizer-protected DELETE, its HTTP API's catalogue
# and JWT route, and reads what the functions wrote straight from the table; then restarts it on
# its /data volume to check that tables survive, and checks that it runs as a non-root user and
# passes its own HEALTHCHECK.
#
#   scripts/container-smoke.sh
#
# Needs server/target/stratus.jar and examples/items-app/target/items-app.jar (built here with
# Maven if missing), podman, curl and openssl (to sign the JWT). No registry is
# needed: the default base image, localhost/stratus-jre-base:17, is built from the machine's
# Debian mirror by ../shared/container/make-base-image.sh (which also installs podman when it is
# missing). STRATUS_BASE_IMAGE=eclipse-temurin:17-jre uses the public image instead.
# Fails with a non-zero status on any problem, including podman being unavailable.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
shared="$here/../../shared/container"
base_image=${STRATUS_BASE_IMAGE:-localhost/stratus-jre-base:17}
image=${STRATUS_SMOKE_IMAGE:-localhost/stratus:smoke}
container="stratus-smoke-$$"
table="smoke-$$-$RANDOM"

log() { printf '[container-smoke] %s\n' "$*" >&2; }
fail() { log "FAIL: $*"; exit 1; }

# --- podman and the base image -------------------------------------------------------------
# A localhost/ base image is built here from the Debian mirror; any other name is pulled by
# `podman build` from its registry.
case "$base_image" in
  localhost/*)
    if ! command -v podman >/dev/null 2>&1 || ! podman image exists "$base_image" 2>/dev/null; then
      if [ -x "$shared/make-base-image.sh" ]; then
        log "preparing podman and base image $base_image with $shared/make-base-image.sh"
        "$shared/make-base-image.sh" "$base_image"
      fi
    fi
    ;;
  *)
    if ! command -v podman >/dev/null 2>&1 && [ -x "$shared/install-podman.sh" ]; then
      "$shared/install-podman.sh"
    fi
    ;;
esac
command -v podman >/dev/null 2>&1 \
  || fail "podman is not installed (and $shared/install-podman.sh was not found to install it)"
case "$base_image" in
  localhost/*) podman image exists "$base_image" || fail "base image $base_image is missing" ;;
esac

# --- the jar --------------------------------------------------------------------------------
cd "$repo"
if [ ! -f server/target/stratus.jar ] || [ ! -f examples/items-app/target/items-app.jar ]; then
  log "server/target/stratus.jar or examples/items-app/target/items-app.jar missing; building them"
  mvn -B -q -DskipTests -pl server,examples/items-app -am package
fi
[ -f server/target/stratus.jar ] || fail "server/target/stratus.jar was not built"
[ -f examples/items-app/target/items-app.jar ] || fail "examples/items-app/target/items-app.jar was not built"
[ -f examples/template.yaml ] || fail "examples/template.yaml is missing"
command -v openssl >/dev/null 2>&1 || fail "openssl is needed to sign the example's JWT"

# --- build and run --------------------------------------------------------------------------
log "building $image from $base_image"
# Docker format: the OCI format has no HEALTHCHECK, and the image's health check is under test.
podman build --quiet --format docker --build-arg "BASE_IMAGE=$base_image" -t "$image" . >/dev/null

body_file=$(mktemp)
run_log=$(mktemp)
cleanup() {
  local status=$?
  if [ $status -ne 0 ] && [ -s "$run_log" ]; then
    log "podman run said:"
    cat "$run_log" >&2
  fi
  rm -f "$body_file" "$run_log"
  if [ $status -ne 0 ] && podman container exists "$container" 2>/dev/null; then
    log "container logs:"
    podman logs "$container" >&2 || true
  fi
  podman rm -f -v "$container" >/dev/null 2>&1 || true
  exit $status
}
trap cleanup EXIT

# Port 0 on the host side: podman picks a free port, read back with `podman port`. Its stderr is
# kept for failures only: without systemd, podman logs that it cannot schedule periodic health
# checks, which is harmless here because the check is run explicitly below.
podman run -d --name "$container" -p 127.0.0.1::4566 -e STRATUS_DATA_DIR=/data \
  -e STRATUS_JWKS=/project/jwks.json "$image" >/dev/null 2>"$run_log"

endpoint=""
wait_healthy() {
  endpoint=""
  for _ in $(seq 1 60); do
    if [ "$(podman inspect --format '{{.State.Running}}' "$container")" != "true" ]; then
      fail "container exited during start-up"
    fi
    local port
    port=$(podman port "$container" 4566/tcp 2>/dev/null | head -n 1 | sed 's/.*://')
    if [ -n "$port" ] && curl -fsS -o /dev/null "http://127.0.0.1:$port/_stratus/health" 2>/dev/null; then
      endpoint="http://127.0.0.1:$port"
      return 0
    fi
    sleep 1
  done
  fail "no healthy answer from /_stratus/health within 60 seconds"
}
wait_healthy
log "container is up at $endpoint"

# --- DynamoDB over HTTP ---------------------------------------------------------------------
# A SigV4-shaped Authorization header: Stratus reads the region from its credential scope and,
# like DynamoDB, rejects requests without one; the signature itself is not checked.
amz_date=$(date -u +%Y%m%dT%H%M%SZ)
auth="AWS4-HMAC-SHA256 Credential=AKIDSMOKETEST/${amz_date:0:8}/eu-west-1/dynamodb/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=$(printf '0%.0s' $(seq 1 64))"

# dynamo OPERATION JSON -> prints the response body; fails unless the status is 200.
dynamo() {
  local operation=$1 payload=$2 status
  status=$(curl -sS -o "$body_file" -w '%{http_code}' -X POST "$endpoint/" \
    -H 'Content-Type: application/x-amz-json-1.0' \
    -H "X-Amz-Target: DynamoDB_20120810.$operation" \
    -H "X-Amz-Date: $amz_date" \
    -H "Authorization: $auth" \
    --data-binary "$payload")
  if [ "$status" != "200" ]; then
    fail "$operation answered HTTP $status: $(cat "$body_file")"
  fi
  cat "$body_file"
}

# expect NAME BODY REGEX: the response must match an extended regular expression.
expect() {
  printf '%s' "$2" | grep -Eq "$3" || fail "$1: response does not match /$3/: $2"
  log "ok: $1"
}

ws='[[:space:]]*'
response=$(dynamo CreateTable "{\"TableName\":\"$table\",\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}")
expect "CreateTable returns an ARN with the request's region" "$response" \
  "\"TableArn\"$ws:$ws\"arn:aws:dynamodb:eu-west-1:[0-9]{12}:table/$table\""

response=$(dynamo ListTables '{}')
expect "ListTables lists the new table" "$response" "\"TableNames\"$ws:$ws\\[[^]]*\"$table\""
# The image's default template (examples/template.yaml) declares tables of its own.
expect "ListTables lists the default template's tables too" "$response" \
  "\"TableNames\"$ws:$ws\\[$ws\"[^\"]+\"$ws,"

dynamo PutItem "{\"TableName\":\"$table\",\"Item\":{\"id\":{\"S\":\"k1\"},\"greeting\":{\"S\":\"hello from the container\"},\"n\":{\"N\":\"1.50\"}}}" >/dev/null
log "ok: PutItem"

response=$(dynamo GetItem "{\"TableName\":\"$table\",\"Key\":{\"id\":{\"S\":\"k1\"}},\"ConsistentRead\":true}")
expect "GetItem returns the string attribute" "$response" \
  "\"greeting\"$ws:$ws\\{$ws\"S\"$ws:$ws\"hello from the container\"$ws\\}"
expect "GetItem returns the normalised number" "$response" "\"n\"$ws:$ws\\{$ws\"N\"$ws:$ws\"1.5\"$ws\\}"

# --- the example application: REST API, HTTP API, authorizers, table -------------------------
# api METHOD PATH EXPECTED_STATUS [BODY] [HEADER]: prints the body; fails on another status.
api() {
  local method=$1 path=$2 expected=$3 body=${4-} header=${5-} status
  local args=(-sS -o "$body_file" -w '%{http_code}' -X "$method" "$endpoint$path")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  [ -n "$header" ] && args+=(-H "$header")
  status=$(curl "${args[@]}")
  if [ "$status" != "$expected" ]; then
    fail "$method $path answered HTTP $status, expected $expected: $(cat "$body_file")"
  fi
  cat "$body_file"
}

category="smoke$$"
response=$(api POST "/Prod/categories/$category/items" 201 '{"name":"Smoke test","price":12.5}')
expect "REST POST creates an item at version 1" "$response" "\"version\"$ws:${ws}1[,}]"
item_id=$(printf '%s' "$response" | sed -E 's/.*"id"[[:space:]]*:[[:space:]]*"([^"]+)".*/\1/')
[ -n "$item_id" ] || fail "no id in $response"
item="/Prod/categories/$category/items/$item_id"

response=$(api GET "$item" 200)
expect "REST GET reads it back" "$response" "\"name\"$ws:$ws\"Smoke test\""
response=$(api PUT "$item" 200 '{"name":"Smoke test v2","price":13,"version":1}')
expect "REST PUT from the current version moves it to version 2" "$response" "\"version\"$ws:${ws}2[,}]"
response=$(api PUT "$item" 409 '{"name":"stale","price":1,"version":1}')
expect "REST PUT from a stale version is a conflict" "$response" "is at version 2, not 1"

response=$(api GET "/catalog/items?limit=100" 200)
expect "HTTP API catalogue lists the item from the byStatus index" "$response" "\"id\"$ws:$ws\"$item_id\""

response=$(dynamo GetItem "{\"TableName\":\"items-dev\",\"Key\":{\"pk\":{\"S\":\"$category\"},\"sk\":{\"S\":\"$item_id\"}},\"ConsistentRead\":true}")
expect "the function's write is in the template's table" "$response" \
  "\"name\"$ws:$ws\\{$ws\"S\"$ws:$ws\"Smoke test v2\"$ws\\}"

response=$(api DELETE "$item" 401)
expect "REST DELETE without a token is 401" "$response" '"message":"Unauthorized"'
response=$(api DELETE "$item" 403 "" "Authorization: Bearer wrong-token")
expect "REST DELETE with another token is denied by the Lambda authorizer" "$response" "explicit deny"
api DELETE "$item" 204 "" "Authorization: Bearer local-admin-token" >/dev/null
log "ok: REST DELETE with the admin token"
api GET "$item" 404 >/dev/null
log "ok: the deleted item is gone"

# A token signed with the example's test key (its public half is /project/jwks.json in the image).
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
jwt_header=$(printf '%s' '{"alg":"RS256","typ":"JWT","kid":"items-app-test"}' | b64url)
jwt_claims=$(printf '{"sub":"smoke-user","iss":"https://auth.example.com/","aud":"items-app","exp":%d,"scope":"profile/write"}' \
  "$(( $(date +%s) + 300 ))" | b64url)
jwt_signature=$(printf '%s.%s' "$jwt_header" "$jwt_claims" \
  | openssl dgst -sha256 -binary -sign examples/items-app/src/test/resources/jwt/test-signing-key.pem | b64url)
token="$jwt_header.$jwt_claims.$jwt_signature"
api GET /me 401 >/dev/null
log "ok: HTTP API JWT route without a token is 401"
response=$(api PUT /me 200 '{"displayName":"Smoke"}' "Authorization: Bearer $token")
expect "HTTP API JWT route saves the caller's profile" "$response" "\"userId\"$ws:$ws\"smoke-user\""
response=$(api GET /me 200 "" "Authorization: Bearer $token")
expect "HTTP API JWT route reads it back" "$response" "\"displayName\"$ws:$ws\"Smoke\""

# --- runs as non-root, passes its HEALTHCHECK -----------------------------------------------
uid=$(podman exec "$container" id -u)
[ "$uid" != "0" ] || fail "the server runs as root"
log "ok: runs as uid $uid"
podman healthcheck run "$container" >/dev/null || fail "the image's HEALTHCHECK fails"
log "ok: HEALTHCHECK passes"

# --- /data survives a restart ---------------------------------------------------------------
podman restart "$container" >/dev/null 2>>"$run_log"
wait_healthy
response=$(dynamo GetItem "{\"TableName\":\"$table\",\"Key\":{\"id\":{\"S\":\"k1\"}},\"ConsistentRead\":true}")
expect "the item survives a restart on the /data volume" "$response" "\"hello from the container\""

log "PASS"
