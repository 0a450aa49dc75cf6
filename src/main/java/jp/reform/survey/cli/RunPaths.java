package jp.reform.survey.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The inbox and output folders of a run: the short command-line forms {@code --inbox} and
 * {@code --output} win over {@code reform.inbox} / {@code reform.output} (application.yml,
 * REFORM_INBOX, …).
 */
@Component
public class RunPaths {

	private final CommandProperties properties;

	private final Environment environment;

	RunPaths(CommandProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	public Path inbox() {
		return Path.of(environment.getProperty("inbox", properties.inbox().toString()));
	}

	public Path output() {
		return Path.of(environment.getProperty("output", properties.output().toString()));
	}

	/**
	 * What is wrong with the folders of a run, said so that an office can fix it: which setting
	 * names the folder and what to do. Creates the output folder when it is missing.
	 */
	static Optional<String> problem(Path inbox, Path output) {
		if (!Files.isDirectory(inbox)) {
			return Optional.of((Files.exists(inbox) ? "受信フォルダとして指定された場所はフォルダではありません: "
					: "受信フォルダがありません: ") + inbox.toAbsolutePath()
					+ "。--inbox=フォルダ（または環境変数 REFORM_INBOX）で調査票を置くフォルダを指定してください。");
		}
		if (Files.exists(output) && !Files.isDirectory(output)) {
			return Optional.of("出力フォルダとして指定された場所はファイルです: " + output.toAbsolutePath()
					+ "。--output=フォルダ（または環境変数 REFORM_OUTPUT）で別のフォルダを指定するか、そのファイルを移してください。");
		}
		try {
			Files.createDirectories(output);
		}
		catch (IOException ex) {
			return Optional.of("出力フォルダを作成できません: " + output.toAbsolutePath() + "。上位のフォルダがあり書き込めるかを"
					+ "確認するか、--output=フォルダ（または環境変数 REFORM_OUTPUT）で書き込めるフォルダを指定してください。");
		}
		if (!Files.isWritable(output)) {
			return Optional.of("出力フォルダに書き込む権限がありません: " + output.toAbsolutePath()
					+ "。フォルダの権限を直すか、--output=フォルダ（または環境変数 REFORM_OUTPUT）で書き込めるフォルダを指定してください。");
		}
		return Optional.empty();
	}

}
