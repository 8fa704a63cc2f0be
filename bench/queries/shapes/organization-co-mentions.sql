-- the loader ranks each organization's co-mentions
select json_build_object('organization', json_build_object('coMentions',
           (select coalesce(json_agg(json_build_object('organization', json_build_object('name', x.name),
                                                       'articleCount', c.article_count) order by c.position), '[]')
            from organization_co_mentions c join organizations x on x.id = c.other_id
            where c.organization_id = o.id and c.position <= 10)))
from organizations o where o.slug = :'hotOrg'
