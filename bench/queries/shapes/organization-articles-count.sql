select json_build_object('organization', json_build_object('articles', json_build_object('totalCount', o.mention_count)))
from organizations o where o.slug = :'hotOrg'
