-- Query.search as the service ranks it: articles and quotes among their 1,000 newest matches by
-- ts_rank, organizations (name or alias) and people by name similarity; snippets for the page only,
-- HTML-escaped with matches in <mark>.
with hits as (
    select h.type, h.id, h.rank from (
        select 'Article' as type, c.id, ts_rank(c.search_vector, websearch_to_tsquery('newsgraph_english', :'commonWord'))::float8 as rank
        from (select a.id, a.search_vector from articles a where a.search_vector @@ websearch_to_tsquery('newsgraph_english', :'commonWord')
              order by coalesce(a.published_on, '-infinity'::date) desc, a.id desc limit 1000) c
        union all
        select 'Quote', c.id, ts_rank(c.search_vector, websearch_to_tsquery('newsgraph_english', :'commonWord'))::float8
        from (select q.id, q.search_vector from quotes q where q.search_vector @@ websearch_to_tsquery('newsgraph_english', :'commonWord')
              order by q.id desc limit 1000) c
        union all
        select 'Organization', o.id,
               (select max((word_similarity(immutable_unaccent(lower(:'commonWord')), immutable_unaccent(lower(n.name)))
                            + similarity(immutable_unaccent(lower(:'commonWord')), immutable_unaccent(lower(n.name)))) / 2)
                from (select o.name union all select al.alias from organization_aliases al
                      where al.organization_id = o.id) n(name))::float8
        from organizations o
        where o.id in (with typed as (
                      select t.word, count(*) over () as words
                      from regexp_split_to_table(immutable_unaccent(lower(:'commonWord')), '[[:space:][:punct:]]+') t(word)
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
        union all
        select 'Person', p.id, ((word_similarity(immutable_unaccent(lower(:'commonWord')), immutable_unaccent(lower(p.name)))
                                 + similarity(immutable_unaccent(lower(:'commonWord')), immutable_unaccent(lower(p.name)))) / 2)::float8
        from people p
        where p.id in (with typed as (
                      select t.word, count(*) over () as words
                      from regexp_split_to_table(immutable_unaccent(lower(:'commonWord')), '[[:space:][:punct:]]+') t(word)
                      where t.word <> '')
                  select m.person_id
                  from typed t
                  cross join lateral (
                      select distinct p.person_id
                      from name_words w join person_name_words p on p.word = w.word
                      where (w.word >= t.word and w.word <= t.word || chr(1114111))
                         or (char_length(t.word) >= 3
                             and left(w.word, 1) = left(t.word, 1)
                             and char_length(w.word) between char_length(t.word) - (case when char_length(t.word) <= 4 then 1 else 2 end) and char_length(t.word) + (case when char_length(t.word) <= 4 then 1 else 2 end)
                             and (char_length(t.word) > 3 or char_length(w.word) <> 3)
                             and levenshtein_less_equal(w.word, t.word, (case when char_length(t.word) <= 4 then 1 else 2 end)) <= (case when char_length(t.word) <= 4 then 1 else 2 end))
                         or (char_length(t.word) >= 4 and w.word % t.word and similarity(w.word, t.word) > 0.5)
                  ) m
                  group by m.person_id
                  having count(*) = min(t.words))
    ) h
    order by h.rank desc, h.type desc, h.id desc limit 10
)
select json_build_object('search', json_build_object(
           'totalCount', least(t.matches, 10000), 'totalCountIsExact', t.matches <= 10000,
           'nodes', coalesce(json_agg(json_build_object(
               'rank', h.rank,
               'highlight', replace(replace(replace(replace(replace(replace(replace(
                                btrim(regexp_replace(h.snippet, '\s+', ' ', 'g')),
                                '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'),
                                '⁅', '<mark>'), '⁆', '</mark>'),
               'node', case when h.type = 'Article' then json_build_object('__typename', h.type, 'title', h.title)
                            else json_build_object('__typename', h.type) end)
               order by h.rank desc, h.type desc, h.id desc), '[]')))
from (select h.type, h.id, h.rank, a.title,
             case h.type when 'Article' then ts_headline('newsgraph_english', a.body, websearch_to_tsquery('newsgraph_english', :'commonWord'), 'StartSel=⁅, StopSel=⁆, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
                         when 'Quote' then ts_headline('newsgraph_english', q.text, websearch_to_tsquery('newsgraph_english', :'commonWord'), 'StartSel=⁅, StopSel=⁆, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
                         when 'Organization' then '⁅' || o.name || '⁆'
                         else '⁅' || p.name || '⁆' end as snippet
      from hits h
      left join articles a on h.type = 'Article' and a.id = h.id
      left join quotes q on h.type = 'Quote' and q.id = h.id
      left join organizations o on h.type = 'Organization' and o.id = h.id
      left join people p on h.type = 'Person' and p.id = h.id) h
cross join (select (select count(*) from (select 1 from articles a where a.search_vector @@ websearch_to_tsquery('newsgraph_english', :'commonWord') limit 10001) a)
                 + (select count(*) from (select 1 from quotes q where q.search_vector @@ websearch_to_tsquery('newsgraph_english', :'commonWord') limit 10001) q)
                 + (select count(*) from organizations o
                    where o.id in (with typed as (
                          select t.word, count(*) over () as words
                          from regexp_split_to_table(immutable_unaccent(lower(:'commonWord')), '[[:space:][:punct:]]+') t(word)
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
                      having count(*) = min(t.words)))
                 + (select count(*) from people p
                    where p.id in (with typed as (
                          select t.word, count(*) over () as words
                          from regexp_split_to_table(immutable_unaccent(lower(:'commonWord')), '[[:space:][:punct:]]+') t(word)
                          where t.word <> '')
                      select m.person_id
                      from typed t
                      cross join lateral (
                          select distinct p.person_id
                          from name_words w join person_name_words p on p.word = w.word
                          where (w.word >= t.word and w.word <= t.word || chr(1114111))
                             or (char_length(t.word) >= 3
                                 and left(w.word, 1) = left(t.word, 1)
                                 and char_length(w.word) between char_length(t.word) - (case when char_length(t.word) <= 4 then 1 else 2 end) and char_length(t.word) + (case when char_length(t.word) <= 4 then 1 else 2 end)
                                 and (char_length(t.word) > 3 or char_length(w.word) <> 3)
                                 and levenshtein_less_equal(w.word, t.word, (case when char_length(t.word) <= 4 then 1 else 2 end)) <= (case when char_length(t.word) <= 4 then 1 else 2 end))
                             or (char_length(t.word) >= 4 and w.word % t.word and similarity(w.word, t.word) > 0.5)
                      ) m
                      group by m.person_id
                      having count(*) = min(t.words))) as matches) t
group by t.matches
