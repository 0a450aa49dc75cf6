package jp.reform.survey.survey;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.reform.survey.normalize.CategoryCode;
import jp.reform.survey.normalize.CategoryCodes;
import jp.reform.survey.survey.FormReader.LabelledValue;
import jp.reform.survey.workbook.GridCell;
import jp.reform.survey.vocabulary.Field;
import jp.reform.survey.vocabulary.SourcedValue;
import jp.reform.survey.vocabulary.Finding;

/** An item's number: a No. cell (7, 「No.7」, 「Ｎｏ．７」, 「第7」) or the circled number leading its name (「①…」). */
final class ItemNumbers {

	/** A number as written before an item's name, with the name as written after it. */
	record Numbered(int number, String name) {
	}

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern NUMBER = Pattern.compile("^(?:NO\\.?|№|第)?(\\d{1,4})番?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern LEADING_CODE = Pattern.compile("^[\\s\\u3000]*(?:[①-⑳➀-➉❶-❿➊-➓]"
			+ "|[(（][\\s\\u3000]*[0-9０-９]{1,3}[\\s\\u3000]*[)）]|[0-9０-９]{1,3}[.．、)）])[\\s\\u3000]*");

	private final CategoryCodes codes = new CategoryCodes();

	/** The No. of the form; null (with an error) when missing or not a positive whole number. */
	Integer read(LabelledValue lv, String sheet, List<Finding> own, List<SourcedValue> values) {
		if (lv == null || lv.value() == null) {
			own.add(Finding.error(sheet, lv == null ? null : lv.label().ref(), "No.（実施項目番号）がありません", "1以上の整数"));
			return null;
		}
		GridCell cell = lv.value();
		Integer number = number(cell);
		if (number == null) {
			own.add(Finding.error(sheet, cell.ref(), "No.が整数として読めません: " + cell.display(), "1以上の整数"));
			return null;
		}
		values.add(new SourcedValue(Field.ITEM_NO, null, BigDecimal.valueOf(number), null, null, null, false,
				cell.display(), sheet, cell.ref()));
		return number;
	}

	/** 「①情報提供の手段と機会の拡充」 → (1, 情報提供の手段と機会の拡充); empty when no number leads. */
	Optional<Numbered> fromName(String name) {
		Optional<CategoryCode> code = codes.splitMinor(name);
		Matcher lead = LEADING_CODE.matcher(name);
		if (code.isEmpty() || !lead.find()) {
			return Optional.empty();
		}
		return Optional.of(new Numbered(code.get().ordinal(), name.substring(lead.end()).strip()));
	}

	private static Integer number(GridCell cell) {
		if (cell.isNumber()) {
			BigDecimal n = cell.number().stripTrailingZeros();
			boolean whole = n.signum() > 0 && n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(10_000)) < 0;
			return whole ? n.intValue() : null;
		}
		if (!cell.isText()) {
			return null;
		}
		String s = SPACES.matcher(Normalizer.normalize(cell.text(), Normalizer.Form.NFKC)).replaceAll("");
		Matcher m = NUMBER.matcher(s);
		return m.matches() && Integer.parseInt(m.group(1)) > 0 ? Integer.valueOf(m.group(1)) : null;
	}

}
