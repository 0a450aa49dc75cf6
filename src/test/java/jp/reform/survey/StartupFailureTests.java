package jp.reform.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The one line a person reads when the service cannot start its trigger, from a real start-up. */
class StartupFailureTests {

	@Test
	void aTriggerPortInUseIsSaidInJapaneseWithTheSettingToChange() throws IOException {
		Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "startup-failure-");
		try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			RuntimeException failure = catchRuntimeException(() -> ReformSurveyApplication.application()
				.run("--mode=service", "--reform.trigger.port=" + other.getLocalPort(),
						"--inbox=" + work.resolve("inbox"), "--output=" + work.resolve("output"),
						"--reform.debug-log=" + work.resolve("debug.log"),
						"--spring.datasource.url=jdbc:h2:mem:startup-failure;DB_CLOSE_DELAY=-1"));

			assertThat(StartupFailure.describe(failure)).isEqualTo("随時実行の受付（HTTP）を開始できません: ポート "
					+ other.getLocalPort() + " は別のプログラムが使用中です。別のポートを reform.trigger.port（REFORM_TRIGGER_PORT）で"
					+ "指定するか、そのプログラムを止めてください。");
		}
	}

}
