package jp.reform.survey.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Numbers beyond the store on the real MariaDB server. */
class MariaDbUnstorableNumbersFunctionalTests extends UnstorableNumbersFunctionalTests {

	@DynamicPropertySource
	static void mariadb(DynamicPropertyRegistry registry) {
		MariaDbTestDatabase.register(registry, "reform_unstorable");
	}

}
