-- The size and modification time of each seed article's two files when a load last read
-- them (see SeedFolderReader#stamp): a reload does not read again the files whose stamp
-- is unchanged, as git's index does. Kept apart from the articles, so that recording them
-- rewrites no article. Null for files read while they could still be written to.
create table article_file_stamps (
    article_id bigint primary key references articles (id) on delete cascade,
    stamp      text
);
