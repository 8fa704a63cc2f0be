-- the rarer organization's articles, those that also mention the other, counted per month
with picked as (
    select d.article_id from organization_articles d
    where d.organization_id = (select id from organizations where slug = :'midOrg')
      and exists (select 1 from organization_articles x where x.article_id = d.article_id
                  and x.organization_id = (select id from organizations where slug = :'hotOrg'))),
buckets as (
    select m::date as start, count(a.id)::int as articles,
           (count(a.id) filter (where a.published_precision = 'YEAR'))::int as imprecise,
           coalesce(sum((select count(*) from quotes q where q.article_id = a.id)), 0)::int as quotes
    from generate_series(date '2010-01-01', date '2024-12-01', interval '1 month') m
    left join (picked p join articles a on a.id = p.article_id) on date_trunc('month', a.published_on) = m
    group by m)
select json_build_object('timeline', json_agg(json_build_object('start', start, 'articles', articles,
    'impreciseArticles', imprecise, 'quotes', quotes) order by start))
from buckets
