package jp.reform.survey.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jp.reform.survey.cli.ConsolidationRunner;
import jp.reform.survey.service.ServiceProperties;
import jp.reform.survey.cli.RunPaths;
import jp.reform.survey.cli.RunResult;
import jp.reform.survey.store.RunOutcome;
import jp.reform.survey.store.RunTrigger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service's schedule and its one-run-at-a-time rule, with the runner stubbed. */
class NightlyServiceTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final ConsolidationRunner runner = mock(ConsolidationRunner.class);

	private final RunPaths paths = mock(RunPaths.class);

	private NightlyService service;

	NightlyServiceTests() {
		when(paths.inbox()).thenReturn(Path.of("inbox"));
		when(paths.output()).thenReturn(Path.of("output"));
		when(runner.run(any(), any(), any())).thenReturn(new RunResult(RunOutcome.COMPLETED, 1L, null));
	}

	@AfterEach
	void stop() {
		if (service != null) {
			service.stop();
		}
	}

	@Test
	void theDefaultScheduleIsTwoInTheMorningJapanTime() {
		service = new NightlyService(runner, paths, new ServiceProperties.Schedule("0 0 2 * * *", TOKYO));

		ZonedDateTime next = service.nextRun();

		assertThat(next.getZone()).isEqualTo(TOKYO);
		assertThat(next.toLocalTime()).hasToString("02:00");
		assertThat(next).isAfter(ZonedDateTime.now(TOKYO)).isBefore(ZonedDateTime.now(TOKYO).plusDays(1));
	}

	@Test
	void itRunsOnTheCronSchedule() {
		service = new NightlyService(runner, paths, new ServiceProperties.Schedule("* * * * * *", TOKYO));
		service.start();

		verify(runner, timeout(5_000).atLeastOnce()).run(Path.of("inbox"), Path.of("output"), RunTrigger.SCHEDULE);
	}

	@Test
	void anOnDemandRunIsRefusedWhileOneIsRunningOrQueued() throws Exception {
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		when(runner.run(any(), any(), eq(RunTrigger.ON_DEMAND))).thenAnswer(invocation -> {
			running.countDown();
			finish.await(10, TimeUnit.SECONDS);
			return new RunResult(RunOutcome.COMPLETED, 1L, null);
		});
		service = new NightlyService(runner, paths, new ServiceProperties.Schedule("0 0 2 * * *", TOKYO));
		service.start();

		assertThat(service.trigger(RunTrigger.ON_DEMAND)).isTrue();
		assertThat(service.trigger(RunTrigger.ON_DEMAND)).as("queued or running: refused").isFalse();
		assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(service.busy()).isTrue();
		assertThat(service.trigger(RunTrigger.ON_DEMAND)).isFalse();

		finish.countDown();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (service.busy() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(service.busy()).isFalse();
		assertThat(service.trigger(RunTrigger.ON_DEMAND)).isTrue();
	}

	@Test
	void aStoppedServiceTakesNoMoreRuns() {
		service = new NightlyService(runner, paths, new ServiceProperties.Schedule("0 0 2 * * *", TOKYO));
		service.start();
		service.stop();

		assertThat(service.isRunning()).isFalse();
		assertThat(service.trigger(RunTrigger.ON_DEMAND)).isFalse();
	}

}
