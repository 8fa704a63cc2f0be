package dev.newsgraph.seed;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reloads the seed folder while the service runs, a moment after its files change
 * ({@code newsgraph.seed.watch}): a curator saves an article and the service serves it
 * seconds later, with no restart. The load is the start-up one: only what changed, in one
 * transaction; a defect is logged with its file and line, and the served dataset stays as
 * it was. It watches through the operating system's file events (inotify on Linux), so an
 * idle folder costs nothing, and a load looks only at the files the events named (the
 * whole folder again if events were lost); files it failed on are looked at again next
 * time.
 */
@Component
@ConditionalOnBooleanProperty("newsgraph.seed.watch")
// a reader never writes (dev.newsgraph.role)
@ConditionalOnProperty(name = "newsgraph.role", havingValue = "writer", matchIfMissing = true)
class SeedFolderWatcher implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SeedFolderWatcher.class);

	/** How long the folder stays still before it is loaded: an editor saves in steps. */
	private static final long QUIET_MILLIS = 200;

	private static final WatchEvent.Kind<?>[] EVENTS = { StandardWatchEventKinds.ENTRY_CREATE,
			StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE };

	private final SeedLoader loader;

	private final DatasetLoadRepository loads;

	private final Path folder;

	private WatchService watcher;

	private WatchKey articlesKey;

	/**
	 * The article files changed since the last successful load, so that a load looks at
	 * those only; null to list the folder: at first, as files may have changed between
	 * the start-up load and the watch, and after the operating system dropped events.
	 */
	private Set<String> touched;

	SeedFolderWatcher(SeedLoader loader, DatasetLoadRepository loads, SeedProperties properties) {
		this.loader = loader;
		this.loads = loads;
		this.folder = properties.dir();
	}

	/** Once the start-up load is done. */
	@EventListener(ApplicationReadyEvent.class)
	void start() throws IOException {
		Path articles = this.folder.resolve(SeedFolderReader.ARTICLES);
		if (!Files.isDirectory(articles)) {
			logger.warn("Not watching {}: it has no articles folder", this.folder.toAbsolutePath());
			return;
		}
		this.watcher = this.folder.getFileSystem().newWatchService();
		this.folder.register(this.watcher, EVENTS);
		this.articlesKey = articles.register(this.watcher, EVENTS);
		Thread thread = new Thread(this::watch, "seed-folder-watcher");
		thread.setDaemon(true);
		thread.start();
	}

	private void watch() {
		// what changed between the start-up load and the watch: listed once, so that from
		// here on events tell it all
		reload();
		logger.info("Watching {}: changed files are loaded as they are saved", this.folder.toAbsolutePath());
		try {
			while (true) {
				drain(this.watcher.take());
				WatchKey more;
				while ((more = this.watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
					drain(more);
				}
				reload();
			}
		}
		catch (ClosedWatchServiceException ex) {
			// the service is stopping
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void drain(WatchKey key) {
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == StandardWatchEventKinds.OVERFLOW || !key.isValid()) {
				this.touched = null;
			}
			else if (key == this.articlesKey && this.touched != null) {
				this.touched.add(event.context().toString());
			}
		}
		if (!key.reset() && key == this.articlesKey) {
			// the articles folder itself went away: list whatever stands there next
			this.touched = null;
		}
	}

	private void reload() {
		if (this.loads.holdsSyntheticDataset()) {
			logger.info("Not reloading {}: the database holds a synthetic dataset", this.folder);
			return;
		}
		try {
			if (this.touched != null) {
				this.loader.loadIfChanged(this.folder, this.touched);
			}
			else {
				this.loader.loadIfChanged(this.folder);
			}
			this.touched = new HashSet<>();
		}
		catch (SeedValidationException ex) {
			logger.warn("Still serving the dataset loaded before: {}", ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.error("Could not reload {}; still serving the dataset loaded before", this.folder, ex);
		}
	}

	@Override
	public void destroy() throws IOException {
		if (this.watcher != null) {
			this.watcher.close();
		}
	}

}
