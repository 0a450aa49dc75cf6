package jp.reform.survey.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.reform.survey.lock.RunLock;
import jp.reform.survey.lock.RunLease;
import jp.reform.survey.lock.RunLockedException;
import jp.reform.survey.lock.LockProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.reform.survey.store.LockHolder;
import jp.reform.survey.store.RunLockRepository;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database run lock: one holder at a time across processes and hosts, refusal at once with who
 * holds it, and release when the holder dies (its heartbeat stops, or on its own host its process
 * is gone). Each test uses a lock name of its own. Subclasses choose the database.
 */
@SpringBootTest(properties = "reform.job.run-on-startup=false")
abstract class RunLockTests {

	private static final LockProperties DEFAULT = new LockProperties(Duration.ofMinutes(2),
			Duration.ofSeconds(20));

	@Autowired
	RunLockRepository repository;

	@Autowired
	JdbcClient jdbc;

	/** The application's own lock, for the name of this host as the application sees it. */
	@Autowired
	RunLock applicationLock;

	private final String name = "test-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aSecondHolderIsRefusedAtOnceAndToldWhoHoldsTheLock() {
		RunLock first = lock("host-a", 1111, DEFAULT);
		RunLock second = lock("host-b", 2222, DEFAULT);
		try (RunLease lease = first.acquire()) {
			long started = System.nanoTime();
			assertThatThrownBy(second::acquire).isInstanceOf(RunLockedException.class)
				.hasMessageContaining("別の集計が実行中です")
				.hasMessageContaining("host-a（PID 1111）")
				.hasMessageContaining("120 秒");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		}
		try (RunLease lease = second.acquire()) {
			assertThat(repository.state(name).orElseThrow().holder()).isEqualTo(new LockHolder("host-b", 2222));
		}
		assertThat(repository.state(name).orElseThrow().free()).isTrue();
	}

	@Test
	void theSameProcessDoesNotStartASecondRunWhileItsFirstIsRunning() {
		RunLock lock = lock(thisHost(), ProcessHandle.current().pid(), DEFAULT);
		try (RunLease lease = lock.acquire()) {
			assertThatThrownBy(lock::acquire).isInstanceOf(RunLockedException.class)
				.hasMessageContaining("この処理の中で別の集計が実行中です");
		}
	}

	@Test
	void aLockWhoseHolderStoppedItsHeartbeatIsFreeAfterTheStaleInterval() {
		holdAs("elsewhere", 7, 119);
		assertThatThrownBy(lock("host-b", 2222, DEFAULT)::acquire).isInstanceOf(RunLockedException.class)
			.hasMessageContaining("elsewhere（PID 7）");

		holdAs("elsewhere", 7, 121);
		try (RunLease lease = lock("host-b", 2222, DEFAULT).acquire()) {
			assertThat(repository.state(name).orElseThrow().holder().host()).isEqualTo("host-b");
		}
	}

	@Test
	void onItsOwnHostADeadHolderIsRecognisedAtOnceAndALiveOneIsNot() throws Exception {
		Process exited = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		exited.waitFor();
		holdAs(thisHost(), exited.pid(), 0);
		try (RunLease lease = lock(thisHost(), 999_999_999L, DEFAULT).acquire()) {
			assertThat(repository.state(name).orElseThrow().holder().pid()).isEqualTo(999_999_999L);
		}

		holdAs(thisHost(), ProcessHandle.current().pid(), 0);
		assertThatThrownBy(lock(thisHost(), 999_999_999L, DEFAULT)::acquire).isInstanceOf(RunLockedException.class);
	}

	@Test
	void theHeartbeatKeepsALongRunsLockAlive() throws Exception {
		LockProperties quick = new LockProperties(Duration.ofSeconds(2), Duration.ofMillis(300));
		try (RunLease lease = lock("host-a", 1111, quick).acquire()) {
			Thread.sleep(3_500);
			assertThatThrownBy(lock("host-b", 2222, quick)::acquire).isInstanceOf(RunLockedException.class);
			lease.verify();
		}
	}

	@Test
	void aRunWhoseLockWasTakenOverLearnsItAndStops() throws Exception {
		LockProperties quick = new LockProperties(Duration.ofSeconds(2), Duration.ofMillis(200));
		try (RunLease lease = lock("host-a", 1111, quick).acquire()) {
			holdAs("host-b", 2222, 0);
			long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			while (!lease.lost() && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThatThrownBy(lease::verify).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("実行ロックを失いました");
		}
		assertThat(repository.state(name).orElseThrow().holder().host()).as("closing a lost lease releases nothing")
			.isEqualTo("host-b");
	}

	@Test
	void ofManyProcessesRacingForAFreeLockExactlyOneWins() throws Exception {
		int racers = 8;
		lock("warm-up", 1, DEFAULT).acquire().close();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		List<Future<RunLease>> results = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			RunLock lock = lock("host-" + i, 100 + i, DEFAULT);
			results.add(pool.submit(() -> {
				start.await();
				try {
					return lock.acquire();
				}
				catch (RunLockedException refused) {
					return null;
				}
			}));
		}
		start.countDown();
		List<RunLease> winners = new ArrayList<>();
		for (Future<RunLease> result : results) {
			RunLease lease = result.get(30, TimeUnit.SECONDS);
			if (lease != null) {
				winners.add(lease);
			}
		}
		pool.shutdown();
		assertThat(winners).hasSize(1);
		winners.forEach(RunLease::close);
	}

	private RunLock lock(String host, long pid, LockProperties settings) {
		return new RunLock(repository, new LockHolder(host, pid), name, settings);
	}

	/** Puts the lock in the hands of another holder whose last heartbeat was {@code silentSeconds} ago. */
	private void holdAs(String host, long pid, int silentSeconds) {
		if (repository.state(name).isEmpty()) {
			jdbc.sql("INSERT INTO run_lock (name) VALUES (?)").param(name).update();
		}
		jdbc.sql("""
				UPDATE run_lock SET token = ?, holder_host = ?, holder_pid = ?, acquired_at = NOW(3),
				       heartbeat_at = TIMESTAMPADD(SECOND, ?, NOW(3))
				WHERE name = ?
				""").params(UUID.randomUUID().toString(), host, pid, -silentSeconds, name).update();
	}

	private String thisHost() {
		return applicationLock.self().host();
	}

}
