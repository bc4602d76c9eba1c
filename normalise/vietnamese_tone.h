// normalise/vietnamese_tone.h: one place for a Vietnamese syllable's tone
// mark, whichever convention the writer typed.
//
// Two spellings of one syllable are in daily use: the older places the tone
// of an open "oa", "oe", "uy" on the first vowel ("hòa", "khỏe", "thủy"),
// the newer on the second ("hoà", "khoẻ", "thuỷ"); typing tools also drop
// a mark on the wrong vowel ("tuôỉ" for "tuổi", "dươí" for "dưới"). Outlets
// mix them (baomoi: "toà" 3,021 times, "tòa" 434), so a word list or a name
// written one way misses text written the other. The key of a syllable puts
// its one tone mark where the spelling rules do:
//   * on the vowel with a quality mark (ă â ê ô ơ ư; the second of "ươ");
//   * else, before a final consonant, on the last vowel ("hoàng");
//   * else on the second of "oa", "oe", "uy", the first of other pairs
//     ("mái", "múa") and the middle of three ("ngoài").
// "qu" and "gi" before a vowel are consonants. A word that is not one such
// syllable (two tone marks, vowels apart, other letters: "café", "María")
// is left as it is.
//
//   std::string key = "hòa";
//   CanonicalTone(&key);  // key == "hoà"
#ifndef WIRECHECK_NORMALISE_VIETNAMESE_TONE_H_
#define WIRECHECK_NORMALISE_VIETNAMESE_TONE_H_

#include <string>

namespace wirecheck {

// Moves the tone mark of a lower-case NFC syllable to its canonical vowel.
void CanonicalTone(std::string* syllable);

}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_VIETNAMESE_TONE_H_
