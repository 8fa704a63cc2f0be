-- the search's matches once, then each count over them: in the year, or in any year for the
-- years facet
with matches as materialized (
    select id, published_on from articles
    where search_vector @@ websearch_to_tsquery('newsgraph_english', :'commonWord')),
in_year as materialized (
    select id from matches where published_on between date '2019-01-01' and date '2019-12-31'),
organization_counts as (
    select o.slug, count(*) as n, o.name, o.id
    from in_year m join organization_articles d on d.article_id = m.id join organizations o on o.id = d.organization_id
    group by o.id order by n desc, o.name collate catalogue, o.id limit 10),
people_counts as (
    select p.slug, count(*) as n, p.name, p.id
    from in_year m join article_people ap on ap.article_id = m.id join people p on p.id = ap.person_id
    group by p.id order by n desc, p.name collate catalogue, p.id limit 10),
year_counts as (
    select extract(year from published_on)::int as year, count(*)::int as n from matches
    where published_on is not null group by 1)
select json_build_object('articles', json_build_object('facets', json_build_object(
    'articles', (select count(*) from in_year),
    'organizations', (select coalesce(json_agg(json_build_object('organization', json_build_object('slug', slug), 'count', n)
                          order by n desc, name collate catalogue, id), '[]') from organization_counts),
    'people', (select coalesce(json_agg(json_build_object('person', json_build_object('slug', slug), 'count', n)
                   order by n desc, name collate catalogue, id), '[]') from people_counts),
    'years', (select coalesce(json_agg(json_build_object('year', year, 'count', n) order by year desc), '[]')
              from year_counts))))
