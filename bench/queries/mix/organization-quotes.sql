select json_build_object('organization', json_build_object('quotes', json_build_object(
           'totalCount', o.quote_count,
           'nodes', (select coalesce(json_agg(json_build_object(
                                'text', q.text,
                                'speaker', case when p.id is not null then json_build_object('name', p.name) end,
                                'article', json_build_object('title', a.title))
                                order by q.article_id, q.start_offset), '[]')
                     from (select q.text, q.speaker_id, q.article_id, q.start_offset from quotes q
                           where q.organization_id = o.id order by q.article_id, q.start_offset limit 20) q
                     left join people p on p.id = q.speaker_id
                     join articles a on a.id = q.article_id))))
from organizations o
where o.slug = :'hotOrg'
