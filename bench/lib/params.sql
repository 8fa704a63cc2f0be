-- Picks the benchmark's parameters from the loaded dataset and prints them as one JSON object.
-- Hot: the most of something; middling: the median among those with at least 10; rare: the
-- fewest, at least one. bench.py adds what needs the API (cursors) or text work (misspellings).
set client_min_messages = warning;
with org_hot as (
    select id, slug, name from organizations order by mention_count desc, id limit 1
),
org_mid as (
    select slug from (select slug, row_number() over (order by mention_count, id) as n, count(*) over () as total
                      from organizations where mention_count >= 10) x
    where n = (total + 1) / 2
),
-- among the 20 rarest, one that shares an article with the hottest, so that the two-organization
-- filter finds something
org_rare as (
    select o.slug
    from (select id, slug, mention_count from organizations where mention_count >= 1
          order by mention_count, id limit 20) o
    order by exists (select 1 from organization_articles a join organization_articles b on b.article_id = a.article_id
                     where a.organization_id = o.id and b.organization_id = (select id from org_hot)) desc,
             o.mention_count, o.id
    limit 1
),
-- in about a tenth of the articles: the facets' target filter (issue 13)
org_tenth as (
    select slug from organizations
    order by abs(mention_count - (select count(*) from articles) / 10), id
    limit 1
),
person_hot as (
    select slug, name from people order by article_count desc, id limit 1
),
person_mid as (
    select slug from (select slug, row_number() over (order by article_count, id) as n, count(*) over () as total
                      from people where article_count >= 10) x
    where n = (total + 1) / 2
),
person_rare as (
    select slug from people where article_count >= 1 order by article_count, id limit 1
),
speaker_hot as (
    select slug from people order by quote_count desc, id limit 1
),
article_total as (
    select count(*) as total from article_positions
),
-- an article from the middle of the title order: neither the first nor a special one
middle_article as (
    select a.slug from article_positions p join articles a on a.id = p.article_id
    where p.title_rank = (select (total + 1) / 2 from article_total)
),
-- the deep page starts after row K of the title order: 10,000 pages of 50, or half the table
deep as (
    select a.title, a.id from article_positions p join articles a on a.id = p.article_id
    where p.title_rank = (select least(500000, total / 2) from article_total)
),
-- backward paging starts before the middle row of the newest-first order
back as (
    select p.published_key, p.article_id from article_positions p
    where p.published_rank = (select (total + 1) / 2 from article_total)
),
source_mid as (
    select slug from (select s.slug, row_number() over (order by count(*), s.id) as n, count(*) over () as total
                      from sources s join articles a on a.source_id = s.id group by s.id, s.slug) x
    where n = (total + 1) / 2
),
month as (
    select date_trunc('month', max(published_key) - interval '5 years')::date as start
    from article_positions where published_key > '-infinity'
),
-- words from a 1% sample whose lexeme is also what a search for it looks up
words as (
    select word, ndoc from ts_stat('select search_vector from articles tablesample system (1) repeatable (9)')
    where word ~ '^[a-z]{4,}$' and websearch_to_tsquery('newsgraph_english', word)::text = quote_literal(word)
),
common_word as (
    select word from words order by ndoc desc, word limit 1
),
rare_word as (
    select w.word from (select word from words order by ndoc, word limit 50) w
    order by (select count(*) from articles a where a.search_vector @@ to_tsquery('newsgraph_english', w.word)), w.word
    limit 1
)
select json_build_object(
    'hotOrg', (select slug from org_hot),
    'hotOrgName', (select name from org_hot),
    'midOrg', (select slug from org_mid),
    'rareOrg', (select slug from org_rare),
    'tenthOrg', (select slug from org_tenth),
    'hotPerson', (select slug from person_hot),
    'hotPersonName', (select name from person_hot),
    'midPerson', (select slug from person_mid),
    'rarePerson', (select slug from person_rare),
    'hotSpeaker', (select slug from speaker_hot),
    'articleSlug', (select slug from middle_article),
    'deepTitle', (select title from deep),
    'deepId', (select id::text from deep),
    'backDate', (select published_key::text from back),
    'backId', (select article_id::text from back),
    'source', (select slug from source_mid),
    'monthStart', (select start::text from month),
    'monthEnd', (select (start + interval '1 month' - interval '1 day')::date::text from month),
    'commonWord', (select word from common_word),
    'rareWord', (select word from rare_word))
