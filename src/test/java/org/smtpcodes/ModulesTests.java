package org.smtpcodes;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages of the service are modules with boundaries (Spring Modulith): no cycles
 * between them, and {@code system}, which every feature uses, a leaf that uses none of
 * them.
 */
class ModulesTests {

	private final ApplicationModules modules = ApplicationModules.of(SmtpCodesApplication.class);

	@Test
	void haveNoCyclesAndUseOnlyWhatEachOtherExposes() {
		this.modules.verify();
	}

	@Test
	void keepSystemALeaf() {
		ApplicationModule system = this.modules.getModuleByName("system").orElseThrow();
		assertThat(system.getDirectDependencies(this.modules).stream().map((d) -> d.getTargetModule().getName()))
			.isEmpty();
		assertThat(this.modules.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrder("bounces", "codes",
				"compare", "explain", "maillog", "pages", "system");
	}

}
