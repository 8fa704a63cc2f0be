-- the load records its counts
select json_build_object('articles', json_build_object('totalCount', l.articles))
from (select articles from dataset_loads order by loaded_at desc, id desc limit 1) l
