select json_build_object('quotes', json_build_object('nodes',
           coalesce(json_agg(json_build_object('text', q.text) order by q.article_id, q.start_offset), '[]')))
from (select q.text, q.article_id, q.start_offset from quotes q
      where q.speaker_id = (select p.id from people p where p.slug = :'hotSpeaker')
      order by q.article_id, q.start_offset limit 10) q
