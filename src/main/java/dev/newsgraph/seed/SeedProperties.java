package dev.newsgraph.seed;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir the seed folder
 * @param loadOnStartup load it at start-up when its checksum differs from the loaded one
 * @param strict refuse a folder with {@link CuratorWarnings}, as with problems
 * @param watch reload it whenever its files change ({@link SeedFolderWatcher})
 */
@ConfigurationProperties("newsgraph.seed")
record SeedProperties(Path dir, boolean loadOnStartup, boolean strict, boolean watch) {

}
