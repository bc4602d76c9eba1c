// util/sha256.h: SHA-256 (FIPS 180-4) of a byte string.
//
// Used where a standard digest is required by someone else's rule, not for
// matching (xxHash does that): the HTML report's Content-Security-Policy
// names its one inline script and style by their SHA-256, base64-encoded.
//
//   std::string d = Sha256("abc");           // 32 raw bytes
//   std::string csp = absl::Base64Escape(d);  // "ungWv48Bz+pBQUDeXa4iI7..."
#ifndef WIRECHECK_UTIL_SHA256_H_
#define WIRECHECK_UTIL_SHA256_H_

#include <string>

#include "absl/strings/string_view.h"

namespace wirecheck {

// The 32-byte digest of `data`.
std::string Sha256(absl::string_view data);

}  // namespace wirecheck

#endif  // WIRECHECK_UTIL_SHA256_H_
