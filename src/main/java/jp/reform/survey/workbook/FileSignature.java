package jp.reform.survey.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a file is by its first bytes, whatever its name says: a shared folder receives CSVs renamed
 * to .xls, empty files and junk, and each deserves a reason a person understands rather than a
 * parser's stack trace.
 */
enum FileSignature {

	/** Zero bytes: a failed save or copy. */
	EMPTY,
	/** A zip container: .xlsx / .xlsm. */
	ZIP,
	/** An OLE2 compound file: legacy .xls, or an .xlsx that was password-protected (encrypted). */
	OLE2,
	/** Readable text: a CSV, a TSV or an HTML table given an Excel name. */
	TEXT,
	/** Anything else. */
	UNKNOWN;

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	private static final int SNIFF = 4096;

	static FileSignature of(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF);
		}
		if (head.length == 0) {
			return EMPTY;
		}
		if (startsWith(head, ZIP_MAGIC)) {
			return ZIP;
		}
		if (startsWith(head, OLE2_MAGIC)) {
			return OLE2;
		}
		return looksLikeText(head) ? TEXT : UNKNOWN;
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	/** UTF-8 or Shift_JIS (windows-31j, what Excel in Japan writes) without control characters. */
	private static boolean looksLikeText(byte[] head) {
		return decodesAsText(head, StandardCharsets.UTF_8) || decodesAsText(head, Charset.forName("windows-31j"));
	}

	private static boolean decodesAsText(byte[] head, Charset charset) {
		try {
			String text = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(head, 0, trimmedLength(head)))
				.toString();
			return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n');
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The sniffed window may cut a multi-byte character in two; drop up to 3 trailing bytes of it. */
	private static int trimmedLength(byte[] head) {
		if (head.length < SNIFF) {
			return head.length;
		}
		int end = head.length;
		while (end > head.length - 3 && (head[end - 1] & 0x80) != 0) {
			end--;
		}
		return end;
	}

}
