package jp.reform.survey.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.reform.survey.ReformSurveyApplication;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.WebApplicationContext;

/**
 * The application as {@code main} starts it (not through the test framework, which picks its own kind
 * of context): only service mode is a web application with a listening server; a one-shot run has
 * none, so its start-up does not pay for one.
 */
class WebServerModeTests {

	@Test
	void aOneShotRunStartsNoWebServer() throws IOException {
		try (ConfigurableApplicationContext context = start("oneshot")) {
			assertThat(context).isNotInstanceOf(WebApplicationContext.class);
			assertThat(context.getEnvironment().getProperty("spring.main.web-application-type")).isEqualTo("none");
			assertThat(context.getBeanNamesForType(TriggerController.class)).isEmpty();
			assertThat(context.getBeanNamesForType(NightlyService.class)).isEmpty();
			assertThat(context.getBeanNamesForType(RunLockHealthIndicator.class)).isEmpty();
			// not even weighed: no health registry, no JSON mapper of Spring MVC's
			assertThat(context.getBeanNamesForType(HealthContributorRegistry.class)).isEmpty();
			assertThat(context.getBeanNamesForType(JsonMapper.class)).isEmpty();
		}
	}

	@Test
	void serviceModeListensOnTheLoopbackAddressOnly() throws IOException {
		try (ConfigurableApplicationContext context = start("service", "--mode=service", "--reform.trigger.port=0")) {
			assertThat(context).isInstanceOf(WebServerApplicationContext.class);
			assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).isPositive();
			assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
			assertThat(context.getBeanNamesForType(TriggerController.class)).hasSize(1);
			assertThat(context.getBeanNamesForType(HealthContributorRegistry.class)).hasSize(1);
		}
	}

	@Test
	void aNegativeTriggerPortListensNowhere() throws IOException {
		try (ConfigurableApplicationContext context = start("noport", "--mode=service", "--reform.trigger.port=-1")) {
			assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).isEqualTo(-1);
		}
	}

	private static ConfigurableApplicationContext start(String name, String... more) throws IOException {
		Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "web-mode-");
		String[] common = { "--reform.job.run-on-startup=false", "--inbox=" + work.resolve("inbox"),
				"--output=" + work.resolve("output"), "--reform.debug-log=" + work.resolve("debug.log"),
				"--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" };
		String[] args = new String[common.length + more.length];
		System.arraycopy(common, 0, args, 0, common.length);
		System.arraycopy(more, 0, args, common.length, more.length);
		return ReformSurveyApplication.application().run(args);
	}

}
