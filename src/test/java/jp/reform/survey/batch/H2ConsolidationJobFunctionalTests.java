package jp.reform.survey.batch;

import org.springframework.test.context.TestPropertySource;

/** The pipeline on the embedded default database (H2 in MariaDB mode, in memory for the test). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:functional;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2ConsolidationJobFunctionalTests extends ConsolidationJobFunctionalTests {

}
