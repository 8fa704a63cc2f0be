-- Typos in short names ("hauwei", "nokai") defeat trigram similarity: too few trigrams are
-- left in common. Name filters also accept a small edit distance (fuzzystrmatch), and these
-- indexes find the candidates (same first letter, similar length) without a scan.
create extension if not exists fuzzystrmatch;

create index organizations_name_initial_length_idx on organizations (
    left(immutable_unaccent(lower(name)), 1), char_length(immutable_unaccent(lower(name))));
create index organization_aliases_initial_length_idx on organization_aliases (
    left(immutable_unaccent(lower(alias)), 1), char_length(immutable_unaccent(lower(alias))));
create index people_name_initial_length_idx on people (
    left(immutable_unaccent(lower(name)), 1), char_length(immutable_unaccent(lower(name))));
