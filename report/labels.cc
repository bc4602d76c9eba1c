#include "report/labels.h"

#include "absl/strings/str_cat.h"

namespace wirecheck {

std::vector<std::string> InferredFields(const Article& a) {
  std::vector<std::string> fields;
  if (a.id_inferred) fields.push_back("id");
  if (a.outlet_inferred) fields.push_back("outlet");
  if (a.published_inferred) fields.push_back("published");
  if (a.title_inferred) fields.push_back("title");
  return fields;
}

std::string OutletOrId(const Article& a) {
  return a.outlet.empty() ? a.id : a.outlet;
}

std::string PublishedOrUnknown(const Article& a) {
  return a.published.known() ? a.published.ToIso() : "date unknown";
}

const char* CopyClassName(const CopyPair& p) {
  if (p.same_outlet) return "same-outlet";
  return p.credited ? "credited" : "uncredited";
}

std::string StoryCount(size_t stories) {
  return absl::StrCat(stories, stories == 1 ? " story" : " stories");
}

}  // namespace wirecheck
