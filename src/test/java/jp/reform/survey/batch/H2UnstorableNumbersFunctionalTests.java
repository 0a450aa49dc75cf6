package jp.reform.survey.batch;

import org.springframework.test.context.TestPropertySource;

/** Numbers beyond the store on the embedded database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:unstorable;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2UnstorableNumbersFunctionalTests extends UnstorableNumbersFunctionalTests {

}
