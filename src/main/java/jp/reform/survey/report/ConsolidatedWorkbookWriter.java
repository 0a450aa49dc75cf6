package jp.reform.survey.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import jp.reform.survey.consolidate.CategorySummary;
import jp.reform.survey.consolidate.PlanSummary;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code consolidated.xlsx}, print-ready for the published 実施報告: 推進項目の一覧 laid out like the
 * published table (one sheet per plan that measures money or status words), 実施項目一覧 (every item ×
 * year with what its plan measures and its source), 実施項目の記述 (each item's 目標, 現状と課題, 取組内容 …), 所管課別 (per department), 成果指標推移 (KPI trends, when
 * any item has a KPI), 管理表 per 大分類 and 見直し候補. The table sheets are lists of {@link Column}s, so a
 * measure no plan carries gets no column. Every sheet prints A4 landscape, one page wide, header rows
 * repeated; amounts are numbers formatted {@code #,##0}, years in 和暦.
 */
final class ConsolidatedWorkbookWriter {

	static final String PUBLISHED = "推進項目の一覧";

	static final String ITEMS = "実施項目一覧";

	static final String DEPARTMENTS = "所管課別";

	static final String KPI_TRENDS = "成果指標推移";

	static final String REVIEW = "見直し候補";

	static final String TEXTS = "実施項目の記述";

	/** Rows kept in memory per streamed sheet; the sheets only ever touch the row they are writing. */
	private static final int ROW_WINDOW = 100;

	private final JapaneseFormats formats = new JapaneseFormats();

	void write(ReportData data, Path file) throws IOException {
		write(data, List.of(), file);
	}

	/** As {@link #write(ReportData, Path)}, with the sheet 見直し候補 of {@code reviews} (one view per plan) last. */
	void write(ReportData data, List<ReviewView> reviews, Path file) throws IOException {
		// Streamed: rows beyond a small window go to a temporary file as they are written, so the item
		// list of a prefecture (tens of thousands of rows) does not have to fit in the heap at once.
		// The temporary file is not compressed: the xlsx is deflated once when written, not twice.
		try (SXSSFWorkbook workbook = new FastZippedWorkbook()) {
			XlsxStyles styles = new XlsxStyles(workbook);
			PublishedTableSheet published = new PublishedTableSheet(formats);
			for (PlanSummary plan : data.plans()) {
				if (!plan.measures().hasPublishedTable()) {
					continue; // no money and no status words: the table would be a grid of 「－」
				}
				String name = data.plans().size() == 1 ? PUBLISHED
						: WorkbookUtil.createSafeSheetName(PUBLISHED + "_" + plan.planName());
				published.write(wholeSheet(workbook, name), plan, styles);
			}
			new ItemListSheet(formats).write(workbook.createSheet(ITEMS), data.plans(), styles);
			if (!ItemTextsSheet.fields(data.plans()).isEmpty()) {
				new ItemTextsSheet(formats).write(workbook.createSheet(TEXTS), data.plans(), styles);
			}
			// Feedback pages are an HTML matter; the workbook only lists the state.
			DepartmentStatuses statuses = new DepartmentStatuses((plan, department) -> false);
			// by identity: a plan's own hash digests every value of every item, twice for 36 plans a second
			Map<PlanSummary, List<DepartmentStatus>> byPlan = new IdentityHashMap<>();
			data.plans().forEach(plan -> byPlan.put(plan, statuses.of(plan, data)));
			new DepartmentSheet().write(wholeSheet(workbook, DEPARTMENTS), data.plans(), byPlan, styles);
			if (data.plans().stream().flatMap(p -> p.items().stream()).anyMatch(KpiTrendSheet::measured)) {
				new KpiTrendSheet(formats).write(workbook.createSheet(KPI_TRENDS), data.plans(), styles);
			}
			if (data.plans().size() == 1) {
				// one sheet per 大分類, as many as the published report has 管理表 chapters
				PlanSummary plan = data.plans().get(0);
				ManagementSheet management = new ManagementSheet(formats);
				for (CategorySummary category : plan.categories()) {
					management.write(wholeSheet(workbook,
							WorkbookUtil.createSafeSheetName(ManagementSheet.PREFIX + category.code())), plan, category,
							styles);
				}
			}
			if (!reviews.isEmpty()) {
				new ReviewSheet().write(workbook.createSheet(REVIEW), reviews, styles);
			}
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	/**
	 * A streamed workbook zipped at the fastest deflate level: 実施項目一覧 of 1,000 workbooks is some 30 MB of
	 * sheet XML, which the default level spent about a second on (README, "Benchmark"); the file comes out
	 * a little larger, and Excel and LibreOffice read it the same.
	 */
	private static final class FastZippedWorkbook extends SXSSFWorkbook {

		FastZippedWorkbook() {
			super(null, ROW_WINDOW, false, false);
		}

		/** Each sheet's rows go to their temporary file through a writer that takes no lock per character. */
		@Override
		protected SheetDataWriter createSheetDataWriter() throws IOException {
			return new SheetDataWriter() {
				@Override
				public Writer createWriter(File file) throws IOException {
					return new UnlockedWriter(new OutputStreamWriter(new FileOutputStream(file), StandardCharsets.UTF_8));
				}
			};
		}

		@Override
		protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
			ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
			zip.setLevel(Deflater.BEST_SPEED);
			return zip;
		}

	}

	/**
	 * A sheet kept whole in memory: the published table and the department list are small (a row per
	 * 中分類 or department) and are laid out by revisiting their rows.
	 */
	private static Sheet wholeSheet(SXSSFWorkbook workbook, String name) {
		SXSSFSheet sheet = workbook.createSheet(name);
		sheet.setRandomAccessWindowSize(-1);
		return sheet;
	}

}
