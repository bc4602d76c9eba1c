#include "ingest/jsonl.h"

#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "ingest/dates.h"
#include "ingest/html.h"
#include "ingest/html_guard.h"
#include "ingest/metadata.h"
#include "ingest/utf8.h"

namespace wirecheck {
namespace {

const char* TypeName(JsonField::Type t) {
  switch (t) {
    case JsonField::Type::kString:
      return "a string";
    case JsonField::Type::kNumber:
      return "a number";
    case JsonField::Type::kBool:
      return "a boolean";
    case JsonField::Type::kNull:
      return "null";
    case JsonField::Type::kObject:
      return "an object";
    case JsonField::Type::kArray:
      return "an array";
  }
  return "?";
}

}  // namespace

JsonlReader::JsonlReader(absl::string_view name, int64_t max_line_bytes,
                         IngestResult* result)
    : name_(name),
      stem_(FileStem(name)),
      max_line_bytes_(max_line_bytes),
      result_(result),
      articles_before_(static_cast<int>(result->articles.size())) {}

void JsonlReader::StartAt(int lines_before, int64_t offset) {
  line_no_ = lines_before;
  offset_ = offset;
}

void JsonlReader::Feed(absl::string_view chunk) {
  if (binary_ || chunk.empty()) return;
  if (screened_) {
    Lines(chunk);
    return;
  }
  // The binary check reads the first kBinaryProbeBytes however the bytes
  // arrive, so a small first chunk cannot hide a NUL right after it.
  if (held_.empty() && chunk.size() >= kBinaryProbeBytes) {
    Screen(chunk);
    if (!binary_) Lines(chunk);
    return;
  }
  held_.append(chunk.data(), chunk.size());
  if (held_.size() >= kBinaryProbeBytes) ReleaseHeld();
}

void JsonlReader::Screen(absl::string_view probe) {
  screened_ = true;
  started_ = !probe.empty();
  if (started_ && LooksBinary(probe)) {
    binary_ = true;
    result_->Skip(SkipReason::kBinary, name_, 0,
                  "binary file (not JSONL text)");
  }
}

void JsonlReader::ReleaseHeld() {
  const std::string held = std::move(held_);
  held_.clear();
  Screen(held);
  if (!binary_) Lines(held);
}

void JsonlReader::Lines(absl::string_view chunk) {
  while (!chunk.empty()) {
    const void* nl = std::memchr(chunk.data(), '\n', chunk.size());
    if (nl == nullptr) {
      // Keep the partial line unless it is already too long to use.
      if (!carry_oversize_) {
        if (static_cast<int64_t>(carry_.size() + chunk.size()) >
            max_line_bytes_) {
          carry_oversize_ = true;
          carry_.clear();
        } else {
          carry_.append(chunk.data(), chunk.size());
        }
      }
      offset_ += chunk.size();
      return;
    }
    const size_t len = static_cast<const char*>(nl) - chunk.data();
    line_offset_ = offset_ - static_cast<int64_t>(carry_.size());
    ++line_no_;
    if (carry_oversize_ ||
        static_cast<int64_t>(carry_.size() + len) > max_line_bytes_) {
      result_->Skip(SkipReason::kOversize, name_, line_no_,
                    absl::StrCat("line longer than ", max_line_bytes_,
                                 " bytes (raise --max-file-bytes to read it)"));
    } else if (carry_.empty()) {
      HandleLine(chunk.substr(0, len));
    } else {
      carry_.append(chunk.data(), len);
      HandleLine(carry_);
    }
    carry_.clear();
    carry_oversize_ = false;
    offset_ += static_cast<int64_t>(len) + 1;
    chunk.remove_prefix(len + 1);
  }
}

void JsonlReader::Finish() {
  if (!screened_) ReleaseHeld();
  if (!binary_ && (!carry_.empty() || carry_oversize_)) {
    ++line_no_;
    if (carry_oversize_) {
      result_->Skip(
          SkipReason::kOversize, name_, line_no_,
          absl::StrCat("line longer than ", max_line_bytes_, " bytes"));
    } else {
      line_offset_ = offset_ - static_cast<int64_t>(carry_.size());
      std::string last = std::move(carry_);
      HandleLine(last);
    }
    carry_.clear();
  }
  if (binary_) return;
  if (bad_utf8_count_ > 0) {
    result_->Warn(
        name_, 0, first_bad_utf8_,
        absl::StrFormat("invalid UTF-8 on %d line%s: %d bad "
                        "sequence%s replaced with U+FFFD, the first",
                        bad_utf8_lines_, bad_utf8_lines_ == 1 ? "" : "s",
                        bad_utf8_count_, bad_utf8_count_ == 1 ? "" : "s"));
  }
  if (!saw_content_) {
    result_->Skip(
        SkipReason::kEmpty, name_, 0,
        started_ ? "no JSONL records (only blank lines)" : "empty file");
    return;
  }
  if (static_cast<int>(result_->articles.size()) > articles_before_) {
    ++result_->files_read;
  }
}

void JsonlReader::HandleLine(absl::string_view line) {
  if (absl::StripAsciiWhitespace(line).empty()) return;
  saw_content_ = true;
  if (line_no_ == 1 && absl::StartsWith(line, "\xEF\xBB\xBF")) {
    line.remove_prefix(3);
    line_offset_ += 3;
  }
  // UTF-8 is checked by the parser (simdjson validates it with the
  // structure in one pass); a line with bad bytes is repaired and parsed
  // again.
  absl::Status st = ParseJsonObject(line, &obj_);
  if (!st.ok() && obj_.invalid_utf8) {
    int64_t first_bad;
    int bad;
    repaired_ = RepairUtf8(line, &first_bad, &bad);
    if (first_bad_utf8_ < 0) first_bad_utf8_ = line_offset_ + first_bad;
    bad_utf8_count_ += bad;
    ++bad_utf8_lines_;
    st = ParseJsonObject(repaired_, &obj_);
  }
  if (!st.ok()) {
    result_->Skip(SkipReason::kMalformedJsonl, name_, line_no_,
                  absl::StrCat("malformed JSON: ", st.message()));
    return;
  }
  if (obj_.lone_surrogates > 0) {
    result_->Warn(name_, line_no_, -1,
                  absl::StrCat(obj_.lone_surrogates,
                               " unpaired \\u surrogate escape(s) replaced "
                               "with U+FFFD"));
  }
  BuildArticle(obj_);
}

JsonField* JsonlReader::StringField(
    JsonObject& obj, std::initializer_list<absl::string_view> names) {
  for (absl::string_view n : names) {
    JsonField* f = const_cast<JsonField*>(obj.Find(n));
    if (f == nullptr || f->type == JsonField::Type::kNull) continue;
    if (f->type == JsonField::Type::kString) {
      if (absl::StripAsciiWhitespace(f->value).empty()) continue;
      return f;
    }
    result_->Warn(name_, line_no_, -1,
                  absl::StrCat("field \"", n, "\" is ", TypeName(f->type),
                               ", expected a string; ignored"));
  }
  return nullptr;
}

bool JsonlReader::ReadText(JsonObject& obj, Article* article) {
  if (JsonField* f = StringField(obj, {"text", "content", "body"})) {
    article->text = std::move(f->value);
    return true;
  }
  if (JsonField* f = StringField(obj, {"html"})) {
    HtmlPage page = ExtractHtml(f->value);
    if (page.tags_too_deep > 0) {
      result_->Warn(
          name_, line_no_, -1,
          absl::StrCat("\"html\" field: ", TooDeepMessage(page.tags_too_deep)));
    }
    article->text = std::move(page.text);
    article->links = std::move(page.links);
    if (!article->text.empty()) return true;
    result_->Skip(SkipReason::kMissingText, name_, line_no_,
                  "\"html\" field has no extractable text");
    return false;
  }
  result_->Skip(SkipReason::kMissingText, name_, line_no_,
                "record has no non-empty \"text\" or \"html\" field");
  return false;
}

void JsonlReader::BuildArticle(JsonObject& obj) {
  Article a;
  if (!ReadText(obj, &a)) return;
  if (JsonField* lead =
          StringField(obj, {"sapo", "lead", "summary", "description"})) {
    const absl::string_view l = absl::StripAsciiWhitespace(lead->value);
    if (!absl::StartsWith(a.text, l)) {
      a.text = absl::StrCat(l, "\n\n", a.text);
      const uint32_t shift = static_cast<uint32_t>(l.size() + 2);
      for (Span& link : a.links) link = {link.begin + shift, link.end + shift};
    }
    a.lead = Span{0, static_cast<uint32_t>(l.size())};
  }
  a.origin = absl::StrCat(name_, ":", line_no_);

  const JsonField* id = nullptr;
  for (absl::string_view n : {"id", "doc_id", "uuid", "newid", "file"}) {
    const JsonField* f = obj.Find(n);
    if (f != nullptr &&
        (f->type == JsonField::Type::kString ||
         f->type == JsonField::Type::kNumber) &&
        !f->value.empty()) {
      id = f;
      break;
    }
  }
  if (id != nullptr) {
    a.id = id->value;
  } else {
    a.id = absl::StrCat(stem_, ":", line_no_);
    a.id_inferred = true;
  }

  if (JsonField* f = StringField(obj, {"url", "link", "canonical_url"})) {
    a.url = f->value;
  }
  if (JsonField* f = StringField(
          obj, {"outlet", "source", "site", "site_name", "publisher"})) {
    a.outlet = f->value;
  } else {
    a.outlet = OutletFromUrl(a.url);
    a.outlet_inferred = !a.outlet.empty();
  }
  if (JsonField* f = StringField(obj, {"title", "headline"})) {
    a.title = CleanTitle(f->value);
  } else {
    a.title = InferTitle(a.text);
    a.title_inferred = !a.title.empty();
  }
  if (JsonField* f =
          StringField(obj, {"published", "published_at", "published_time",
                            "datePublished", "date"})) {
    if (!ParseDateField(f->value, &a.published)) {
      result_->Warn(name_, line_no_, -1,
                    absl::StrCat("unrecognised date \"", f->value, "\" in \"",
                                 f->key, "\"; inferring from text"));
    }
  }
  if (!a.published.known()) {
    a.published = InferPublishedFromText(a.text);
    a.published_inferred = a.published.known();
  }
  result_->AddArticle(std::move(a));
}

void ParseJsonl(absl::string_view name, absl::string_view bytes,
                IngestResult* result) {
  JsonlReader reader(name, INT64_MAX, result);
  reader.Feed(bytes);
  reader.Finish();
}

}  // namespace wirecheck
