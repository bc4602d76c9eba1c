#include "compare/lexicon.h"

namespace wirecheck {
namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

const PhraseTable& Make(const Entries& e) { return *new PhraseTable(e); }

}  // namespace

const PhraseTable& PreQualifierTable() {
  static const PhraseTable& t = Make({
      {"hơn", "gt"}, {"trên", "gt"}, {"quá", "gt"}, {"vượt quá", "gt"},
      {"hơn tới", "gt"}, {"more than", "gt"}, {"over", "gt"},
      {"in excess of", "gt"}, {"upwards of", "gt"}, {"above", "gt"},
      {"ít nhất", "ge"}, {"ít ra", "ge"}, {"tối thiểu", "ge"},
      {"không dưới", "ge"}, {"at least", "ge"}, {"no fewer than", "ge"},
      {"no less than", "ge"}, {"gần", "near"}, {"suýt", "near"},
      {"gần như", "near"}, {"nearly", "near"}, {"almost", "near"},
      {"close to", "near"}, {"just under", "near"}, {"khoảng", "about"},
      {"chừng", "about"}, {"khoảng chừng", "about"}, {"ước tính", "about"},
      {"ước tính khoảng", "about"}, {"ước khoảng", "about"},
      {"xấp xỉ", "about"}, {"tầm", "about"}, {"độ", "about"},
      {"about", "about"}, {"around", "about"}, {"approximately", "about"},
      {"roughly", "about"}, {"some", "about"}, {"an estimated", "about"},
      {"estimated", "about"}, {"approx", "about"}, {"không quá", "le"},
      {"tối đa", "le"}, {"lên tới", "le"}, {"lên đến", "le"},
      {"up to", "le"}, {"as many as", "le"}, {"at most", "le"},
      {"no more than", "le"}, {"dưới", "lt"}, {"chưa đến", "lt"},
      {"chưa tới", "lt"}, {"không đến", "lt"}, {"less than", "lt"},
      {"fewer than", "lt"}, {"under", "lt"}, {"below", "lt"}});
  return t;
}

const PhraseTable& PostQualifierTable() {
  static const PhraseTable& t = Make({
      {"trở lên", "ge"}, {"or more", "ge"}, {"and more", "ge"},
      {"plus", "ge"}, {"trở xuống", "le"}, {"or less", "le"},
      {"or fewer", "le"}});
  return t;
}

const PhraseTable& CurrencyTable() {
  static const PhraseTable& t = Make({
      {"usd", "USD"}, {"đô la", "USD"}, {"đô la mỹ", "USD"}, {"đôla", "USD"},
      {"đô", "USD"}, {"dollars", "USD"}, {"dollar", "USD"},
      {"us dollars", "USD"}, {"đồng", "VND"}, {"vnd", "VND"}, {"vnđ", "VND"},
      {"euro", "EUR"}, {"euros", "EUR"}, {"eur", "EUR"}, {"rúp", "RUB"},
      {"rub", "RUB"}, {"rouble", "RUB"}, {"roubles", "RUB"},
      {"ruble", "RUB"}, {"rubles", "RUB"}, {"yên", "JPY"}, {"yen", "JPY"},
      {"jpy", "JPY"}, {"won", "KRW"}, {"krw", "KRW"},
      {"nhân dân tệ", "CNY"}, {"ndt", "CNY"}, {"yuan", "CNY"},
      {"cny", "CNY"}, {"bảng anh", "GBP"}, {"bảng", "GBP"},
      {"pounds", "GBP"}, {"gbp", "GBP"}, {"baht", "THB"}, {"bạt", "THB"}});
  return t;
}

const PhraseTable& UnitTable() {
  static const PhraseTable& t = Make({
      {"binh lính", "troops"}, {"binh sĩ", "troops"}, {"binh sỹ", "troops"},
      {"lính", "troops"}, {"quân", "troops"}, {"quân nhân", "troops"},
      {"quân lính", "troops"}, {"binh", "troops"}, {"chiến binh", "troops"},
      {"troops", "troops"}, {"soldiers", "troops"}, {"servicemen", "troops"},
      {"fighters", "troops"}, {"service members", "troops"},
      {"người", "people"}, {"người dân", "people"}, {"dân thường", "people"},
      {"thường dân", "people"}, {"nạn nhân", "people"},
      {"hành khách", "people"}, {"du khách", "people"},
      {"người biểu tình", "people"}, {"people", "people"},
      {"persons", "people"}, {"civilians", "people"}, {"residents", "people"},
      {"victims", "people"}, {"protesters", "people"},
      {"demonstrators", "people"}, {"passengers", "people"},
      {"người chết", "people"}, {"người bị thương", "people"},
      {"công nhân", "workers"}, {"workers", "workers"},
      {"lao động", "workers"}, {"học sinh", "students"},
      {"sinh viên", "students"}, {"students", "students"},
      {"trẻ em", "children"}, {"children", "children"},
      {"cảnh sát", "police"}, {"police officers", "police"},
      {"ngôi nhà", "houses"}, {"căn nhà", "houses"},
      {"houses", "houses"}, {"homes", "houses"}, {"hộ", "households"},
      {"hộ dân", "households"}, {"households", "households"},
      {"xe", "vehicles"}, {"phương tiện", "vehicles"},
      {"vehicles", "vehicles"}, {"tàu", "ships"}, {"ships", "ships"},
      {"máy bay", "aircraft"}, {"aircraft", "aircraft"},
      {"tên lửa", "missiles"}, {"quả tên lửa", "missiles"},
      {"missiles", "missiles"}, {"rockets", "missiles"}, {"ca", "cases"},
      {"ca nhiễm", "cases"}, {"ca mắc", "cases"}, {"cases", "cases"},
      {"tấn", "tonnes"}, {"tons", "tonnes"}, {"tonnes", "tonnes"},
      {"ha", "hectares"}, {"hecta", "hectares"}, {"hectares", "hectares"},
      {"km", "km"}, {"kilômét", "km"}, {"kilometres", "km"},
      {"kilometers", "km"}, {"miles", "miles"}, {"con", "animals"},
      {"doanh nghiệp", "businesses"}, {"companies", "businesses"},
      {"cử tri", "voters"}, {"voters", "voters"}, {"phiếu", "votes"},
      {"votes", "votes"}, {"ghế", "seats"}, {"seats", "seats"},
      {"đại biểu", "delegates"}, {"delegates", "delegates"},
      {"quốc gia", "countries"}, {"nước", "countries"},
      {"countries", "countries"}, {"nations", "countries"},
      {"thùng", "barrels"}, {"barrels", "barrels"}});
  return t;
}

const PhraseTable& RoleTable() {
  static const PhraseTable& t = Make({
      {"chết", "killed"}, {"thiệt mạng", "killed"}, {"tử vong", "killed"},
      {"tử nạn", "killed"}, {"bị giết", "killed"}, {"sát hại", "killed"},
      {"thiệt mạng", "killed"}, {"tử trận", "killed"}, {"killed", "killed"},
      {"dead", "killed"}, {"died", "killed"}, {"deaths", "killed"},
      {"death toll", "killed"}, {"fatalities", "killed"},
      {"bị thương", "injured"}, {"injured", "injured"},
      {"wounded", "injured"}, {"hurt", "injured"}, {"injuries", "injured"},
      {"mất tích", "missing"}, {"missing", "missing"},
      {"thương vong", "casualties"}, {"casualties", "casualties"},
      {"triển khai", "deployed"}, {"điều động", "deployed"},
      {"điều", "deployed"}, {"gửi", "deployed"}, {"đưa", "deployed"},
      {"đồn trú", "deployed"}, {"deployed", "deployed"},
      {"sent", "deployed"}, {"dispatched", "deployed"},
      {"stationed", "deployed"}, {"deploy", "deployed"},
      {"bắt", "arrested"}, {"bắt giữ", "arrested"}, {"bị bắt", "arrested"},
      {"tạm giữ", "arrested"}, {"arrested", "arrested"},
      {"detained", "arrested"}, {"sơ tán", "evacuated"},
      {"di dời", "evacuated"}, {"evacuated", "evacuated"},
      {"displaced", "evacuated"}, {"fled", "evacuated"}, {"biểu tình", "protested"},
      {"tuần hành", "protested"}, {"diễu hành", "protested"},
      {"xuống đường", "protested"}, {"protested", "protested"},
      {"marched", "protested"}, {"rallied", "protested"},
      {"protest", "protested"}, {"ký", "signed"}, {"ký kết", "signed"},
      {"signed", "signed"}, {"tham dự", "attended"},
      {"tham gia", "attended"}, {"attended", "attended"},
      {"joined", "attended"}, {"nhiễm", "infected"}, {"mắc", "infected"},
      {"infected", "infected"}, {"giải cứu", "rescued"},
      {"cứu", "rescued"}, {"rescued", "rescued"}, {"phóng", "launched"},
      {"bắn", "launched"}, {"launched", "launched"}, {"fired", "launched"},
      {"thiệt hại", "damage"}, {"damage", "damage"},
      {"viện trợ", "aid"}, {"aid", "aid"}, {"đầu tư", "investment"},
      {"investment", "investment"}, {"invest", "investment"},
      {"trị giá", "worth"}, {"worth", "worth"}, {"valued", "worth"},
      {"ảnh hưởng", "affected"}, {"affected", "affected"},
      {"ủng hộ", "supported"}, {"voted", "voted"}, {"bỏ phiếu", "voted"},
      {"tăng", "rose"}, {"rose", "rose"}, {"increased", "rose"},
      {"giảm", "fell"}, {"fell", "fell"}, {"dropped", "fell"},
      {"declined", "fell"}, {"killing", "killed"}, {"injuring", "injured"},
      {"wounding", "injured"}, {"làm chết", "killed"}, {"làm bị thương", "injured"},
      // Second pass (fines, prison terms, evacuations, donations, prices).
      {"mất mạng", "killed"}, {"chết đuối", "killed"}, {"drowned", "killed"},
      {"perished", "killed"}, {"trọng thương", "injured"},
      {"phạt", "fined"}, {"xử phạt", "fined"}, {"bị phạt", "fined"},
      {"phạt tiền", "fined"}, {"fined", "fined"}, {"fine", "fined"},
      {"fines", "fined"}, {"penalty", "fined"}, {"penalised", "fined"},
      {"penalized", "fined"}, {"tù", "prison"}, {"tù giam", "prison"},
      {"án tù", "prison"}, {"tù chung thân", "prison"}, {"in prison", "prison"},
      {"prison", "prison"}, {"in jail", "prison"}, {"jail", "prison"},
      {"imprisonment", "prison"}, {"penal colony", "prison"},
      {"behind bars", "prison"}, {"bắt giam", "arrested"},
      {"bị bắt giữ", "arrested"}, {"khởi tố", "charged"},
      {"bị khởi tố", "charged"}, {"charged", "charged"}, {"indicted", "charged"},
      {"di tản", "evacuated"}, {"sơ tán khẩn cấp", "evacuated"},
      {"evacuate", "evacuated"}, {"evacuation", "evacuated"},
      {"quyên góp", "donated"}, {"trao tặng", "donated"},
      {"donated", "donated"}, {"donation", "donated"}, {"donations", "donated"},
      {"pledged", "donated"}, {"rót vốn", "investment"},
      {"vốn đầu tư", "investment"}, {"invested", "investment"},
      {"investing", "investment"}, {"bán với giá", "price"},
      {"với giá", "price"}, {"giá bán", "price"}, {"mua lại với giá", "price"},
      {"sold for", "price"}, {"priced at", "price"}, {"bought for", "price"},
      {"acquired for", "price"}, {"tán thành", "voted"}, {"in favour", "voted"},
      {"in favor", "voted"}, {"chuyến thăm", "visit"}, {"thăm", "visit"},
      {"visit", "visit"}, {"trip", "visit"}, {"tour", "visit"}});
  return t;
}

const PhraseTable& DurationUnitTable() {
  static const PhraseTable& t = Make({
      {"năm", "year"}, {"tháng", "month"}, {"tuần", "week"},
      {"ngày", "day"}, {"giờ", "hour"}, {"tiếng", "hour"},
      {"phút", "minute"}, {"thập kỷ", "decade"}, {"thập niên", "decade"},
      {"years", "year"}, {"year", "year"}, {"months", "month"},
      {"month", "month"}, {"weeks", "week"}, {"week", "week"},
      {"days", "day"}, {"day", "day"}, {"hours", "hour"}, {"hour", "hour"},
      {"minutes", "minute"}, {"decades", "decade"}});
  return t;
}

const PhraseTable& IdentifierCueTable() {
  static const PhraseTable& t = Make({
      {"số", "skip"}, {"thứ", "skip"}, {"lần thứ", "skip"},
      {"mã", "skip"}, {"phiên", "skip"}, {"hạng", "skip"},
      {"top", "skip"}, {"vị trí", "skip"}, {"quốc lộ", "skip"},
      {"phòng", "skip"}, {"tầng", "skip"}, {"phường", "skip"},
      {"quận", "skip"}, {"đường", "skip"}, {"no", "skip"},
      {"number", "skip"}, {"article", "skip"}, {"route", "skip"},
      {"flight", "skip"}, {"chuyến bay", "skip"}, {"khóa", "skip"},
      {"nhóm", "skip"}, {"bảng", "skip"}, {"g", "skip"}, {"covid", "skip"},
      {"su", "skip"}, {"mig", "skip"}, {"f", "skip"}, {"lớp", "skip"},
      {"tuổi", "skip"}, {"aged", "skip"}, {"age", "skip"}, {"tỷ số", "skip"},
      {"tỉ số", "skip"}, {"score", "skip"}, {"nghị định", "skip"},
      {"quyết định", "skip"}, {"thông tư", "skip"}, {"resolution", "skip"}});
  return t;
}

const PhraseTable& FutureTable() {
  static const PhraseTable& t = Make({
      {"sẽ", "future"}, {"sắp", "future"}, {"dự kiến", "future"},
      {"will", "future"}, {"is to", "future"}, {"plans to", "future"},
      {"scheduled", "future"}, {"due to", "future"}, {"expected to", "future"},
      {"until", "future"}, {"set for", "future"}, {"slated", "future"},
      {"upcoming", "future"}, {"dự kiến vào", "future"}, {"sắp tới", "future"}});
  return t;
}

const PhraseTable& DateEventTable() {
  static const PhraseTable& t = Make({
      {"hội đàm", "meeting"}, {"hội nghị thượng đỉnh", "meeting"},
      {"thượng đỉnh", "meeting"}, {"summit", "meeting"}, {"talks", "meeting"},
      {"gặp", "meeting"}, {"gặp gỡ", "meeting"}, {"met", "meeting"},
      {"meeting", "meeting"}, {"cuộc gặp", "meeting"}, {"thăm", "visit"},
      {"chuyến thăm", "visit"}, {"visit", "visit"}, {"visited", "visit"},
      {"ký", "signed"}, {"ký kết", "signed"}, {"signed", "signed"},
      {"tấn công", "attack"}, {"vụ tấn công", "attack"},
      {"attack", "attack"}, {"attacked", "attack"}, {"phóng", "launch"},
      {"launched", "launch"}, {"launch", "launch"},
      {"bầu cử", "election"}, {"election", "election"}, {"elections", "election"},
      {"biểu tình", "protest"}, {"protest", "protest"},
      {"khai mạc", "opening"}, {"opened", "opening"},
      {"qua đời", "died"}, {"từ trần", "died"}, {"died", "died"},
      {"bắt giữ", "arrest"}, {"arrested", "arrest"},
      {"xét xử", "trial"}, {"trial", "trial"}, {"tuyên án", "sentence"},
      {"sentenced", "sentence"}, {"động đất", "earthquake"},
      {"earthquake", "earthquake"}, {"tai nạn", "accident"},
      {"accident", "accident"}, {"crash", "accident"},
      {"vụ nổ", "explosion"}, {"explosion", "explosion"},
      {"thiết lập quan hệ ngoại giao", "relations"},
      {"hội kiến", "meeting"}, {"tiếp kiến", "meeting"}, {"held talks", "meeting"},
      {"điện đàm", "call"}, {"phone call", "call"}, {"spoke by phone", "call"},
      {"khánh thành", "inauguration"}, {"inaugurated", "inauguration"},
      {"khởi công", "groundbreaking"}, {"đổ bộ", "landfall"},
      {"made landfall", "landfall"}, {"vụ cháy", "fire"}, {"hỏa hoạn", "fire"},
      {"hoả hoạn", "fire"}, {"blaze", "fire"}, {"bị sập", "collapse"},
      {"collapsed", "collapse"}, {"bị bắt", "arrest"}, {"detained", "arrest"},
      {"tuyên phạt", "sentence"}, {"khởi tố", "charged"}, {"charged", "charged"},
      {"indicted", "charged"}, {"đắc cử", "election"}, {"elected", "election"},
      {"nhậm chức", "inauguration"}, {"sworn in", "inauguration"},
      {"tập trận", "exercise"}, {"diễu binh", "parade"}, {"parade", "parade"},
      // Statements: dated, but the date of a remark is not an event fact.
      {"công bố", "statement"}, {"tuyên bố", "statement"},
      {"cho biết", "statement"}, {"phát biểu", "statement"},
      {"lên tiếng", "statement"}, {"said", "statement"},
      {"announced", "statement"}, {"told", "statement"},
      {"nói", "statement"}, {"đánh giá", "statement"}, {"khẳng định", "statement"}, {"đưa tin", "statement"}, {"dẫn", "statement"},
      {"established diplomatic relations", "relations"}});
  return t;
}

const PhraseTable& PeriodTable() {
  static const PhraseTable& t = Make({
      {"quý 1", "Q1"}, {"quý i", "Q1"}, {"quý một", "Q1"}, {"first quarter", "Q1"},
      {"q1", "Q1"}, {"quý 2", "Q2"}, {"quý ii", "Q2"}, {"quý hai", "Q2"},
      {"second quarter", "Q2"}, {"q2", "Q2"}, {"quý 3", "Q3"}, {"quý iii", "Q3"},
      {"quý ba", "Q3"}, {"third quarter", "Q3"}, {"q3", "Q3"}, {"quý 4", "Q4"},
      {"quý iv", "Q4"}, {"quý bốn", "Q4"}, {"fourth quarter", "Q4"}, {"q4", "Q4"},
      {"6 tháng", "H1"}, {"sáu tháng", "H1"}, {"nửa đầu năm", "H1"},
      {"first half", "H1"}, {"h1", "H1"}, {"6 tháng cuối năm", "H2"},
      {"sáu tháng cuối năm", "H2"}, {"nửa cuối năm", "H2"},
      {"second half", "H2"}, {"9 tháng", "9M"}, {"chín tháng", "9M"},
      {"nine months", "9M"}, {"nine month", "9M"}, {"cả năm", "FY"},
      {"full year", "FY"}, {"whole year", "FY"}, {"11 tháng", "11M"},
      {"mười một tháng", "11M"}, {"10 tháng", "10M"}, {"mười tháng", "10M"},
      {"8 tháng", "8M"}, {"tám tháng", "8M"}, {"7 tháng", "7M"},
      {"bảy tháng", "7M"}, {"5 tháng", "5M"}, {"năm tháng", "5M"},
      {"4 tháng", "4M"}, {"bốn tháng", "4M"}, {"3 tháng", "3M"},
      {"ba tháng", "3M"}, {"2 tháng", "2M"}, {"hai tháng", "2M"}});
  return t;
}

const PhraseTable& PerUnitTable() {
  static const PhraseTable& t = Make({
      {"mỗi", "each"}, {"mỗi một", "each"}, {"each", "each"},
      {"per", "each"}, {"apiece", "each"}, {"a head", "each"},
      {"a piece", "each"}, {"một người", "each"}, {"mỗi người", "each"}});
  return t;
}

const PhraseTable& RequestCueTable() {
  static const PhraseTable& t = Make({
      {"đề nghị", "request"}, {"đề xuất", "request"}, {"yêu cầu", "request"},
      {"đối mặt", "request"}, {"có thể", "request"}, {"khung hình phạt", "request"},
      {"mức án tối đa", "request"}, {"requested", "request"}, {"asked", "request"},
      {"sought", "request"}, {"seeking", "request"}, {"demanded", "request"},
      {"faces", "request"}, {"facing", "request"}, {"could", "request"},
      {"may", "request"}, {"up to", "request"}, {"maximum", "request"}});
  return t;
}

bool IsTollRole(const std::string& role) {
  return role == "killed" || role == "injured" || role == "missing" ||
         role == "casualties" || role == "arrested" || role == "evacuated" ||
         role == "infected" || role == "affected" || role == "rescued" ||
         role == "damage";
}

}  // namespace wirecheck
