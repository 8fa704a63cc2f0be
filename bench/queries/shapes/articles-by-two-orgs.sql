-- driven by the rarer organization's link rows; the other organization is checked per row (a
-- primary-key lookup), as a count so that PostgreSQL cannot turn it into a join over all the
-- hotter organization's links
select json_build_object('articles', json_build_object('nodes', coalesce(json_agg(json_build_object(
           'slug', a.slug, 'title', a.title) order by d.published_rank desc), '[]')))
from (select d.article_id, d.published_rank from organization_articles d
      where d.organization_id = (select o.id from organizations o where o.slug = :'rareOrg')
        and (select count(*) from organization_articles x
             where x.article_id = d.article_id
               and x.organization_id = (select o.id from organizations o where o.slug = :'hotOrg')) = 1
      order by d.published_rank desc limit 10) d
join articles a on a.id = d.article_id
