#!/usr/bin/env bash
# Installs the test workbench (code-server = VS Code for the browser) from the npm registry and Debian only.
# Idempotent: does nothing when the cache already holds a working install.
#   usage: test/vscode/install-code-server.sh            (cache: $BP_TEST_CACHE or <repo>/.vscode-test)
set -euo pipefail
CS_VERSION=4.100.3
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${BP_TEST_CACHE:-$HERE/../../.vscode-test}
mkdir -p "$CACHE"; CACHE=$(cd "$CACHE" && pwd)
DIR=$CACHE/code-server-$CS_VERSION-node$(node -p 'process.versions.node.split(".")[0]')
if [ -x "$DIR/node_modules/.bin/code-server" ] && [ -f "$DIR/.complete" ]; then exit 0; fi

# Debian packages: headers for code-server's native modules, ripgrep (instead of @vscode/ripgrep's GitHub
# download) and chromium (the browser the tests drive).
APT_PACKAGES="build-essential python3 pkg-config libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev ripgrep chromium"
missing=$(for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done | xargs)
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian packages: $missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "The test workbench needs these Debian packages: $missing" >&2
    echo "Install them with: sudo apt-get install $missing" >&2
    exit 1
  fi
fi

export TMPDIR=$CACHE/tmp
mkdir -p "$TMPDIR" "$DIR"
echo "installing code-server $CS_VERSION into $DIR (a few minutes, once)"
# @vscode/ripgrep's postinstall looks for a cached release tarball before downloading one from GitHub:
# seed that cache with Debian's rg. Both version strings are read from the packages themselves.
PACKS=$TMPDIR/packs; mkdir -p "$PACKS"
( cd "$PACKS"
  [ -f "code-server-$CS_VERSION.tgz" ] || npm pack --silent "code-server@$CS_VERSION" >/dev/null
  RG_PKG=$(tar xzf "code-server-$CS_VERSION.tgz" package/lib/vscode/npm-shrinkwrap.json -O \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages["node_modules/@vscode/ripgrep"].version))')
  [ -f "vscode-ripgrep-$RG_PKG.tgz" ] || npm pack --silent "@vscode/ripgrep@$RG_PKG" >/dev/null
  RG_TAG=$(tar xzf "vscode-ripgrep-$RG_PKG.tgz" package/lib/postinstall.js -O | sed -n "s/^const VERSION = '\(.*\)';/\1/p")
  mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RG_PKG" rgbin && cp "$(command -v rg)" rgbin/rg
  tar czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C rgbin rg )

cd "$DIR"
[ -f package.json ] || echo '{"name":"code-server-cache","private":true}' > package.json
# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: node-pty's install runs `npx node-gyp`, which a `yes=false` npmrc would cancel.
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-save --foreground-scripts --loglevel=error "code-server@$CS_VERSION"
touch .complete
echo "code-server $CS_VERSION ready in $DIR"
