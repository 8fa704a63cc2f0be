-- the person's per-day counts summed by year, over a series of every year
select json_build_object('person', json_build_object('timeline', json_agg(json_build_object(
           'start', y.start, 'articles', coalesce(d.articles, 0), 'impreciseArticles', 0,
           'quotes', coalesce(d.quotes, 0)) order by y.start)))
from (select generate_series(date '2010-01-01', date '2024-01-01', interval '1 year')::date as start) y
left join (select date_trunc('year', day)::date as start, sum(articles)::int as articles, sum(quotes)::int as quotes
           from person_days
           where person_id = (select x.id from people x where x.slug = :'hotPerson')
             and day >= date '2010-01-01' and day < date '2025-01-01'
           group by 1) d on d.start = y.start
