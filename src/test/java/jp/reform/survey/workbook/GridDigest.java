package jp.reform.survey.workbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A SHA-256 over {@link GridDump}'s lines (sheets, visibility, merged ranges, properties and every
 * cell with all its fields): one short value that proves two reads of many workbooks gave the same grids.
 */
public final class GridDigest {

	private final MessageDigest sha;

	public GridDigest() {
		try {
			sha = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void add(WorkbookGrid grid) {
		GridDump.of(grid).forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
	}

	/** Adds an outcome that is not a grid (e.g. a refusal with its reason). */
	public void add(String line) {
		sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
	}

	public String hex() {
		return java.util.HexFormat.of().formatHex(sha.digest());
	}

}
