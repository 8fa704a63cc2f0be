select json_build_object('organization', json_build_object('quotes', json_build_object('nodes',
           (select coalesce(json_agg(json_build_object('text', q.text) order by q.article_id, q.start_offset), '[]')
            from (select q.text, q.article_id, q.start_offset from quotes q where q.organization_id = o.id
                  order by q.article_id, q.start_offset limit 10) q))))
from organizations o where o.slug = :'hotOrg'
