package org.smtpcodes.bounces;

/**
 * The text of an HTML part, as a reader of the bounce sees it: tags dropped, block
 * elements and line breaks made line ends, the common entities decoded. Enough for the
 * words of a bounce, in one pass.
 */
final class Html {

	private Html() {
	}

	static String plain(String html) {
		StringBuilder text = new StringBuilder(html.length());
		int i = 0;
		while (i < html.length()) {
			char c = html.charAt(i);
			if (c == '<') {
				int end = html.indexOf('>', i);
				if (end < 0) {
					break;
				}
				String tag = html.substring(i + 1, Math.min(end, i + 12)).toLowerCase(java.util.Locale.ROOT);
				if (tag.startsWith("br") || tag.startsWith("p") || tag.startsWith("/p") || tag.startsWith("div")
						|| tag.startsWith("/div") || tag.startsWith("tr") || tag.startsWith("li")) {
					text.append('\n');
				}
				else if (tag.startsWith("style") || tag.startsWith("script")) {
					int close = html.indexOf("</", end);
					end = (close < 0) ? html.length() - 1 : html.indexOf('>', close);
					if (end < 0) {
						break;
					}
				}
				i = end + 1;
			}
			else if (c == '&') {
				int semicolon = html.indexOf(';', i);
				String entity = (semicolon > i && semicolon - i <= 8) ? html.substring(i + 1, semicolon) : "";
				String decoded = switch (entity) {
					case "lt" -> "<";
					case "gt" -> ">";
					case "amp" -> "&";
					case "quot" -> "\"";
					case "nbsp" -> " ";
					case "#39", "apos" -> "'";
					default -> null;
				};
				if (decoded != null) {
					text.append(decoded);
					i = semicolon + 1;
				}
				else {
					text.append(c);
					i++;
				}
			}
			else {
				text.append(c);
				i++;
			}
		}
		return text.toString();
	}

}
