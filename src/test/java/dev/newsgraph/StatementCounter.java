package dev.newsgraph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts and records the SQL statements the service runs, through datasource-proxy around
 * the pool.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private final AtomicInteger statements = new AtomicInteger();

	private final List<Statement> recorded = new CopyOnWriteArrayList<>();

	/**
	 * A statement the service ran, with its first set of parameters.
	 *
	 * @param sql the statement
	 * @param parameters values by JDBC parameter index
	 */
	public record Statement(String sql, Map<Integer, Object> parameters) {
	}

	/** Statements run since the last call. */
	public int take() {
		this.recorded.clear();
		return this.statements.getAndSet(0);
	}

	/** The statements run since the last call, with their parameters. */
	public List<Statement> takeRecorded() {
		List<Statement> statements = List.copyOf(this.recorded);
		take();
		return statements;
	}

	private void record(List<QueryInfo> queries) {
		this.statements.addAndGet(queries.size());
		for (QueryInfo query : queries) {
			Map<Integer, Object> parameters = new TreeMap<>();
			if (!query.getParametersList().isEmpty()) {
				for (ParameterSetOperation operation : query.getParametersList().get(0)) {
					Object[] args = operation.getArgs();
					parameters.put((Integer) args[0], (args.length > 1) ? args[1] : null);
				}
			}
			this.recorded.add(new Statement(query.getQuery(), parameters));
		}
	}

	@Bean
	static BeanPostProcessor countingDataSource(StatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
					return ProxyDataSourceBuilder.create(dataSource)
						.listener(QueryExecutionListener.DEFAULT)
						.afterQuery((execution, queries) -> counter.record(queries))
						.build();
				}
				return bean;
			}
		};
	}

}
