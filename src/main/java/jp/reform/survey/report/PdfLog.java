package jp.reform.survey.report;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf's own log into the application's (logback): it would otherwise print its progress
 * ("Using fast-mode renderer. Prepare to fly.") to the console of every run. Its information goes to
 * DEBUG; what it warns about, to WARN.
 */
final class PdfLog implements XRLogger {

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, Throwable th) {
		Logger logger = LoggerFactory.getLogger(where);
		if (level.intValue() >= Level.WARNING.intValue()) {
			logger.warn(msg, th);
		}
		else {
			logger.debug(msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// the levels are logback's (logback-spring.xml)
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger("com.openhtmltopdf");
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? logger.isWarnEnabled()
				: logger.isDebugEnabled();
	}

}
