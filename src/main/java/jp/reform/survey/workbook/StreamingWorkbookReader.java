package jp.reform.survey.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader the product uses: .xlsx/.xlsm (zip packages) through the fast streaming path, and
 * everything else — .xls, password-protected files (OLE2 containers), and any package the
 * streaming path declines — through {@link PoiWorkbookReader}, whose result and error messages are
 * the reference. Thread-safe: the load step reads several workbooks at once.
 */
public final class StreamingWorkbookReader implements WorkbookReader {

	private static final Logger log = LoggerFactory.getLogger(StreamingWorkbookReader.class);

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private final OoxmlWorkbookReader ooxml;

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
		if (isZip(file)) {
			try {
				WorkbookGrid grid = ooxml.read(file);
				streamed.incrementAndGet();
				return grid;
			}
			catch (UnsupportedPackageException ex) {
				log.debug("高速読み取りの対象外のため POI で読み直します: {} — {}", file.getFileName(), ex.getMessage());
			}
		}
		fellBack.incrementAndGet();
		return fallback.read(file);
	}

	/** Workbooks read by the streaming path so far. */
	public long streamedCount() {
		return streamed.get();
	}

	/** Workbooks handed to POI so far (.xls, encrypted, or declined by the streaming path). */
	public long fallbackCount() {
		return fellBack.get();
	}

	private static boolean isZip(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(ZIP_MAGIC.length);
			return java.util.Arrays.equals(head, ZIP_MAGIC);
		}
		catch (IOException ex) {
			return false; // POI will report the file as unreadable in the office's words
		}
	}

}
