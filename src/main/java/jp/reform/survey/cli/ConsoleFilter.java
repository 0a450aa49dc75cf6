package jp.reform.survey.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What the console (and the scheduler's log file fed by it) shows: the product's own lines, which
 * are Japanese and say what to do. The libraries' lines and every stack trace go to the debug log
 * only, unless {@code --debug} asks for them here too. Two console appenders use this filter: the
 * quiet one (no stack traces) in normal runs, the verbose one with {@code --debug}.
 */
public class ConsoleFilter extends Filter<ILoggingEvent> {

	private static final String PRODUCT = "jp.reform.survey";

	private boolean debug;

	private boolean verbose;

	/** Whether {@code --debug} was given (logback sets this from {@code reform.debug}). */
	public void setDebug(boolean debug) {
		this.debug = debug;
	}

	/** Whether the appender this filter guards is the verbose one. */
	public void setVerbose(boolean verbose) {
		this.verbose = verbose;
	}

	@Override
	public FilterReply decide(ILoggingEvent event) {
		if (verbose != debug) {
			return FilterReply.DENY;
		}
		return debug || event.getLoggerName().startsWith(PRODUCT) ? FilterReply.NEUTRAL : FilterReply.DENY;
	}

}
