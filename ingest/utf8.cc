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

// A shift-based DFA for UTF-8 validation: each byte's row packs, for every
// state, the next state's bit offset (6 bits each), so one step is a load,
// a shift and a mask with no branches. States: accept, need 1 or 2 more
// continuation bytes, the four lead bytes with a narrowed second-byte range
// (E0, ED, F0, F4), F1-F3, and a sticky error.
enum DfaState : int {
  kAccept,
  kNeed1,
  kNeed2,
  kAfterE0,
  kAfterED,
  kAfterF0,
  kAfterF1F3,
  kAfterF4,
  kError,
  kNumStates
};

constexpr int DfaNext(int state, int b) {
  const bool cont = b >= 0x80 && b <= 0xBF;
  switch (state) {
    case kAccept:
      if (b < 0x80) return kAccept;
      if (b >= 0xC2 && b <= 0xDF) return kNeed1;
      if (b == 0xE0) return kAfterE0;
      if (b == 0xED) return kAfterED;
      if (b >= 0xE1 && b <= 0xEF) return kNeed2;
      if (b == 0xF0) return kAfterF0;
      if (b >= 0xF1 && b <= 0xF3) return kAfterF1F3;
      if (b == 0xF4) return kAfterF4;
      return kError;
    case kNeed1:
      return cont ? kAccept : kError;
    case kNeed2:
      return cont ? kNeed1 : kError;
    case kAfterE0:
      return b >= 0xA0 && b <= 0xBF ? kNeed1 : kError;
    case kAfterED:
      return b >= 0x80 && b <= 0x9F ? kNeed1 : kError;
    case kAfterF0:
      return b >= 0x90 && b <= 0xBF ? kNeed2 : kError;
    case kAfterF1F3:
      return cont ? kNeed2 : kError;
    case kAfterF4:
      return b >= 0x80 && b <= 0x8F ? kNeed2 : kError;
    default:
      return kError;
  }
}

struct DfaTable {
  uint64_t row[256];
};

constexpr DfaTable MakeDfa() {
  DfaTable t{};
  for (int b = 0; b < 256; ++b) {
    uint64_t row = 0;
    for (int s = 0; s < kNumStates; ++s) {
      row |= static_cast<uint64_t>(DfaNext(s, b) * 6) << (s * 6);
    }
    t.row[b] = row;
  }
  return t;
}
constexpr DfaTable kDfa = MakeDfa();

// True when all of p[0, n) is valid UTF-8. 16-byte blocks of ASCII between
// characters are skipped with two word tests.
bool DfaValid(const unsigned char* p, size_t n) {
  uint64_t state = 0;
  size_t i = 0;
  while (i + 16 <= n) {
    uint64_t a, b;
    std::memcpy(&a, p + i, 8);
    std::memcpy(&b, p + i + 8, 8);
    if (state != 0 || ((a | b) & 0x8080808080808080ULL) != 0) {
      for (int k = 0; k < 16; ++k) state = (kDfa.row[p[i + k]] >> state) & 63;
      if (state == kError * 6) return false;
    }
    i += 16;
  }
  for (; i < n; ++i) state = (kDfa.row[p[i]] >> state) & 63;
  return state == 0;
}

// The exact position of the first invalid sequence, one character at a time;
// only runs when DfaValid said there is one.
size_t SlowValidPrefix(const unsigned char* p, size_t n) {
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

}  // namespace

size_t ValidUtf8Prefix(absl::string_view in) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  if (DfaValid(p, in.size())) return in.size();
  return SlowValidPrefix(p, in.size());
}

int DecodeUtf8At(absl::string_view in, size_t pos, uint32_t* cp) {
  bool complete;
  const int len =
      ScanSequence(reinterpret_cast<const unsigned char*>(in.data()), pos,
                   in.size(), &complete, cp);
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
