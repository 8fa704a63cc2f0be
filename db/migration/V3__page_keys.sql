-- Derived tables that make every page of a nested or filtered list one index range, so its
-- cost follows the page and not the table. The loader (and the synthetic generator) rebuild
-- them in the load's own transaction: the data changes only then. They carry no foreign
-- keys: they are rewritten whole after every write of the tables they derive from. Each has
-- only the indexes its pages need: at a million articles, every extra index on a table of
-- five million links costs minutes of every load.

-- Each article's position in the two orderings articles offer: newest first (undated
-- last) and by title. Copied beside each link so a per-organization or per-person page
-- needs no sort.
create table article_positions (
    article_id     bigint primary key,
    published_key  date not null,
    published_rank integer not null unique,
    title_rank     integer not null unique
);
create index article_positions_published_idx on article_positions (published_key, published_rank);

-- Articles that mention an organization, once each.
create table organization_articles (
    organization_id bigint not null,
    article_id      bigint not null,
    published_rank  integer not null,
    title_rank      integer not null,
    primary key (organization_id, article_id)
);
create index organization_articles_published_idx on organization_articles (organization_id, published_rank);
create index organization_articles_title_idx on organization_articles (organization_id, title_rank);

-- Articles that quote or name a person.
create table person_articles (
    person_id      bigint not null,
    article_id     bigint not null,
    published_rank integer not null,
    title_rank     integer not null,
    primary key (person_id, article_id)
);
create index person_articles_published_idx on person_articles (person_id, published_rank);
create index person_articles_title_idx on person_articles (person_id, title_rank);

-- Quotes whose text names an organization, in quote order (article, then offset).
create table organization_quotes_about (
    organization_id bigint not null,
    article_id      bigint not null,
    start_offset    integer not null,
    quote_id        bigint not null,
    primary key (organization_id, article_id, start_offset)
);

-- Each organization's most frequent co-mentions (as many as a page may ask for).
create table organization_co_mentions (
    organization_id bigint not null,
    position        integer not null,
    other_id        bigint not null,
    article_count   integer not null,
    primary key (organization_id, position)
);

-- Which version of this derived model a load built, so that a database loaded before it
-- (or before a change to it) is rebuilt at start-up instead of serving empty lists.
alter table dataset_loads add column derived_version integer;

-- Totals of the nested lists, so an unfiltered totalCount is a column read.
alter table organizations add column quote_count integer not null default 0,
                          add column quote_about_count integer not null default 0;
alter table people add column article_count integer not null default 0,
                   add column quote_count integer not null default 0;

-- Quotes by speaker and by the organization spoken for, in quote order.
drop index quotes_speaker_id_idx;
drop index quotes_organization_id_idx;
create index quotes_speaker_idx on quotes (speaker_id, article_id, start_offset);
create index quotes_organization_idx on quotes (organization_id, article_id, start_offset);
