package jp.reform.survey.normalize;

import java.util.Objects;

/**
 * A schedule or progress entry: its canonical word (実施, 検討・実施, 完了, 検討, 未着手, 中止, 延期,
 * or the text as written when it is none of these) and whether it counts as implemented.
 */
public record Status(String canonical, boolean implemented) {

	public Status {
		Objects.requireNonNull(canonical, "canonical");
	}
}
