-- the link table is the page's index range, newest first
select json_build_object('articles', json_build_object('nodes', coalesce(json_agg(json_build_object(
           'slug', a.slug, 'title', a.title) order by d.published_rank desc), '[]')))
from (select d.article_id, d.published_rank from organization_articles d
      where d.organization_id = (select x.id from organizations x where x.slug = :'rareOrg')
      order by d.published_rank desc limit 10) d
join articles a on a.id = d.article_id
