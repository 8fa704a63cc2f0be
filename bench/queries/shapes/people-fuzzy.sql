-- the service's name match (NameMatch): prefix, trigram similarity, or a small edit distance
select json_build_object('people', json_build_object('nodes',
           coalesce(json_agg(json_build_object('name', x.name) order by x.name, x.id), '[]')))
from (select x.name, x.id from people x
      where (immutable_unaccent(lower(x.name)) like immutable_unaccent(lower(:'fuzzyPersonName')) || '%'
           or (immutable_unaccent(lower(x.name)) % immutable_unaccent(lower(:'fuzzyPersonName')) and similarity(immutable_unaccent(lower(x.name)), immutable_unaccent(lower(:'fuzzyPersonName'))) > 0.5)
           or immutable_unaccent(lower(x.name)) %> immutable_unaccent(lower(:'fuzzyPersonName'))
           or (char_length(immutable_unaccent(lower(:'fuzzyPersonName'))) between 4 and 10
               and left(immutable_unaccent(lower(x.name)), 1) = left(immutable_unaccent(lower(:'fuzzyPersonName')), 1)
               and char_length(immutable_unaccent(lower(x.name))) between char_length(immutable_unaccent(lower(:'fuzzyPersonName'))) - 2 and char_length(immutable_unaccent(lower(:'fuzzyPersonName'))) + 2
               and levenshtein_less_equal(immutable_unaccent(lower(x.name)), immutable_unaccent(lower(:'fuzzyPersonName')), case when char_length(immutable_unaccent(lower(:'fuzzyPersonName'))) <= 4 then 1 else 2 end)
                   <= case when char_length(immutable_unaccent(lower(:'fuzzyPersonName'))) <= 4 then 1 else 2 end))
      order by x.name, x.id limit 10) x
