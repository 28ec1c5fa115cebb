package org.smtpcodes.codes;

import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * The catalogue in {@code /actuator/health} (part of the readiness group: the service is
 * ready only once the catalogue is loaded and checked) and in {@code /actuator/info}.
 */
@Component
class CatalogueHealthIndicator implements HealthIndicator, InfoContributor {

	private final Catalogue catalogue;

	CatalogueHealthIndicator(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public Health health() {
		return Health.up().withDetail("codes", this.catalogue.counts()).build();
	}

	@Override
	public void contribute(Info.Builder builder) {
		Catalogue.Provenance provenance = this.catalogue.provenance();
		builder.withDetail("catalogue",
				Map.of("version", provenance.version(), "registryUpdated", provenance.registryUpdated().toString(),
						"codes", this.catalogue.counts(), "languages", this.catalogue.languages(), "extra",
						(provenance.extra() != null) ? provenance.extra() : "none"));
	}

}
