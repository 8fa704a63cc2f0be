-- Names and titles sort as a library catalogue sorts them: letters first, case and accents
-- only to break ties (Alcatel, Apple, Assurance, AT&T; not the byte order AT&T, Alcatel,
-- Apple). ICU's root collation does exactly that, and is deterministic, so equal names stay
-- distinct. The orderings' keys name it explicitly, and these indexes match them, so a page
-- is still read from an index without a sort.
create collation catalogue (provider = icu, locale = 'und');

drop index organizations_name_id_idx;
create index organizations_name_id_idx on organizations (name collate catalogue, id);

drop index people_name_id_idx;
create index people_name_id_idx on people (name collate catalogue, id);

drop index articles_title_id_idx;
create index articles_title_id_idx on articles (title collate catalogue, id);
