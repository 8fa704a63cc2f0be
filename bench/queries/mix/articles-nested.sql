-- organizations in order of first mention; quotes in order of appearance; affiliations as recorded
select json_build_object('articles', json_build_object('nodes', coalesce(json_agg(json_build_object(
           'slug', a.slug, 'title', a.title,
           'organizations', (select coalesce(json_agg(json_build_object(
                                        'organization', json_build_object('name', o.name), 'count', m.spans)
                                        order by m.first_offset), '[]')
                             from (select m.organization_id, count(*) as spans, min(m.start_offset) as first_offset
                                   from organization_mentions m where m.article_id = a.id
                                   group by m.organization_id) m
                             join organizations o on o.id = m.organization_id),
           'quotes', (select coalesce(json_agg(json_build_object(
                                 'text', q.text,
                                 'speaker', case when p.id is not null then json_build_object(
                                     'name', p.name,
                                     'affiliations', (select coalesce(json_agg(json_build_object(
                                                                 'organization', json_build_object('name', ao.name),
                                                                 'role', af.role) order by af.id), '[]')
                                                      from affiliations af join organizations ao on ao.id = af.organization_id
                                                      where af.person_id = p.id)) end)
                                 order by q.start_offset), '[]')
                      from quotes q left join people p on p.id = q.speaker_id
                      where q.article_id = a.id))
           order by a.published_key desc, a.id desc), '[]')))
from (select a.id, a.slug, a.title, coalesce(a.published_on, '-infinity'::date) as published_key
      from articles a order by coalesce(a.published_on, '-infinity'::date) desc, a.id desc limit 50) a
