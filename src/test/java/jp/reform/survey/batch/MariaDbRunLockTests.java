package jp.reform.survey.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The run lock on MariaDB, where several hosts share it in production. */
class MariaDbRunLockTests extends RunLockTests {

	@DynamicPropertySource
	static void mariadb(DynamicPropertyRegistry registry) {
		MariaDbTestDatabase.register(registry, "reform_runlock");
	}

}
