#include "normalise/normalizer.h"

#include <limits>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "unicode/bytestream.h"
#include "unicode/casemap.h"
#include "unicode/edits.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace wirecheck {
namespace {

bool IsValidUtf8(absl::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

// One stage of the pipeline: `out` and `edits` describe in -> out.
struct Stage {
  std::string out;
  icu::Edits edits;
};

absl::Status IcuError(const char* what, UErrorCode ec) {
  return absl::InternalError(absl::StrCat(what, ": ", u_errorName(ec)));
}

// Removes non-spacing marks and maps stroke letters in NFD text.
void StripMarks(absl::string_view nfd, Stage* stage) {
  const auto* p = reinterpret_cast<const uint8_t*>(nfd.data());
  const int32_t n = static_cast<int32_t>(nfd.size());
  int32_t i = 0;
  std::string mapped;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(p, i, n, c);
    const int32_t len = i - start;
    mapped.clear();
    if (u_charType(c) == U_NON_SPACING_MARK) {
      stage->edits.addReplace(len, 0);
    } else if (FoldStrokeLetter(static_cast<uint32_t>(c), &mapped)) {
      stage->edits.addReplace(len, static_cast<int32_t>(mapped.size()));
      stage->out += mapped;
    } else {
      stage->edits.addUnchanged(len);
      stage->out.append(nfd.data() + start, len);
    }
  }
}

absl::Status RunNormalizer(const icu::Normalizer2& norm, absl::string_view in,
                           Stage* stage) {
  UErrorCode ec = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&stage->out);
  norm.normalizeUTF8(0, icu::StringPiece(in.data(), in.size()), sink,
                     &stage->edits, ec);
  if (U_FAILURE(ec)) return IcuError("normalizeUTF8", ec);
  return absl::OkStatus();
}

NormalizedText IdentityMap(absl::string_view utf8) {
  NormalizedText r;
  r.text = std::string(utf8);
  r.to_original.resize(utf8.size() + 1);
  for (uint32_t i = 0; i <= utf8.size(); ++i) r.to_original[i] = i;
  return r;
}

const icu::Normalizer2* FormInstance(const NormalizeOptions& options,
                                     UErrorCode& ec) {
  if (options.form == NormalizeOptions::Form::kNFC) {
    return icu::Normalizer2::getNFCInstance(ec);
  }
  return options.case_fold ? icu::Normalizer2::getNFKCCasefoldInstance(ec)
                           : icu::Normalizer2::getNFKCInstance(ec);
}

}  // namespace

bool FoldStrokeLetter(uint32_t c, std::string* out) {
  switch (c) {
    case 0x0111:
      *out += 'd';
      return true;  // đ
    case 0x0110:
      *out += 'D';
      return true;  // Đ
    case 0x0142:
      *out += 'l';
      return true;  // ł
    case 0x0141:
      *out += 'L';
      return true;  // Ł
    case 0x00F8:
      *out += 'o';
      return true;  // ø
    case 0x00D8:
      *out += 'O';
      return true;  // Ø
    case 0x0127:
      *out += 'h';
      return true;  // ħ
    case 0x0126:
      *out += 'H';
      return true;  // Ħ
    default:
      return false;
  }
}

Span NormalizedText::ToOriginal(Span normalized) const {
  const uint32_t n = static_cast<uint32_t>(text.size());
  const uint32_t b = normalized.begin > n ? n : normalized.begin;
  uint32_t e = normalized.end > n ? n : normalized.end;
  if (e < b) e = b;
  const uint32_t begin = to_original[b];
  if (e == b) return {begin, begin};
  // Bytes of one rewritten segment share a value: move past all of them.
  const uint32_t last = to_original[e - 1];
  uint32_t j = e;
  while (j < n && to_original[j] == last) ++j;
  return {begin, to_original[j]};
}

absl::StatusOr<NormalizedText> Normalize(absl::string_view utf8,
                                         const NormalizeOptions& options) {
  if (utf8.size() >= std::numeric_limits<int32_t>::max()) {
    return absl::InvalidArgumentError("text too large to normalise");
  }
  if (!IsValidUtf8(utf8)) {
    return absl::InvalidArgumentError("text is not valid UTF-8");
  }
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* form = FormInstance(options, ec);
  if (U_FAILURE(ec)) return IcuError("Normalizer2 instance", ec);
  const bool fold_in_form = options.form == NormalizeOptions::Form::kNFKC;
  const bool separate_case_fold = options.case_fold && !fold_in_form;

  // Fast path: already in the requested form and nothing else to do.
  if (!options.fold_diacritics && !separate_case_fold &&
      form->isNormalizedUTF8(icu::StringPiece(utf8.data(), utf8.size()), ec) &&
      U_SUCCESS(ec)) {
    return IdentityMap(utf8);
  }
  ec = U_ZERO_ERROR;

  std::string current(utf8);
  icu::Edits total;
  bool have_total = false;
  auto apply = [&](Stage& stage) -> absl::Status {
    if (!have_total) {
      total = std::move(stage.edits);
      have_total = true;
    } else {
      icu::Edits merged;
      UErrorCode merge_ec = U_ZERO_ERROR;
      merged.mergeAndAppend(total, stage.edits, merge_ec);
      if (U_FAILURE(merge_ec))
        return IcuError("Edits::mergeAndAppend", merge_ec);
      total = std::move(merged);
    }
    current = std::move(stage.out);
    return absl::OkStatus();
  };

  if (separate_case_fold) {
    Stage stage;
    icu::StringByteSink<std::string> sink(&stage.out);
    icu::CaseMap::utf8Fold(0, icu::StringPiece(current.data(), current.size()),
                           sink, &stage.edits, ec);
    if (U_FAILURE(ec)) return IcuError("CaseMap::utf8Fold", ec);
    absl::Status s = apply(stage);
    if (!s.ok()) return s;
  }
  {
    Stage stage;
    absl::Status s = RunNormalizer(*form, current, &stage);
    if (s.ok()) s = apply(stage);
    if (!s.ok()) return s;
  }
  if (options.fold_diacritics) {
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(ec);
    if (U_FAILURE(ec)) return IcuError("NFD instance", ec);
    Stage decomposed;
    absl::Status s = RunNormalizer(*nfd, current, &decomposed);
    if (s.ok()) s = apply(decomposed);
    if (!s.ok()) return s;
    Stage stripped;
    StripMarks(current, &stripped);
    s = apply(stripped);
    if (!s.ok()) return s;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
    if (U_FAILURE(ec)) return IcuError("NFC instance", ec);
    Stage composed;
    s = RunNormalizer(*nfc, current, &composed);
    if (s.ok()) s = apply(composed);
    if (!s.ok()) return s;
  }

  NormalizedText result;
  result.text = std::move(current);
  result.to_original.assign(result.text.size() + 1, 0);
  icu::Edits::Iterator it = total.getFineIterator();
  while (it.next(ec)) {
    const uint32_t src = static_cast<uint32_t>(it.sourceIndex());
    const uint32_t dst = static_cast<uint32_t>(it.destinationIndex());
    for (int32_t k = 0; k < it.newLength(); ++k) {
      result.to_original[dst + k] = it.hasChange() ? src : src + k;
    }
  }
  if (U_FAILURE(ec)) return IcuError("Edits iterator", ec);
  // Input dropped before the first output character (a leading combining
  // mark under fold_diacritics) belongs to that character: the map starts
  // at 0 like every other map, so no input byte falls outside every span.
  if (!result.text.empty()) result.to_original[0] = 0;
  result.to_original[result.text.size()] = static_cast<uint32_t>(utf8.size());
  return result;
}

std::string NormalizeKey(absl::string_view token, bool fold_diacritics) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf =
      icu::Normalizer2::getNFKCCasefoldInstance(ec);
  std::string key;
  icu::StringByteSink<std::string> sink(&key);
  nfkc_cf->normalizeUTF8(0, icu::StringPiece(token.data(), token.size()), sink,
                         nullptr, ec);
  if (!fold_diacritics || U_FAILURE(ec)) return key;
  std::string nfd;
  icu::StringByteSink<std::string> nfd_sink(&nfd);
  icu::Normalizer2::getNFDInstance(ec)->normalizeUTF8(
      0, icu::StringPiece(key.data(), key.size()), nfd_sink, nullptr, ec);
  Stage stripped;
  StripMarks(nfd, &stripped);
  std::string folded;
  icu::StringByteSink<std::string> out_sink(&folded);
  icu::Normalizer2::getNFCInstance(ec)->normalizeUTF8(
      0, icu::StringPiece(stripped.out.data(), stripped.out.size()), out_sink,
      nullptr, ec);
  return U_FAILURE(ec) ? key : folded;
}

}  // namespace wirecheck
