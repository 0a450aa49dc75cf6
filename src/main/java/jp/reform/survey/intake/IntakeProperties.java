package jp.reform.survey.intake;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reform.intake}.
 *
 * @param settle how long apart the two looks at each inbox file are; a file whose size or time
 * changes in between is still being copied and is left for the next run
 * @param ignore names of files the office keeps in the inbox that are not submissions (glob
 * patterns such as {@code README*} or {@code *.txt}, case ignored): neither read nor reported as
 * 対象外, only named in the log
 */
@ConfigurationProperties("reform.intake")
public record IntakeProperties(@DefaultValue("1s") Duration settle,
		@DefaultValue({ "Thumbs.db", "desktop.ini" }) List<String> ignore) {

}
