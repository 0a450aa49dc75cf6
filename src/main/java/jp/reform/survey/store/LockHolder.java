package jp.reform.survey.store;

/**
 * Who holds the run lock: a host and a process id. Enough to tell, on the same host, whether the
 * holder is still alive; on another host only its heartbeat can tell.
 */
public record LockHolder(String host, long pid) {

	public String label() {
		return host + "（PID " + pid + "）";
	}

}
