package jp.reform.survey.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Links from the summary to each department's feedback page, {@code feedback/<department>.html} beside
 * summary.html (written by the per-department feedback report). The link is only drawn when that file
 * exists in the output folder (or the staging folder of this run) when the summary is written; otherwise
 * the summary links to the department's entry in its own 「各課への確認事項」. Characters that cannot be
 * in a file name on Windows shares ({@code \ / : * ? " < > |}) become {@code _}.
 */
public final class FeedbackLinks {

	public static final String FOLDER = "feedback";

	private final List<Path> roots;

	FeedbackLinks(List<Path> roots) {
		this.roots = List.copyOf(roots);
	}

	public static String fileName(String department) {
		return department.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".html";
	}

	public boolean exists(String department) {
		return roots.stream().anyMatch(root -> Files.isRegularFile(root.resolve(FOLDER).resolve(fileName(department))));
	}

	/**
	 * The id of a submission's entry in the summary's own 「各課への確認事項」 (the fallback link target):
	 * its file name and submission time, since a corrected file may come back under the same name.
	 */
	public String anchor(String fileName, String submittedAt) {
		return ("findings-" + fileName + "-" + submittedAt).replaceAll("\\s+", "_");
	}

	/** The relative link, percent-encoded so it works from a shared drive in any browser. */
	public String href(String department) {
		try {
			return new URI(null, null, FOLDER + "/" + fileName(department), null).toASCIIString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(department, ex);
		}
	}

}
