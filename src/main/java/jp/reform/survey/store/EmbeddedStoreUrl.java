package jp.reform.survey.store;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The embedded H2 store's JDBC URL with what the product needs, whatever the operator typed: the
 * migrations are written for MariaDB, so H2 runs in its MariaDB mode (without it the first
 * migration fails half-way with 「Unknown data type: "DATETIME"」), and a file database is opened in
 * H2's automatic mixed mode, so a second process on the same file connects through the first
 * one's server instead of failing with "The file is locked": it then meets the run lock and is
 * refused and recorded as with MariaDB. Options the URL already sets are kept.
 */
public final class EmbeddedStoreUrl {

	private static final String H2 = "jdbc:h2:";

	private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

	static {
		REQUIRED.put("MODE", "MariaDB");
		REQUIRED.put("DATABASE_TO_LOWER", "TRUE");
		REQUIRED.put("DEFAULT_NULL_ORDERING", "HIGH");
		// the load uses a few dozen statements per connection; H2 keeps 8 parsed by default
		REQUIRED.put("QUERY_CACHE_SIZE", "64");
	}

	private EmbeddedStoreUrl() {
	}

	/** The URL of the embedded store in {@code folder} ({@code reform.db.path}). */
	public static String inFolder(String folder) {
		return complete(H2 + "file:" + folder.replace('\\', '/') + "/reform");
	}

	/** {@code url} with the required options added; any other database's URL as it is. */
	public static String complete(String url) {
		if (url == null || !url.regionMatches(true, 0, H2, 0, H2.length())) {
			return url;
		}
		StringBuilder completed = new StringBuilder(url);
		String upper = url.toUpperCase(Locale.ROOT);
		REQUIRED.forEach((key, value) -> {
			if (!upper.contains(";" + key + "=")) {
				completed.append(';').append(key).append('=').append(value);
			}
		});
		if (isFile(upper) && !upper.contains(";AUTO_SERVER=")) {
			completed.append(";AUTO_SERVER=TRUE");
		}
		return completed.toString();
	}

	/** An embedded file database: not in memory, not already reached through a server. */
	private static boolean isFile(String upper) {
		String rest = upper.substring(H2.length());
		return !rest.startsWith("MEM:") && !rest.startsWith("TCP:") && !rest.startsWith("SSL:")
				&& !rest.startsWith("ZIP:");
	}

}
