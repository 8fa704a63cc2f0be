package dev.newsgraph.synthetic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.newsgraph.synthetic.SyntheticRows.Batch;
import dev.newsgraph.synthetic.SyntheticRows.Chunk;

/**
 * The rows the generator would copy, written instead to one COPY text file per table,
 * with {@code load.sql}, a psql script that loads them the way the generator does, so
 * that a plain COPY of the same rows can be timed against it.
 */
final class DumpFiles implements SyntheticRows.Sink, AutoCloseable {

	private final Path dir;

	private final Map<Table, OutputStream> files = new EnumMap<>(Table.class);

	DumpFiles(Path dir) throws IOException {
		this.dir = Files.createDirectories(dir).toAbsolutePath();
	}

	@Override
	public void accept(Batch batch) throws IOException {
		for (Chunk chunk : batch.chunks()) {
			OutputStream file = this.files.get(chunk.table());
			if (file == null) {
				file = new BufferedOutputStream(Files.newOutputStream(file(chunk.table())), 1 << 20);
				this.files.put(chunk.table(), file);
			}
			file.write(chunk.data());
		}
	}

	@Override
	public void close() throws IOException {
		for (OutputStream file : this.files.values()) {
			file.close();
		}
		List<String> script = new ArrayList<>();
		script.add("-- psql -v ON_ERROR_STOP=1 -f load.sql: the same rows and COPY statements as the generator");
		script.add("\\timing on");
		script.add("begin;");
		script.add("set local statement_timeout = 0;");
		script.add(Table.truncateAll() + ";");
		for (Table table : this.files.keySet()) {
			script.add("\\" + table.copyFrom("'" + file(table).toString().replace("'", "''") + "'"));
		}
		script.add("commit;");
		Files.write(this.dir.resolve("load.sql"), script);
	}

	private Path file(Table table) {
		return this.dir.resolve(table.table() + ".copy");
	}

}
