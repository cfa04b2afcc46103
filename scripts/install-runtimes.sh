#!/bin/sh
# Installs everything the execution suite (npm run test:exec) and the preview page's browser test
# (test/preview.test.ts: headless Chromium driven by playwright-core) need on a fresh Debian 12 machine.
# Run as root. Idempotent: packages already installed are left as they are.
# Preinstalled and not handled here: JDK 17, curl, bash, Node 20 (+ npm ci for the npm clients).
set -eu

if [ "$(id -u)" -ne 0 ]; then
  echo "install-runtimes.sh: run as root (it calls apt-get)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive

packages="
  golang-go
  ruby
  php-cli php-xml php-mbstring
  libokhttp-java
  mono-mcs mono-runtime libmono-system-net-http4.0-cil libmono-system-web4.0-cil
  chromium fonts-liberation
"

# The python3 on PATH may be a newer interpreter with its own requests; Debian's is only the fallback.
if ! python3 -c 'import requests' >/dev/null 2>&1; then
  packages="$packages python3-requests"
fi

apt-get update
# shellcheck disable=SC2086 # the list is meant to split into words
apt-get install -y --no-install-recommends $packages

echo "install-runtimes.sh: runtimes ready"
