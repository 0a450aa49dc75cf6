package jp.reform.survey.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A digest of everything the reports are built from: every submission row (a load, a rejection, a
 * newer version all change one), the names of plans, departments and categories, the forms sent,
 * and the size and newest id of the item, value and finding tables. Equal digests mean the reports
 * would come out the same, apart from what changes with every run; computing one costs a few small
 * queries, not the consolidation.
 */
@Repository
public class StoreDigest {

	private static final List<String> QUERIES = List.of("SELECT * FROM submission ORDER BY id",
			"SELECT * FROM plan ORDER BY id", "SELECT * FROM department ORDER BY id",
			"SELECT * FROM category ORDER BY id", "SELECT * FROM subcategory ORDER BY id",
			"SELECT * FROM form_distribution ORDER BY id", "SELECT COUNT(*), MAX(id) FROM item",
			"SELECT COUNT(*), MAX(id) FROM item_version", "SELECT COUNT(*), MAX(id) FROM item_value",
			"SELECT COUNT(*), MAX(id) FROM finding");

	private final JdbcClient jdbc;

	public StoreDigest(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** SHA-256 of the store's report-relevant content, as hex. */
	public String digest() {
		MessageDigest sha = sha256();
		for (String query : QUERIES) {
			feed(sha, query);
			jdbc.sql(query).query((ResultSet rs) -> feedRow(sha, rs));
		}
		return java.util.HexFormat.of().formatHex(sha.digest());
	}

	private static void feedRow(MessageDigest sha, ResultSet rs) throws SQLException {
		int columns = rs.getMetaData().getColumnCount();
		for (int c = 1; c <= columns; c++) {
			String value = rs.getString(c);
			feed(sha, value == null ? "\u0000null" : value);
		}
		feed(sha, "\u0000row");
	}

	/** Each value with its length first, so no two different rows feed the same bytes. */
	private static void feed(MessageDigest sha, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		sha.update((byte) (bytes.length >>> 24));
		sha.update((byte) (bytes.length >>> 16));
		sha.update((byte) (bytes.length >>> 8));
		sha.update((byte) bytes.length);
		sha.update(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
