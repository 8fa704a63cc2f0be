-- the 10 rows after the cursor's position in ascending order, shown newest first
select json_build_object('articles', json_build_object('nodes', coalesce(json_agg(json_build_object(
           'slug', a.slug, 'title', a.title) order by a.published_key desc, a.id desc), '[]')))
from (select a.id, a.slug, a.title, coalesce(a.published_on, '-infinity'::date) as published_key from articles a
      where (coalesce(a.published_on, '-infinity'::date), a.id) > (cast(:'backDate' as date), cast(:'backId' as bigint))
      order by coalesce(a.published_on, '-infinity'::date), a.id limit 10) a
