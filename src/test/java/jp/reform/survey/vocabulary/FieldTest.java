package jp.reform.survey.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The order of fields (columns of the reports, rows of item_values.csv) and their equality: the
 * built-ins in their listed order, then other fields by key, a field that only shares a built-in's key
 * among the others.
 */
class FieldTest {

	@Test
	void builtInsSortInTheirListedOrderAndOtherFieldsAfterThemByKey() {
		Field ownProgress = Field.declared("progress", Field.Scope.YEAR, ValueKind.PROSE, "進捗（独自）");
		Field alpha = Field.declared("alpha", Field.Scope.YEAR, ValueKind.PROSE, "独自A");
		List<Field> fields = new ArrayList<>(Field.BUILT_IN);
		fields.add(ownProgress);
		fields.add(alpha);
		Collections.reverse(fields);

		fields.sort(Field.ORDER);

		List<Field> expected = new ArrayList<>(Field.BUILT_IN);
		expected.add(alpha);
		expected.add(ownProgress);
		assertThat(fields).containsExactlyElementsOf(expected);
	}

	@Test
	void fieldsAreEqualWhenEveryComponentIs() {
		Field copy = new Field("progress", Field.Scope.YEAR, ValueKind.STATUS, Measure.STATUS, Role.RESULT, "進捗", false);
		Field relabelled = new Field("progress", Field.Scope.YEAR, ValueKind.STATUS, Measure.STATUS, Role.RESULT, "進捗状況",
				false);

		assertThat(copy).isEqualTo(Field.PROGRESS).hasSameHashCodeAs(Field.PROGRESS);
		assertThat(relabelled).isNotEqualTo(Field.PROGRESS);
		assertThat(Field.PROGRESS).isNotEqualTo(Field.SCHEDULE).isNotEqualTo("progress");
		assertThat(Field.builtIn("progress")).containsSame(Field.PROGRESS);
		assertThat(Field.builtIn("no_such_field")).isEmpty();
		assertThat(Field.builtIn(null)).isEmpty();
	}

}
