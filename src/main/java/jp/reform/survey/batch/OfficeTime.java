package jp.reform.survey.batch;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** Japanese offices: file times, 提出日 and run times are read in Japan time whatever the server's zone. */
public final class OfficeTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private OfficeTime() {
	}

	public static LocalDateTime now() {
		return LocalDateTime.now(ZONE);
	}

}
