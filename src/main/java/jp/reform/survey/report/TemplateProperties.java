package jp.reform.survey.report;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code reform.templates}: the folder of the office's own report and feedback templates. */
@ConfigurationProperties("reform")
public record TemplateProperties(Path templates) {

}
