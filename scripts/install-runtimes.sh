#!/bin/sh
# Installs everything the execution suite (npm run test:exec) and the preview page's browser test
# (test/preview.test.ts: headless Chromium driven by playwright-core) need, on a fresh Debian 12 or 13
# machine. Run as root. Idempotent: what is already installed is left as it is.
# Preinstalled and not handled here: JDK 17, curl, bash, Node 20 (+ npm ci for the npm clients),
# the .NET 10 SDK (C# snippets build against RestSharp restored from NuGet by the C# runner).
#
# Swift: Debian 13 packages the Swift 6 toolchain (`swiftlang`), Debian 12 does not. On Debian 12 it
# lives in a Debian 13 root made with debootstrap at $SNIPFORGE_DEBIAN13_ROOT (default below); the
# Swift runner compiles and runs snippets inside it with chroot (it shares the machine's network).
set -eu

if [ "$(id -u)" -ne 0 ]; then
  echo "install-runtimes.sh: run as root (it calls apt-get and chroot)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
ROOT13="${SNIPFORGE_DEBIAN13_ROOT:-/var/lib/snipforge/debian13}"
. /etc/os-release

# python3-requests: snippets run with Debian's /usr/bin/python3 (a pyenv python3 first on PATH cannot
# see Debian's modules). php-pear: the PEAR base classes the vendored HTTP_Request2 extends.
# php-raphf: php-http (pecl_http) needs it loaded but does not depend on it. The Rust crates are
# Debian's, built offline by the rustup cargo a fresh machine has. gobjc + GNUstep: Objective-C
# snippets are compiled as far as Debian's GNUstep allows (it lacks NSURLSession).
packages="
  golang-go
  ruby
  python3-requests
  python3-httpx python3-aiohttp python3-urllib3
  httpie wget
  php-cli php-xml php-mbstring php-pear
  libokhttp-java
  libhttpclient5-java libslf4j-java kotlin
  chromium fonts-liberation
  mkdocs mkdocs-material python3-pymdownx
  php-curl php-guzzlehttp-guzzle php-symfony-http-client php-symfony-mime php-http php-raphf
  ruby-faraday ruby-httparty ruby-rest-client ruby-http ruby-excon ruby-typhoeus
  golang-github-go-resty-resty-dev
  pkg-config libcurl4-openssl-dev libcpp-httplib-dev libcurlpp-dev
  librust-reqwest-dev librust-serde-json-dev librust-ureq-dev librust-tokio-dev
  r-base-core r-cran-httr r-cran-httr2 r-cran-rcurl
  libwww-perl libmojolicious-perl
  libcohttp-lwt-unix-ocaml-dev ocaml-findlib
  clojure libclj-http-clojure libcheshire-clojure
  elixir erlang-inets
  lua5.4 lua-socket
  crystal
  gobjc libgnustep-base-dev gnustep-make
  clang
"
swift_packages="swiftlang libc6-dev libstdc++-14-dev libcurl4-openssl-dev ca-certificates"

# PowerShell 7.6 for the powershell-* targets, as a .NET global tool in ~/.dotnet/tools (where the
# runners look); the newest, 7.7.0, fails to install from the NuGet source, so the version is pinned.
if [ ! -x "$HOME/.dotnet/tools/pwsh" ]; then
  dotnet tool install --global PowerShell --version 7.6.10
fi

apt-get update
if [ "$VERSION_CODENAME" = "trixie" ]; then
  # shellcheck disable=SC2086 # the lists are meant to split into words
  apt-get install -y --no-install-recommends $packages $swift_packages
  echo "install-runtimes.sh: runtimes ready (Swift from this system's apt)"
  exit 0
fi

# shellcheck disable=SC2086
apt-get install -y --no-install-recommends $packages debootstrap
# AsyncHttpClient 2.12 (java-async-http-client): Debian 12's libasync-http-client-java cannot be installed
# (it depends on a netty-reactive-streams snapshot Debian lacks; its 2.0.8 works), so its jars are
# unpacked into a fixed directory, the test runner's default; its dependencies come from apt.
apt-get install -y --no-install-recommends libnetty-java libnetty-reactive-streams-java libreactive-streams-java libactivation-java
AHC_DIR=/var/lib/snipforge/async-http-client
if [ ! -f "$AHC_DIR/usr/share/java/async-http-client.jar" ]; then
  ahc_download=$(mktemp -d)
  (cd "$ahc_download" && apt-get download libasync-http-client-java)
  mkdir -p "$AHC_DIR"
  dpkg -x "$ahc_download"/libasync-http-client-java_*.deb "$AHC_DIR"
  rm -rf "$ahc_download"
fi

if [ ! -x "$ROOT13/usr/bin/apt-get" ]; then
  rm -rf "$ROOT13"
  mkdir -p "$ROOT13"
  debootstrap --variant=minbase trixie "$ROOT13"
fi
for fs in proc dev dev/pts; do
  mountpoint -q "$ROOT13/$fs" || mount --bind "/$fs" "$ROOT13/$fs"
done
if [ ! -x "$ROOT13/usr/bin/swiftc" ]; then
  chroot "$ROOT13" apt-get update
  # shellcheck disable=SC2086
  chroot "$ROOT13" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $swift_packages
fi
chroot "$ROOT13" swiftc --version >/dev/null
# rust-ureq is written for ureq 3, which only Debian 13 packages: its rustc, cargo and crates build and run the snippets.
if ! ls -d "$ROOT13"/usr/share/cargo/registry/ureq-3.* >/dev/null 2>&1 || [ ! -x "$ROOT13/usr/bin/cargo" ]; then
  chroot "$ROOT13" apt-get update
  chroot "$ROOT13" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends rustc cargo librust-ureq-dev librust-base64-dev
fi
echo "install-runtimes.sh: runtimes ready (Swift in the Debian 13 root $ROOT13)"
