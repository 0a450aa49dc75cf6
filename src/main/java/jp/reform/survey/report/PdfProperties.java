package jp.reform.survey.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reform.report.pdf.enabled}: whether a run writes {@code report.pdf} (on by default). Laying out and
 * tagging its pages costs a run a few seconds of CPU; an office that never publishes the PDF can save them.
 */
@ConfigurationProperties("reform.report.pdf")
public record PdfProperties(@DefaultValue("true") boolean enabled) {

}
