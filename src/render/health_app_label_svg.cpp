#include "render/health_app_label_svg.h"

#include <vector>

#include "domain/date.h"
#include "render/date_text.h"
#include "render/html_escape.h"

namespace fremdrift {
namespace {

// Fill colours of the grades, A (green) to E (red), as on the EU energy
// label; text on them is dark or white with a contrast of at least 4.5:1.
struct GradeStyle {
  const char* fill;
  const char* text;
};
constexpr GradeStyle kStyles[] = {
    {"#0b6e3a", "#ffffff"}, {"#2f8f3a", "#ffffff"}, {"#f2c200", "#1a1a1a"}, {"#f08a00", "#1a1a1a"}, {"#c62828", "#ffffff"}};

int GradeIndex(const std::string& g) {
  for (int i = 0; i < 5; ++i) {
    if (g == kGrades[i]) return i;
  }
  return -1;
}

std::string LabelAreaName(const AppCatalogue& c, const std::string& key, const Catalogue& t) {
  for (const auto& a : c.label_areas) {
    if (a.key == key) return a.name.In(t.lang());
  }
  return key;
}

std::string PlatformNames(const HealthApp& app, const Catalogue& t) {
  std::string out;
  for (const auto& p : app.platforms) out += (out.empty() ? "" : ", ") + t.Text("ha_platform_" + p);
  return out;
}

std::string GradeText(const std::string& grade, const Catalogue& t) {
  return grade.empty() ? t.Text("ha_not_graded") : grade;
}

// One row: the area's name, the scale A..E with the given grade raised
// and marked, and the grade spelt out at the end.
std::string Row(double y, const std::string& name, const std::string& grade, const Catalogue& t) {
  std::string s = "<g>";
  s += "<text x=\"16\" y=\"" + std::to_string(static_cast<int>(y + 20)) + "\" font-size=\"15\" font-weight=\"600\" fill=\"#1a1a1a\">" + EscapeHtml(name) +
       "</text>";
  int chosen = GradeIndex(grade);
  for (int i = 0; i < 5; ++i) {
    int x = 220 + i * 33;
    bool on = i == chosen;
    std::string fill = on ? kStyles[i].fill : "#ffffff";
    std::string stroke = on ? "#1a1a1a" : "#8a8a8a";
    s += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(static_cast<int>(y + (on ? 2 : 6))) +
         "\" width=\"30\" height=\"" + std::string(on ? "28" : "20") + "\" rx=\"3\" fill=\"" + fill + "\" stroke=\"" +
         stroke + "\" stroke-width=\"" + (on ? "2" : "1") + "\"/>";
    s += "<text x=\"" + std::to_string(x + 15) + "\" y=\"" + std::to_string(static_cast<int>(y + 21)) +
         "\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"" + (on ? "700" : "400") + "\" fill=\"" +
         (on ? kStyles[i].text : "#5a5a5a") + "\">" + kGrades[i] + "</text>";
  }
  s += "<text x=\"400\" y=\"" + std::to_string(static_cast<int>(y + 21)) + "\" font-size=\"15\" font-weight=\"700\" fill=\"#1a1a1a\">" +
       EscapeHtml(GradeText(grade, t)) + "</text></g>";
  return s;
}

// `text` in lines of at most `width` characters, broken between words.
std::vector<std::string> Wrapped(const std::string& text, size_t width) {
  std::vector<std::string> lines;
  std::string line, word;
  auto chars = [](const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  auto flush_word = [&] {
    if (word.empty()) return;
    if (!line.empty() && chars(line) + 1 + chars(word) > width) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    word.clear();
  };
  for (char c : text) {
    if (c == ' ') {
      flush_word();
    } else {
      word += c;
    }
  }
  flush_word();
  if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace

std::string ManufacturerName(const HealthApp& app) {
  return app.manufacturer_name.empty() ? app.manufacturer : app.manufacturer_name;
}

std::string BenefitStatement(const HealthApp& app, const Catalogue& t) {
  return t.Format("ha_benefit", {{"users", app.intended_users}, {"use", app.intended_use}});
}

std::string HealthAppLabelSvg(const RegisterEntry& entry, const Catalogue& t) {
  if (!entry.label) return "";
  const HealthAppLabel& label = *entry.label;
  const HealthApp& app = entry.app;
  std::string checked = label.checked_on;
  if (auto d = Date::Parse(label.checked_on)) checked = DateText(*d, t.lang());
  // The description says everything the picture shows, in sentences.
  std::string desc = t.Format("ha_label_desc_intro", {{"app", app.name}, {"manufacturer", ManufacturerName(app)}}) + " " +
                     BenefitStatement(app, t) + ". ";
  for (const auto& a : label.grades.areas) {
    desc += t.Format("ha_label_desc_area", {{"area", LabelAreaName(entry.catalogue, a.label_area, t)},
                                            {"grade", GradeText(a.grade, t)}}) + " ";
  }
  desc += t.Format("ha_label_desc_overall", {{"grade", GradeText(label.grades.overall, t)}}) + " ";
  if (app.needs_approval) desc += t.Text("ha_needs_approval") + ". ";
  desc += t.Format("ha_checked_on", {{"date", checked}});

  std::vector<std::string> benefit = Wrapped(BenefitStatement(app, t), 54);
  int extra = 20 * (static_cast<int>(benefit.size()) - 1);
  int rows = static_cast<int>(label.grades.areas.size());
  int height = 190 + extra + rows * 36 + 70;
  std::string id = "label-" + app.key;
  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-label\" font-family=\"sans-serif\" width=\"440\" height=\"" +
                  std::to_string(height) + "\" viewBox=\"0 0 440 " + std::to_string(height) + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id +
                  "-desc\">";
  s += "<title id=\"" + id + "-title\">" + EscapeHtml(t.Format("ha_label_title", {{"app", app.name}})) + "</title>";
  s += "<desc id=\"" + id + "-desc\">" + EscapeHtml(desc) + "</desc>";
  s += "<rect x=\"1\" y=\"1\" width=\"438\" height=\"" + std::to_string(height - 2) +
       "\" rx=\"8\" fill=\"#ffffff\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>";
  s += "<rect x=\"1\" y=\"1\" width=\"438\" height=\"36\" rx=\"8\" fill=\"#1e2b3c\"/>";
  s += "<text x=\"16\" y=\"25\" font-size=\"16\" font-weight=\"700\" fill=\"#ffffff\">" + EscapeHtml(t.Text("ha_label_heading")) + "</text>";
  s += "<text x=\"16\" y=\"64\" font-size=\"20\" font-weight=\"700\" fill=\"#1a1a1a\">" + EscapeHtml(app.name) + "</text>";
  s += "<text x=\"16\" y=\"86\" font-size=\"14\" fill=\"#1a1a1a\">" + EscapeHtml(ManufacturerName(app)) + " · " +
       EscapeHtml(PlatformNames(app, t)) + "</text>";
  s += "<text x=\"16\" y=\"114\" font-size=\"14\" fill=\"#1a1a1a\">" + EscapeHtml(t.Text("ha_label_benefit")) + "</text>";
  int y_text = 134;
  for (const auto& line : benefit) {
    s += "<text x=\"16\" y=\"" + std::to_string(y_text) + "\" font-size=\"14\" fill=\"#1a1a1a\">" + EscapeHtml(line) +
         "</text>";
    y_text += 20;
  }
  s += "<text x=\"16\" y=\"" + std::to_string(160 + extra) + "\" font-size=\"14\" fill=\"#1a1a1a\">" +
       EscapeHtml(app.needs_approval ? "☑ " + t.Text("ha_needs_approval") : "☐ " + t.Text("ha_no_approval_needed")) +
       "</text>";
  double y = 176 + extra;
  for (const auto& a : label.grades.areas) {
    s += Row(y, LabelAreaName(entry.catalogue, a.label_area, t), a.grade, t);
    y += 36;
  }
  s += "<line x1=\"12\" y1=\"" + std::to_string(static_cast<int>(y + 4)) + "\" x2=\"428\" y2=\"" +
       std::to_string(static_cast<int>(y + 4)) + "\" stroke=\"#8a8a8a\"/>";
  s += Row(y + 8, t.Text("ha_overall"), label.grades.overall, t);
  s += "<text x=\"16\" y=\"" + std::to_string(height - 14) + "\" font-size=\"14\" fill=\"#1a1a1a\">✓ " +
       EscapeHtml(t.Format("ha_checked_on", {{"date", checked}})) + "</text>";
  s += "</svg>";
  return s;
}

}  // namespace fremdrift
