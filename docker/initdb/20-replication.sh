#!/usr/bin/env bash
# Run by the postgres image on db's first start only (empty data directory), like
# 10-api-role.sh: lets the standby of the compose profile "scale" stream from this primary.
# wal_level=replica and max_wal_senders=10 are PostgreSQL's defaults, so the primary needs no
# other setting.
set -euo pipefail

# the role pg_basebackup and the standby's WAL receiver log in as: replication, nothing else
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v replication_password="$NEWSGRAPH_REPLICATION_PASSWORD" <<'SQL'
create role newsgraph_replicator with replication login password :'replication_password';
SQL

# the image's own network line covers the "all" databases, which does not include
# replication connections; read when the server starts after these scripts
echo "host replication newsgraph_replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
