package jp.reform.survey.workbook;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The text of one workbook's cells, kept as one growing char array with offsets instead of a String
 * per cell: a 200,000-row sheet or a sharedStrings.xml of a million entries costs two bytes per
 * character plus four per string, not the ~50 bytes of overhead of a String object each. Strings
 * are materialised only when a cell is looked at. Not thread-safe; one workbook is read by one
 * thread.
 */
final class TextPool {

	private char[] chars = new char[1024];

	private int length;

	/** starts[i] is where string i begins; starts[count] is where the next one will. */
	private int[] starts = new int[65];

	private int count;

	/** Shared-string entries with no text at all (POI reports them as null, not ""). */
	private final BitSet nulls = new BitSet();

	/** Makes room for about {@code strings} more strings of {@code chars} characters in all, in one step. */
	void expect(int strings, long chars) {
		if (count + strings + 1 > starts.length) {
			starts = Arrays.copyOf(starts, count + strings + 2);
		}
		if (length + chars > this.chars.length && length + chars < Integer.MAX_VALUE - 16) {
			this.chars = Arrays.copyOf(this.chars, (int) (length + chars));
		}
	}

	int add(CharSequence text) {
		if (text == null) {
			nulls.set(count);
			return append(0);
		}
		int n = text.length();
		ensureChars(n);
		if (text instanceof String s) {
			s.getChars(0, n, chars, length);
		}
		else {
			for (int i = 0; i < n; i++) {
				chars[length + i] = text.charAt(i);
			}
		}
		return append(n);
	}

	String get(int index) {
		if (index < 0 || index >= count || nulls.get(index)) {
			return null;
		}
		return new String(chars, starts[index], starts[index + 1] - starts[index]);
	}

	/** Whether the string is empty or whitespace only, without materialising it. */
	boolean isBlank(int index) {
		if (index < 0 || index >= count || nulls.get(index)) {
			return true;
		}
		for (int i = starts[index]; i < starts[index + 1]; i++) {
			if (!Character.isWhitespace(chars[i])) {
				return false;
			}
		}
		return true;
	}

	int size() {
		return count;
	}

	/** Approximate bytes held, for the benchmark's memory notes. */
	long footprint() {
		return 2L * chars.length + 4L * starts.length;
	}

	private int append(int n) {
		length += n;
		if (count + 2 > starts.length) {
			starts = Arrays.copyOf(starts, starts.length * 2);
		}
		count++;
		starts[count] = length;
		return count - 1;
	}

	private void ensureChars(int n) {
		if (length + n > chars.length) {
			long wanted = Math.max((long) chars.length * 2, (long) length + n);
			if (wanted > Integer.MAX_VALUE - 16) {
				throw new IllegalStateException("text of one workbook exceeds 2G characters");
			}
			chars = Arrays.copyOf(chars, (int) wanted);
		}
	}

}
