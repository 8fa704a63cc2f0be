-- Each client's cost budget when newsgraph.graphql.budget.store is postgresql: Bucket4j's
-- table for its select-for-update buckets, one row per client, shared by every instance
-- on this database. Not part of the dataset: loads leave it alone.
create table client_budgets (
    id         text primary key,
    state      bytea,
    -- epoch milliseconds after which the bucket would be full again, so may go
    expires_at bigint
);

create index client_budgets_expires_at on client_budgets (expires_at);
