// ingest/utf8.h: UTF-8 validation and repair for everything ingest reads.
//
// Article::text must be valid UTF-8, but scrapes arrive with stray Latin-1
// bytes, truncated sequences and the odd lone surrogate. RepairUtf8 replaces
// each maximal invalid subpart (the Unicode "best practice", same as ICU and
// WHATWG decoders) with U+FFFD and reports where the first bad byte was so
// the caller can warn with a byte offset. Valid input (the common case,
// 125 MB corpora) takes a word-at-a-time ASCII fast path and one copy.
//
//   int64_t first_bad; int bad;
//   std::string text = RepairUtf8(bytes, &first_bad, &bad);
//   if (bad > 0) Warn(path, first_bad, bad);
#ifndef WIRECHECK_INGEST_UTF8_H_
#define WIRECHECK_INGEST_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace wirecheck {

// Length of the longest prefix of `in` that is valid UTF-8 (so `in.size()`
// when all of it is valid).
size_t ValidUtf8Prefix(absl::string_view in);

inline bool IsValidUtf8(absl::string_view in) {
  return ValidUtf8Prefix(in) == in.size();
}

// Length of the valid UTF-8 sequence starting at in[pos] and its code point
// in *cp; 0 when the bytes at `pos` do not start a valid sequence.
// REQUIRES: pos < in.size().
int DecodeUtf8At(absl::string_view in, size_t pos, uint32_t* cp);

// Appends `cp` (<= 0x10FFFF, not a surrogate) encoded as UTF-8.
void AppendUtf8(uint32_t cp, std::string* out);

// Returns `in` with every maximal invalid subpart replaced by U+FFFD.
// *first_bad gets the offset of the first invalid byte (-1 if none),
// *bad_count the number of replacements. Either pointer may be null.
std::string RepairUtf8(absl::string_view in, int64_t* first_bad,
                       int* bad_count);

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_UTF8_H_
