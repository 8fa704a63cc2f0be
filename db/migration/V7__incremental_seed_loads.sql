-- What lets a reload of a seed folder rewrite only what changed (see SeedFolderReader):
-- each article's fingerprint (its two files and the shared files they were resolved
-- against), and the checksum of the shared files at each load. Null for generated data.
alter table articles add column seed_fingerprint text;
alter table dataset_loads add column registries_checksum text;
