#include "render/minutes_document.h"

#include "render/template_renderer.h"

namespace fremdrift {

std::string MinutesDocumentHtml(const MinutesViewData& data, const Catalogue& t, const std::string& assets_dir) {
  mstch::map view = MinutesView(data, t);
  view["lang"] = t.lang();
  view["data_lang"] = std::string("nb");
  view["t"] = t.AsMstch();
  view["link_cases"] = false;
  return TemplatesFor(assets_dir).Render("governance_minutes_document", view);
}

}  // namespace fremdrift
