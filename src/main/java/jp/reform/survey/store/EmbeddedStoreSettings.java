package jp.reform.survey.store;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Applies {@link EmbeddedStoreUrl} to the connection pool before its first connection:
 * {@code reform.db.path} places the embedded store in a folder, and any H2 URL gets the options
 * the product needs.
 */
@Component
class EmbeddedStoreSettings implements BeanPostProcessor {

	private final Environment environment;

	EmbeddedStoreSettings(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			String folder = environment.getProperty("reform.db.path");
			pool.setJdbcUrl(folder != null && !folder.isBlank() ? EmbeddedStoreUrl.inFolder(folder)
					: EmbeddedStoreUrl.complete(pool.getJdbcUrl()));
		}
		return bean;
	}

}
