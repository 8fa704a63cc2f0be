#!/usr/bin/env bash
# Entrypoint of the standby (compose profile "scale"): on its first start, with an empty data
# directory, it copies db with a base backup that streams its WAL and leaves the standby's
# settings (-R: standby.signal, primary_conninfo and primary_slot_name); then, every start, the
# image's own entrypoint runs the server as a hot standby of db.
set -euo pipefail

export PGPASSWORD="${NEWSGRAPH_REPLICATION_PASSWORD:-newsgraph-replication-dev}"

# as the image's entrypoint does: the server's files belong to postgres, not root
as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    gosu postgres "$@"
  else
    "$@"
  fi
}

# -R writes standby.signal when the backup is complete: without it, any files are a backup
# cut short, and it is made again from scratch
if [ ! -f "$PGDATA/standby.signal" ]; then
  # db's healthcheck answers on its socket while its initdb scripts still run: wait until it
  # takes connections over the network, which it does only once they are done
  until pg_isready --host db --port 5432 --quiet; do
    echo "standby: waiting for db" >&2
    sleep 1
  done
  mkdir -p "$PGDATA"
  find "$PGDATA" -mindepth 1 -delete
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$PGDATA"
  fi
  # a slot left on db by an earlier standby (its volume since removed) or by a backup that
  # failed half-way would make -C fail; none is in use while this standby has no data
  as_postgres psql "host=db port=5432 user=newsgraph_replicator replication=true" \
    -c "DROP_REPLICATION_SLOT newsgraph_standby" > /dev/null 2>&1 || true
  as_postgres pg_basebackup -h db -U newsgraph_replicator -D "$PGDATA" -R -X stream -C -S newsgraph_standby
  chmod 0700 "$PGDATA"
fi

# hot_standby_feedback: db's vacuum (after a reload, say) keeps the rows the readers' queries
# still see, rather than the standby cancelling those queries when it replays the cleanup
exec docker-entrypoint.sh postgres -c hot_standby=on -c hot_standby_feedback=on
