// report/labels.h: the words reports use for enums and inferred fields,
// shared by the text, JSON and CSV renderers so they never disagree.
// (Enum names come from their own stages: ClaimKindName,
// DiscrepancyClassName.)
#ifndef WIRECHECK_REPORT_LABELS_H_
#define WIRECHECK_REPORT_LABELS_H_

#include <string>
#include <vector>

#include "dedup/dedup.h"
#include "ingest/article.h"

namespace wirecheck {

// Names of the metadata fields wirecheck inferred: "id", "outlet",
// "published", "title", in that order.
std::vector<std::string> InferredFields(const Article& a);

// "vnexpress.net" or, when unknown, the article id.
std::string OutletOrId(const Article& a);

// "2024-06-19T08:30" or "date unknown".
std::string PublishedOrUnknown(const Article& a);

// The class of a copy for filters and CSV: "same-outlet" (an outlet reusing
// its own story needs no credit), else "credited" or "uncredited".
const char* CopyClassName(const CopyPair& p);

// "1 story", "3 stories": the count of copy clusters in a heading.
std::string StoryCount(size_t stories);

}  // namespace wirecheck

#endif  // WIRECHECK_REPORT_LABELS_H_
