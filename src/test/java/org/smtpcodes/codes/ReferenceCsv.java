package org.smtpcodes.codes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the reference CSV files the coverage tests compare the catalogue with (RFC 4180:
 * quoted fields, doubled quotes).
 */
final class ReferenceCsv {

	private ReferenceCsv() {
	}

	static List<Map<String, String>> read(String name) {
		String text;
		try {
			text = new ClassPathResource("reference/" + name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		List<String> header = rows.get(0);
		List<Map<String, String>> records = new ArrayList<>();
		for (List<String> values : rows.subList(1, rows.size())) {
			Map<String, String> record = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				record.put(header.get(i), (i < values.size()) ? values.get(i) : "");
			}
			records.add(record);
		}
		return records;
	}

}
