-- Runs after every migration, as the schema owner: when the API connects as another role
-- (least privilege), that role may read every table, and nothing more. Idempotent.
do $$
begin
    if '${api_role}' <> '' and '${api_role}' <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), '${api_role}');
        execute format('grant select on all tables in schema %I to %I', current_schema(), '${api_role}');
    end if;
end
$$;
