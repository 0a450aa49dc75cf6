package jp.reform.survey.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The print set-up every sheet gets, so the workbook goes into the 実施報告 as it is: A4 landscape,
 * fitted to one page wide, header rows repeated on every page, the sheet name and plan in the page
 * header, page numbers in the footer. The distributed survey forms print the same way.
 */
public final class PrintLayout {

	private PrintLayout() {
	}

	/**
	 * @param headerRows the rows to repeat on each page, e.g. "3:4" (1-based, as Excel writes them)
	 * @param onePage fit the whole sheet on one page (推進項目の一覧, one page as published)
	 */
	static void apply(Sheet sheet, String headerRows, boolean onePage, String planName) {
		apply(sheet, headerRows, onePage, true, planName);
	}

	/**
	 * @param landscape false for a sheet narrow enough to read upright (a form's cover)
	 * @param headerLeft what the page header says on the left (plan, or plan and department)
	 */
	public static void apply(Sheet sheet, String headerRows, boolean onePage, boolean landscape, String headerLeft) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(landscape);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) (onePage ? 1 : 0));
		sheet.setFitToPage(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.6);
		sheet.setMargin(Sheet.BottomMargin, 0.6);
		sheet.setMargin(Sheet.HeaderMargin, 0.25);
		sheet.setMargin(Sheet.FooterMargin, 0.25);
		if (headerRows != null) {
			sheet.setRepeatingRows(CellRangeAddress.valueOf(headerRows));
		}
		// "&" starts a header code (&A, &P …); a literal one is written twice.
		sheet.getHeader().setLeft(headerLeft == null ? "" : headerLeft.replace("&", "&&"));
		sheet.getHeader().setRight("&A");
		sheet.getFooter().setCenter("&P / &N ページ");
	}

}
