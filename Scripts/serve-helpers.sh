# Shared by Scripts/check-pages, Scripts/check-api and Scripts/load-test (sourced, not run): installing Debian
# packages, building the release `parallax`, and running `parallax serve` in the background for the length of a
# script. The caller has done `cd` to the repository root and `set -euo pipefail`.

# PARALLAX_BIN=.build/debug/parallax runs a debug build instead (checks of behaviour, not of speed).
parallax=${PARALLAX_BIN:-.build/release/parallax}

# Installs the Debian packages given whose command or file is missing: "command:package" or "/file:package" pairs.
install_missing() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || [ -e "${pair%%:*}" ] || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  echo "installing ${missing[*]} (Debian packages)" >&2
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The release build, when there is none yet (a stale one is the caller's to rebuild: `swift build -c release`).
build_parallax() {
  [ -x "$parallax" ] && return 0
  Scripts/setup
  swift build -c release --product parallax 2>&1 | grep -E 'error|warning: unre' >&2 || true
  [ -x "$parallax" ]
}

# Starts `parallax serve` on the store $1 at a port the system picks (--port 0: no race with another program for
# a port we chose), its log in $2; then waits until it answers. Sets server_pid and base (http://127.0.0.1:PORT).
# Further arguments go to `serve`. stop_server (in the caller's EXIT trap) ends it.
start_server() {
  local store=$1 log=$2
  shift 2
  "$parallax" serve --db "$store" --port 0 "$@" 2>"$log" &
  server_pid=$!
  local port=""
  for _ in $(seq 1 300); do
    kill -0 "$server_pid" 2>/dev/null || { echo "parallax serve stopped:" >&2; cat "$log" >&2; return 1; }
    # The first line says "serving STORE at http://127.0.0.1:PORT/ …".
    port=$(sed -nE 's|.* at http://127\.0\.0\.1:([0-9]+)/.*|\1|p' "$log" | head -n 1)
    [ -n "$port" ] && curl -sf -o /dev/null "http://127.0.0.1:$port/openapi.json" && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "parallax serve did not answer within 30 s:" >&2; cat "$log" >&2; return 1; }
  base="http://127.0.0.1:$port"
}

# Stops the server started by start_server (SIGTERM: it shuts down gracefully), if it runs.
stop_server() {
  if [ -n "${server_pid:-}" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
