#!/usr/bin/env bash
# Make sure the PostgreSQL and Redis the tests use are up; start local ones that are
# installed but down. A service that stays down fails the run: tests never skip it.
set -u
db_url=${CHECK_DATABASE_URL:-${TEST_DATABASE_URL:-postgresql+psycopg2://postgres@127.0.0.1:5432/postgres}}
redis_url=${CHECK_REDIS_URL:-${TEST_REDIS_URL:-redis://127.0.0.1:6379/0}}

# host and port out of scheme://user@host:port/path
hostport() { echo "$1" | sed -E 's#^[^:]+://([^@/]*@)?([^/:]+)(:([0-9]+))?.*#\2 \4#'; }
read -r pg_host pg_port <<<"$(hostport "$db_url")"; pg_port=${pg_port:-5432}
read -r redis_host redis_port <<<"$(hostport "$redis_url")"; redis_port=${redis_port:-6379}

pg_up() { pg_isready -q -h "$pg_host" -p "$pg_port" 2>/dev/null || python3 - "$pg_host" "$pg_port" <<'PY'
import socket, sys
try:
    socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=1).close()
except OSError:
    sys.exit(1)
PY
}
redis_up() { python3 - "$redis_host" "$redis_port" <<'PY'
import socket, sys
try:
    s = socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=1)
    s.sendall(b"PING\r\n"); ok = s.recv(16).startswith(b"+PONG"); s.close()
    sys.exit(0 if ok else 1)
except OSError:
    sys.exit(1)
PY
}

if ! pg_up; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "starting local PostgreSQL..."
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    for _ in $(seq 1 30); do pg_up && break; sleep 0.5; done
  fi
fi
if ! redis_up; then
  if command -v redis-server >/dev/null; then
    echo "starting local Redis..."
    redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no || true
    for _ in $(seq 1 30); do redis_up && break; sleep 0.2; done
  fi
fi

# RabbitMQ, the second supported broker (make test sets ENSURE_RABBITMQ=1): installed here
# when missing (Debian's rabbitmq-server), started when down. Its tests use 127.0.0.1:5672.
rabbit_up() { python3 - <<'PY'
import socket, sys
try:
    socket.create_connection(("127.0.0.1", 5672), timeout=1).close()
    sys.exit(0)
except OSError:
    sys.exit(1)
PY
}
if [ "${ENSURE_RABBITMQ:-0}" = 1 ] && ! rabbit_up; then
  if ! command -v rabbitmq-server >/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "installing RabbitMQ..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server) >/dev/null || true
  fi
  if command -v rabbitmq-server >/dev/null; then
    echo "starting local RabbitMQ..."
    (rabbitmq-server -detached >/dev/null 2>&1 || rabbitmq-server >/dev/null 2>&1 &) || true
    for _ in $(seq 1 60); do rabbit_up && break; sleep 1; done
  fi
fi

# The browser tests drive Debian's Chromium (make test sets ENSURE_CHROMIUM=1): installed
# here when missing, as the services above are started; the tests fail without it.
if [ "${ENSURE_CHROMIUM:-0}" = 1 ] && ! command -v chromium >/dev/null; then
  echo "installing Debian's chromium for the browser tests..."
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null || true
  fi
fi

# OCR of scanned PDFs runs Debian's Tesseract with English, German, French and Spanish data
# (make test sets ENSURE_TESSERACT=1): installed here when the binary or a language is
# missing; the OCR tests fail without it.
tesseract_ready() {
  command -v tesseract >/dev/null || return 1
  local langs
  langs=$(tesseract --list-langs 2>/dev/null)
  for lang in eng deu fra spa; do grep -qx "$lang" <<<"$langs" || return 1; done
}
if [ "${ENSURE_TESSERACT:-0}" = 1 ] && ! tesseract_ready; then
  echo "installing Debian's tesseract-ocr (eng, deu, fra, spa) for OCR of scans..."
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr \
      tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa) >/dev/null || true
  fi
fi

# The spelling check reads Debian's Hunspell dictionaries (English, German, French, Spanish)
# when they are installed; the reviewer works without them, less precisely, so the tests that
# measure it need them (make test sets ENSURE_HUNSPELL=1).
hunspell_ready() {
  for dict in en_US de_DE fr_FR es_ES; do [ -f "/usr/share/hunspell/$dict.dic" ] || return 1; done
}
if [ "${ENSURE_HUNSPELL:-0}" = 1 ] && ! hunspell_ready; then
  echo "installing Debian's Hunspell dictionaries (en, de, fr, es) for the spelling check..."
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hunspell-en-us \
      hunspell-de-de hunspell-fr hunspell-es) >/dev/null || true
  fi
fi

# The frozen held-out sets' generators (tests/heldout/blind8, blind10, tests/hidden_blind2)
# draw their PDFs in the Liberation fonts (make test sets ENSURE_FONTS=1).
fonts_ready() {
  [ -f /usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf ] \
    && [ -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ]
}
if [ "${ENSURE_FONTS:-0}" = 1 ] && ! fonts_ready; then
  echo "installing Debian's Liberation fonts for the held-out sets' generators..."
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      fonts-liberation fonts-liberation2) >/dev/null || true
  fi
fi

status=0
if [ "${ENSURE_FONTS:-0}" = 1 ] && ! fonts_ready; then
  echo "ERROR: the Liberation fonts are not installed and could not be installed (apt-get install fonts-liberation fonts-liberation2); the held-out sets' generators need them." >&2
  status=1
fi
if [ "${ENSURE_HUNSPELL:-0}" = 1 ] && ! hunspell_ready; then
  echo "ERROR: the Hunspell dictionaries are not installed and could not be installed (apt-get install hunspell-en-us hunspell-de-de hunspell-fr hunspell-es); the spelling tests need them." >&2
  status=1
fi
if [ "${ENSURE_TESSERACT:-0}" = 1 ] && ! tesseract_ready; then
  echo "ERROR: tesseract with eng, deu, fra and spa is not installed and could not be installed (apt-get install tesseract-ocr tesseract-ocr-{eng,deu,fra,spa}); OCR of scans needs it." >&2
  status=1
fi
if [ "${ENSURE_CHROMIUM:-0}" = 1 ] && ! command -v chromium >/dev/null; then
  echo "ERROR: chromium is not installed and could not be installed (apt-get install chromium); the browser tests need it." >&2
  status=1
fi
pg_up || { echo "ERROR: PostgreSQL is not reachable at $pg_host:$pg_port (TEST_DATABASE_URL); the tests need it." >&2; status=1; }
redis_up || { echo "ERROR: Redis is not reachable at $redis_host:$redis_port (TEST_REDIS_URL); the tests need it." >&2; status=1; }
if [ "${ENSURE_RABBITMQ:-0}" = 1 ]; then
  rabbit_up || { echo "ERROR: RabbitMQ is not reachable at 127.0.0.1:5672 and could not be installed or started (apt-get install rabbitmq-server); the broker tests need it." >&2; status=1; }
fi
exit $status
