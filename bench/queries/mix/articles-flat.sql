select json_build_object('articles', json_build_object('nodes',
           coalesce(json_agg(json_build_object('slug', a.slug, 'title', a.title) order by a.title, a.id), '[]')))
from (select a.id, a.slug, a.title from articles a order by a.title, a.id limit 50) a
