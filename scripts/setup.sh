#!/usr/bin/env bash
# Shared set-up for a fresh machine, sourced by ./gongbao and .ci/run:
# a Node >= 22.13 (bootstrapped from the npm registry when the system one is older),
# Debian's chromium and CJK fonts for the browser tests, and the npm dependencies.

gongbao_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=13)?0:1)'
}

ensure_node() {
  if gongbao_node_ok; then return 0; fi
  local cache="${GONGBAO_NODE_CACHE:-$HOME/.cache/gongbao-node}"
  if [ ! -x "$cache/node_modules/.bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo '(none)') is older than 22.13: installing node@24 into $cache"
    mkdir -p "$cache"
    [ -f "$cache/package.json" ] || echo '{"name":"gongbao-node","private":true}' >"$cache/package.json"
    (cd "$cache" && npm install --no-audit --no-fund --loglevel=error node@24)
  fi
  export PATH="$cache/node_modules/.bin:$PATH"
  gongbao_node_ok || { echo "Could not provide Node >= 22.13" >&2; return 1; }
}

ensure_browser() {
  # fonts-arphic-ukai is the print edition's 楷体 (docs/print-fonts.md); poppler-utils' pdfsig
  # checks the signatures of issue PDFs in the tests (and its pdftoppm renders scanned back
  # issues); tesseract-ocr with tesseract-ocr-chi-sim recognises scanned back issues
  # (npm run import:issue); nginx (with brotli) serves the site in the production test (deploy/nginx/).
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/pdfsig ] && [ -x /usr/sbin/nginx ] && [ -x /usr/bin/tesseract ] &&
    compgen -G '/usr/share/tesseract-ocr/*/tessdata/chi_sim.traineddata' >/dev/null &&
    [ -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ] &&
    fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' && fc-list 2>/dev/null | grep -qi 'AR PL UKai CN'; then return 0; fi
  if [ "$(id -u)" != 0 ]; then
    echo "The print edition and the tests need: apt-get install -y chromium fonts-noto-cjk fonts-arphic-ukai poppler-utils tesseract-ocr tesseract-ocr-chi-sim nginx libnginx-mod-http-brotli-filter (run as root)" >&2
    return 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-arphic-ukai poppler-utils tesseract-ocr tesseract-ocr-chi-sim nginx libnginx-mod-http-brotli-filter >/dev/null
}

ensure_dependencies() {
  # npm install (not npm ci): the registry here lacks some other platforms' optional packages.
  npm install --no-audit --no-fund --loglevel=error
}
