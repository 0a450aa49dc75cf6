package jp.reform.survey.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader the product uses: .xlsx/.xlsm (zip packages) streamed with StAX, .xls (OLE2
 * containers) streamed with POI's HSSF event API, .ods with {@link OdsWorkbookReader} — all into
 * compact grids — and anything the first two
 * path declines (password-protected files, unusual content) through {@link PoiWorkbookReader},
 * whose result and error messages are the reference. Thread-safe: the load step reads several
 * workbooks at once.
 */
public final class StreamingWorkbookReader implements WorkbookReader {

	private static final Logger log = LoggerFactory.getLogger(StreamingWorkbookReader.class);

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	private final OoxmlWorkbookReader ooxml;

	private final XlsWorkbookReader xls = new XlsWorkbookReader();

	private final OdsWorkbookReader ods = new OdsWorkbookReader(ZipLimits.POI_DEFAULTS, WorkbookLimits.defaults());

	private final WorkbookReader fallback;

	private final AtomicLong streamed = new AtomicLong();

	private final AtomicLong fellBack = new AtomicLong();

	public StreamingWorkbookReader() {
		this(ZipLimits.POI_DEFAULTS, new PoiWorkbookReader());
	}

	StreamingWorkbookReader(ZipLimits limits, WorkbookReader fallback) {
		this.ooxml = new OoxmlWorkbookReader(limits);
		this.fallback = fallback;
	}

	@Override
	public WorkbookGrid read(Path file) throws WorkbookReadException {
		byte[] head = head(file);
		try {
			if (startsWith(head, ZIP_MAGIC)) {
				return streamed(ooxml.read(file));
			}
			if (startsWith(head, OLE2_MAGIC)) {
				return streamed(xls.read(file));
			}
		}
		catch (UnsupportedPackageException ex) {
			if (isOds(file)) {
				return streamed(ods.read(file));
			}
			log.debug("高速読み取りの対象外のため POI で読み直します: {} — {}", file.getFileName(), ex.getMessage());
		}
		fellBack.incrementAndGet();
		return fallback.read(file);
	}

	/**
	 * The workbook when it is an .xlsx/.xlsm that {@link PackageAudit} clears while it is streamed:
	 * the guard's package check and the read in one pass. Empty on any doubt, after which the caller
	 * checks the package in full and reads it the usual way.
	 */
	Optional<WorkbookGrid> readAudited(Path file, WorkbookLimits limits) {
		if (!startsWith(head(file), ZIP_MAGIC)) {
			return Optional.empty();
		}
		try {
			return Optional.of(streamed(ooxml.read(file, new PackageAudit(limits))));
		}
		catch (UnsupportedPackageException ex) {
			log.debug("読み取り中の検査で確かめきれないため、全体を検査します: {} — {}", file.getFileName(), ex.getMessage());
			return Optional.empty();
		}
	}

	private WorkbookGrid streamed(WorkbookGrid grid) {
		streamed.incrementAndGet();
		return grid;
	}

	/** Workbooks read by the streaming path so far. */
	public long streamedCount() {
		return streamed.get();
	}

	/** Workbooks handed to POI's user model so far (encrypted, or declined by the streaming paths). */
	public long fallbackCount() {
		return fellBack.get();
	}

	/** Asked only once the OOXML path declined the zip, so an .xlsx pays nothing for it. */
	private static boolean isOds(Path file) {
		try {
			return ContentKind.of(file) == ContentKind.ODS;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(OLE2_MAGIC.length);
		}
		catch (IOException ex) {
			return new byte[0]; // POI will report the file as unreadable in the office's words
		}
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

}
