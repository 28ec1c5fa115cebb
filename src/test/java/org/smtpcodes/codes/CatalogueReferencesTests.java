package org.smtpcodes.codes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every RFC section the catalogue cites exists: the references of the code documents, and
 * the sections named in the texts ("RFC 5321 section 4.2.2", "RFC 5321 の 3.8 節"), against
 * the sections that each RFC's own text lists (test resource {@code rfc/sections.txt}).
 * An RFC missing from that file is not checked.
 */
class CatalogueReferencesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	// one or two digits at the top, so that a reply code after "sections 3.8 and" is not
	// read as a section
	private static final String NUMBER = "\\d{1,2}(?:\\.\\d{1,2})*(?!\\d)";

	private static final Pattern SECTION_NUMBER = Pattern.compile(NUMBER);

	// "RFC 5321 section 4.2.2", "RFC 7208 sections 8.6 and 8.7", "RFC 5321 の 3.8 節"
	private static final Pattern MENTION = Pattern.compile("RFC\\s*(\\d+)(?:,?\\s+[Ss]ection\\s+(" + NUMBER + ")"
			+ "|,?\\s+[Ss]ections\\s+(" + NUMBER + "(?:(?:\\s*,\\s*|,?\\s+and\\s+)" + NUMBER + ")*)" + "|\\s*の\\s*("
			+ NUMBER + "\\s*節(?:\\s*[と、]\\s*" + NUMBER + "\\s*節)*))");

	private final Catalogue catalogue = CatalogueTests.catalogue();

	@Test
	void everyReferenceNamesASectionItsRfcHas() {
		Citations citations = new Citations(sections());
		for (String language : this.catalogue.languages()) {
			for (CodeDocument document : this.catalogue.documents(language).values()) {
				for (CodeDocument.Reference reference : document.references()) {
					if (reference.section() != null) {
						citations.cite(language + " " + document.code(), reference.document(), reference.section());
					}
				}
			}
		}
		citations.report("references of code documents");
		assertThat(citations.wrong()).isEmpty();
		assertThat(citations.checked()).isGreaterThan(200);
	}

	@Test
	void everySectionNamedInTheTextsIsOneItsRfcHas() throws IOException {
		Citations citations = new Citations(sections());
		for (Path file : textFiles()) {
			citations.read(RESOURCES.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
		}
		citations.report("sections named in the texts");
		assertThat(citations.wrong()).isEmpty();
		assertThat(citations.checked()).isGreaterThan(200);
	}

	@Test
	void flagsASectionThatItsRfcDoesNotHave() {
		Citations citations = new Citations(sections());
		citations.cite("521", "RFC 7504", "4.2.2");
		citations.cite("521", "RFC 7504", "3");
		citations.read("en.yaml", "RFC 5321 section 4.2.2 lists it.\nRFC 7208 Sections 8.6 and\n  8.9 recommend it.");
		citations.read("ja.yaml", "RFC 5321 の 4.2.9 節を参照してください。RFC 9999 section 42 is not checked.");
		assertThat(citations.wrong()).containsExactly("521: RFC 7504 has no section 4.2.2",
				"en.yaml:2: RFC 7208 has no section 8.9", "ja.yaml:1: RFC 5321 has no section 4.2.9");
		assertThat(citations.checked()).isEqualTo(6);
		assertThat(citations.unchecked()).containsExactly("RFC 9999");
	}

	/**
	 * The texts that name RFC sections: the catalogue's files (texts in every language,
	 * and the comments of the facts) and the service's messages.
	 */
	private static List<Path> textFiles() throws IOException {
		try (Stream<Path> catalogue = Files.walk(RESOURCES.resolve("catalogue"));
				Stream<Path> messages = Files.list(RESOURCES)) {
			List<Path> files = new ArrayList<>(
					catalogue.filter((file) -> file.toString().endsWith(".yaml")).sorted().toList());
			files.addAll(
					messages.filter((file) -> file.getFileName().toString().matches("messages(_[a-z]+)?\\.properties"))
						.sorted()
						.toList());
			assertThat(files).extracting((file) -> file.getFileName().toString())
				.contains("reply-codes.yaml", "enhanced-x7.yaml", "messages.properties", "messages_ja.properties");
			return files;
		}
	}

	/** The sections of each RFC in {@code rfc/sections.txt}, by name ("RFC 5321"). */
	static Map<String, Set<String>> sections() {
		Map<String, Set<String>> sections = new LinkedHashMap<>();
		for (String line : TestCatalogue.read("rfc/sections.txt").lines().toList()) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] rfcAndSections = line.split(":", 2);
			assertThat(rfcAndSections[0]).as(line).matches("RFC \\d+");
			Set<String> numbers = new LinkedHashSet<>(List.of(rfcAndSections[1].strip().split(" ")));
			assertThat(numbers).as(line).isNotEmpty().allMatch((number) -> number.matches(NUMBER));
			assertThat(sections.put(rfcAndSections[0], numbers)).as("%s listed twice", rfcAndSections[0]).isNull();
		}
		assertThat(sections).containsKeys("RFC 5321", "RFC 3463", "RFC 7504");
		return sections;
	}

	/**
	 * Citations of RFC sections, each checked as it is cited.
	 */
	static final class Citations {

		private final Map<String, Set<String>> sections;

		private final List<String> wrong = new ArrayList<>();

		private final Set<String> unchecked = new TreeSet<>();

		private int checked;

		Citations(Map<String, Set<String>> sections) {
			this.sections = sections;
		}

		/** A citation of section {@code section} of {@code rfc} ("RFC 5321"). */
		void cite(String where, String rfc, String section) {
			Set<String> known = this.sections.get(rfc);
			if (known == null) {
				this.unchecked.add(rfc);
				return;
			}
			this.checked++;
			if (!known.contains(section)) {
				this.wrong.add(where + ": " + rfc + " has no section " + section);
			}
		}

		/** Every section that a text names, in English or Japanese. */
		void read(String file, String text) {
			Matcher mention = MENTION.matcher(text);
			while (mention.find()) {
				String where = file + ":"
						+ (text.substring(0, mention.start()).chars().filter((c) -> c == '\n').count() + 1);
				String numbers = (mention.group(2) != null) ? mention.group(2)
						: (mention.group(3) != null) ? mention.group(3) : mention.group(4);
				Matcher number = SECTION_NUMBER.matcher(numbers);
				while (number.find()) {
					cite(where, "RFC " + mention.group(1), number.group());
				}
			}
		}

		/**
		 * Says how much was checked, so that a run shows the check did not pass empty.
		 */
		void report(String what) {
			System.out.printf(
					"%d %s checked against the sections of %d RFCs; not checked, for want of their " + "sections: %s%n",
					this.checked, what, this.sections.size(), String.join(", ", this.unchecked));
		}

		List<String> wrong() {
			return this.wrong;
		}

		int checked() {
			return this.checked;
		}

		Set<String> unchecked() {
			return this.unchecked;
		}

	}

}
