package org.smtpcodes.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check: exits 0 when the service's readiness endpoint answers 200. It needs only
 * the JRE, so that the runtime image carries no HTTP client of its own:
 * {@code java -cp /app/app.jar org.smtpcodes.system.HealthCheck}.
 */
public final class HealthCheck {

	private HealthCheck() {
	}

	/**
	 * Checks readiness.
	 * @param args optionally the URL to check
	 */
	public static void main(String[] args) {
		String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
		String url = (args.length > 0) ? args[0] : "http://127.0.0.1:" + port + "/readyz";
		try {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			HttpResponse<Void> response = client.send(
					HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
					HttpResponse.BodyHandlers.discarding());
			System.exit((response.statusCode() == 200) ? 0 : 1);
		}
		catch (Exception ex) {
			System.exit(1);
		}
	}

}
