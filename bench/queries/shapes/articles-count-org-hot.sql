-- the loader stores each organization's article count
select json_build_object('articles', json_build_object('totalCount', o.mention_count))
from organizations o where o.slug = :'hotOrg'
