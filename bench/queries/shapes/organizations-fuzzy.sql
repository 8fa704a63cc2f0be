-- the service's name match (NameMatch): prefix, trigram similarity, or a small edit distance
select json_build_object('organizations', json_build_object('nodes',
           coalesce(json_agg(json_build_object('name', x.name) order by x.name, x.id), '[]')))
from (select x.name, x.id from organizations x
      where x.id in (select n.id from organizations n
                     where (immutable_unaccent(lower(n.name)) like immutable_unaccent(lower(:'fuzzyOrgName')) || '%'
                     or (immutable_unaccent(lower(n.name)) % immutable_unaccent(lower(:'fuzzyOrgName')) and similarity(immutable_unaccent(lower(n.name)), immutable_unaccent(lower(:'fuzzyOrgName'))) > 0.5)
                     or immutable_unaccent(lower(n.name)) %> immutable_unaccent(lower(:'fuzzyOrgName'))
                     or (char_length(immutable_unaccent(lower(:'fuzzyOrgName'))) between 4 and 10
                         and left(immutable_unaccent(lower(n.name)), 1) = left(immutable_unaccent(lower(:'fuzzyOrgName')), 1)
                         and char_length(immutable_unaccent(lower(n.name))) between char_length(immutable_unaccent(lower(:'fuzzyOrgName'))) - 2 and char_length(immutable_unaccent(lower(:'fuzzyOrgName'))) + 2
                         and levenshtein_less_equal(immutable_unaccent(lower(n.name)), immutable_unaccent(lower(:'fuzzyOrgName')), case when char_length(immutable_unaccent(lower(:'fuzzyOrgName'))) <= 4 then 1 else 2 end)
                             <= case when char_length(immutable_unaccent(lower(:'fuzzyOrgName'))) <= 4 then 1 else 2 end))
                     union
                     select al.organization_id from organization_aliases al
                     where (immutable_unaccent(lower(al.alias)) like immutable_unaccent(lower(:'fuzzyOrgName')) || '%'
                     or (immutable_unaccent(lower(al.alias)) % immutable_unaccent(lower(:'fuzzyOrgName')) and similarity(immutable_unaccent(lower(al.alias)), immutable_unaccent(lower(:'fuzzyOrgName'))) > 0.5)
                     or immutable_unaccent(lower(al.alias)) %> immutable_unaccent(lower(:'fuzzyOrgName'))
                     or (char_length(immutable_unaccent(lower(:'fuzzyOrgName'))) between 4 and 10
                         and left(immutable_unaccent(lower(al.alias)), 1) = left(immutable_unaccent(lower(:'fuzzyOrgName')), 1)
                         and char_length(immutable_unaccent(lower(al.alias))) between char_length(immutable_unaccent(lower(:'fuzzyOrgName'))) - 2 and char_length(immutable_unaccent(lower(:'fuzzyOrgName'))) + 2
                         and levenshtein_less_equal(immutable_unaccent(lower(al.alias)), immutable_unaccent(lower(:'fuzzyOrgName')), case when char_length(immutable_unaccent(lower(:'fuzzyOrgName'))) <= 4 then 1 else 2 end)
                             <= case when char_length(immutable_unaccent(lower(:'fuzzyOrgName'))) <= 4 then 1 else 2 end)))
      order by x.name, x.id limit 10) x
