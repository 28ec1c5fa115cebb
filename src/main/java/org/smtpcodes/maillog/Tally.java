package org.smtpcodes.maillog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The counts of one log as it is read: every attempt by outcome, and the failed and
 * deferred ones by reason, recipient domain, provider and masked reply; every attempt by
 * sender domain. Each kind keeps a bounded number of groups (the first ones seen); the
 * attempts of groups past the bound are counted, not grouped.
 */
final class Tally {

	private final Kind reason;

	private final Kind domain;

	private final Kind provider;

	private final Kind reply;

	private final Kind senders;

	private final Map<String, Long> formats = new LinkedHashMap<>();

	private final Outcomes outcomes = new Outcomes();

	private String first;

	private String last;

	Tally(int maxGroups) {
		this.reason = new Kind(maxGroups);
		this.domain = new Kind(maxGroups);
		this.provider = new Kind(maxGroups);
		this.reply = new Kind(maxGroups);
		this.senders = new Kind(maxGroups);
	}

	/** Counts a line of a format. */
	void line(LogLine line, String format) {
		if (line.time() != null) {
			if (this.first == null) {
				this.first = line.time();
			}
			this.last = line.time();
		}
		if (format != null) {
			this.formats.merge(format, 1L, Long::sum);
		}
	}

	/** Counts an attempt. */
	void add(Attempt attempt, Verdicts.Verdict verdict) {
		this.outcomes.count(attempt.outcome());
		String senderDomain = attempt.senderDomain();
		if (senderDomain != null) {
			this.senders.add(senderDomain, attempt);
		}
		if (attempt.outcome() == Outcome.DELIVERED) {
			return;
		}
		this.reason.add(verdict.reason(), attempt);
		String recipientDomain = attempt.recipientDomain();
		if (recipientDomain != null) {
			this.domain.add(recipientDomain, attempt);
		}
		String provider = verdict.provider();
		if (provider != null) {
			this.provider.add(provider, attempt);
		}
		if (!verdict.masked().isEmpty()) {
			this.reply.add(verdict.masked(), attempt);
		}
	}

	long deliveries() {
		return this.outcomes.total();
	}

	/**
	 * The report: the largest groups of each kind, each with its example explained.
	 */
	MailLogReport report(long lines, long unknownLines, long cutLines, long forgotten, int shown,
			Function<Attempt, MailLogReport.Example> example, Function<String, String> describe) {
		Outcomes all = this.outcomes;
		MailLogReport.Summary summary = new MailLogReport.Summary(lines, unknownLines, cutLines, all.total(),
				all.delivered, all.deferred, all.bounced, all.expired, this.first, this.last, this.formats, forgotten);
		MailLogReport.Groups groups = new MailLogReport.Groups(this.reason.list(shown, example, describe),
				this.domain.list(shown, example, null), this.provider.list(shown, example, null),
				this.reply.list(shown, example, null));
		return new MailLogReport(summary, groups, this.senders.list(shown, example, null));
	}

	/** The groups of one kind. */
	private static final class Kind {

		private final int maxGroups;

		private final Map<String, Counts> groups = new HashMap<>();

		private long ungrouped;

		Kind(int maxGroups) {
			this.maxGroups = maxGroups;
		}

		void add(String key, Attempt attempt) {
			Counts counts = this.groups.get(key);
			if (counts == null) {
				if (this.groups.size() >= this.maxGroups) {
					this.ungrouped++;
					return;
				}
				counts = new Counts();
				this.groups.put(key, counts);
			}
			counts.add(attempt);
		}

		MailLogReport.GroupList list(int shown, Function<Attempt, MailLogReport.Example> example,
				Function<String, String> describe) {
			List<Map.Entry<String, Counts>> entries = new ArrayList<>(this.groups.entrySet());
			entries.sort(Comparator.comparingLong((Map.Entry<String, Counts> entry) -> entry.getValue().total())
				.reversed()
				.thenComparing(Map.Entry::getKey));
			List<MailLogReport.Group> listed = new ArrayList<>();
			long moreDeliveries = this.ungrouped;
			for (int i = 0; i < entries.size(); i++) {
				Map.Entry<String, Counts> entry = entries.get(i);
				Counts counts = entry.getValue();
				if (i >= shown) {
					moreDeliveries += counts.total();
					continue;
				}
				listed.add(new MailLogReport.Group(entry.getKey(),
						(describe != null) ? describe.apply(entry.getKey()) : null, counts.total(), counts.delivered,
						counts.deferred, counts.bounced, counts.expired, counts.first, counts.last,
						(counts.example != null) ? example.apply(counts.example) : null));
			}
			long moreGroups = Math.max(0, entries.size() - shown);
			return new MailLogReport.GroupList(listed, moreGroups, moreDeliveries);
		}

	}

	/** How many attempts had each outcome. */
	private static class Outcomes {

		long delivered;

		long deferred;

		long bounced;

		long expired;

		void count(Outcome outcome) {
			switch (outcome) {
				case DELIVERED -> this.delivered++;
				case DEFERRED -> this.deferred++;
				case BOUNCED -> this.bounced++;
				case EXPIRED -> this.expired++;
			}
		}

		long total() {
			return this.delivered + this.deferred + this.bounced + this.expired;
		}

	}

	/** The counts of one group, its first and last time, and its first failed attempt. */
	private static final class Counts extends Outcomes {

		private String first;

		private String last;

		private Attempt example;

		void add(Attempt attempt) {
			count(attempt.outcome());
			String time = attempt.line().time();
			if (time != null) {
				if (this.first == null) {
					this.first = time;
				}
				this.last = time;
			}
			if (this.example == null && attempt.outcome() != Outcome.DELIVERED) {
				this.example = attempt.compact();
			}
		}

	}

}
