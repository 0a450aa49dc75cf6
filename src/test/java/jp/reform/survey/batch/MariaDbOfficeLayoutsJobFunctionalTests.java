package jp.reform.survey.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The office's own layouts on the real MariaDB server. */
class MariaDbOfficeLayoutsJobFunctionalTests extends OfficeLayoutsJobFunctionalTests {

	@DynamicPropertySource
	static void mariadb(DynamicPropertyRegistry registry) {
		MariaDbTestDatabase.register(registry, "reform_office_layouts");
	}

}
