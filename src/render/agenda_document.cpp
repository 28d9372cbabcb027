#include "render/agenda_document.h"

#include "render/governance_view.h"
#include "render/template_renderer.h"

namespace fremdrift {

std::string AgendaDocumentHtml(const MeetingAgenda& agenda, const std::map<int64_t, Meeting>& meetings,
                               const Catalogue& t, const std::string& assets_dir) {
  mstch::map view = MeetingView(agenda, meetings, t);
  view["lang"] = t.lang();
  view["data_lang"] = std::string("nb");
  view["t"] = t.AsMstch();
  view["link_cases"] = false;
  return TemplatesFor(assets_dir).Render("governance_agenda_document", view);
}

}  // namespace fremdrift
