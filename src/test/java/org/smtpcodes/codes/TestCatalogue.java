package org.smtpcodes.codes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The embedded catalogue for tests of other packages, loaded once.
 */
public final class TestCatalogue {

	private static Catalogue catalogue;

	private TestCatalogue() {
	}

	/**
	 * The service's sentences and problem texts, as Spring Boot configures its message
	 * source.
	 */
	public static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return messages;
	}

	/** The embedded catalogue, in the languages the service is configured with. */
	public static synchronized Catalogue load() {
		if (catalogue == null) {
			catalogue = new CatalogueLoader(List.of("en", "ja"), TestCatalogue.messages())
				.load(new PathMatchingResourcePatternResolver(), null);
		}
		return catalogue;
	}

	/** A catalogue file of the given text, as the loader reads one. */
	public static ByteArrayResource resource(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The text of one of the embedded catalogue's files, to be changed by a test. */
	public static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
