#!/usr/bin/env bash
# The full stack on this machine: local PostgreSQL and Redis (started if installed and
# down), the Procfile's release step, then web, worker, llm, beat and flower under honcho.
set -euo pipefail
cd "$(dirname "$0")/.."
set -a
[ -f .env ] && . ./.env
: "${DATABASE_URL:=postgresql+psycopg2://postgres@127.0.0.1:5432/resume_review}"
: "${REDIS_URL:=redis://127.0.0.1:6379/0}"
: "${INSTANCE_DIR:=$PWD/instance}"
mkdir -p "$INSTANCE_DIR"
# Secrets are never in the code: made once per machine, kept out of git, mode 600.
secret() {
  local file="$INSTANCE_DIR/$1"
  [ -f "$file" ] || (umask 077; python3 -c "import secrets; print($2)" > "$file")
  cat "$file"
}
: "${JWT_SECRET:=$(secret jwt_secret 'secrets.token_urlsafe(48)')}"
: "${SESSION_KEY:=$(secret session_key 'secrets.token_urlsafe(48)')}"
: "${FLOWER_BASIC_AUTH:=$(secret flower_basic_auth '"admin:" + secrets.token_urlsafe(18)')}"
set +a

CHECK_DATABASE_URL="$DATABASE_URL" CHECK_REDIS_URL="$REDIS_URL" bash scripts/ensure-services.sh
.venv/bin/python - <<'PY'
import os
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

url = make_url(os.environ["DATABASE_URL"])
if url.get_backend_name() == "postgresql":
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": url.database})
        if not exists:
            connection.execute(text(f'CREATE DATABASE "{url.database}"'))
            print(f"created database {url.database}")
    admin.dispose()
PY
export PATH="$PWD/.venv/bin:$PATH"
sh -c "$(sed -n 's/^release: //p' Procfile)"
echo "Flower: http://${FLOWER_ADDRESS:-127.0.0.1}:${FLOWER_PORT:-5555} (credentials in $INSTANCE_DIR/flower_basic_auth unless FLOWER_BASIC_AUTH is set)"
exec honcho start -f Procfile web worker llm beat flower
