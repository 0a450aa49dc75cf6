package jp.reform.survey.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The report.pdf of several plans, built side by side: one a core, as far as the heap allows (a plan's
 * PDF is laid out in memory, some hundred MB at its peak). A prefecture's first run builds one per
 * town, each taking seconds; one after the other they were most of the run.
 */
final class PlanPdfs {

	/** The heap one plan's PDF is given when PDFs are built side by side. */
	static final long HEAP_PER_PDF = 512L << 20;

	/** One plan's PDF to build: the plan's data and where its PDF goes. */
	record Pdf(ReportData data, Path file) {
	}

	private final HtmlSummaryWriter html;

	PlanPdfs(HtmlSummaryWriter html) {
		this.html = html;
	}

	/** How many PDFs are built at once: the cores, the heap's share and the PDFs to build allow. */
	static int workers(int pdfs, int cores, long maxHeap) {
		return (int) Math.max(1, Math.min(Math.min(pdfs, cores), maxHeap / HEAP_PER_PDF));
	}

	/** Builds every PDF; the first failure is thrown once the PDFs being built have ended. */
	void write(List<Pdf> pdfs) throws IOException {
		Runtime runtime = Runtime.getRuntime();
		ExecutorService pool = Executors.newFixedThreadPool(
				workers(pdfs.size(), runtime.availableProcessors(), runtime.maxMemory()));
		try {
			List<Future<Void>> built = new ArrayList<>();
			for (Pdf pdf : pdfs) {
				built.add(pool.submit(() -> {
					html.writePdf(pdf.data(), pdf.file());
					return null;
				}));
			}
			for (Future<Void> one : built) {
				one.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("report.pdf の作成が中断されました", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException unchecked) {
				throw unchecked;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			// a failed PDF stops those not begun: nothing may still write into the staging folder after this
			pool.shutdownNow();
			awaitTermination(pool);
		}
	}

	/** A PDF being laid out does not look at interrupts; it ends on its own, in seconds. */
	private static void awaitTermination(ExecutorService pool) {
		try {
			pool.awaitTermination(10, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
