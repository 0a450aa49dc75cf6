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
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file is by its content, whatever its name says: a shared folder receives CSVs renamed to
 * .xls, PDFs of the same report, zips of workbooks, empty files and junk, and each deserves a
 * reason a person understands rather than a parser's stack trace. Only the first bytes are read,
 * and for a zip or an OLE2 container its directory (the names of its parts), never its content.
 */
public enum ContentKind {

	/** An Office Open XML workbook (.xlsx / .xlsm). */
	XLSX("Excel ブック（.xlsx）", true),
	/** A legacy Excel workbook (.xls, an OLE2 container with a Workbook stream). */
	XLS("Excel 97-2003 ブック（.xls）", true),
	/** An OpenDocument spreadsheet (.ods). */
	ODS("OpenDocument スプレッドシート（.ods）", true),
	/** An encrypted Office Open XML file (password-protected .xlsx): the reader refuses it with its own reason. */
	ENCRYPTED_OFFICE("パスワード付きの Office 文書", true),
	XLSB("Excel バイナリブック（.xlsb）", false),
	DOCX("Word 文書（.docx）", false),
	PPTX("PowerPoint（.pptx）", false),
	OTHER_OOXML("Office 文書", false),
	DOC("Word 97-2003 文書（.doc）", false),
	PPT("PowerPoint 97-2003（.ppt）", false),
	OTHER_OLE2("Office 97-2003 形式の文書", false),
	ODT("OpenDocument テキスト（.odt）", false),
	ODP("OpenDocument プレゼンテーション（.odp）", false),
	OTHER_ODF("OpenDocument 文書", false),
	ZIP("zip 圧縮ファイル", false),
	DAMAGED_ZIP("zip 形式のファイル（壊れているか途中まで）", false),
	PDF("PDF", false),
	/** Readable text: a CSV, a TSV, a text file. */
	TEXT("CSV などのテキスト", false),
	HTML("HTML", false),
	XML("XML", false),
	RTF("リッチテキスト（.rtf）", false),
	IMAGE("画像", false),
	ARCHIVE("圧縮ファイル", false),
	EXECUTABLE("実行ファイル", false),
	EMPTY("空のファイル（0バイト）", false),
	UNKNOWN("種類不明", false);

	/** Extensions of the spreadsheets the product reads: a file so named is meant as a submission. */
	private static final Set<String> SPREADSHEET_EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "ods");

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final byte[] EMPTY_ZIP_MAGIC = { 'P', 'K', 5, 6 };

	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	private static final String ODF_PREFIX = "application/vnd.oasis.opendocument.";

	private static final int SNIFF = 4096;

	private final String label;

	private final boolean spreadsheet;

	ContentKind(String label, boolean spreadsheet) {
		this.label = label;
		this.spreadsheet = spreadsheet;
	}

	/** What the office is told the file is, e.g. 「PDF」, 「Word 文書（.docx）」. */
	public String label() {
		return label;
	}

	/** Whether the workbook reader reads files of this kind (or refuses them with a reason of its own). */
	public boolean spreadsheet() {
		return spreadsheet;
	}

	/** Whether the name says the file is a spreadsheet the product reads (.xlsx, .xlsm, .xls, .ods). */
	public static boolean hasSpreadsheetName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot >= 0 && SPREADSHEET_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** Recognises the file from its first bytes and, for a container, the names of its parts. */
	public static ContentKind of(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF);
		}
		if (head.length == 0) {
			return EMPTY;
		}
		if (startsWith(head, ZIP_MAGIC) || startsWith(head, EMPTY_ZIP_MAGIC)) {
			return zip(file);
		}
		if (startsWith(head, OLE2_MAGIC)) {
			return ole2(file);
		}
		return bytes(head);
	}

	private static ContentKind zip(Path file) {
		Set<String> names = new HashSet<>();
		String mimetype = null;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				names.add(entry.getName().toLowerCase(Locale.ROOT));
				if (entry.getName().equals("mimetype") && entry.getSize() >= 0 && entry.getSize() < 200) {
					try (InputStream in = zip.getInputStream(entry)) {
						mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return DAMAGED_ZIP;
		}
		if (mimetype != null && mimetype.startsWith(ODF_PREFIX)) {
			String type = mimetype.substring(ODF_PREFIX.length());
			return type.equals("spreadsheet") ? ODS : type.equals("text") ? ODT : type.equals("presentation") ? ODP
					: OTHER_ODF;
		}
		if (names.contains("content.xml") && names.contains("meta-inf/manifest.xml")) {
			return ODS; // an OpenDocument package without its mimetype entry: the reader checks its manifest
		}
		if (names.contains("[content_types].xml")) {
			if (names.contains("xl/workbook.bin")) {
				return XLSB;
			}
			if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
				return XLSX;
			}
			return names.stream().anyMatch(n -> n.startsWith("word/")) ? DOCX
					: names.stream().anyMatch(n -> n.startsWith("ppt/")) ? PPTX : OTHER_OOXML;
		}
		return ZIP;
	}

	private static ContentKind ole2(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			Set<String> entries = fs.getRoot().getEntryNames();
			if (entries.contains("Workbook") || entries.contains("WORKBOOK") || entries.contains("Book")) {
				return XLS;
			}
			if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
				return ENCRYPTED_OFFICE;
			}
			return entries.contains("WordDocument") ? DOC : entries.contains("PowerPoint Document") ? PPT : OTHER_OLE2;
		}
		catch (IOException | RuntimeException ex) {
			return OTHER_OLE2;
		}
	}

	private static ContentKind bytes(byte[] head) {
		if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return PDF;
		}
		if (startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
			return RTF;
		}
		if (startsWith(head, new byte[] { (byte) 0x89, 'P', 'N', 'G' }) || startsWith(head, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })
				|| startsWith(head, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
			return IMAGE;
		}
		if (startsWith(head, new byte[] { 0x1F, (byte) 0x8B }) || startsWith(head, new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF })
				|| startsWith(head, "Rar!".getBytes(StandardCharsets.US_ASCII))) {
			return ARCHIVE;
		}
		if (startsWith(head, new byte[] { 'M', 'Z' }) || startsWith(head, new byte[] { 0x7F, 'E', 'L', 'F' })) {
			return EXECUTABLE;
		}
		if (!looksLikeText(head)) {
			return UNKNOWN;
		}
		// a UTF-8 byte order mark, read as Latin-1, goes first
		String start = new String(head, 0, Math.min(head.length, 256), StandardCharsets.ISO_8859_1)
			.replace("\u00EF\u00BB\u00BF", "")
			.stripLeading()
			.toLowerCase(Locale.ROOT);
		if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
			return HTML;
		}
		return start.startsWith("<?xml") ? XML : TEXT;
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
