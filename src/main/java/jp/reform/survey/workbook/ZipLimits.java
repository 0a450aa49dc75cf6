package jp.reform.survey.workbook;

/**
 * Zip-bomb limits for the streaming reader, the same defaults as POI's ZipSecureFile: an entry may
 * not inflate to more than 100 times its compressed size (checked past the first 100 KB, as POI
 * does) nor beyond 4 GB, and a package may not hold more than 1,000 entries.
 *
 * @param minInflateRatio smallest allowed compressed/uncompressed ratio
 * @param maxEntrySize largest allowed uncompressed size of one entry, in bytes
 * @param graceSize uncompressed bytes read before the ratio is enforced
 * @param maxEntries most entries a package may have
 */
record ZipLimits(double minInflateRatio, long maxEntrySize, long graceSize, int maxEntries) {

	static final ZipLimits POI_DEFAULTS = new ZipLimits(0.01d, 0xFFFFFFFFL, 100 * 1024, 1000);

}
