#include "render/report_document.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/failure.h"
#include "render/report_text.h"
#include "render/report_view.h"
#include "render/template_renderer.h"

namespace fremdrift {
namespace {

std::string SiteCss(const std::string& assets_dir) {
  std::filesystem::path p = std::filesystem::path(assets_dir) / "static" / "site.css";
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Failure(FailureCode::kInternal, "cannot read " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  std::string css = s.str();
  // The stylesheet is a program file; still, it must not end the element.
  for (size_t at = css.find("</"); at != std::string::npos; at = css.find("</", at)) css.replace(at, 2, "<\\/");
  return css;
}

}  // namespace

std::string CssString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\a "; break;
      case '\r': break;
      case '<': out += "\\3c "; break;
      default: out += c;
    }
  }
  return out + "\"";
}

std::string ReportDocumentHtml(const StatusReport& report, const Catalogue& t, const std::string& assets_dir,
                               const std::optional<std::map<std::string, int>>& page_numbers) {
  mstch::map view = ReportView(report, t);
  if (page_numbers) {
    view["toc_pages"] = true;
    for (auto& entry : boost::get<mstch::array>(view["toc"])) {
      auto& e = boost::get<mstch::map>(entry);
      auto it = page_numbers->find(boost::get<std::string>(e["anchor"]));
      e["page"] = it == page_numbers->end() ? std::string() : std::to_string(it->second);
    }
  }
  view["lang"] = t.lang();
  view["data_lang"] = std::string("nb");
  view["t"] = t.AsMstch();
  view["is_document"] = true;
  view["site_css"] = SiteCss(assets_dir);
  // The running footer: strategy and period on the left, page x of y on
  // the right; not on the title page.
  std::string left = report.strategy.name + " · " + t.Text("report_title") + " " +
                     PeriodName(report.period.code, t);
  std::string page_css = "@page { @bottom-left { content: ";
  page_css += CssString(left);
  page_css += "; } @bottom-right { content: ";
  page_css += CssString(t.Text("report_page") + " ");
  page_css += " counter(page) ";
  std::string of = " ";
  of += t.Text("report_page_of");
  of += ' ';
  page_css += CssString(of);
  page_css += " counter(pages); } }\n";
  page_css += "@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }\n";
  view["page_css"] = page_css;
  return TemplatesFor(assets_dir).Render("report_document", view);
}

}  // namespace fremdrift
