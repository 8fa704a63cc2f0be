-- a rare word: its matches come from the GIN index and are sorted (+ 0 keeps PostgreSQL from
-- walking the date index and testing every article's vector instead)
select json_build_object('articles', json_build_object('nodes', coalesce(json_agg(json_build_object(
           'slug', a.slug, 'title', a.title) order by a.published_key desc, a.id desc), '[]')))
from (select a.id, a.slug, a.title, coalesce(a.published_on, '-infinity'::date) as published_key from articles a
      where a.search_vector @@ websearch_to_tsquery('newsgraph_english', :'rareWord')
      order by coalesce(a.published_on, '-infinity'::date) + 0 desc, a.id desc limit 10) a
