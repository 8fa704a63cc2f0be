-- Name filters look up the words of a name rather than compare every name. At 50,000
-- organizations whose names share common words ("Networks", "Authority"), a trigram
-- similarity over whole names rechecks thousands of candidates per request; the distinct
-- words of all names are few, and each query word is matched against them alone (prefix,
-- small edit distance or trigram similarity), then the names holding every query word are
-- found through their postings. Derived by the loader like the tables of V3.

-- Every distinct word of an organization's name or alias, or of a person's name, folded
-- (accents and case) as the query is.
create table name_words (
    word text collate "C" primary key
);
create index name_words_initial_length_idx on name_words (left(word, 1), char_length(word));
create index name_words_trgm_idx on name_words using gin (word gin_trgm_ops);

create table organization_name_words (
    word            text collate "C" not null,
    organization_id bigint not null,
    primary key (word, organization_id)
);

create table person_name_words (
    word      text collate "C" not null,
    person_id bigint not null,
    primary key (word, person_id)
);

-- The whole-name indexes the name filters used before: every load maintained them.
drop index organizations_name_trgm_idx;
drop index organization_aliases_trgm_idx;
drop index people_name_trgm_idx;
drop index organizations_name_initial_length_idx;
drop index organization_aliases_initial_length_idx;
drop index people_name_initial_length_idx;
