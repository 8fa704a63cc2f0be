#!/usr/bin/env bash
# Run by the postgres image on first start only (empty data directory).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v api_password="$NEWSGRAPH_API_PASSWORD" -f /newsgraph/api-role.sql
