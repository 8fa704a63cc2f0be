-- The role the API connects as: it may log in and read, never write. Run once, as the
-- database's owner, with psql's variable api_password set. Table grants come from the
-- Flyway afterMigrate callback, so tables created later are covered too.
create role newsgraph_api login password :'api_password';
alter role newsgraph_api set default_transaction_read_only = on;
grant connect on database newsgraph to newsgraph_api;
