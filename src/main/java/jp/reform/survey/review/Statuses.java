package jp.reform.survey.review;

import java.util.Optional;

import jp.reform.survey.normalize.Normalized;
import jp.reform.survey.normalize.Status;
import jp.reform.survey.normalize.StatusWords;
import jp.reform.survey.store.CurrentItem;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;

/** The status word an item states in a year (↓ is resolved when stored), read as 推進項目の一覧 reads it. */
final class Statuses {

	private final StatusWords words = new StatusWords();

	/** The value of a status field in a year, when it holds a status word. */
	Optional<SourcedValue> value(CurrentItem item, Field field, int year) {
		return item.value(field, year).filter(v -> status(v).isPresent());
	}

	boolean implemented(SourcedValue value) {
		return status(value).map(Status::implemented).orElse(false);
	}

	private Optional<Status> status(SourcedValue value) {
		return value.text() != null && words.parse(value.text()) instanceof Normalized.Value<Status> s
				? Optional.of(s.value()) : Optional.empty();
	}

}
