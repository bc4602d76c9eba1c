// store/varint.h: the LEB128 varints every store blob is written in (the
// text codec's spans, the claims layout, the index's posting buckets).
//
//   std::string out;
//   PutVarint(300, &out);
//   absl::string_view in = out;
//   uint64_t v;
//   if (!GetVarint(&in, &v)) ...  // truncated or over 64 bits
#ifndef WIRECHECK_STORE_VARINT_H_
#define WIRECHECK_STORE_VARINT_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace wirecheck {

// Appends `v`, seven bits a byte, low bits first.
inline void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Reads one varint off the front of `in`; false when `in` ends inside it
// or it runs past 64 bits.
inline bool GetVarint(absl::string_view* in, uint64_t* v) {
  *v = 0;
  for (int shift = 0; shift < 64 && !in->empty(); shift += 7) {
    const uint8_t byte = static_cast<uint8_t>(in->front());
    in->remove_prefix(1);
    *v |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace wirecheck

#endif  // WIRECHECK_STORE_VARINT_H_
