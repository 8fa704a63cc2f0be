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

	private final StringBuilder text = new StringBuilder(1 << 16);

	private boolean rowStarted;

	private int rows;

	public CopyText add(String value) {
		separate();
		if (value == null) {
			this.text.append("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				default -> this.text.append(c);
			}
		}
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
