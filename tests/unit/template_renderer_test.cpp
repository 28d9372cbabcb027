// Rendering the page templates: escaping, partials and the layout.
#include <gtest/gtest.h>

#include "render/template_renderer.h"

namespace fremdrift {
namespace {

const TemplateSet& Templates() { return TemplatesFor(FREMDRIFT_SOURCE_DIR); }

TEST(TemplateRenderer, EscapesValuesButLeavesSlashesReadable) {
  mstch::map error{{"error_title", std::string("<script>\"x\" & 'y'</script>")},
                   {"error_message", std::string("/veikart")},
                   {"has_detail", false},
                   {"t", mstch::map{}}};
  std::string html = Templates().Render("error", error);
  EXPECT_NE(html.find("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"),
            std::string::npos);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("/veikart"), std::string::npos);
}

TEST(TemplateRenderer, RendersAPageInsideTheLayout) {
  mstch::map view{{"lang", std::string("en")},
                  {"t", mstch::map{{"site_name", std::string("Fremdrift")}}},
                  {"page_title", std::string("Side")},
                  {"error_title", std::string("Feil")},
                  {"error_message", std::string("m")},
                  {"has_detail", false}};
  std::string html = Templates().RenderPage("error", view);
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("<main id=\"main\""), std::string::npos);
  EXPECT_NE(html.find("<h1>Feil</h1>"), std::string::npos);
}

TEST(TemplateRenderer, AnUnknownTemplateIsAnError) {
  EXPECT_ANY_THROW(Templates().Render("no-such-template", mstch::map{}));
}

}  // namespace
}  // namespace fremdrift
