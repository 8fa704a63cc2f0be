-- the organization's articles from its link table; every count but people's and sources' from
-- what the loader derives (mention_count, organization_days), as a hand-written query would
with o as (select id, mention_count from organizations where slug = :'tenthOrg'),
people_counts as (
    select p.slug, count(*) as n, p.name, p.id
    from organization_articles d join article_people ap on ap.article_id = d.article_id
    join people p on p.id = ap.person_id
    where d.organization_id = (select id from o)
    group by p.id order by n desc, p.name collate catalogue, p.id limit 10),
source_counts as (
    select s.slug, count(*) as n, s.name, s.id
    from organization_articles d join articles a on a.id = d.article_id join sources s on s.id = a.source_id
    where d.organization_id = (select id from o)
    group by s.id),
organization_counts as (
    select slug, mention_count as n, name, id from organizations where mention_count > 0
    order by mention_count desc, name collate catalogue, id limit 10),
year_counts as (
    select extract(year from day)::int as year, sum(articles)::int as n from organization_days
    where organization_id = (select id from o) group by 1 having sum(articles) > 0)
select json_build_object('articles', json_build_object('facets', json_build_object(
    'articles', (select mention_count from o),
    'organizations', (select coalesce(json_agg(json_build_object('organization', json_build_object('slug', slug), 'count', n)
                          order by n desc, name collate catalogue, id), '[]') from organization_counts),
    'people', (select coalesce(json_agg(json_build_object('person', json_build_object('slug', slug), 'count', n)
                   order by n desc, name collate catalogue, id), '[]') from people_counts),
    'sources', (select coalesce(json_agg(json_build_object('source', json_build_object('slug', slug), 'count', n)
                    order by n desc, name collate catalogue, id), '[]') from source_counts),
    'years', (select coalesce(json_agg(json_build_object('year', year, 'count', n) order by year desc), '[]')
              from year_counts))))
