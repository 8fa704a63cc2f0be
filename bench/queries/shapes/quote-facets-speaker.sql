-- the speaker's quotes by its index; every quote's speakers and the years from what the loader
-- derives (quote_count, person_days), as a hand-written query would
with p as (select id, quote_count from people where slug = :'hotSpeaker'),
speaker_counts as (
    select slug, quote_count as n, name, id from people where quote_count > 0
    order by quote_count desc, name collate catalogue, id limit 10),
organization_counts as (
    select o.slug, count(*) as n, o.name, o.id
    from quotes q join organizations o on o.id = q.organization_id
    where q.speaker_id = (select id from p)
    group by o.id order by n desc, o.name collate catalogue, o.id limit 10),
about_counts as (
    select o.slug, count(*) as n, o.name, o.id
    from quotes q join quote_about x on x.quote_id = q.id join organizations o on o.id = x.organization_id
    where q.speaker_id = (select id from p)
    group by o.id order by n desc, o.name collate catalogue, o.id limit 10),
year_counts as (
    select extract(year from day)::int as year, sum(quotes)::int as n from person_days
    where person_id = (select id from p) group by 1 having sum(quotes) > 0)
select json_build_object('quotes', json_build_object('facets', json_build_object(
    'quotes', (select quote_count from p),
    'speakers', (select coalesce(json_agg(json_build_object('person', json_build_object('slug', slug), 'count', n)
                     order by n desc, name collate catalogue, id), '[]') from speaker_counts),
    'organizations', (select coalesce(json_agg(json_build_object('organization', json_build_object('slug', slug), 'count', n)
                          order by n desc, name collate catalogue, id), '[]') from organization_counts),
    'about', (select coalesce(json_agg(json_build_object('organization', json_build_object('slug', slug), 'count', n)
                  order by n desc, name collate catalogue, id), '[]') from about_counts),
    'years', (select coalesce(json_agg(json_build_object('year', year, 'count', n) order by year desc), '[]')
              from year_counts))))
