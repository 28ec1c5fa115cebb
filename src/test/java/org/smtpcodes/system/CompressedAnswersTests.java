package org.smtpcodes.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept answers go to clients that accept gzip in the form compressed once, and to the
 * others as they are, with one ETag and {@code Vary: Accept-Encoding} either way. Read
 * with Java's HTTP client, which decompresses nothing by itself.
 */
@ApiTest
class CompressedAnswersTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	private int port;

	@Test
	void sendsTheSameJsonInGzipToAClientThatAcceptsIt() throws Exception {
		for (String path : new String[] { "/codes/451", "/codes/5.1.1", "/codes", "/compare?a=421&b=451",
				"/reasons" }) {
			HttpResponse<byte[]> plain = get(path, null, null);
			HttpResponse<byte[]> compressed = get(path, "gzip, deflate, br", null);
			assertThat(plain.statusCode()).as(path).isEqualTo(200);
			assertThat(compressed.statusCode()).as(path).isEqualTo(200);
			assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
			assertThat(gunzip(compressed.body())).as(path).isEqualTo(plain.body());
			assertThat(compressed.body().length).as(path).isLessThan(plain.body().length);
			assertThat(compressed.headers().firstValue("Content-Length"))
				.contains(String.valueOf(compressed.body().length));
			assertThat(compressed.headers().firstValue("ETag")).as(path).isEqualTo(plain.headers().firstValue("ETag"));
			assertThat(compressed.headers().allValues("Vary")).as(path)
				.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
				.containsIgnoringCase("accept-encoding")
				.containsIgnoringCase("accept-language");
			assertThat(String.join(",", plain.headers().allValues("Vary"))).containsIgnoringCase("accept-encoding");
		}
	}

	@Test
	void sendsTheBytesAsTheyAreWhenGzipIsRefused() throws Exception {
		HttpResponse<byte[]> refused = get("/codes/451", "gzip;q=0, identity", null);
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(refused.body())).startsWith("{\"code\":\"451\"");
	}

	@Test
	void answers304InEitherForm() throws Exception {
		String etag = get("/codes/451", "gzip", null).headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> notModified = get("/codes/451", "gzip", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(String.join(",", notModified.headers().allValues("Vary"))).containsIgnoringCase("accept-encoding");
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

}
