select json_build_object('article', json_build_object(
           'slug', a.slug, 'title', a.title, 'publishedAt', a.published_on, 'wordCount', a.word_count,
           'source', case when s.id is not null then json_build_object('slug', s.slug, 'name', s.name) end))
from articles a left join sources s on s.id = a.source_id
where a.slug = :'articleSlug'
