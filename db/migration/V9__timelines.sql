-- Per organization and per person, what each publication date holds: the articles that
-- mention them, the quotes spoken for (or by) them and, for organizations, the quotes
-- about them, by the date's precision. A timeline of any interval sums these rows over
-- one index range, so its cost follows the span asked for, not the articles. Derived
-- like the tables of V3: rebuilt by every load, in its transaction; undated articles
-- are left out, as no bucket holds them.
create table organization_days (
    organization_id bigint not null,
    day             date not null,
    precision       text not null,
    articles        integer not null,
    quotes          integer not null,
    quotes_about    integer not null,
    primary key (organization_id, day, precision)
);

create table person_days (
    person_id bigint not null,
    day       date not null,
    precision text not null,
    articles  integer not null,
    quotes    integer not null,
    primary key (person_id, day, precision)
);
