package jp.reform.survey.report;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jp.reform.survey.consolidate.PlanSummary;

/**
 * The SHA-256 of the parts a plan's reports are built from ({@link PlanCache#key}), fed a record component
 * by component and a list element by element in a prefix code (a tag byte, then a length or a type's
 * number) so that different parts never make the same bytes. A plan's items are tens of thousands of
 * values: their text made as one string was most of a run's report step (the string grown and copied over
 * and over), and fed through a {@link java.io.DataOutputStream} each value took a lock and a new byte
 * array. So a text goes into one reused buffer as its UTF-16 code units, and full buffers to the digest. A
 * record's own text is not used: in Java 17 it is made by String.format. A record type's components are
 * looked up once per key ({@link Class#getRecordComponents()} is a slow native call) and its name is fed
 * once, then its number.
 */
final class KeyDigest {

	private final MessageDigest sha = sha256();

	private final byte[] buffer = new byte[1 << 16];

	private int used;

	/** Per record type, the accessors of its components. */
	private final Map<Class<?>, List<Method>> accessors = new HashMap<>();

	/** Per record type fed so far, its number. */
	private final Map<Class<?>, Integer> types = new HashMap<>();

	void feed(Object part) {
		if (part instanceof String text) {
			text(text);
		}
		else if (part instanceof PlanSummary plan) {
			// the rest of a consolidated plan — its sums, measures and 達成度 — is worked out from these by the
			// program, whose version the key holds
			feed(List.of(plan.planName(), String.valueOf(plan.reportYear()), plan.years(), plan.items()));
		}
		else if (part instanceof Collection<?> elements) {
			tag('L');
			number(elements.size());
			for (Object element : elements) {
				feed(element);
			}
		}
		else if (part instanceof Record record) {
			record(record);
		}
		else if (part == null) {
			tag('N');
		}
		else {
			text(String.valueOf(part)); // a number, a date, a name of the vocabulary: its text says it
		}
	}

	String hex() {
		sha.update(buffer, 0, used);
		used = 0;
		return HexFormat.of().formatHex(sha.digest());
	}

	private void record(Record record) {
		Class<?> type = record.getClass();
		Integer number = types.get(type);
		if (number == null) {
			types.put(type, types.size());
			tag('T');
			text(type.getName());
		}
		else {
			tag('R');
			number(number);
		}
		for (Method accessor : accessors.computeIfAbsent(type, KeyDigest::accessors)) {
			try {
				feed(accessor.invoke(record));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("a record's accessor answers: " + accessor, ex);
			}
		}
	}

	private void text(String text) {
		int length = text.length();
		tag('S');
		number(length);
		int at = 0;
		while (at < length) {
			int room = (buffer.length - used) / 2;
			if (room == 0) {
				drain();
				continue;
			}
			int end = Math.min(length, at + room);
			for (int i = at; i < end; i++) {
				char c = text.charAt(i);
				buffer[used++] = (byte) (c >>> 8);
				buffer[used++] = (byte) c;
			}
			at = end;
		}
	}

	private void tag(char tag) {
		room(1);
		buffer[used++] = (byte) tag;
	}

	private void number(int value) {
		room(4);
		buffer[used++] = (byte) (value >>> 24);
		buffer[used++] = (byte) (value >>> 16);
		buffer[used++] = (byte) (value >>> 8);
		buffer[used++] = (byte) value;
	}

	private void room(int bytes) {
		if (buffer.length - used < bytes) {
			drain();
		}
	}

	private void drain() {
		sha.update(buffer, 0, used);
		used = 0;
	}

	private static List<Method> accessors(Class<?> type) {
		return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toList();
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
