package jp.reform.survey.store;

import java.util.List;

/** The newest form sent to each department, and the generated forms that came back. */
public record FormDistributions(List<FormDistribution> sent, List<FormReturn> returns) {

	public static FormDistributions none() {
		return new FormDistributions(List.of(), List.of());
	}

}
