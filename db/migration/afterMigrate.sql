-- Runs after every migration, as the schema owner: when the API connects as another role
-- (least privilege), that role may read every table, and write only the clients' cost
-- budgets. Idempotent.
do $$
begin
    if '${api_role}' <> '' and '${api_role}' <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), '${api_role}');
        execute format('grant select on all tables in schema %I to %I', current_schema(), '${api_role}');
        execute format('grant insert, update, delete on client_budgets to %I', '${api_role}');
    end if;
end
$$;
