package dev.newsgraph.database;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows in PostgreSQL's COPY text format: tab-separated fields, {@code \N} for null,
 * backslash escapes for backslash, tab, newline and carriage return.
 */
public final class CopyText {

	private final StringBuilder text = new StringBuilder(1 << 14);

	private boolean rowStarted;

	private int rows;

	public CopyText add(String value) {
		separate();
		if (value == null) {
			this.text.append("\\N");
			return this;
		}
		int copied = 0;
		for (int i = 0; i < value.length(); i++) {
			String escaped = switch (value.charAt(i)) {
				case '\\' -> "\\\\";
				case '\t' -> "\\t";
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				default -> null;
			};
			if (escaped != null) {
				this.text.append(value, copied, i).append(escaped);
				copied = i + 1;
			}
		}
		this.text.append(value, copied, value.length());
		return this;
	}

	public CopyText add(long value) {
		separate();
		this.text.append(value);
		return this;
	}

	public CopyText add(Integer value) {
		return (value != null) ? add(value.longValue()) : add((String) null);
	}

	public void endRow() {
		this.text.append('\n');
		this.rowStarted = false;
		this.rows++;
	}

	private void separate() {
		if (this.rowStarted) {
			this.text.append('\t');
		}
		this.rowStarted = true;
	}

	public int rows() {
		return this.rows;
	}

	/** Chars written so far. */
	public int length() {
		return this.text.length();
	}

	public byte[] toBytes() {
		return this.text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Runs one {@code COPY ... FROM STDIN} with the given rows, cancelling it if the
	 * write fails part-way so that the connection stays usable.
	 */
	public static void copyIn(CopyManager copy, String sql, byte[] rows) throws SQLException {
		CopyIn in = copy.copyIn(sql);
		try {
			in.writeToCopy(rows, 0, rows.length);
			in.endCopy();
		}
		finally {
			if (in.isActive()) {
				in.cancelCopy();
			}
		}
	}

}
