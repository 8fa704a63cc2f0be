package dev.newsgraph.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * SIGTERM, as Docker and Kubernetes send it, is a normal stop for the service: the
 * context closes (requests in flight drain through graceful shutdown, the embedded
 * database stops) and the process exits 0, not the 143 the JVM reports for a signal. A
 * command (no web server) that SIGTERM interrupts has not done its work, so it keeps the
 * JVM's 143.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GracefulTermination implements ApplicationListener<ApplicationStartedEvent> {

	private static final Logger logger = LoggerFactory.getLogger(GracefulTermination.class);

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		Signal.handle(new Signal("TERM"), (signal) -> {
			logger.info("SIGTERM: draining requests and stopping");
			System.exit(SpringApplication.exit(context));
		});
	}

}
