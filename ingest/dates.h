// ingest/dates.h: publication times from metadata fields and scraped text.
//
// Two entry points, both returning a PublishedTime at the grain the source
// actually gave (a month stays a month: "date 2024-06" must not pretend to
// be 2024-06-01T00:00):
//
//  * ParseDateField reads a metadata value: ISO 8601 ("2024", "2024-06",
//    "2024-06-19", "2024-06-19T08:30", "...:05.123Z", "...+07:00"; a stated
//    offset is converted to UTC so outlets in different zones order
//    correctly) and, failing that, any single text pattern below filling the
//    whole value ("15/09/2023 04:04", "26-FEB-1987 15:18:06.67").
//  * InferPublishedFromText looks for a dateline in the header of a scrape:
//    only the first 12 non-empty lines within the first 1500 bytes, and only
//    datelines (IsDateline: a short line that is mostly a date), so dates in
//    body sentences ("Vụ tai nạn xảy ra tối 5-2-2017, tại cầu ...") or in
//    "related news" lists at the bottom are never taken for the publication
//    date. Patterns, first match wins:
//      dd/mm/yyyy [hh:mm[:ss]]      hh:mm[:ss] dd/mm/yyyy
//      yyyy-mm-dd[ T]hh:mm[:ss]     yyyy-mm (month grain, "date 2024-06")
//      ngày 19 tháng 6 năm 2024     June 19, 2024 [10:30 AM] / 19 June 2024
//
//   PublishedTime t;
//   ParseDateField("2024-06-19T08:30:00+07:00", &t);  // 2024-06-19T01:30
//   InferPublishedFromText("Tin tức\n\nTitle\n\n15/09/2023 04:04\n...");
//   // Minute(2023, 9, 15, 4, 4)
#ifndef WIRECHECK_INGEST_DATES_H_
#define WIRECHECK_INGEST_DATES_H_

#include <cstddef>
#include <utility>

#include "absl/strings/string_view.h"
#include "ingest/article.h"

namespace wirecheck {

// Parses a date metadata value; false (and *out untouched) when it is not a
// recognised, valid date.
bool ParseDateField(absl::string_view value, PublishedTime* out);

// The first date pattern in `line`, or an unknown PublishedTime. When
// found and `match` is non-null, *match gets its [begin, end) offsets.
PublishedTime FindDateInLine(absl::string_view line,
                             std::pair<size_t, size_t>* match = nullptr);

// True for a line that states a date and little else: at most 160 bytes
// and at most 6 words besides the date ("15/09/2023 04:04", " date 2024-06
// Photo : YONHAP News", "Báo Quốc TếBáo Quốc Tế21/01/2024"), as opposed to
// a sentence or headline that mentions a date.
bool IsDateline(absl::string_view line);

// The publication time stated in the header of a scrape, or unknown.
PublishedTime InferPublishedFromText(absl::string_view text);

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_DATES_H_
