package jp.reform.survey.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reform.intake}.
 *
 * @param settle how long apart the two looks at each inbox file are; a file whose size or time
 * changes in between is still being copied and is left for the next run
 */
@ConfigurationProperties("reform.intake")
public record IntakeProperties(@DefaultValue("1s") Duration settle) {

}
