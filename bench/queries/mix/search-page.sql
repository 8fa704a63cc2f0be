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
        where o.id in (select n.id from organizations n
                       where (immutable_unaccent(lower(n.name)) like immutable_unaccent(lower(:'commonWord')) || '%'
                              or (immutable_unaccent(lower(n.name)) % immutable_unaccent(lower(:'commonWord')) and similarity(immutable_unaccent(lower(n.name)), immutable_unaccent(lower(:'commonWord'))) > 0.5)
                              or immutable_unaccent(lower(n.name)) %> immutable_unaccent(lower(:'commonWord'))
                              or (char_length(immutable_unaccent(lower(:'commonWord'))) between 4 and 10
                                       and left(immutable_unaccent(lower(n.name)), 1) = left(immutable_unaccent(lower(:'commonWord')), 1)
                                       and char_length(immutable_unaccent(lower(n.name))) between char_length(immutable_unaccent(lower(:'commonWord'))) - 2 and char_length(immutable_unaccent(lower(:'commonWord'))) + 2
                                       and levenshtein_less_equal(immutable_unaccent(lower(n.name)), immutable_unaccent(lower(:'commonWord')), case when char_length(immutable_unaccent(lower(:'commonWord'))) <= 4 then 1 else 2 end)
                                           <= case when char_length(immutable_unaccent(lower(:'commonWord'))) <= 4 then 1 else 2 end))
                       union
                       select al.organization_id from organization_aliases al
                       where (immutable_unaccent(lower(al.alias)) like immutable_unaccent(lower(:'commonWord')) || '%'
                              or (immutable_unaccent(lower(al.alias)) % immutable_unaccent(lower(:'commonWord')) and similarity(immutable_unaccent(lower(al.alias)), immutable_unaccent(lower(:'commonWord'))) > 0.5)
                              or immutable_unaccent(lower(al.alias)) %> immutable_unaccent(lower(:'commonWord'))
                              or (char_length(immutable_unaccent(lower(:'commonWord'))) between 4 and 10
                                       and left(immutable_unaccent(lower(al.alias)), 1) = left(immutable_unaccent(lower(:'commonWord')), 1)
                                       and char_length(immutable_unaccent(lower(al.alias))) between char_length(immutable_unaccent(lower(:'commonWord'))) - 2 and char_length(immutable_unaccent(lower(:'commonWord'))) + 2
                                       and levenshtein_less_equal(immutable_unaccent(lower(al.alias)), immutable_unaccent(lower(:'commonWord')), case when char_length(immutable_unaccent(lower(:'commonWord'))) <= 4 then 1 else 2 end)
                                           <= case when char_length(immutable_unaccent(lower(:'commonWord'))) <= 4 then 1 else 2 end)))
        union all
        select 'Person', p.id, ((word_similarity(immutable_unaccent(lower(:'commonWord')), immutable_unaccent(lower(p.name)))
                                 + similarity(immutable_unaccent(lower(:'commonWord')), immutable_unaccent(lower(p.name)))) / 2)::float8
        from people p
        where (immutable_unaccent(lower(p.name)) like immutable_unaccent(lower(:'commonWord')) || '%'
               or (immutable_unaccent(lower(p.name)) % immutable_unaccent(lower(:'commonWord')) and similarity(immutable_unaccent(lower(p.name)), immutable_unaccent(lower(:'commonWord'))) > 0.5)
               or immutable_unaccent(lower(p.name)) %> immutable_unaccent(lower(:'commonWord'))
               or (char_length(immutable_unaccent(lower(:'commonWord'))) between 4 and 10
                        and left(immutable_unaccent(lower(p.name)), 1) = left(immutable_unaccent(lower(:'commonWord')), 1)
                        and char_length(immutable_unaccent(lower(p.name))) between char_length(immutable_unaccent(lower(:'commonWord'))) - 2 and char_length(immutable_unaccent(lower(:'commonWord'))) + 2
                        and levenshtein_less_equal(immutable_unaccent(lower(p.name)), immutable_unaccent(lower(:'commonWord')), case when char_length(immutable_unaccent(lower(:'commonWord'))) <= 4 then 1 else 2 end)
                            <= case when char_length(immutable_unaccent(lower(:'commonWord'))) <= 4 then 1 else 2 end))
    ) h
    order by h.rank desc, h.type desc, h.id desc limit 20
)
select json_build_object('search', json_build_object(
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
