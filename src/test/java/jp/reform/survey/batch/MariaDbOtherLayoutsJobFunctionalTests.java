package jp.reform.survey.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Ogori and Annaka on the real MariaDB server (Japanese text, ≥ and the stated sentences round-trip). */
class MariaDbOtherLayoutsJobFunctionalTests extends OtherLayoutsJobFunctionalTests {

	@DynamicPropertySource
	static void mariadb(DynamicPropertyRegistry registry) {
		MariaDbTestDatabase.register(registry, "reform_layouts");
	}

}
