package jp.reform.survey.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same pipeline against the real MariaDB server, the production store. */
class MariaDbConsolidationJobFunctionalTests extends ConsolidationJobFunctionalTests {

	@DynamicPropertySource
	static void mariadb(DynamicPropertyRegistry registry) {
		MariaDbTestDatabase.register(registry, "reform_functional");
	}

}
