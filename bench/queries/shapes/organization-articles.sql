select json_build_object('organization', json_build_object('articles', json_build_object('nodes',
           (select coalesce(json_agg(json_build_object('slug', a.slug, 'title', a.title)
                                     order by d.published_rank desc), '[]')
            from (select d.article_id, d.published_rank from organization_articles d
                  where d.organization_id = o.id order by d.published_rank desc limit 10) d
            join articles a on a.id = d.article_id))))
from organizations o where o.slug = :'hotOrg'
