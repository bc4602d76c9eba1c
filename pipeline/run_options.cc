#include "pipeline/run_options.h"

#include <cstdint>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"

namespace wirecheck {
namespace {

// "a number in (0, 1]": what `option` expects, for messages.
std::string Expected(const RunOption& option) {
  switch (option.value) {
    case OptionValue::kFraction:
      return absl::StrCat("a number in (", option.lo, ", ", option.hi, "]");
    case OptionValue::kWholeNumber:
      return absl::StrCat("a whole number from ",
                          static_cast<int64_t>(option.lo), " to ",
                          static_cast<int64_t>(option.hi));
    case OptionValue::kSwitch:
      return "no value, true or false";
  }
  return "";
}

bool Parse(const RunOption& option, absl::string_view text, double* out) {
  switch (option.value) {
    case OptionValue::kFraction:
      return absl::SimpleAtod(text, out) && *out > option.lo &&
             *out <= option.hi;
    case OptionValue::kWholeNumber: {
      int64_t n = 0;
      if (!absl::SimpleAtoi(text, &n) || n < option.lo || n > option.hi) {
        return false;
      }
      *out = static_cast<double>(n);
      return true;
    }
    case OptionValue::kSwitch:
      if (text.empty() || text == "true" || text == "True") {
        *out = 1;
        return true;
      }
      *out = 0;
      return text == "false" || text == "False";
  }
  return false;
}

}  // namespace

const std::vector<RunOption>& RunOptions() {
  using V = OptionValue;
  static const auto* options = new std::vector<RunOption>{
      {"threshold", V::kFraction, 0, 1, true,
       [](double v, CheckOptions* o) { o->dedup.threshold = v; }},
      {"shingle", V::kWholeNumber, 1, 64, true,
       [](double v, CheckOptions* o) {
         o->dedup.shingle = static_cast<int>(v);
       }},
      {"num-perm", V::kWholeNumber, 8, 1024, true,
       [](double v, CheckOptions* o) {
         o->dedup.num_perm = static_cast<int>(v);
       }},
      {"min-passage", V::kWholeNumber, 5, 100000, true,
       [](double v, CheckOptions* o) {
         o->dedup.min_passage = static_cast<int>(v);
       }},
      {"fold-diacritics", V::kSwitch, 0, 1, true,
       [](double v, CheckOptions* o) {
         o->prepare.tokenizer.fold_diacritics = v != 0;
       }},
      {"min-confidence", V::kFraction, 0, 1, true,
       [](double v, CheckOptions* o) { o->compare.min_confidence = v; }},
      {"threads", V::kWholeNumber, 0, 256, true,
       [](double v, CheckOptions* o) {
         o->prepare.threads = o->dedup.threads = o->compare.threads =
             static_cast<int>(v);
       }},
      // Documents (>= 1) or a share (< 1) above which a shingle is common.
      {"max-df", V::kFraction, 0, 1e9, false,
       [](double v, CheckOptions* o) { o->dedup.max_df = v; }},
      {"window-jaccard", V::kFraction, 0, 1, false,
       [](double v, CheckOptions* o) { o->dedup.window_jaccard = v; }},
      {"seed", V::kWholeNumber, 0, 4294967295.0, false,
       [](double v, CheckOptions* o) {
         o->dedup.seed = static_cast<uint64_t>(v);
       }},
  };
  return *options;
}

const RunOption* FindRunOption(absl::string_view name) {
  const std::string dashed = absl::StrReplaceAll(name, {{"_", "-"}});
  for (const RunOption& o : RunOptions()) {
    if (dashed == o.name) return &o;
  }
  return nullptr;
}

absl::Status SetRunOption(const RunOption& option, absl::string_view text,
                          CheckOptions* options) {
  double v = 0;
  if (!Parse(option, text, &v)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--", option.name, "=", text, ": expected ", Expected(option)));
  }
  option.set(v, options);
  return absl::OkStatus();
}

}  // namespace wirecheck
