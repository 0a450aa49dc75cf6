package jp.reform.survey.store;

import java.time.LocalDateTime;
import java.util.List;

/** The version of an item that counts now (from its newest accepted submission) with its year-table values. */
public record CurrentItem(long itemId, String planName, int categoryOrdinal, String categoryCode,
		String categoryName, int subcategoryOrdinal, String subcategoryCode, String subcategoryName, int itemNo,
		String name, String leadDepartment, String departments, String kpiName, String kpiUnit, String fileName,
		LocalDateTime submittedAt, List<StoredValue> values) {

}
