package dev.newsgraph;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the service runs, through datasource-proxy around the pool.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private final AtomicInteger statements = new AtomicInteger();

	/** Statements run since the last call. */
	public int take() {
		return this.statements.getAndSet(0);
	}

	@Bean
	static BeanPostProcessor countingDataSource(StatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
					return ProxyDataSourceBuilder.create(dataSource)
						.listener(QueryExecutionListener.DEFAULT)
						.afterQuery((execution, queries) -> counter.statements.addAndGet(queries.size()))
						.build();
				}
				return bean;
			}
		};
	}

}
