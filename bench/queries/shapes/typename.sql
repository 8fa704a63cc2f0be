-- one round trip that reads nothing: the floor of any statement
select json_build_object('__typename', 'Query')
