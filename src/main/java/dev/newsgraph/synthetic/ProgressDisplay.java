package dev.newsgraph.synthetic;

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
 * line every five seconds otherwise (CI, a container, output sent to a file).
 */
final class ProgressDisplay implements SyntheticGenerator.Progress, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ProgressDisplay.class);

	private final ProgressBar bar;

	private ProgressDisplay(ProgressBar bar) {
		this.bar = bar;
	}

	static ProgressDisplay start(int articles) {
		ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("Generating")
			.setInitialMax(articles)
			.setUnit(" articles", 1)
			.setStyle(ProgressBarStyle.ASCII)
			.showSpeed(new DecimalFormat("#,##0"))
			.setSpeedUnit(ChronoUnit.SECONDS);
		// null when standard input or output is not a terminal
		if (System.console() == null) {
			builder.setUpdateIntervalMillis(5000)
				.setRenderer(ProgressDisplay::line)
				.setConsumer(new DelegatingProgressBarConsumer(logger::info));
		}
		return new ProgressDisplay(builder.build());
	}

	@Override
	public void written(int articles) {
		this.bar.stepBy(articles);
	}

	@Override
	public void close() {
		this.bar.close();
	}

	/** For example "generated 120,000 of 1,000,000 articles (12,300/s, 1m11s left)". */
	static String line(ProgressState state, int maxLength) {
		long done = state.getCurrent() - state.getStart();
		if (done == 0) {
			return String.format(Locale.ROOT, "generating %,d articles", state.getMax());
		}
		double seconds = state.getElapsedAfterStart().toMillis() / 1000.0;
		double rate = done / Math.max(seconds, 0.001);
		String left = duration(Duration.ofSeconds((long) ((state.getMax() - state.getCurrent()) / rate)));
		return String.format(Locale.ROOT, "generated %,d of %,d articles (%,.0f/s, %s left)", state.getCurrent(),
				state.getMax(), rate, left);
	}

	private static String duration(Duration duration) {
		long minutes = duration.toMinutes();
		return (minutes > 0) ? minutes + "m" + duration.toSecondsPart() + "s" : duration.toSecondsPart() + "s";
	}

}
