-- the loader stores each person's quote count
select json_build_object('person', json_build_object('quotes', json_build_object('totalCount', p.quote_count)))
from people p where p.slug = :'hotSpeaker'
