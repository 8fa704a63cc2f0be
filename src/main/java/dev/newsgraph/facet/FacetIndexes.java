package dev.newsgraph.facet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * The {@link FacetIndex} of the dataset now committed. Each use checks the version (one
 * indexed row); after a load, the first use reads the new snapshot while later ones wait
 * for the same read. The first snapshot is read once the service is ready, so that the
 * first request does not wait for it.
 */
@Component
public class FacetIndexes implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(FacetIndexes.class);

	private final FacetIndexReader reader;

	// a thread of its own, so a snapshot is read without any request's deadline
	private final ExecutorService readerThread = Executors.newSingleThreadExecutor(daemon("facet-index-"));

	private CompletableFuture<FacetIndex> current;

	/** The last snapshot read, for the health check; null before the first. */
	private volatile FacetIndex lastRead;

	FacetIndexes(FacetIndexReader reader) {
		this.reader = reader;
	}

	@EventListener(ApplicationReadyEvent.class)
	void readAtStart() {
		read(0);
	}

	/**
	 * What each window's dated articles hold, all from one snapshot: one pass over the
	 * articles.
	 */
	public List<WindowCounts> windows(List<DateWindow> windows) {
		FacetIndex index = current();
		int[] first = new int[windows.size()];
		int[] last = new int[windows.size()];
		int[] articles = new int[windows.size()];
		int[][] organizations = new int[windows.size()][index.organizationOrder().length];
		int[][] people = new int[windows.size()][index.personOrder().length];
		for (int w = 0; w < windows.size(); w++) {
			first[w] = (int) windows.get(w).from().toEpochDay();
			last[w] = (int) windows.get(w).to().toEpochDay();
		}
		for (int row = 0; row < index.articles(); row++) {
			int day = index.days()[row];
			for (int w = 0; w < first.length; w++) {
				if (day != FacetIndex.UNDATED && day >= first[w] && day <= last[w]) {
					articles[w]++;
					index.organizations().count(row, organizations[w]);
					index.people().count(row, people[w]);
				}
			}
		}
		List<WindowCounts> counts = new ArrayList<>();
		for (int w = 0; w < first.length; w++) {
			counts.add(new WindowCounts(articles[w], organizations[w], people[w]));
		}
		return counts;
	}

	/** The snapshot of the version now committed. */
	FacetIndex current() {
		return of(version());
	}

	/** The version of the dataset now committed. */
	long version() {
		return this.reader.version();
	}

	/**
	 * The snapshot of {@code version} or a later one, read now if the one held is older.
	 * A read already under way may have begun before {@code version} was committed: then
	 * the next is waited for.
	 */
	FacetIndex of(long version) {
		FacetIndex index = join(read(version));
		return (index.version() >= version) ? index : join(read(version));
	}

	private static FacetIndex join(CompletableFuture<FacetIndex> read) {
		try {
			return read.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	private synchronized CompletableFuture<FacetIndex> read(long version) {
		CompletableFuture<FacetIndex> held = this.current;
		boolean fresh = held != null && !held.isCompletedExceptionally()
				&& (!held.isDone() || held.join().version() >= version);
		if (fresh) {
			return held;
		}
		// dropped before the next is read: two snapshots of a million articles need not
		// fit at once
		this.current = null;
		long started = System.nanoTime();
		this.current = CompletableFuture.supplyAsync(this.reader::read, this.readerThread).whenComplete((index, ex) -> {
			if (index != null) {
				this.lastRead = index;
				logger.info("Facet index of dataset version {} read: {} articles, {} quotes in {} ms", index.version(),
						index.articles(), index.quotes(), (System.nanoTime() - started) / 1_000_000);
			}
			else {
				logger.warn("Facet index not read: {}", ex.getMessage());
			}
		});
		return this.current;
	}

	/** The last snapshot read, or null before the first is. */
	FacetIndex lastRead() {
		return this.lastRead;
	}

	private static CustomizableThreadFactory daemon(String prefix) {
		CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
		factory.setDaemon(true);
		return factory;
	}

	@Override
	public void destroy() {
		this.readerThread.shutdownNow();
	}

}
