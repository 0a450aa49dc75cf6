package jp.reform.survey.workbook;

/**
 * Zip-bomb limits for the streaming reader, POI's ZipSecureFile defaults but for the grace size: an
 * entry may not inflate to more than 100 times its compressed size nor beyond 4 GB, and a package
 * may not hold more than 1,000 entries. The ratio is checked past the first {@link #GRACE_SIZE}
 * bytes (POI: 100 KB), since what Excel itself saves compresses that well: a cell of its longest
 * text (32,767 characters of one kind) makes shared strings of several hundred KB that deflate
 * over 100 times. A bomb still stops within those bytes of inflation.
 *
 * @param minInflateRatio smallest allowed compressed/uncompressed ratio
 * @param maxEntrySize largest allowed uncompressed size of one entry, in bytes
 * @param graceSize uncompressed bytes read before the ratio is enforced
 * @param maxEntries most entries a package may have
 */
record ZipLimits(double minInflateRatio, long maxEntrySize, long graceSize, int maxEntries) {

	/** Enough for sheets and shared strings at Excel's limits; small beside any heap the job runs in. */
	static final long GRACE_SIZE = 16L * 1024 * 1024;

	static final ZipLimits POI_DEFAULTS = new ZipLimits(0.01d, 0xFFFFFFFFL, GRACE_SIZE, 1000);

}
