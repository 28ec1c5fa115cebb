package org.smtpcodes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * smtp-codes: what an SMTP reply means.
 */
@SpringBootApplication
// Spring Boot's own filters, and the management port's configuration, which belongs to
// the actuator's child context only
// (META-INF/spring/...ManagementContextConfiguration.imports)
@ComponentScan(excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ManagementContextConfiguration.class) })
public class SmtpCodesApplication {

	static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";

	public static void main(String[] args) {
		spareCarrier();
		SpringApplication.run(SmtpCodesApplication.class, args);
	}

	static void spareCarrier() {
		// Virtual threads run on one carrier thread per core by default; Tomcat's poller
		// and acceptor, the JIT and the collector are platform threads beside them, and
		// whenever the system runs one of them in place of a carrier, the requests queued
		// on that carrier wait. One carrier more than the cores took p99 of GET
		// /codes/451 from 14 ms to 4 ms on two cores (bench/run). A value set on the
		// command line wins.
		if (System.getProperty(CARRIERS) == null) {
			System.setProperty(CARRIERS, Integer.toString(Runtime.getRuntime().availableProcessors() + 1));
		}
	}

}
