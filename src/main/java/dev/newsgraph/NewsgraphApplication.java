package dev.newsgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsgraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(NewsgraphApplication.class, args);
	}

}
