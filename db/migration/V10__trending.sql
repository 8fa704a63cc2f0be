-- Query.trending sums every organization's (and person's) articles over two date windows:
-- one index range per window, read without the table while the visibility map allows.
create index organization_days_day_idx on organization_days (day) include (organization_id, articles);
create index person_days_day_idx on person_days (day) include (person_id, articles);
