package jp.reform.survey.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import jp.reform.survey.vocabulary.Measure;

import org.junit.jupiter.api.Test;

/**
 * A plan's measures list in the vocabulary's order whatever order they were found in, in every JVM: their
 * text is part of the key under which a plan's report is cached, and a key that changed from run to run
 * rebuilt every plan of a prefecture for one changed workbook.
 */
class PlanMeasuresTest {

	@Test
	void measuresAreListedInTheVocabularysOrder() {
		List<Measure> reversed = new ArrayList<>(Arrays.asList(Measure.values()));
		java.util.Collections.reverse(reversed);

		PlanMeasures measures = new PlanMeasures(new LinkedHashSet<>(reversed), List.of());

		assertThat(measures.measures()).containsExactly(Measure.values());
		assertThat(measures.toString()).startsWith("PlanMeasures[measures=" + Arrays.toString(Measure.values()));
	}

}
