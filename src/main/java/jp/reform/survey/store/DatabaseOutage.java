package jp.reform.survey.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Once the database is known lost, every connection asked for in the next {@link #HOLD} fails at
 * once instead of waiting the pool's connection timeout (10 s) again: after a loss a run still
 * updates its job repository, records its history and releases its lock, and a wait for each made
 * a lost database take over a minute and a half to give up. The loss is known from a connection
 * the pool could not give ({@link DatabaseLost}) or from whoever saw one die ({@link #lost()}).
 * A later run (service mode) tries the database again once the hold has passed.
 */
@Component
public class DatabaseOutage implements BeanPostProcessor {

	/** Longer than what a failing run still does after the loss; far shorter than the time between runs. */
	static final Duration HOLD = Duration.ofSeconds(30);

	/** {@link System#nanoTime()} of the last loss; {@code Long.MIN_VALUE} for none. */
	private final AtomicLong lostAt = new AtomicLong(Long.MIN_VALUE);

	/** The database was lost just now (a connection in use died). */
	public void lost() {
		lostAt.set(System.nanoTime());
	}

	boolean recent() {
		long at = lostAt.get();
		return at != Long.MIN_VALUE && System.nanoTime() - at < HOLD.toNanos();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof DataSource dataSource && !(bean instanceof Guarded) ? new Guarded(dataSource) : bean;
	}

	/** The application's data source, failing fast while the database is known lost. */
	private final class Guarded extends DelegatingDataSource {

		Guarded(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return watched(() -> super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return watched(() -> super.getConnection(username, password));
		}

		private Connection watched(ConnectionSource source) throws SQLException {
			if (recent()) {
				throw new SQLTransientConnectionException("データベースに接続できません（直前に接続が失われ、"
						+ HOLD.toSeconds() + " 秒間は再接続を試みません）", "08001");
			}
			try {
				return source.get();
			}
			catch (SQLException ex) {
				if (DatabaseLost.in(ex)) {
					lost();
				}
				throw ex;
			}
		}

	}

	private interface ConnectionSource {

		Connection get() throws SQLException;

	}

}
