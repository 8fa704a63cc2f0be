-- each window's dated articles, then every organization's and person's articles in both
-- windows from the per-day counts, ranked by the ratio of their shares
with totals as (
    select (select count(*) from articles
            where coalesce(published_on, '-infinity'::date) between date '2019-01-01' and date '2019-12-31') as w,
           (select count(*) from articles
            where coalesce(published_on, '-infinity'::date) between date '2018-01-01' and date '2018-12-31') as b),
organization_trends as (
    select o.slug, f.n as articles, coalesce(p.n, 0) as baseline,
           (f.n / greatest(t.w, 1)::float8) / (greatest(p.n, 1) / greatest(t.b, 1)::float8) as ratio, f.id
    from (select organization_id as id, sum(articles) as n from organization_days
          where day between date '2019-01-01' and date '2019-12-31' group by 1 having sum(articles) > 0) f
    left join (select organization_id as id, sum(articles) as n from organization_days
               where day between date '2018-01-01' and date '2018-12-31' group by 1) p on p.id = f.id
    join organizations o on o.id = f.id cross join totals t
    order by ratio desc, articles desc, f.id limit 10),
person_trends as (
    select x.slug, f.n as articles, coalesce(p.n, 0) as baseline,
           (f.n / greatest(t.w, 1)::float8) / (greatest(p.n, 1) / greatest(t.b, 1)::float8) as ratio, f.id
    from (select person_id as id, sum(articles) as n from person_days
          where day between date '2019-01-01' and date '2019-12-31' group by 1 having sum(articles) > 0) f
    left join (select person_id as id, sum(articles) as n from person_days
               where day between date '2018-01-01' and date '2018-12-31' group by 1) p on p.id = f.id
    join people x on x.id = f.id cross join totals t
    order by ratio desc, articles desc, f.id limit 10)
select json_build_object('trending', json_build_object(
    'articles', t.w, 'baselineArticles', t.b,
    'organizations', (select coalesce(json_agg(json_build_object('organization', json_build_object('slug', slug),
                          'articles', articles, 'baselineArticles', baseline, 'ratio', ratio)
                          order by ratio desc, articles desc, id), '[]') from organization_trends),
    'people', (select coalesce(json_agg(json_build_object('person', json_build_object('slug', slug),
                   'articles', articles, 'baselineArticles', baseline, 'ratio', ratio)
                   order by ratio desc, articles desc, id), '[]') from person_trends)))
from totals t
