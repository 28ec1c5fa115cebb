package org.smtpcodes.codes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.smtpcodes.system.Answer;
import org.smtpcodes.system.Answers;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Every code document and the unfiltered list of codes, serialized once per language with
 * their ETags. They are serialized in the background as soon as the application is ready,
 * so that the start does not wait for them; a request that comes first serializes the
 * answer it needs, once. Codes with an unregistered detail (4.7.99) and filtered lists
 * are serialized on request.
 */
@Component
class CodeAnswers {

	private static final Log logger = LogFactory.getLog(CodeAnswers.class);

	private final Catalogue catalogue;

	private final Answers answers;

	private final Map<String, Map<String, Answer>> documents = new HashMap<>();

	private final Map<String, Answer> lists = new ConcurrentHashMap<>();

	private final TaskExecutor executor;

	CodeAnswers(Catalogue catalogue, Answers answers, TaskExecutor applicationTaskExecutor) {
		this.catalogue = catalogue;
		this.answers = answers;
		this.executor = applicationTaskExecutor;
		for (String language : catalogue.languages()) {
			this.documents.put(language, new ConcurrentHashMap<>());
		}
	}

	/**
	 * The serialized document of a catalogue code, or null for a code built on request.
	 */
	Answer document(String code, String language) {
		// a plain get first: computeIfAbsent may lock even when the answer is there
		Map<String, Answer> serialized = this.documents.get(language);
		Answer answer = serialized.get(code);
		if (answer != null) {
			return answer;
		}
		CodeDocument document = this.catalogue.documents(language).get(code);
		return (document != null) ? serialized.computeIfAbsent(code, (key) -> this.answers.keep(document)) : null;
	}

	/** The serialized list of every code. */
	Answer list(String language) {
		Answer answer = this.lists.get(language);
		return (answer != null) ? answer : this.lists.computeIfAbsent(language, (key) -> {
			List<CodeSummary> all = this.catalogue.list(null, null, null, language);
			return this.answers.keep(CodesController.CodeList.of(this.catalogue, all));
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void serializeAll() {
		this.executor.execute(() -> {
			long start = System.nanoTime();
			for (String language : this.catalogue.languages()) {
				this.catalogue.documents(language).keySet().forEach((code) -> document(code, language));
				list(language);
			}
			logger.debug("Serialized every code answer in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		});
	}

}
