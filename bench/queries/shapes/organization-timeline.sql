-- the organization's per-day counts summed by month, over a series of every month
select json_build_object('organization', json_build_object('timeline', json_agg(json_build_object(
           'start', m.start, 'articles', coalesce(d.articles, 0), 'impreciseArticles', coalesce(d.imprecise, 0),
           'quotes', coalesce(d.quotes, 0), 'quotesAbout', coalesce(d.quotes_about, 0)) order by m.start)))
from (select generate_series(date '2010-01-01', date '2024-12-01', interval '1 month')::date as start) m
left join (select date_trunc('month', day)::date as start, sum(articles)::int as articles,
                  coalesce(sum(articles) filter (where precision = 'YEAR'), 0)::int as imprecise,
                  sum(quotes)::int as quotes, sum(quotes_about)::int as quotes_about
           from organization_days
           where organization_id = (select x.id from organizations x where x.slug = :'hotOrg')
             and day >= date '2010-01-01' and day < date '2025-01-01'
           group by 1) d on d.start = m.start
