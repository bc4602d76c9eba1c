#include "ingest/metadata.h"

#include <string>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string want;
};

std::string CaseName(const testing::TestParamInfo<Case>& info) {
  return info.param.name;
}

class UrlTest : public testing::TestWithParam<Case> {};
TEST_P(UrlTest, Host) {
  EXPECT_EQ(OutletFromUrl(GetParam().input), GetParam().want);
}
INSTANTIATE_TEST_SUITE_P(
    Cases, UrlTest,
    testing::Values(
        Case{"https_www", "https://www.vnexpress.net/a-1.html",
             "vnexpress.net"},
        Case{"http_upper", "HTTP://TuoiTre.VN/x?y=1", "tuoitre.vn"},
        Case{"port_user", "https://u:p@news.zing.vn:8080/#top", "news.zing.vn"},
        Case{"no_path", "https://vietnamnet.vn", "vietnamnet.vn"},
        Case{"query_only", "https://vietnamnet.vn?x=1", "vietnamnet.vn"},
        Case{"relative", "/the-gioi/a.html", ""},
        // An aggregator is not the outlet: the one its path
        // names is, else none.
        Case{"aggregator_path",
             "http://www.baomoi.com/Home/TheGioi/tuoitre.vn/"
             "Phe-doi-lap/12240106.epi",
             "tuoitre.vn"},
        Case{"aggregator_subdomain",
             "https://vn.news.yahoo.com/x/VnExpress.net/a", "vnexpress.net"},
        Case{"aggregator_unnamed",
             "https://news.google.com/articles/CBMiX2h0?hl=vi", ""},
        Case{"aggregator_query_domain",
             "https://baomoi.com/a.epi?src=tuoitre.vn", ""},
        Case{"empty", "", ""}),
    CaseName);

class FolderTest : public testing::TestWithParam<Case> {};
TEST_P(FolderTest, Outlet) {
  EXPECT_EQ(OutletFromFolderName(GetParam().input), GetParam().want);
}
INSTANTIATE_TEST_SUITE_P(
    Cases, FolderTest,
    testing::Values(Case{"domain", "tuoitre.vn", "tuoitre.vn"},
                    Case{"www_upper", "www.VnExpress.net", "vnexpress.net"},
                    Case{"co_uk", "bbc.co.uk", "bbc.co.uk"},
                    Case{"generic", "samples", ""}, Case{"year", "2024", ""},
                    Case{"version", "v1.2", ""}, Case{"dotfile", ".cache", ""}),
    CaseName);

class TitleTest : public testing::TestWithParam<Case> {};
TEST_P(TitleTest, Headline) {
  EXPECT_EQ(InferTitle(GetParam().input), GetParam().want);
}
INSTANTIATE_TEST_SUITE_P(
    Cases, TitleTest,
    testing::Values(
        Case{"first_line", "Putin thăm Triều Tiên\nThân bài.",
             "Putin thăm Triều Tiên"},
        Case{"skips_menu", "Tin tức\n\nThế giới\n\nPutin thăm Triều Tiên\n",
             "Putin thăm Triều Tiên"},
        Case{
            "skips_banner",
            "Vietnam.vn - Nền tảng quảng bá Việt Nam\n\nTiêu đề thật của bài\n",
            "Tiêu đề thật của bài"},
        Case{"skips_dateline", "15/09/2023 04:04\nTiêu đề sau ngày giờ\n",
             "Tiêu đề sau ngày giờ"},
        Case{"keeps_title_with_date",
             "Kết quả xổ số điện toán Vietlott ngày 6/2/2017\nThân.",
             "Kết quả xổ số điện toán Vietlott ngày 6/2/2017"},
        Case{"trims_and_crlf", "  \r\n  Tiêu đề có khoảng trắng  \r\nThân",
             "Tiêu đề có khoảng trắng"},
        Case{"body_length_means_no_title",
             " date 2024-06 Photo : YONHAP News\n\n" + std::string(300, 'a') +
                 " b c d.\n",
             ""},
        Case{"only_menus", "Tin tức\nThể thao\n", ""},
        Case{"wrapped_prose",
             "Inheritance is a basic concept of Object-Oriented Programming "
             "where\n"
             "the basic idea is to create new classes\n",
             ""},
        Case{"wrapped_vietnamese",
             "Theo nguồn tin từ Bộ Ngoại giao hôm qua cho biết\nđoàn đại biểu "
             "sẽ tới\n",
             ""},
        Case{"title_then_lead_no_blank",
             "Ông Kim tuyên bố ủng hộ Nga\nNhà lãnh đạo Triều Tiên khẳng "
             "định.\n",
             "Ông Kim tuyên bố ủng hộ Nga"},
        Case{"empty", "", ""}),
    CaseName);

class CleanTitleTest : public testing::TestWithParam<Case> {};
TEST_P(CleanTitleTest, Clean) {
  EXPECT_EQ(CleanTitle(GetParam().input), GetParam().want);
}
INSTANTIATE_TEST_SUITE_P(
    Cases, CleanTitleTest,
    testing::Values(Case{"zwsp_lead", "\u200BTP.HCM cấm xe", "TP.HCM cấm xe"},
                    Case{"runs", "  A \t\n B\u00A0\u00A0C  ", "A B C"},
                    Case{"bom_and_nbsp_edges",
                         "\uFEFF\u00A0Tiêu đề\u200B\u00A0", "Tiêu đề"},
                    Case{"inner_joiner_kept", "a\u200Db", "a\u200Db"},
                    Case{"only_invisible", "\u200B\u00A0 ", ""},
                    Case{"plain", "Tiêu đề", "Tiêu đề"}),
    CaseName);

class StemTest : public testing::TestWithParam<Case> {};
TEST_P(StemTest, Stem) {
  EXPECT_EQ(FileStem(GetParam().input), GetParam().want);
}
INSTANTIATE_TEST_SUITE_P(Cases, StemTest,
                         testing::Values(Case{"plain", "dir/sub/a.txt", "a"},
                                         Case{"two_dots", "a.b.html", "a.b"},
                                         Case{"no_ext", "dir/README", "README"},
                                         Case{"dotfile", "dir/.hidden",
                                              ".hidden"},
                                         Case{"stdin", "<stdin>", "<stdin>"}),
                         CaseName);

class OutletTextTest : public testing::TestWithParam<Case> {};
TEST_P(OutletTextTest, Outlet) {
  EXPECT_EQ(InferOutletFromText(GetParam().input), GetParam().want);
}
INSTANTIATE_TEST_SUITE_P(
    Cases, OutletTextTest,
    testing::Values(
        Case{"doubled", "Tiêu đề\n\nBáo Quốc TếBáo Quốc Tế21/01/2024\n",
             "Báo Quốc Tế"},
        Case{"doubled_with_time", "Tiêu đề\nVTCVTC 21/01/2024 08:00\n", "VTC"},
        Case{"not_doubled", "Tiêu đề\nBáo Quốc Tế 21/01/2024\n", ""},
        Case{"no_dateline", "Tiêu đề\nThân bài.\n", ""}),
    CaseName);

}  // namespace
}  // namespace wirecheck
