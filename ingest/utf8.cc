#include "ingest/utf8.h"

#include <cstring>

namespace wirecheck {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

// Number of leading bytes of in[pos..] that are ASCII, checked 8 at a time.
size_t AsciiRun(const unsigned char* p, size_t pos, size_t n) {
  size_t i = pos;
  while (i + 8 <= n) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (word & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i - pos;
}

// How many bytes of a sequence starting with `lead` are valid, following
// Unicode Table 3-7; *complete says whether they form a whole character.
// Returns at least 1 for any lead so callers always advance.
int ScanSequence(const unsigned char* p, size_t pos, size_t n, bool* complete,
                 uint32_t* cp) {
  const unsigned char lead = p[pos];
  *complete = false;
  int need;
  unsigned char lo = 0x80, hi = 0xBF;  // Range of the second byte.
  if (lead < 0x80) {
    *complete = true;
    *cp = lead;
    return 1;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    need = 2;
    *cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 3;
    *cp = lead & 0x0F;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;  // No UTF-16 surrogates.
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 4;
    *cp = lead & 0x07;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;  // Nothing above U+10FFFF.
  } else {
    return 1;  // Continuation byte, C0/C1 or F5..FF: invalid alone.
  }
  int len = 1;
  for (; len < need; ++len) {
    if (pos + len >= n) return len;
    const unsigned char b = p[pos + len];
    const bool ok = len == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    if (!ok) return len;
    *cp = (*cp << 6) | (b & 0x3F);
  }
  *complete = true;
  return len;
}

}  // namespace

size_t ValidUtf8Prefix(absl::string_view in) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  size_t i = 0;
  while (i < n) {
    i += AsciiRun(p, i, n);
    if (i >= n) break;
    bool complete;
    uint32_t cp;
    const int len = ScanSequence(p, i, n, &complete, &cp);
    if (!complete) return i;
    i += len;
  }
  return n;
}

int DecodeUtf8At(absl::string_view in, size_t pos, uint32_t* cp) {
  bool complete;
  const int len = ScanSequence(reinterpret_cast<const unsigned char*>(in.data()),
                               pos, in.size(), &complete, cp);
  return complete ? len : 0;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  char buf[4];
  int len;
  if (cp < 0x80) {
    buf[0] = static_cast<char>(cp);
    len = 1;
  } else if (cp < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (cp >> 6));
    buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
    len = 2;
  } else if (cp < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    len = 3;
  } else {
    buf[0] = static_cast<char>(0xF0 | (cp >> 18));
    buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
    len = 4;
  }
  out->append(buf, len);
}

std::string RepairUtf8(absl::string_view in, int64_t* first_bad,
                       int* bad_count) {
  size_t valid = ValidUtf8Prefix(in);
  if (first_bad != nullptr) {
    *first_bad = valid == in.size() ? -1 : static_cast<int64_t>(valid);
  }
  if (bad_count != nullptr) *bad_count = 0;
  if (valid == in.size()) return std::string(in);

  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  std::string out;
  out.reserve(n + 16);
  int bad = 0;
  size_t i = 0;
  size_t run_start = 0;  // Start of the pending run of valid bytes.
  while (i < n) {
    i += AsciiRun(p, i, n);
    if (i >= n) break;
    bool complete;
    uint32_t cp;
    const int len = ScanSequence(p, i, n, &complete, &cp);
    if (complete) {
      i += len;
      continue;
    }
    out.append(in.data() + run_start, i - run_start);
    out.append(kReplacement, 3);
    ++bad;
    i += len;
    run_start = i;
  }
  out.append(in.data() + run_start, n - run_start);
  if (bad_count != nullptr) *bad_count = bad;
  return out;
}

}  // namespace wirecheck
