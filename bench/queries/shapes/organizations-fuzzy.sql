-- the service's name match (NameMatch): every typed word starts a name word or is a typo of one,
-- through the loader's word index
select json_build_object('organizations', json_build_object('nodes',
           coalesce(json_agg(json_build_object('name', x.name) order by x.name, x.id), '[]')))
from (select x.name, x.id from organizations x
      where x.id in (with typed as (
          select t.word, count(*) over () as words
          from regexp_split_to_table(immutable_unaccent(lower(:'fuzzyOrgName')), '[[:space:][:punct:]]+') t(word)
          where t.word <> '')
      select m.organization_id
      from typed t
      cross join lateral (
          select distinct p.organization_id
          from name_words w join organization_name_words p on p.word = w.word
          where (w.word >= t.word and w.word <= t.word || chr(1114111))
             or (char_length(t.word) >= 3
                 and left(w.word, 1) = left(t.word, 1)
                 and char_length(w.word) between char_length(t.word) - (case when char_length(t.word) <= 4 then 1 else 2 end) and char_length(t.word) + (case when char_length(t.word) <= 4 then 1 else 2 end)
                 and (char_length(t.word) > 3 or char_length(w.word) <> 3)
                 and levenshtein_less_equal(w.word, t.word, (case when char_length(t.word) <= 4 then 1 else 2 end)) <= (case when char_length(t.word) <= 4 then 1 else 2 end))
             or (char_length(t.word) >= 4 and w.word % t.word and similarity(w.word, t.word) > 0.5)
      ) m
      group by m.organization_id
      having count(*) = min(t.words))
      order by x.name, x.id limit 10) x
