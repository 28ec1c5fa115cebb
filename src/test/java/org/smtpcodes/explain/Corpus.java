package org.smtpcodes.explain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the labelled corpora and recordings in the test resources: tab-separated, a
 * header line, no quoting (a field that CSV tools quoted is unquoted here).
 */
final class Corpus {

	private Corpus() {
	}

	static List<Map<String, String>> read(String path) {
		String text;
		try {
			text = new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> lines = text.lines().toList();
		String[] header = lines.get(0).split("\t", -1);
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] values = line.split("\t", -1);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.length; i++) {
				String value = (i < values.length) ? values[i] : "";
				if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
					value = value.substring(1, value.length() - 1).replace("\"\"", "\"");
				}
				row.put(header[i], value);
			}
			rows.add(row);
		}
		return rows;
	}

}
