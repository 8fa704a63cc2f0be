package dev.newsgraph.progress;

import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a run: a progress bar with the rate and the time left on a terminal; a log
 * line every five seconds otherwise (CI, a container, output sent to a file, a service
 * starting).
 */
public final class ProgressDisplay implements Progress, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ProgressDisplay.class);

	private final ProgressBar bar;

	private ProgressDisplay(ProgressBar bar) {
		this.bar = bar;
	}

	/** Where progress goes. */
	public enum Output {

		/** A bar when standard input and output are a terminal, log lines otherwise. */
		TERMINAL,

		/** Log lines, whatever the output: for work a service does as it starts. */
		LOG

	}

	/** Shows a bar on a terminal, log lines otherwise. */
	public static ProgressDisplay start(String task, String done, long articles) {
		return start(task, done, articles, Output.TERMINAL);
	}

	/**
	 * @param task what is done, as in "Loading"
	 * @param done its past, as in "loaded"
	 */
	public static ProgressDisplay start(String task, String done, long articles, Output output) {
		// System.console() is null when standard input or output is not a terminal
		boolean bar = output == Output.TERMINAL && System.console() != null;
		ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task)
			.setInitialMax(articles)
			.setUnit(" articles", 1)
			.setStyle(ProgressBarStyle.ASCII)
			.showSpeed(new DecimalFormat("#,##0"))
			.setSpeedUnit(ChronoUnit.SECONDS);
		if (!bar) {
			builder.setUpdateIntervalMillis(5000)
				.setRenderer((state, maxLength) -> line(task, done, state))
				.setConsumer(new DelegatingProgressBarConsumer(logger::info));
		}
		return new ProgressDisplay(builder.build());
	}

	@Override
	public void advance(int articles) {
		this.bar.stepBy(articles);
	}

	@Override
	public void close() {
		this.bar.close();
	}

	/** For example "generated 120,000 of 1,000,000 articles (12,300/s, 1m11s left)". */
	static String line(String task, String done, ProgressState state) {
		long advanced = state.getCurrent() - state.getStart();
		if (advanced == 0) {
			return String.format(Locale.ROOT, "%s %,d articles", task.toLowerCase(Locale.ROOT), state.getMax());
		}
		double seconds = state.getElapsedAfterStart().toMillis() / 1000.0;
		double rate = advanced / Math.max(seconds, 0.001);
		String left = duration(Duration.ofSeconds((long) ((state.getMax() - state.getCurrent()) / rate)));
		return String.format(Locale.ROOT, "%s %,d of %,d articles (%,.0f/s, %s left)", done, state.getCurrent(),
				state.getMax(), rate, left);
	}

	private static String duration(Duration duration) {
		long minutes = duration.toMinutes();
		return (minutes > 0) ? minutes + "m" + duration.toSecondsPart() + "s" : duration.toSecondsPart() + "s";
	}

}
