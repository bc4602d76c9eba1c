#include "compare/extract.h"

#include <algorithm>
#include <optional>

#include "absl/strings/str_cat.h"
#include "compare/dates.h"
#include "compare/frame.h"
#include "compare/quantity.h"
#include "compare/rank.h"
#include "compare/scan.h"
#include "compare/score.h"

namespace wirecheck {
namespace {

// Where a claim of the sentence being read sits, in lexemes.
// Lexemes between two figures of one list ("19 dự án đầu tư nước ngoài và
// 22 ...").
constexpr int kListGap = 6;

struct Placed {
  size_t index;               // Into the output vector.
  int begin, end;             // The claim's lexemes.
  int event = -1;             // Dates: the event predicate's first lexeme.
  bool boundary = false;      // Dates after a range word ("từ năm 2000").
  int anniversary_years = 0;  // Anniversaries: N of "kỷ niệm N năm".
  int predicate = -1;         // Numbers: SentenceFrame::Role's `at`.
};

bool RangeWordBefore(const Scan& s, int i) {
  return i > s.first &&
         static_cast<bool>(s.MatchEndingAt(LexTable::kRangeWord, i - 2, i));
}

// A future marker before the date, "tới" after it ("ngày 5/7 tới"), or a
// marker shortly after a fronted date ("Vào thứ Sáu, cuộc họp sẽ ...").
bool FutureAround(const Scan& s, int begin, int end) {
  for (int k = std::max(s.first, begin - 10); k < begin; ++k) {
    if (s.lexicon.Match(LexTable::kFuture, s.lx, s.seg, k, begin)) return true;
  }
  PhraseMatch next = s.Match(LexTable::kRelativeWord, end);
  if (next && s.Number(LexTable::kRelativeWord, next) > 0) return true;
  for (int k = end; k < s.last && k < end + 5; ++k) {
    if (s.Match(LexTable::kFuture, k)) return true;
  }
  return false;
}

// The date's clause joined with its event predicate's clause.
Span EventClause(const Scan& s, const SentenceFrame& f, int begin, int end,
                 int event) {
  int first, last;
  f.Clause(begin, end, &first, &last);
  if (event >= 0) {
    int ef, el;
    f.Clause(event, event + 1, &ef, &el);
    first = std::min(first, ef), last = std::max(last, el);
  }
  return {s.lx[first].span.begin, s.lx[last - 1].span.end};
}

Span ClauseSpan(const Scan& s, const SentenceFrame& f, int begin, int end) {
  int first, last;
  f.Clause(begin, end, &first, &last);
  return {s.lx[first].span.begin, s.lx[last - 1].span.end};
}

DateParts PublishedDay(const PublishedTime& p) {
  if (!p.known() || p.grain < PublishedTime::Grain::kDay) return {};
  return {static_cast<int>(p.start.year()), p.start.month(), p.start.day()};
}

// An anniversary is celebrated at the date its sentence gives ("hồi tháng
// 10/2023 ... kỷ niệm 75 năm" -> 1948), else in the publication year. A
// sentence date no later than the base it would imply is the founding date
// itself ("thiết lập ngày 12/10/1948 ... kỷ niệm 75 năm"), and so is one
// governed by a range word ("từ năm 2000").
int CelebrationYear(const std::vector<Placed>& placed, const Placed& ann,
                    const std::vector<Claim>& out, int published_year) {
  int best = 0, best_distance = 1 << 30;
  for (const Placed& p : placed) {
    const Claim& d = out[p.index];
    if (d.kind != ClaimKind::kDate || d.from.year <= 0 ||
        d.from.year != d.to.year || p.boundary) {
      continue;
    }
    const int y = d.from.year;
    if (y - ann.anniversary_years <= 0 || y > published_year + 1 ||
        y <= published_year - ann.anniversary_years) {
      continue;
    }
    const int distance =
        p.begin >= ann.end ? p.begin - ann.end : ann.begin - p.end;
    if (distance < best_distance) best = y, best_distance = distance;
  }
  return best ? best : published_year;
}

// Anniversaries take the celebration year, and a date whose event phrase is
// the anniversary's object ("kỷ niệm 75 năm thiết lập quan hệ", "năm 2018")
// dates the celebration, not the founding.
void ResolveAnniversaries(const std::vector<Placed>& placed,
                          const PublishedTime& published,
                          std::vector<Claim>* out) {
  for (const Placed& p : placed) {
    if (p.anniversary_years == 0) continue;
    Claim& c = (*out)[p.index];
    const int year = CelebrationYear(placed, p, *out,
                                     static_cast<int>(published.start.year()));
    c.value = c.low = c.high = year - p.anniversary_years;
    for (const Placed& q : placed) {
      Claim& d = (*out)[q.index];
      if (d.kind == ClaimKind::kDate && q.event >= p.end &&
          q.event <= p.end + 3) {
        d.role = "celebration";
        d.role_class = RoleClass::kStatement;
      }
    }
  }
}

// What is celebrated: the two words after the duration ("thiết lập", "ngày
// ký"), so 50 years of ties never meets 35 of a treaty.
std::string AnniversaryClass(const Scan& s, int end) {
  std::string cls = "base_year";
  int taken = 0;
  for (int k = end; k < s.last && taken < 2; ++k) {
    if (!s.IsWord(k)) break;
    if (s.Match(LexTable::kStopWord, k) || s.Is(k, "of") || s.Is(k, "của")) {
      continue;
    }
    absl::StrAppend(&cls, ":", s.lx[k].key);
    ++taken;
  }
  return cls;
}

class SentenceReader {
 public:
  SentenceReader(int doc, absl::string_view text, const Scan& scan,
                 const PublishedTime& published, const ExtractOptions& opt,
                 const AliasTable* aliases, std::vector<Claim>* out)
      : doc_(doc),
        text_(text),
        s_(scan),
        aliases_(aliases),
        published_(published),
        opt_(opt),
        out_(out) {}

  // Reads the sentence; returns the claims it dropped over the limit.
  int Read() {
    const size_t start = out_->size();
    int dropped = 0;
    for (int i = s_.first; i < s_.last;) {
      const size_t before = out_->size();
      const int used = ReadAt(i);
      if (out_->size() - start >
          static_cast<size_t>(opt_.max_claims_per_sentence)) {
        if (first_dropped_ < 0 && out_->size() > before) {
          first_dropped_ = (*out_)[before].span.begin;
        }
        dropped += static_cast<int>(out_->size() - before);
        out_->resize(before);
        placed_.erase(
            std::remove_if(placed_.begin(), placed_.end(),
                           [&](const Placed& p) { return p.index >= before; }),
            placed_.end());
      }
      i += used;
    }
    ResolveAnniversaries(placed_, published_, out_);
    for (const Placed& p : placed_) Finish(p);
    CollectSiblingTails();
    return dropped;
  }

  // The byte of the first claim Read dropped, or -1.
  int64_t first_dropped() const { return first_dropped_; }

 private:
  // Most sentences hold no figure, so the frame is read only once one is
  // found.
  const SentenceFrame& Frame() {
    if (!frame_) frame_.emplace(s_, opt_.context_window, aliases_);
    return *frame_;
  }

  // Tries a birth year, a date, a rank and a quantity at `i`; returns
  // lexemes consumed.
  int ReadAt(int i) {
    if (opt_.numbers) {
      if (const BirthYear born = BirthYearAt(s_, i); born.length) {
        AddBirthYear(i, born);
        return born.length;
      }
    }
    if (opt_.dates) {
      const DocumentMatch doc = MatchDocument(s_, i);
      if (doc.length) {
        AddDocument(i, doc);
        return doc.length;
      }
      DateMatch dm = MatchDate(s_, i);
      if (dm.length) {
        AddDate(i, dm);
        return dm.length;
      }
    }
    if (!opt_.numbers) return 1;
    ScoreMatch sm = MatchScore(s_, i);
    if (sm.length) {
      if (sm.claim()) AddScore(i, sm);
      return sm.length;
    }
    if (const int used = ReadTime(i)) return used;
    RankMatch rm = MatchRank(s_, i);
    if (rm.length) {
      AddRank(i, rm);
      return rm.length;
    }
    QuantityMatch q = MatchQuantity(s_, i, text_);
    if (q.length == 0) return 1;
    if (q.emit) AddQuantity(i, q);
    return q.length;
  }

  Claim NewClaim(ClaimKind kind, int begin, int end) const {
    Claim c;
    c.doc = doc_, c.kind = kind,
    c.sentence = Span{s_.lx[s_.first].span.begin, s_.lx[s_.last - 1].span.end};
    c.span = {s_.lx[begin].span.begin, s_.lx[end - 1].span.end};
    return c;
  }

  void AddDate(int i, const DateMatch& dm) {
    const int end = i + dm.length;
    Claim c = NewClaim(ClaimKind::kDate, i, end);
    c.future = FutureAround(s_, i, end);
    ResolveDate(dm.spec, published_, c.future, &c.from, &c.to);
    // "31/6", "29/2/2023": shaped like a date, but no day is meant by it.
    if (!IsCalendarDay(c.from) || !IsCalendarDay(c.to)) return;
    c.weekday_mismatch = WeekdayMismatch(dm.spec, c.from);
    int event = -1;
    c.role = Frame().DateEvent(i, end, &event);
    // "từ năm 2008", "since 2009": a limit, not the day something happened;
    // "từ ngày 18 đến 19/10" names both ends, so it is the days themselves.
    const bool boundary = dm.spec.first_day == 0 && RangeWordBefore(s_, i);
    if (boundary) c.role.clear(), event = -1;
    std::string unused;
    c.role_class = RoleClassOf(s_.lexicon, c.role, &unused);
    c.clause = EventClause(s_, Frame(), i, end, event);
    c.inferred =
        dm.spec.relative != DateSpec::Relative::kNone || dm.spec.year_relative;
    c.year_inferred = dm.spec.year == 0 && !dm.spec.year_relative &&
                      dm.spec.relative == DateSpec::Relative::kNone &&
                      dm.spec.grain != DateSpec::Grain::kYear;
    // A span of years is how long something went on, not when the other
    // figures of its sentence held ("người dẫn dắt ĐT Việt Nam giai đoạn
    // 1995-1997 đã qua đời ở tuổi 81"): it dates none of them.
    if (dm.spec.first_year == 0) {
      dates_.push_back({i, end, c.from, c.to, boundary});
    }
    Push(std::move(c), {0, i, end, event, boundary, 0});
  }

  // "Sơn Ky (SN 1999)": an age in the year of publication, one of two
  // years old as the birthday is passed or not ([13, 14] in 2013), so it
  // meets "24 tuổi" and other birth years. Unknown without that year.
  void AddBirthYear(int i, const BirthYear& born) {
    if (!published_.known()) return;
    const int age = static_cast<int>(published_.start.year()) - born.year;
    if (age < 1 || age > 130) return;
    const int end = i + born.length;
    Claim c = NewClaim(ClaimKind::kAge, i, end);
    c.value = age, c.low = age - 1, c.high = age;
    c.unit = born.unit, c.unit_class = "age";
    c.born = true;
    Push(std::move(c), {0, i, end, -1, false, 0, -1});
  }

  // The document's number names it; its year is the date compared.
  void AddDocument(int i, const DocumentMatch& doc) {
    const int end = i + doc.length;
    Claim c = NewClaim(ClaimKind::kDate, i, end);
    c.from = {doc.year, 1, 1};
    c.to = {doc.year, 12, 31};
    c.role = doc.id;
    c.document = true;
    c.clause = ClauseSpan(s_, Frame(), i, end);
    Push(std::move(c), {0, i, end, -1, false, 0});
  }

  void AddRank(int i, const RankMatch& rm) {
    const int end = i + rm.length;
    Claim c = NewClaim(ClaimKind::kRank, i, end);
    c.value = c.low = c.high = rm.value;
    c.unit_class = rm.rank_class;
    c.unit = c.unit_class;
    c.moment = rm.moment;
    int predicate = -1;
    c.role = rm.moment ? Frame().NearestPredicate(i, end, &predicate)
                       : Frame().Role(i, end, -1, opt_.role_window, &predicate);
    if (rm.moment) c.moment_score = RunningScoreNear(s_, i, end);
    Push(std::move(c), {0, i, end, -1, false, 0, predicate});
  }

  // "Khoảng 13 giờ 30 phút", "lúc 14h", "12h30", "1 giờ chiều": a time of
  // day, dated by its clause like the figures and named by its event like
  // the dates. In a sentence that reads a series ("Đến 13 giờ ngày 11/6,
  // vị trí tâm bão ...") the time is when it was read, no claim. Returns
  // the lexemes consumed, 0 when no time starts at `i`.
  int ReadTime(int i) {
    int at = i;
    Qualifier q = Qualifier::kNone;
    if (const PhraseMatch m = s_.Match(LexTable::kQualifier, i)) {
      q = QualifierFromTag(s_.Text(LexTable::kQualifier, m));
      at = i + m.length;
    }
    int minutes = 0;
    const int length = ClockAt(s_, at, &minutes);
    if (length == 0) return 0;
    int end = at + length;
    if (Frame().series()) return end - i;
    // The words that make the hour a time are the claim's: "lúc 12 giờ",
    // "1 giờ chiều" ("12 giờ" alone is a duration).
    int begin = q == Qualifier::kNone ? at : i;
    if (q == Qualifier::kNone) {
      const PhraseMatch cue = s_.MatchEndingAt(LexTable::kClock, at - 3, at);
      if (cue && s_.Text(LexTable::kClock, cue) == "before") {
        begin = at - cue.length;
      }
    }
    // "1 giờ chiều", "8 giờ tối", "9 pm": a day part after the clock is
    // the time's (clock.tsv's third column); "pm" moves an hour before
    // noon to the afternoon.
    if (const PhraseMatch part = s_.Match(LexTable::kClock, end)) {
      const std::string& day_part =
          s_.lexicon.Tag(LexTable::kClock, part.tag).extra;
      if (day_part == "pm" && minutes < 12 * 60) minutes += 12 * 60;
      if (!day_part.empty()) end += part.length;
    }
    if (minutes >= 24 * 60) return end - i;
    Claim c = NewClaim(ClaimKind::kTime, begin, end);
    c.value = c.low = c.high = minutes;
    c.qualifier = q;
    if (q == Qualifier::kAbout || q == Qualifier::kNearly) {
      c.low = std::max(0, minutes - opt_.about_clock_minutes);
      c.high = std::min(24 * 60 - 1, minutes + opt_.about_clock_minutes);
    }
    c.unit = c.unit_class = "clock";
    int event = -1;
    c.role = Frame().DateEvent(at, end, &event);
    std::string unused;
    c.role_class = RoleClassOf(s_.lexicon, c.role, &unused);
    Push(std::move(c), {0, at, end, event, false, 0, -1});
    return end - i;
  }

  // A score's class is its role: the result of a match meets only another
  // result. Its sides are teams that swap with the writer ("thắng 4-1",
  // "thua 1-4"), so the name before it is no subject.
  void AddScore(int i, const ScoreMatch& sm) {
    const int end = i + sm.length;
    Claim c = NewClaim(ClaimKind::kScore, i, end);
    c.value = c.low = c.high = sm.value();
    c.unit = "score", c.unit_class = sm.score_class;
    c.role = sm.score_class;
    Push(std::move(c), {0, i, end, -1, false, 0, -1});
  }

  void AddQuantity(int i, const QuantityMatch& q) {
    const int end = i + q.length;
    Claim c = NewClaim(q.kind, i - q.unit_before, end);
    c.value = q.value, c.low = q.low, c.high = q.high;
    c.low_open = q.low_open, c.high_open = q.high_open;
    c.factor = q.factor, c.qualifier = q.qualifier;
    c.unit = q.unit, c.unit_class = q.unit_class;
    int predicate = -1;
    c.role = Frame().Role(i, end, q.unit_first, opt_.role_window, &predicate);
    if (c.role.empty()) InheritListPredicate(i, c, &predicate);
    // An age is a person's, whatever the sentence says they did.
    if (c.kind == ClaimKind::kAge) c.role.clear(), predicate = -1;
    // "tăng ... lên 20,1 nghìn tỷ yên": the figure after "lên" is the level
    // reached, not the size of the change.
    if (predicate >= 0 && predicate < i && LevelCopulaBetween(predicate, i)) {
      c.role.clear();
    }
    std::string default_unit;
    c.role_class = RoleClassOf(s_.lexicon, c.role, &default_unit);
    // Views and followers only grow: a later, higher count is an update.
    if (c.role_class == RoleClass::kEvent &&
        s_.lexicon.Contains(LexTable::kCounter, c.unit_class)) {
      c.role_class = RoleClass::kToll;
    }
    // "At least 300 were killed", "làm chết 12": a toll with no noun counts
    // people, but only when its predicate stands right by it (a figure
    // further off, "độ pH 8,5 ... chết", is not a toll).
    if (c.kind == ClaimKind::kNumber && c.unit_class.empty() &&
        predicate >= 0 && NextTo(predicate, i, end) && !NounAfter(end)) {
      c.unit_class = default_unit;
    }
    // "một" alone is an article as often as a number: only a counted noun
    // with a predicate makes it a figure.
    if (q.spelled && q.value < 2 && (c.unit_class.empty() || c.role.empty())) {
      return;
    }
    if (c.kind != ClaimKind::kDuration) c.period = Frame().Period(i, end);
    c.goods = Frame().Goods(end, c.unit_class);
    c.per_item = c.kind != ClaimKind::kPercent && Frame().PerItem(i, end);
    int anniversary_years = 0;
    if (q.anniversary) {
      if (!published_.known()) return;
      // Compared through the implied base year: 75 years in 2024 -> 1949
      // (the celebration year is settled by ResolveAnniversaries).
      c.low_open = c.high_open = false;
      c.factor = 1;
      c.unit = "base year", c.role = "anniversary";
      c.anniversary = true;
      c.role_class = RoleClass::kEvent;
      c.unit_class = AnniversaryClass(s_, end);
      // A base year before 1 CE is no date news gives ("kỷ niệm 99999999999
      // năm"); checked on the double so the int arithmetic cannot overflow.
      if (!(q.value >= 1 && q.value < published_.start.year())) return;
      anniversary_years = static_cast<int>(q.value);
      if (anniversary_years != q.value) return;
    }
    Push(std::move(c), {0, i, end, -1, false, anniversary_years, predicate});
  }

  // A copula that names a level ("lên", "xuống", "còn", "to") between a
  // predicate before the figure and the figure.
  bool LevelCopulaBetween(int predicate, int begin) const {
    for (int k = predicate + 1; k < begin; ++k) {
      if (s_.Is(k, "lên") || s_.Is(k, "xuống") || s_.Is(k, "còn") ||
          s_.Is(k, "to")) {
        return true;
      }
    }
    return false;
  }

  // "thu hút 25 dự án ... và 19 dự án ...": the second figure of a list
  // shares the verb before the first.
  void InheritListPredicate(int begin, Claim& c, int* predicate) const {
    if (placed_.empty()) return;
    const Placed& prev = placed_.back();
    const Claim& pc = (*out_)[prev.index];
    if (pc.kind != c.kind || pc.unit_class != c.unit_class ||
        prev.predicate < 0 || prev.predicate >= prev.begin ||
        begin - prev.end > kListGap) {
      return;
    }
    bool joined = false;
    for (int k = prev.end; k < begin; ++k) {
      if (s_.Match(LexTable::kPredicate, k)) return;
      joined |=
          s_.Is(k, "và") || s_.Is(k, ",") || s_.Is(k, "and") || s_.Is(k, ";");
    }
    if (!joined) return;
    c.role = pc.role;
    *predicate = prev.predicate;
  }

  // A predicate at most two lexemes from the figure [begin, end).
  static bool NextTo(int predicate, int begin, int end) {
    return (predicate >= end && predicate - end <= 2) ||
           (predicate < begin && begin - predicate <= 3);
  }

  // A word right after the figure that is no predicate or function word:
  // an uncounted noun ("13 phiến quân"), so the figure counts that.
  bool NounAfter(int end) const {
    return s_.IsWord(end) && !s_.Match(LexTable::kPredicate, end) &&
           !s_.Match(LexTable::kStopWord, end) &&
           !s_.Match(LexTable::kClauseWord, end);
  }

  void Push(Claim c, Placed p) {
    p.index = out_->size();
    out_->push_back(std::move(c));
    placed_.push_back(p);
  }

  // The parts of the frame every claim gets once the sentence is read.
  void Finish(const Placed& p) {
    Claim& c = (*out_)[p.index];
    const SentenceFrame& frame = Frame();
    if (!names_read_) {
      entities_ = frame.Entities();
      names_ = frame.Names();
      names_read_ = true;
    }
    c.template_key = frame.TemplateKey(p.begin, p.end);
    c.frame = frame.Terms(p.begin, p.end, opt_.frame_terms);
    c.local = frame.LocalTerms(p.begin, p.end, opt_.local_reach);
    c.entities = entities_;
    c.names = names_;
    c.subject = frame.Subject(p.begin, &c.subject_term);
    c.tail = frame.Tail(p.end);
    // A rank counts its own series ("phiên thứ 7 liên tiếp"): a position,
    // not a reading of it; a score is a match's.
    c.series = frame.series() && c.kind != ClaimKind::kRank &&
               c.kind != ClaimKind::kScore;
    // A document's number is its own subject ("Nghị định", "Thông tư" or a
    // ministry named before it says nothing more); a score is both teams';
    // a time of day is its event's, whoever is named before it.
    if (c.document || c.kind == ClaimKind::kScore ||
        c.kind == ClaimKind::kTime) {
      c.subject.clear(), c.subject_term = 0;
    }
    if (c.kind == ClaimKind::kDate) return;
    c.clause = ClauseSpan(s_, frame, p.begin, p.end);
    c.modality = frame.ModalityOf(p.begin);
    c.anchor = frame.AnchorOf(p.begin, p.end, dates_, PublishedDay(published_));
    c.head = frame.Head(p.begin, p.predicate);
    // "a six-story building": a figure joined to its noun by a hyphen
    // describes the word after it.
    if (p.end - 2 > p.begin && s_.Is(p.end - 2, "-") && s_.Glued(p.end - 1) &&
        s_.IsWord(p.end) && !s_.Match(LexTable::kStopWord, p.end)) {
      c.head = {s_.lx[p.end].key_hash};
    }
    // A unit that names its attribute (a magnitude is an earthquake's) is
    // the noun phrase the figure is of, whatever words stand before it ("a
    // powerful magnitude 7.1").
    if (s_.lexicon.Contains(LexTable::kAttributeUnit, c.unit_class)) {
      c.head = {TermHash(c.unit_class)};
    }
  }

  // Each figure learns the tails of the sentence's other figures of its
  // kind and unit.
  void CollectSiblingTails() {
    for (const Placed& p : placed_) {
      Claim& c = (*out_)[p.index];
      for (const Placed& q : placed_) {
        const Claim& o = (*out_)[q.index];
        if (q.index == p.index || o.kind != c.kind ||
            o.unit_class != c.unit_class || o.tail.empty() ||
            o.tail == c.tail) {
          continue;
        }
        c.sibling_tails.push_back(o.tail);
      }
    }
  }

  const int doc_;
  const absl::string_view text_;
  const Scan& s_;
  const AliasTable* const aliases_;
  std::optional<SentenceFrame> frame_;
  // The same for every figure of the sentence: read once.
  bool names_read_ = false;
  std::vector<uint64_t> entities_, names_;
  const PublishedTime& published_;
  const ExtractOptions& opt_;
  std::vector<Claim>* out_;
  std::vector<Placed> placed_;
  std::vector<DatePlace> dates_;
  int64_t first_dropped_ = -1;
};

}  // namespace

bool LooksVietnamese(const std::vector<Lexeme>& lx, const Segmentation& seg,
                     const Lexicon& lexicon) {
  // Function words decide when present; otherwise most Vietnamese syllables
  // carry a diacritic and English words carry none.
  int vi = 0, en = 0, words = 0, marked = 0;
  for (size_t k = 0; k < lx.size(); ++k) {
    const Lexeme& l = lx[k];
    if (l.kind != LexKind::kWord) continue;
    ++words;
    const int tag = lexicon.FindSegmented(LexTable::kLanguage, lx, seg,
                                          static_cast<int>(k));
    if (tag >= 0) {
      (lexicon.Text(LexTable::kLanguage, tag) == "vi" ? vi : en) += 1;
    }
    for (unsigned char ch : l.key) {
      if (ch >= 0x80) {
        ++marked;
        break;
      }
    }
  }
  if (vi != en) return vi > en;
  return words > 0 && marked * 5 >= words;
}

LexedArticle LexArticle(absl::string_view text, const std::vector<Span>& body,
                        const Lexicon& lexicon,
                        ExtractOptions::Language language) {
  LexedArticle out;
  size_t body_bytes = 0;
  for (const Span& b : body) body_bytes += b.size();
  // News text runs at about six bytes a lexeme; reserving saves regrowing
  // (and moving every key) while lexing.
  out.lexemes.reserve(body_bytes / 5 + 16);
  for (const Span& b : body) {
    const size_t first = out.lexemes.size();
    LexInto(text, b, &out.lexemes);
    // Regions never share a sentence.
    if (out.lexemes.size() > first) out.lexemes[first].newline_before = true;
  }
  out.seg = lexicon.Segment(out.lexemes);
  out.sentences = SplitSentences(out.lexemes);
  out.vietnamese = language == ExtractOptions::Language::kAuto
                       ? LooksVietnamese(out.lexemes, out.seg, lexicon)
                       : language == ExtractOptions::Language::kVietnamese;
  return out;
}

std::vector<Claim> ExtractClaims(
    int doc, absl::string_view text, const LexedArticle& lexed,
    const PublishedTime& published, const Lexicon& lexicon,
    const ExtractOptions& opt, const AliasTable* aliases, ExtractStats* stats) {
  std::vector<Claim> out;
  ExtractStats local;
  ExtractStats& st = stats != nullptr ? *stats : local;
  for (const Sentence& sentence : lexed.sentences) {
    if (out.size() >= static_cast<size_t>(opt.max_claims_per_article)) {
      st.claims_dropped += 1;  // At least one; the rest is not read.
      if (st.article_limit_at < 0) {
        st.article_limit_at = lexed.lexemes[sentence.first].span.begin;
      }
      break;
    }
    Scan scan{lexicon,        lexed.lexemes, lexed.seg,
              sentence.first, sentence.last, lexed.vietnamese};
    SentenceReader reader(doc, text, scan, published, opt, aliases, &out);
    const int dropped = reader.Read();
    if (dropped > 0) {
      st.claims_dropped += dropped;
      st.sentences_over_limit += 1;
      if (st.first_sentence_drop < 0) {
        st.first_sentence_drop = reader.first_dropped();
      }
    }
  }
  if (out.size() > static_cast<size_t>(opt.max_claims_per_article)) {
    st.claims_dropped +=
        static_cast<int>(out.size()) - opt.max_claims_per_article;
    if (st.article_limit_at < 0) {
      st.article_limit_at = out[opt.max_claims_per_article].span.begin;
    }
    out.resize(opt.max_claims_per_article);
  }
  return out;
}

}  // namespace wirecheck
