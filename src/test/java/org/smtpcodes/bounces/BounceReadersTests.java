package org.smtpcodes.bounces;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.smtpcodes.codes.TestCatalogue;
import org.smtpcodes.explain.TestExplainer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The readers' budget: one reader of the largest messages (concurrency 1) is shared by
 * small messages, and taken whole by a message whose size is not known, so that others
 * wait for it and, past the queue timeout, are told to come back.
 */
class BounceReadersTests {

	private final Bounces bounces = new Bounces(TestExplainer.explainer(),
			new BouncesProperties(DataSize.ofMegabytes(10), 1000, 1, Duration.ofMillis(300)), TestCatalogue.messages());

	@Test
	void readsSmallMessagesAtOnceWhileASmallOneIsStillArriving() throws Exception {
		byte[] bounce = bounce();
		CountDownLatch arrived = new CountDownLatch(1);
		CompletableFuture<BounceReport> slow = CompletableFuture
			.supplyAsync(() -> read(new SequenceInputStream(new Held(arrived), new ByteArrayInputStream(bounce)),
					bounce.length));
		try {
			// the slow one holds a sixteenth of the reader: another small message is read
			// meanwhile
			BounceReport other = this.bounces.readMessage(new ByteArrayInputStream(bounce), bounce.length, "en");
			assertThat(other.recipients()).extracting(BounceReport.Recipient::reason).containsExactly("userunknown");
		}
		finally {
			arrived.countDown();
		}
		assertThat(slow.get(5, TimeUnit.SECONDS).recipients()).hasSize(1);
	}

	@Test
	void makesOthersWaitForAMessageOfUnknownSizeAndTellsThemWhenToComeBack() throws Exception {
		byte[] bounce = bounce();
		CountDownLatch arrived = new CountDownLatch(1);
		CompletableFuture<BounceReport> unknown = CompletableFuture
			.supplyAsync(() -> read(new SequenceInputStream(new Held(arrived), new ByteArrayInputStream(bounce)), -1));
		try {
			Thread.sleep(100);
			assertThatExceptionOfType(ReadersBusy.class)
				.isThrownBy(() -> this.bounces.readMessage(new ByteArrayInputStream(bounce), bounce.length, "en"))
				.satisfies((busy) -> assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("1"));
		}
		finally {
			arrived.countDown();
		}
		assertThat(unknown.get(5, TimeUnit.SECONDS).recipients()).hasSize(1);
		// and the reader is whole again once it is done
		assertThat(this.bounces.readMessage(new ByteArrayInputStream(bounce), -1, "en").recipients()).hasSize(1);
	}

	private BounceReport read(InputStream in, long size) {
		try {
			return this.bounces.readMessage(in, size, "en");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bounce() throws IOException {
		return new ClassPathResource("bounces/lhost-postfix-05.eml").getContentAsByteArray();
	}

	// a message's first bytes that have not arrived yet: a read waits until they do
	private static final class Held extends InputStream {

		private final CountDownLatch arrived;

		Held(CountDownLatch arrived) {
			this.arrived = arrived;
		}

		@Override
		public int read() throws IOException {
			try {
				this.arrived.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return -1;
		}

	}

}
