/**
 * The oldest transaction id of this database that may still commit: rows stamped with a smaller
 * `pg_current_xact_id()` are final (committed or rolled back), so readers that follow a log in
 * transaction order (the outbox, the audit sealer) never pass over a row committed late.
 *
 * Transaction ids are shared by every database of the server, so the server-wide xmin would let
 * a long transaction in another database (another tenant, a test run) stall ours; only running
 * transactions of this database count. pg_stat_activity shows 32-bit xids: matched modulo 2^32.
 * Use as a scalar subquery inside the reading statement, so both share one snapshot.
 */
export const COMMITTED_HORIZON_SQL = `(
  SELECT coalesce(min(x::text::bigint), pg_snapshot_xmax(pg_current_snapshot())::text::bigint)
    FROM pg_snapshot_xip(pg_current_snapshot()) AS x
   WHERE (x::text::bigint % 4294967296) IN (
           SELECT backend_xid::text::bigint FROM pg_stat_activity
            WHERE datname = current_database() AND backend_xid IS NOT NULL))`
