-- Article.related as the service scores it: each shared organization or person adds
-- 1 / (its articles); candidates are the 200 newest articles of each tie.
-- The ties come from the article-leading mentions and people tables: the derived link tables
-- lead with the organization or person.
with ties as (
    select true as organization, oa.organization_id as tie, 1.0 / o.mention_count as weight
    from (select distinct m.organization_id from organization_mentions m
          where m.article_id = (select a.id from articles a where a.slug = :'articleSlug')) oa
    join organizations o on o.id = oa.organization_id
    union all
    select false, pa.person_id, 1.0 / p.article_count
    from article_people pa join people p on p.id = pa.person_id
    where pa.article_id = (select a.id from articles a where a.slug = :'articleSlug')
),
scored as (
    select c.other, sum(t.weight) as weight
    from ties t
    cross join lateral (
        (select x.article_id as other from organization_articles x
         where t.organization and x.organization_id = t.tie
         order by x.published_rank desc limit 200)
        union all
        (select x.article_id from person_articles x
         where not t.organization and x.person_id = t.tie
         order by x.published_rank desc limit 200)
    ) c
    where c.other <> (select a.id from articles a where a.slug = :'articleSlug')
    group by c.other
    order by sum(t.weight) desc, c.other limit 5
)
select json_build_object('article', json_build_object('related',
           coalesce(json_agg(json_build_object('score', s.weight::float8, 'article', json_build_object('title', a.title))
                             order by s.weight desc, s.other), '[]')))
from scored s join articles a on a.id = s.other
