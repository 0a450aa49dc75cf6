package jp.reform.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanPdfsTest {

	private static final long MB = 1L << 20;

	@Test
	void aPrefecturesPdfsAreBuiltOneACoreWhenTheHeapAllows() {
		assertThat(PlanPdfs.workers(36, 2, 6144 * MB)).isEqualTo(2);
		assertThat(PlanPdfs.workers(36, 8, 1024 * MB)).as("two PDFs' share of a 1 GB heap").isEqualTo(2);
	}

	@Test
	void oneAtATimeInASmallHeapOrForOnePlan() {
		assertThat(PlanPdfs.workers(36, 2, 256 * MB)).as("the benchmark job's -Xmx256m").isEqualTo(1);
		assertThat(PlanPdfs.workers(1, 8, 8192 * MB)).as("one changed plan").isEqualTo(1);
		assertThat(PlanPdfs.workers(0, 2, 8192 * MB)).as("nothing to build").isEqualTo(1);
	}

	@Test
	void neverMoreThanThePdfsToBuild() {
		assertThat(PlanPdfs.workers(3, 16, 16384 * MB)).isEqualTo(3);
	}

}
