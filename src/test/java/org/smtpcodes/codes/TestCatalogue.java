package org.smtpcodes.codes;

import java.util.List;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The embedded catalogue for tests of other packages, loaded once.
 */
public final class TestCatalogue {

	private static Catalogue catalogue;

	private TestCatalogue() {
	}

	/** The embedded catalogue, in the languages the service is configured with. */
	public static synchronized Catalogue load() {
		if (catalogue == null) {
			catalogue = new CatalogueLoader(List.of("en"), CatalogueLoaderTests.messages())
				.load(new PathMatchingResourcePatternResolver(), null);
		}
		return catalogue;
	}

}
