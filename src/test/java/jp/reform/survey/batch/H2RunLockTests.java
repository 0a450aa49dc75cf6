package jp.reform.survey.batch;

import org.springframework.test.context.TestPropertySource;

/** The run lock on the embedded database (H2 in MariaDB mode). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:runlock;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2RunLockTests extends RunLockTests {

}
