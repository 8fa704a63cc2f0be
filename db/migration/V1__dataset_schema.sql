-- The whole dataset model: sources, articles, organizations, people, quotes and the load record.
-- Rows are written only by the seed loader; the API reads them.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- unaccent() is only STABLE (it looks up its dictionary by name); pinning the dictionary makes it
-- safe to use in indexes.
create function immutable_unaccent(value text) returns text
    language sql immutable parallel safe strict
    return public.unaccent('public.unaccent'::regdictionary, value);

-- English stemming that ignores accents, so "Telefonica" and "Telefónica" match in full-text search.
create text search configuration newsgraph_english (copy = pg_catalog.english);
alter text search configuration newsgraph_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;

create domain slug as text
    check (value ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(value) <= 100);

create table sources (
    id   bigint generated always as identity primary key,
    slug slug not null unique,
    name text not null check (name <> ''),
    url  text
);

create table articles (
    id                bigint generated always as identity primary key,
    slug              slug not null unique,
    file_name         text not null unique,
    text_sha256       text not null check (text_sha256 ~ '^[0-9a-f]{64}$'),
    title             text not null check (title <> ''),
    body              text not null,
    body_length       integer generated always as (char_length(body)) stored,
    source_id         bigint references sources,
    url               text,
    published_on      date,
    published_precision text check (published_precision in ('YEAR', 'MONTH', 'DAY')),
    byline            text,
    word_count        integer not null check (word_count >= 0),
    search_vector     tsvector generated always as (
                          setweight(to_tsvector('newsgraph_english', title), 'A')
                          || setweight(to_tsvector('newsgraph_english', body), 'B')) stored,
    check ((published_on is null) = (published_precision is null)),
    -- lets spans of mentions and quotes be checked against the body length with a foreign key
    unique (id, body_length)
);
create index articles_source_id_idx on articles (source_id);
create index articles_search_vector_idx on articles using gin (search_vector);
-- keyset orderings offered by Query.articles
-- undated articles sort as the oldest
create index articles_published_on_id_idx on articles ((coalesce(published_on, '-infinity'::date)), id);
create index articles_title_id_idx on articles (title, id);

create table organizations (
    id            bigint generated always as identity primary key,
    slug          slug not null unique,
    name          text not null check (name <> ''),
    kind          text not null check (kind in ('COMPANY', 'DIVISION', 'JOINT_VENTURE', 'BRAND', 'GOVERNMENT',
                                                'MEDIA', 'OTHER')),
    country       text check (country ~ '^[A-Z]{2}$'),
    wikidata_id   text check (wikidata_id ~ '^Q[1-9][0-9]*$'),
    description   text,
    parent_id     bigint references organizations on delete set null check (parent_id <> id),
    -- articles that mention it; kept by the loader so it can be a keyset ordering
    mention_count integer not null default 0 check (mention_count >= 0)
);
create index organizations_parent_id_idx on organizations (parent_id);
create index organizations_name_id_idx on organizations (name, id);
create index organizations_mention_count_id_idx on organizations (mention_count, id);
create index organizations_name_trgm_idx on organizations using gin (immutable_unaccent(lower(name)) gin_trgm_ops);

create table organization_aliases (
    organization_id bigint not null references organizations on delete cascade,
    alias           text not null check (alias <> ''),
    position        integer not null,
    primary key (organization_id, alias),
    -- an alias names exactly one organization, or mentions would be ambiguous
    unique (alias)
);
create index organization_aliases_trgm_idx on organization_aliases using gin (immutable_unaccent(lower(alias)) gin_trgm_ops);

create table people (
    id          bigint generated always as identity primary key,
    slug        slug not null unique,
    name        text not null check (name <> ''),
    wikidata_id text check (wikidata_id ~ '^Q[1-9][0-9]*$')
);
create index people_name_id_idx on people (name, id);
create index people_name_trgm_idx on people using gin (immutable_unaccent(lower(name)) gin_trgm_ops);

create table affiliations (
    id              bigint generated always as identity primary key,
    person_id       bigint not null references people on delete cascade,
    organization_id bigint not null references organizations on delete cascade,
    role            text,
    unique nulls not distinct (person_id, organization_id, role)
);
create index affiliations_organization_id_idx on affiliations (organization_id);

-- people quoted or named in an article
create table article_people (
    article_id bigint not null references articles on delete cascade,
    person_id  bigint not null references people on delete cascade,
    primary key (article_id, person_id)
);
create index article_people_person_id_idx on article_people (person_id, article_id);

create table organization_mentions (
    id              bigint generated always as identity primary key,
    article_id      bigint not null,
    article_length  integer not null,
    organization_id bigint not null references organizations on delete cascade,
    start_offset    integer not null check (start_offset >= 0),
    end_offset      integer not null check (end_offset > start_offset and end_offset <= article_length),
    foreign key (article_id, article_length) references articles (id, body_length) on delete cascade,
    unique (article_id, start_offset)
);
create index organization_mentions_organization_id_idx on organization_mentions (organization_id, article_id);
create index organization_mentions_article_id_idx on organization_mentions (article_id, organization_id);
create index organization_mentions_article_idx on organization_mentions (article_id, article_length);

create table quotes (
    id              bigint generated always as identity primary key,
    article_id      bigint not null,
    article_length  integer not null,
    start_offset    integer not null check (start_offset >= 0),
    end_offset      integer not null check (end_offset > start_offset and end_offset <= article_length),
    text            text not null check (text <> ''),
    speaker_id      bigint references people on delete restrict,
    organization_id bigint references organizations on delete restrict,
    role            text,
    context         text not null,
    search_vector   tsvector generated always as (to_tsvector('newsgraph_english', text)) stored,
    foreign key (article_id, article_length) references articles (id, body_length) on delete cascade,
    check (char_length(text) = end_offset - start_offset),
    unique (article_id, start_offset)
);
create index quotes_article_idx on quotes (article_id, article_length);
create index quotes_speaker_id_idx on quotes (speaker_id, id);
create index quotes_organization_id_idx on quotes (organization_id, id);
create index quotes_search_vector_idx on quotes using gin (search_vector);

create table quote_about (
    quote_id        bigint not null references quotes on delete cascade,
    organization_id bigint not null references organizations on delete cascade,
    primary key (quote_id, organization_id)
);
create index quote_about_organization_id_idx on quote_about (organization_id, quote_id);

create table dataset_loads (
    id            bigint generated always as identity primary key,
    checksum      text not null check (checksum ~ '^[0-9a-f]{64}$'),
    loaded_at     timestamptz not null default now(),
    duration_ms   bigint not null check (duration_ms >= 0),
    sources       integer not null,
    articles      integer not null,
    organizations integer not null,
    people        integer not null,
    quotes        integer not null,
    mentions      integer not null
);
create index dataset_loads_loaded_at_idx on dataset_loads (loaded_at desc, id desc);
