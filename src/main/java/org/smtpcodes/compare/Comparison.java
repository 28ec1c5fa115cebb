package org.smtpcodes.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.codes.CodeDocument.Link;

/**
 * How two codes differ: the answer of {@code GET /compare}. Everything but the notes is
 * derived from the two codes' facts, so that any two codes of the catalogue compare.
 *
 * @param title e.g. "SMTP 220 Service Ready vs 451 Local Error"
 * @param summary complete sentences that contrast the two
 * @param a the code asked for as {@code a}
 * @param b the code asked for as {@code b}
 * @param differences the aspects that differ, and the important ones they share
 * @param whenToUseWhich which to send, and how to react to each
 * @param notes hand-written notes of the catalogue for this pair
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Comparison(String title, String summary, Side a, Side b, List<Difference> differences,
		WhenToUseWhich whenToUseWhich, List<String> notes) {

	public Comparison {
		differences = List.copyOf(differences);
		notes = List.copyOf(notes);
	}

	/**
	 * Compares two codes.
	 * @param a the first code's document
	 * @param b the second code's document
	 * @param note the catalogue's note on the pair, or null
	 * @param phrases the sentences of the answer's language
	 * @return the comparison
	 */
	static Comparison of(CodeDocument a, CodeDocument b, String note, Phrases phrases) {
		Comparer comparer = new Comparer(a, b, phrases);
		return new Comparison(phrases.say("title", a.code(), a.title(), b.code(), b.title()), comparer.summary(),
				Side.of(a), Side.of(b), comparer.differences(), comparer.whenToUseWhich(),
				(note != null) ? List.of(note) : List.of());
	}

	/**
	 * One code, as a comparison shows it.
	 *
	 * @param code the code
	 * @param kind {@code reply} or {@code enhanced}
	 * @param title its title
	 * @param codeClass its class
	 * @param description what it means
	 * @param whenYouSeeIt when it appears
	 * @param howToFix what to do
	 * @param retry whether to retry (failures only)
	 * @param examples up to {@value #EXAMPLES} real replies that carry it, from its
	 * document
	 * @param href link to its document
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Side(String code, String kind, String title, @JsonProperty("class") CodeDocument.CodeClass codeClass,
			String description, String whenYouSeeIt, String howToFix, CodeDocument.Retry retry,
			List<CodeDocument.Example> examples, String href) {

		/** How many real replies a side shows at most. */
		public static final int EXAMPLES = 2;

		public Side {
			examples = List.copyOf(examples);
		}

		static Side of(CodeDocument document) {
			return new Side(document.code(), document.kind(), document.title(),
					new CodeDocument.CodeClass(document.codeClass().code(), document.codeClass().name(), null),
					document.description(), document.whenYouSeeIt(), document.howToFix(), document.retry(),
					document.examples().stream().limit(EXAMPLES).toList(), document.link().href());
		}

	}

	/**
	 * One aspect of the comparison.
	 *
	 * @param aspect a stable identifier: kind, class, permanence, retry, category,
	 * subject, detail, meaning, connection, phase, actor, pairing, standard
	 * @param label the aspect's name in the answer's language
	 * @param a the value for {@code a}
	 * @param b the value for {@code b}
	 * @param shared whether the two share it (an important aspect they have in common)
	 * @param text a sentence that says how they differ, or what they share
	 */
	public record Difference(String aspect, String label, String a, String b, boolean shared, String text) {
	}

	/**
	 * Which code to use, for each side of an SMTP session.
	 *
	 * @param serverOperator which to send, for the operator of a receiving server; absent
	 * when the facts of the two codes cannot tell
	 * @param client how to react to each, for the sending client
	 */
	public record WhenToUseWhich(String serverOperator, String client) {
	}

	/** Derives the parts of a comparison from the two documents. */
	private static final class Comparer {

		private static final String ANY = "ANY";

		private static final String CONNECT = "CONNECT";

		private final CodeDocument a;

		private final CodeDocument b;

		private final Phrases phrases;

		private final boolean layers;

		// the steps of the session at which either may be sent
		private final List<String> common;

		Comparer(CodeDocument a, CodeDocument b, Phrases phrases) {
			this.a = a;
			this.b = b;
			this.phrases = phrases;
			this.layers = !a.kind().equals(b.kind());
			this.common = commonPhases(a.phases(), b.phases());
		}

		String summary() {
			String contrast;
			if (this.layers) {
				contrast = this.phrases.say("summary.layers", this.a.code(), this.a.title(), this.b.code(),
						this.b.title());
			}
			else if (classDigit(this.a) == classDigit(this.b)) {
				contrast = this.phrases.say("summary.sameClass", this.a.code(), this.a.title(), this.b.code(),
						this.b.title(), this.a.codeClass().code(), this.a.codeClass().name());
			}
			else {
				contrast = this.phrases.say("summary.classes", this.a.code(), this.a.title(), this.a.codeClass().code(),
						this.a.codeClass().name(), this.b.code(), this.b.title(), this.b.codeClass().code(),
						this.b.codeClass().name());
			}
			String fact = this.layers ? null : decisiveFact();
			return (fact != null) ? Phrases.sentences(contrast, fact) : contrast;
		}

		// what most tells the two apart beyond their classes: whether the session goes
		// on,
		// then the steps of the session that each answers
		private String decisiveFact() {
			if (closes(this.a) && closes(this.b)) {
				return this.phrases.say("summary.bothClose");
			}
			if (closes(this.a) != closes(this.b)) {
				CodeDocument closer = closes(this.a) ? this.a : this.b;
				return this.phrases.say("summary.closes", closer.code(), other(closer).code());
			}
			if (apart()) {
				return this.phrases.say("summary.steps", this.a.code(), phases(this.a), this.b.code(), phases(this.b));
			}
			return null;
		}

		List<Difference> differences() {
			List<Difference> differences = new ArrayList<>();
			if (this.layers) {
				differences.add(differ("kind", this.phrases.say("kind." + this.a.kind()),
						this.phrases.say("kind." + this.b.kind()),
						this.phrases.say("aspect.kind.text", reply().code(), enhanced().code())));
			}
			classAndPermanence(differences);
			retry(differences);
			if (!this.layers && this.a.kind().equals(CodeDocument.REPLY)) {
				category(differences);
				// in the standard's words where both have them; else the titles are all
				// that
				// tells the two apart
				boolean worded = this.a.rfcText() != null && this.b.rfcText() != null;
				differences.add(differ("meaning", this.a.title(), this.b.title(),
						worded ? this.phrases.say("aspect.meaning.text", this.a.code(), this.a.rfcText(), this.b.code(),
								this.b.rfcText())
								: this.phrases.say("aspect.meaning.titles", this.a.code(), this.a.title(),
										this.b.code(), this.b.title())));
				connection(differences);
			}
			if (!this.layers && this.a.kind().equals(CodeDocument.ENHANCED)) {
				subjectAndDetail(differences);
			}
			phase(differences);
			actor(differences);
			pairing(differences);
			standard(differences);
			return differences;
		}

		WhenToUseWhich whenToUseWhich() {
			String server;
			String client;
			if (this.layers) {
				boolean agree = classDigit(this.a) == classDigit(this.b);
				server = this.phrases.say(agree ? "use.server.layers" : "use.server.conflict", reply().code(),
						enhanced().code());
				client = this.phrases.say("use.client.layers", reply().code(), react(reply()), enhanced().code());
			}
			else {
				server = serverOperator();
				String reactionA = reaction(this.a);
				String reactionB = reaction(this.b);
				client = reactionA.equals(reactionB)
						? this.phrases.say("use.client.same", this.a.code(), this.b.code(), reactionA)
						: this.phrases.say("use.client.classes", this.a.code(), reactionA, this.b.code(), reactionB);
			}
			return new WhenToUseWhich(server, client);
		}

		// which to send, from the facts that decide it (the steps each answers, whether
		// the session goes on, the class), or nothing when the facts cannot tell
		private String serverOperator() {
			if (apart()) {
				return this.phrases.say("use.server.steps", this.a.code(), phases(this.a), this.b.code(),
						phases(this.b));
			}
			if (closes(this.a) && closes(this.b)) {
				return this.phrases.say("use.server.bothClose", this.a.code(), closeWhen(this.a), this.b.code(),
						closeWhen(this.b));
			}
			if (closes(this.a) != closes(this.b)) {
				CodeDocument closer = closes(this.a) ? this.a : this.b;
				CodeDocument other = other(closer);
				return this.phrases.say("use.server.closes", closer.code(), closeWhen(closer), other.code(),
						sendWhen(other));
			}
			if (classDigit(this.a) != classDigit(this.b)) {
				return this.common.isEmpty()
						? this.phrases.say("use.server.classes", this.a.code(), sendWhen(this.a), this.b.code(),
								sendWhen(this.b))
						: this.phrases.say("use.server.classesAt", phaseList(this.common), this.a.code(),
								sendWhen(this.a), this.b.code(), sendWhen(this.b));
			}
			if (reaction(this.a).equals(reaction(this.b))) {
				return this.phrases.say("use.server.same", this.phrases.say("permanence." + classDigit(this.a)),
						this.a.code(), this.a.title(), this.b.code(), this.b.title());
			}
			return null;
		}

		private String sendWhen(CodeDocument document) {
			return this.phrases.say("sendWhen." + classDigit(document));
		}

		private String closeWhen(CodeDocument document) {
			return this.phrases.say("closeWhen." + classDigit(document));
		}

		// how a client reacts: a reply after which the server closes the connection
		// leaves nothing to go on with
		private String reaction(CodeDocument document) {
			return closes(document) ? this.phrases.say("closeReact." + classDigit(document)) : react(document);
		}

		private void connection(List<Difference> differences) {
			if (!closes(this.a) && !closes(this.b)) {
				return;
			}
			String valueA = this.phrases.say(closes(this.a) ? "connection.closed" : "connection.open");
			String valueB = this.phrases.say(closes(this.b) ? "connection.closed" : "connection.open");
			if (closes(this.a) && closes(this.b)) {
				differences.add(share("connection", valueA, valueB, this.phrases.say("aspect.connection.shared")));
			}
			else {
				CodeDocument closer = closes(this.a) ? this.a : this.b;
				differences.add(differ("connection", valueA, valueB,
						this.phrases.say("aspect.connection.differs", closer.code(), other(closer).code())));
			}
		}

		// both answer known steps of the session, and no step is the same: they never
		// compete for one answer
		private boolean apart() {
			return !this.a.phases().isEmpty() && !this.b.phases().isEmpty() && this.common.isEmpty();
		}

		// the steps at which either may be sent; ANY (any command) meets every command,
		// but not the opening of the connection, which is no command
		private static List<String> commonPhases(List<String> phasesA, List<String> phasesB) {
			List<String> common = new ArrayList<>();
			for (String phase : phasesA) {
				if (meets(phase, phasesB)) {
					common.add(phase);
				}
			}
			for (String phase : phasesB) {
				if (!common.contains(phase) && meets(phase, phasesA)) {
					common.add(phase);
				}
			}
			if (common.contains(ANY) && common.size() > 1) {
				common.remove(ANY);
			}
			return common;
		}

		private static boolean meets(String phase, List<String> phases) {
			if (phases.contains(phase)) {
				return true;
			}
			if (phase.equals(ANY)) {
				return phases.stream().anyMatch((other) -> !other.equals(CONNECT));
			}
			return !phase.equals(CONNECT) && phases.contains(ANY);
		}

		private CodeDocument other(CodeDocument document) {
			return (document == this.a) ? this.b : this.a;
		}

		private static boolean closes(CodeDocument document) {
			return Boolean.TRUE.equals(document.closesConnection());
		}

		private void classAndPermanence(List<Difference> differences) {
			int classA = classDigit(this.a);
			int classB = classDigit(this.b);
			String label = this.a.codeClass().code() + " " + this.a.codeClass().name();
			String labelB = this.b.codeClass().code() + " " + this.b.codeClass().name();
			if (this.layers) {
				String text = (classA == classB)
						? this.phrases.say("aspect.class.agree", classA, reply().code(), enhanced().code())
						: this.phrases.say("aspect.class.disagree", classDigit(reply()), classDigit(enhanced()));
				differences.add(new Difference("class", this.phrases.say("aspect.class"), label, labelB,
						classA == classB, text));
			}
			else if (classA == classB) {
				differences.add(share("class", label, labelB,
						this.phrases.say("aspect.class.shared", this.a.codeClass().code(), this.a.codeClass().name())));
			}
			else {
				differences.add(differ("class", label, labelB,
						this.phrases.say("aspect.class.differs", this.a.code(), this.a.codeClass().code(),
								this.a.codeClass().name(), this.b.code(), this.b.codeClass().code(),
								this.b.codeClass().name())));
			}
			if (classA != classB) {
				String permanenceA = this.phrases.say("permanence." + classA);
				String permanenceB = this.phrases.say("permanence." + classB);
				differences.add(differ("permanence", permanenceA, permanenceB, this.phrases
					.say("aspect.permanence.text", this.a.code(), permanenceA, this.b.code(), permanenceB)));
			}
		}

		private void retry(List<Difference> differences) {
			String retryA = retryValue(this.a);
			String retryB = retryValue(this.b);
			String text;
			if (!retryA.equals(retryB)) {
				if (this.a.retry() == null || this.b.retry() == null) {
					CodeDocument success = (this.a.retry() == null) ? this.a : this.b;
					CodeDocument failure = (success == this.a) ? this.b : this.a;
					text = this.phrases.say(
							failure.retry().retryable() ? "aspect.retry.nothing.yes" : "aspect.retry.nothing.no",
							success.code(), failure.code());
				}
				else {
					CodeDocument yes = this.a.retry().retryable() ? this.a : this.b;
					text = this.phrases.say("aspect.retry.differs", yes.code(),
							((yes == this.a) ? this.b : this.a).code());
				}
				differences.add(differ("retry", retryA, retryB, text));
			}
			else {
				String key = (this.a.retry() == null) ? "bothNone" : this.a.retry().retryable() ? "bothYes" : "bothNo";
				differences.add(share("retry", retryA, retryB, this.phrases.say("aspect.retry." + key)));
			}
		}

		private void category(List<Difference> differences) {
			CodeDocument.Category categoryA = this.a.category();
			CodeDocument.Category categoryB = this.b.category();
			String none = this.phrases.say("category.none");
			String valueA = (categoryA != null) ? "x" + categoryA.digit() + "z " + categoryA.name() : none;
			String valueB = (categoryB != null) ? "x" + categoryB.digit() + "z " + categoryB.name() : none;
			if (categoryA == null && categoryB == null) {
				return;
			}
			if (Objects.equals(categoryA, categoryB)) {
				differences.add(share("category", valueA, valueB,
						this.phrases.say("aspect.category.shared", categoryA.digit(), categoryA.name())));
			}
			else if (categoryA != null && categoryB != null) {
				differences
					.add(differ("category", valueA, valueB, this.phrases.say("aspect.category.differs", this.a.code(),
							categoryA.digit(), categoryA.name(), this.b.code(), categoryB.digit(), categoryB.name())));
			}
			else {
				CodeDocument named = (categoryA != null) ? this.a : this.b;
				CodeDocument unnamed = (named == this.a) ? this.b : this.a;
				differences.add(differ("category", valueA, valueB,
						this.phrases.say("aspect.category.partial", named.code(), named.category().digit(),
								named.category().name(), unnamed.code(), unnamed.code().charAt(1))));
			}
		}

		private void subjectAndDetail(List<Difference> differences) {
			CodeDocument.Part subjectA = this.a.subject();
			CodeDocument.Part subjectB = this.b.subject();
			if (subjectA.code().equals(subjectB.code())) {
				differences.add(share("subject", subjectA.name(), subjectB.name(),
						this.phrases.say("aspect.subject.shared", subjectA.name(), subjectA.code())));
			}
			else {
				differences.add(differ("subject", subjectA.name(), subjectB.name(),
						this.phrases.say("aspect.subject.differs", this.a.code(), subjectA.name(), subjectA.code(),
								this.b.code(), subjectB.name(), subjectB.code())));
			}
			if (!this.a.detail().code().equals(this.b.detail().code())) {
				// in the registry's words where both are registered; else the titles are
				// all that tells the two apart
				String registryA = this.a.registrySummary();
				String registryB = this.b.registrySummary();
				differences.add(differ("detail", this.a.title(), this.b.title(),
						(registryA != null && registryB != null)
								? this.phrases.say("aspect.detail.registry", this.a.code(), registryA, this.b.code(),
										registryB)
								: this.phrases.say("aspect.detail.text", this.a.code(), this.a.title(), this.b.code(),
										this.b.title())));
			}
		}

		private void phase(List<Difference> differences) {
			if (this.a.phases().isEmpty() || this.b.phases().isEmpty()) {
				return;
			}
			String phasesA = phases(this.a);
			String phasesB = phases(this.b);
			if (this.a.phases().equals(this.b.phases())) {
				differences.add(share("phase", phasesA, phasesB, this.phrases.say("aspect.phase.shared", phasesA)));
			}
			else {
				differences.add(differ("phase", phasesA, phasesB,
						this.phrases.say("aspect.phase.differs", this.a.code(), phasesA, this.b.code(), phasesB)));
			}
		}

		private void actor(List<Difference> differences) {
			String actorA = actor(this.a);
			String actorB = actor(this.b);
			if (actorA.equals(actorB)) {
				differences.add(share("actor", actorA, actorB, this.phrases.say("aspect.actor.shared", actorA)));
			}
			else {
				differences.add(differ("actor", actorA, actorB,
						this.phrases.say("aspect.actor.differs", this.a.code(), actorA, this.b.code(), actorB)));
			}
		}

		private void pairing(List<Difference> differences) {
			List<String> companionsA = companions(this.a);
			List<String> companionsB = companions(this.b);
			String valueA = companionsA.isEmpty() ? this.phrases.say("aspect.pairing.none." + this.a.kind())
					: this.phrases.list(companionsA);
			String valueB = companionsB.isEmpty() ? this.phrases.say("aspect.pairing.none." + this.b.kind())
					: this.phrases.list(companionsB);
			if (this.layers) {
				boolean together = companions(reply()).contains(enhanced().code())
						|| companions(enhanced()).contains(reply().code());
				String text = together ? this.phrases.say("aspect.pairing.together", reply().code(), enhanced().code())
						: this.phrases.say("aspect.pairing.apart", reply().code(),
								(reply() == this.a) ? valueA : valueB);
				differences
					.add(new Difference("pairing", this.phrases.say("aspect.pairing"), valueA, valueB, together, text));
			}
			else if (!companionsA.equals(companionsB)) {
				differences.add(differ("pairing", valueA, valueB,
						this.phrases.say("aspect.pairing.both", this.a.code(), valueA, this.b.code(), valueB)));
			}
		}

		private void standard(List<Difference> differences) {
			String standardA = standardValue(this.a);
			String standardB = standardValue(this.b);
			if (this.a.standard() != this.b.standard()) {
				CodeDocument standard = this.a.standard() ? this.a : this.b;
				CodeDocument other = (standard == this.a) ? this.b : this.a;
				differences.add(differ("standard", standardA, standardB, this.phrases.say("aspect.standard.differs",
						standard.code(), other.code(), standardValue(other))));
			}
			else if (!this.a.standard()) {
				differences.add(share("standard", standardA, standardB, this.phrases.say("aspect.standard.neither")));
			}
		}

		private Difference differ(String aspect, String valueA, String valueB, String text) {
			return new Difference(aspect, this.phrases.say("aspect." + aspect), valueA, valueB, false, text);
		}

		private Difference share(String aspect, String valueA, String valueB, String text) {
			return new Difference(aspect, this.phrases.say("aspect." + aspect), valueA, valueB, true, text);
		}

		private String retryValue(CodeDocument document) {
			if (document.retry() == null) {
				return this.phrases.say("retry.none");
			}
			return this.phrases.say(document.retry().retryable() ? "retry.yes" : "retry.no");
		}

		private String standardValue(CodeDocument document) {
			if (Boolean.FALSE.equals(document.registered())) {
				return this.phrases.say("standard.unregistered");
			}
			return this.phrases.say(document.standard() ? "standard.yes" : "standard.no");
		}

		private String phases(CodeDocument document) {
			return phaseList(document.phases());
		}

		private String phaseList(List<String> phases) {
			return this.phrases.list(phases.stream().map((phase) -> switch (phase) {
				case "CONNECT", "END_OF_DATA", "ANY" -> this.phrases.say("phase." + phase);
				default -> phase;
			}).toList());
		}

		// who must act, from the class, then the subject (RFC 3463 says who controls
		// each) or the category
		private String actor(CodeDocument document) {
			int classDigit = classDigit(document);
			if (classDigit < 4) {
				return this.phrases.say("actor.none");
			}
			if (document.subject() != null) {
				return this.phrases.say("actor.subject." + document.subject().code().substring(2));
			}
			if (classDigit == 4) {
				return this.phrases.say("actor.retry");
			}
			return (document.category() != null && document.category().digit() == 0)
					? this.phrases.say("actor.fixCommand") : this.phrases.say("actor.fixRequest");
		}

		private String react(CodeDocument document) {
			int classDigit = classDigit(document);
			if (classDigit == 4 && !document.retry().retryable()) {
				return this.phrases.say("react.4.noRetry");
			}
			if (classDigit == 5 && document.retry().retryable()) {
				return this.phrases.say("react.5.retry");
			}
			return this.phrases.say("react." + classDigit);
		}

		private static List<String> companions(CodeDocument document) {
			List<Link> links = document.kind().equals(CodeDocument.REPLY) ? document.enhancedCodes()
					: document.replyCodes();
			return links.stream().map(Link::code).toList();
		}

		private CodeDocument reply() {
			return this.a.kind().equals(CodeDocument.REPLY) ? this.a : this.b;
		}

		private CodeDocument enhanced() {
			return this.a.kind().equals(CodeDocument.ENHANCED) ? this.a : this.b;
		}

		private static int classDigit(CodeDocument document) {
			return document.code().charAt(0) - '0';
		}

	}

}
