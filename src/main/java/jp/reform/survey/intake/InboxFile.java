package jp.reform.survey.intake;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A workbook found in the inbox, with its content fingerprint (SHA-256, hex). */
public record InboxFile(Path path, long size, LocalDateTime modified, String fingerprint) {

	public String name() {
		return path.getFileName().toString();
	}

}
