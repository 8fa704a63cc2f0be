select json_build_object('articles', json_build_object('nodes',
           coalesce(json_agg(json_build_object('slug', a.slug, 'title', a.title) order by a.title, a.id), '[]')))
from (select a.id, a.slug, a.title from articles a
      where (a.title, a.id) > (cast(:'deepTitle' as text), cast(:'deepId' as bigint))
      order by a.title, a.id limit 50) a
