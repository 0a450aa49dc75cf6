package jp.reform.survey.service;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import jp.reform.survey.cli.ConsolidationRunner;
import jp.reform.survey.cli.RunPaths;
import jp.reform.survey.cli.RunResult;
import jp.reform.survey.store.RunTrigger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs consolidations on the cron schedule and on demand, always on one thread, so runs of this
 * process follow one another (runs of other processes are kept out by the database run lock). Its
 * thread is not a daemon: it is what keeps the service process up.
 */
public class NightlyService implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NightlyService.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

	/** How long stopping the service waits for a run in progress before leaving it to the next run. */
	private static final int STOP_WAIT_SECONDS = 60;

	private final ConsolidationRunner runner;

	private final RunPaths paths;

	private final ServiceProperties.Schedule schedule;

	private final CronExpression cron;

	private final AtomicBoolean busy = new AtomicBoolean();

	private ThreadPoolTaskScheduler scheduler;

	private ScheduledFuture<?> nightly;

	NightlyService(ConsolidationRunner runner, RunPaths paths, ServiceProperties.Schedule schedule) {
		this.runner = runner;
		this.paths = paths;
		this.schedule = schedule;
		this.cron = CronExpression.parse(schedule.cron());
	}

	@Override
	public synchronized void start() {
		scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("nightly-");
		scheduler.setDaemon(false);
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationSeconds(STOP_WAIT_SECONDS);
		scheduler.initialize();
		nightly = scheduler.schedule(this::scheduledRun, new CronTrigger(schedule.cron(), schedule.zone()));
		log.info("常駐モードで待機します。定期実行「{}」（{}）、次回 {}。受信フォルダ {} → 出力フォルダ {}", schedule.cron(),
				schedule.zone(), nextRun(), paths.inbox().toAbsolutePath(), paths.output().toAbsolutePath());
	}

	@Override
	public synchronized void stop() {
		if (scheduler == null) {
			return;
		}
		nightly.cancel(false);
		if (busy.get()) {
			log.info("停止します。実行中の集計の終了を最大 {} 秒待ちます（間に合わなければ次回の実行が続きから処理します）。", STOP_WAIT_SECONDS);
		}
		scheduler.shutdown();
		scheduler = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

	/**
	 * Queues a run now unless one is already running or queued; false means refused (the caller
	 * says so). Runs of another process are refused later, by the run lock, and recorded as such.
	 */
	public boolean trigger(RunTrigger trigger) {
		ThreadPoolTaskScheduler current;
		synchronized (this) {
			current = scheduler;
		}
		if (current == null || !busy.compareAndSet(false, true)) {
			return false;
		}
		current.execute(() -> runNow(trigger));
		return true;
	}

	/** A run is in progress or queued in this process. */
	public boolean busy() {
		return busy.get();
	}

	public ZonedDateTime nextRun() {
		return cron.next(ZonedDateTime.now(schedule.zone()));
	}

	private void scheduledRun() {
		// the one thread runs queued on-demand runs and this in turn, so nothing overlaps
		busy.set(true);
		runNow(RunTrigger.SCHEDULE);
	}

	private void runNow(RunTrigger trigger) {
		try {
			RunResult result = runner.run(paths.inbox(), paths.output(), trigger);
			log.info("{}の集計: {}。次回の定期実行 {}", trigger.label(), result.outcome().label(), TIME.format(nextRun()));
		}
		catch (RuntimeException ex) {
			// a service must outlive any single run
			log.error("集計で予期しないエラーが発生しました", ex);
		}
		finally {
			busy.set(false);
		}
	}

}
