-- Trends are counted over the in-memory facet index now: these indexes served the
-- per-day sums they replace, and only cost the loader time.
drop index organization_days_day_idx;
drop index person_days_day_idx;
