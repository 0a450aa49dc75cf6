package jp.reform.survey.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one cell means: a value (possibly with warnings), an explicit "no value" (not zero),
 * a "same as the row above" mark to resolve later, or the reason the text could not be read.
 * Messages and warnings are Japanese, written for the office staff who fix the workbook.
 */
public sealed interface Normalized<T> {

	record Value<T>(T value, List<String> warnings) implements Normalized<T> {
		public Value {
			Objects.requireNonNull(value, "value");
			warnings = List.copyOf(warnings);
		}

		public Value(T value) {
			this(value, List.of());
		}
	}

	/** Blank, a dash, 該当なし …: nothing was entered, which is not the same as zero. */
	record NoValue<T>() implements Normalized<T> {
	}

	/** ↓ or 〃: the value of the row above, resolved once the whole column is read. */
	record SameAsAbove<T>() implements Normalized<T> {
	}

	record Invalid<T>(String message) implements Normalized<T> {
		public Invalid {
			Objects.requireNonNull(message, "message");
		}
	}

	static <T> Normalized<T> value(T value) {
		return new Value<>(value);
	}

	static <T> Normalized<T> value(T value, List<String> warnings) {
		return new Value<>(value, warnings);
	}

	static <T> Normalized<T> noValue() {
		return new NoValue<>();
	}

	static <T> Normalized<T> sameAsAbove() {
		return new SameAsAbove<>();
	}

	static <T> Normalized<T> invalid(String message) {
		return new Invalid<>(message);
	}

	default boolean isValue() {
		return this instanceof Value;
	}

	default T valueOrNull() {
		return this instanceof Value<T> v ? v.value() : null;
	}

	/** Warnings attached to a value; empty for every other outcome. */
	default List<String> warnings() {
		return List.of();
	}

	/** Transforms the value, keeping warnings; the other outcomes carry over unchanged. */
	default <R> Normalized<R> map(Function<? super T, ? extends R> mapper) {
		if (this instanceof Value<T> v) {
			return new Value<>(mapper.apply(v.value()), v.warnings());
		}
		if (this instanceof Invalid<T> invalid) {
			return new Invalid<>(invalid.message());
		}
		return this instanceof SameAsAbove ? new SameAsAbove<>() : new NoValue<>();
	}

	/** The same outcome with extra warnings appended (only a value carries warnings). */
	default Normalized<T> withWarnings(List<String> more) {
		if (!(this instanceof Value<T> v) || more.isEmpty()) {
			return this;
		}
		List<String> all = new ArrayList<>(v.warnings());
		all.addAll(more);
		return new Value<>(v.value(), all);
	}
}
