#!/bin/sh
# Renders deploy/nginx/gongbao.conf for one server: replaces its @NAME@ placeholders with
# the values below and prints the result (docs/production.md; test/int/nginx.test.ts
# renders the same way). Values come from the environment, or from a file of NAME=value
# lines given as the first argument (read by the shell, e.g. /etc/gongbao/nginx.env):
#
#   sh deploy/nginx/render.sh /etc/gongbao/nginx.env > /etc/nginx/sites-available/gongbao.conf
#
# Required: SERVER_NAME, ADMIN_SERVER_NAME, SITE_CERT, SITE_KEY.
# Defaults: ADMIN_CERT/ADMIN_KEY = SITE_CERT/SITE_KEY, SITE_ROOT=/var/lib/gongbao/site,
# CMS_PORT=3000, HTTP_LISTEN="80 [::]:80", HTTPS_LISTEN="443 [::]:443", LOG_DIR=/var/log/nginx.
set -eu

here=$(dirname "$0")
if [ $# -gt 0 ]; then
  set -a
  # shellcheck disable=SC1090
  . "$1"
  set +a
fi

: "${SITE_ROOT:=/var/lib/gongbao/site}"
: "${CMS_PORT:=3000}"
: "${HTTP_LISTEN:=80 [::]:80}"
: "${HTTPS_LISTEN:=443 [::]:443}"
: "${LOG_DIR:=/var/log/nginx}"
ADMIN_CERT=${ADMIN_CERT:-${SITE_CERT:-}}
ADMIN_KEY=${ADMIN_KEY:-${SITE_KEY:-}}

for name in SERVER_NAME ADMIN_SERVER_NAME SITE_CERT SITE_KEY SITE_ROOT CMS_PORT HTTP_LISTEN HTTPS_LISTEN LOG_DIR ADMIN_CERT ADMIN_KEY; do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    echo "render.sh: $name is not set (see the header of $0)" >&2
    exit 1
  fi
  # Nothing that could end a directive or open a block in nginx, or be read by awk below.
  case $value in
  *[\;\{\}\"\'\\\&\$\#]* | *"
"*)
    echo "render.sh: $name holds a character nginx would read as syntax: $value" >&2
    exit 1
    ;;
  esac
done
case $CMS_PORT in *[!0-9]*)
  echo "render.sh: CMS_PORT must be a port number: $CMS_PORT" >&2
  exit 1
  ;;
esac
SITE_ROOT=${SITE_ROOT%/}

rendered=$(awk \
  -v server_name="$SERVER_NAME" -v admin_server_name="$ADMIN_SERVER_NAME" \
  -v site_root="$SITE_ROOT" -v cms_port="$CMS_PORT" \
  -v site_cert="$SITE_CERT" -v site_key="$SITE_KEY" -v admin_cert="$ADMIN_CERT" -v admin_key="$ADMIN_KEY" \
  -v http_listen="$HTTP_LISTEN" -v https_listen="$HTTPS_LISTEN" -v log_dir="$LOG_DIR" '
  # Comments keep their placeholders: they explain them.
  /^[ \t]*#/ { print; next }
  # A listen line is written once for each address of its list.
  /^[ \t]*listen[ \t]+@HTTPS?_LISTEN@/ {
    list = ($0 ~ /@HTTPS_LISTEN@/) ? https_listen : http_listen
    placeholder = ($0 ~ /@HTTPS_LISTEN@/) ? "@HTTPS_LISTEN@" : "@HTTP_LISTEN@"
    count = split(list, addresses, /[ \t]+/)
    for (i = 1; i <= count; i++) {
      if (addresses[i] == "") continue
      line = $0
      gsub(placeholder, addresses[i], line)
      print line
    }
    next
  }
  {
    gsub(/@SERVER_NAME@/, server_name)
    gsub(/@ADMIN_SERVER_NAME@/, admin_server_name)
    gsub(/@SITE_ROOT@/, site_root)
    gsub(/@CMS_PORT@/, cms_port)
    gsub(/@SITE_CERT@/, site_cert)
    gsub(/@SITE_KEY@/, site_key)
    gsub(/@ADMIN_CERT@/, admin_cert)
    gsub(/@ADMIN_KEY@/, admin_key)
    gsub(/@LOG_DIR@/, log_dir)
    print
  }
' "$here/gongbao.conf")

# Every placeholder outside comments must have been replaced.
left=$(printf '%s\n' "$rendered" | grep -v '^[[:space:]]*#' | grep '@[A-Z_]*@' || true)
if [ -n "$left" ]; then
  printf 'render.sh: placeholders left unreplaced:\n%s\n' "$left" >&2
  exit 1
fi
printf '%s\n' "$rendered"
