select json_build_object('quotes', json_build_object('nodes',
           coalesce(json_agg(json_build_object('text', q.text) order by d.article_id, d.start_offset), '[]')))
from (select d.quote_id, d.article_id, d.start_offset from organization_quotes_about d
      where d.organization_id = (select o.id from organizations o where o.slug = :'hotOrg')
      order by d.article_id, d.start_offset limit 10) d
join quotes q on q.id = d.quote_id
