#include "render/chart_marks.h"

#include <charconv>

#include <cmath>
#include <cstdio>

#include "render/html_escape.h"
#include "render/text_width.h"

namespace fremdrift {
namespace {

constexpr const char* kPalette[kChartPaletteSize] = {
    "#1f5fa8",  // blue      6.4:1 against white
    "#b35900",  // orange    4.8:1
    "#8e24aa",  // purple    7.0:1
    "#00796b",  // teal      5.3:1
    "#c2185b",  // pink-red  5.9:1
    "#6d4c41",  // brown     7.6:1
    "#2e7d32",  // green     5.1:1
    "#455a64",  // slate     7.2:1
};

constexpr size_t kShapes = 8;
constexpr size_t kPatterns = 6;

std::string Point(double x, double y) { return SvgNum(x) + "," + SvgNum(y); }

}  // namespace

const char* SeriesColour(size_t i) { return kPalette[i % kChartPaletteSize]; }

std::string SvgNum(double v) {
  // As printf's "%.1f" writes it (a large chart writes thousands).
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, std::fabs(v) < 0.05 ? 0.0 : v, std::chars_format::fixed, 1);
  if (ec != std::errc()) return "0.0";
  return std::string(buf, end);
}

std::string SvgText(double x, double y, const std::string& text, const std::string& attrs) {
  return "<text x=\"" + SvgNum(x) + "\" y=\"" + SvgNum(y) + "\"" +
         (attrs.empty() ? "" : " " + attrs) + ">" + EscapeHtml(text) + "</text>";
}

std::string SvgOpen(const std::string& css_class, const std::string& id, double width,
                    double height, const std::string& title, const std::string& description) {
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + css_class +
                    "\" viewBox=\"0 0 " + SvgNum(width) + " " + SvgNum(height) + "\" width=\"" +
                    SvgNum(width) + "\" height=\"" + SvgNum(height) +
                    "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id +
                    "-desc\" font-family=\"" + kChartFont + "\">";
  out += "<title id=\"" + id + "-title\">" + EscapeHtml(title) + "</title>";
  out += "<desc id=\"" + id + "-desc\">" + EscapeHtml(description) + "</desc>";
  return out;
}

std::string MarkerSvg(size_t shape, double x, double y, double r, const char* colour,
                      bool hollow, const std::string& extra, const std::string& tooltip) {
  std::string paint = std::string("fill=\"") + (hollow ? "#ffffff" : colour) + "\" stroke=\"" +
                      colour + "\" stroke-width=\"" + (hollow ? "2" : "1.2") + "\"";
  if (!extra.empty()) paint += " " + extra;
  std::string tag;
  switch (shape % kShapes) {
    case 0:
      tag = "<circle cx=\"" + SvgNum(x) + "\" cy=\"" + SvgNum(y) + "\" r=\"" + SvgNum(r) + "\" " +
            paint;
      break;
    case 1: {
      double s = r * 0.9;
      tag = "<rect x=\"" + SvgNum(x - s) + "\" y=\"" + SvgNum(y - s) + "\" width=\"" +
            SvgNum(2 * s) + "\" height=\"" + SvgNum(2 * s) + "\" " + paint;
      break;
    }
    case 2: {
      double s = r * 1.2;
      tag = "<polygon points=\"" + Point(x, y - s) + " " + Point(x + s, y + s * 0.8) + " " +
            Point(x - s, y + s * 0.8) + "\" " + paint;
      break;
    }
    case 3: {
      double s = r * 1.25;
      tag = "<polygon points=\"" + Point(x, y - s) + " " + Point(x + s, y) + " " +
            Point(x, y + s) + " " + Point(x - s, y) + "\" " + paint;
      break;
    }
    case 4: {
      double s = r * 1.2;
      tag = "<polygon points=\"" + Point(x, y + s) + " " + Point(x + s, y - s * 0.8) + " " +
            Point(x - s, y - s * 0.8) + "\" " + paint;
      break;
    }
    case 5: {
      // An X made of one polygon so that it can be filled or hollow.
      double a = r * 1.1, b = r * 0.38;
      tag = "<polygon points=\"" + Point(x - a, y - a + b) + " " + Point(x - a + b, y - a) + " " +
            Point(x, y - b) + " " + Point(x + a - b, y - a) + " " + Point(x + a, y - a + b) +
            " " + Point(x + b, y) + " " + Point(x + a, y + a - b) + " " +
            Point(x + a - b, y + a) + " " + Point(x, y + b) + " " + Point(x - a + b, y + a) +
            " " + Point(x - a, y + a - b) + " " + Point(x - b, y) + "\" " + paint;
      break;
    }
    case 6: {
      double a = r * 1.15, b = r * 0.42;
      tag = "<polygon points=\"" + Point(x - b, y - a) + " " + Point(x + b, y - a) + " " +
            Point(x + b, y - b) + " " + Point(x + a, y - b) + " " + Point(x + a, y + b) + " " +
            Point(x + b, y + b) + " " + Point(x + b, y + a) + " " + Point(x - b, y + a) + " " +
            Point(x - b, y + b) + " " + Point(x - a, y + b) + " " + Point(x - a, y - b) + " " +
            Point(x - b, y - b) + "\" " + paint;
      break;
    }
    default: {
      std::string pts;
      for (int k = 0; k < 10; ++k) {
        double angle = -M_PI / 2 + k * M_PI / 5;
        double rad = k % 2 == 0 ? r * 1.35 : r * 0.6;
        if (k) pts += ' ';
        pts += Point(x + rad * std::cos(angle), y + rad * std::sin(angle));
      }
      tag = "<polygon points=\"" + pts + "\" " + paint;
      break;
    }
  }
  if (tooltip.empty()) return tag + "/>";
  // The closing tag's name is the element's, which is the first word.
  std::string name = tag.substr(1, tag.find(' ') - 1);
  return tag + "><title>" + EscapeHtml(tooltip) + "</title></" + name + ">";
}

std::string PatternDefs(const std::string& id) {
  std::string out;
  auto pattern = [&](size_t i, const std::string& body) {
    out += "<pattern id=\"" + id + "-pat-" + std::to_string(i) +
           "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">" + body + "</pattern>";
  };
  const std::string line = "stroke=\"#ffffff\" stroke-opacity=\"0.6\" stroke-width=\"2\"";
  pattern(1, "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" " + line + "/>");       // diagonal
  pattern(2, "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#ffffff\" fill-opacity=\"0.8\"/>");  // dots
  pattern(3, "<path d=\"M0,4 h8\" " + line + "/>");                                   // horizontal
  pattern(4, "<path d=\"M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4\" " + line + "/>");          // other diagonal
  pattern(5, "<path d=\"M0,4 h8 M4,0 v8\" " + line + "/>");                            // grid
  return out;
}

std::string PatternOverlay(const std::string& id, size_t i, double x, double y, double w,
                           double h) {
  size_t p = i % kPatterns;
  if (p == 0) return "";
  return "<rect x=\"" + SvgNum(x) + "\" y=\"" + SvgNum(y) + "\" width=\"" + SvgNum(w) +
         "\" height=\"" + SvgNum(h) + "\" fill=\"url(#" + id + "-pat-" + std::to_string(p) +
         ")\" aria-hidden=\"true\"/>";
}

std::string NoDataSvg(const std::string& css_class, const std::string& id, double width,
                      double height, const std::string& title, const std::string& description,
                      const std::string& message) {
  std::string out = SvgOpen(css_class + " chart-empty", id, width, height, title, description);
  out += "<rect x=\"1\" y=\"1\" width=\"" + SvgNum(width - 2) + "\" height=\"" +
         SvgNum(height - 2) + "\" fill=\"" + kChartBand + "\" stroke=\"#8a94a3\" " +
         "stroke-dasharray=\"6 4\" rx=\"6\"/>";
  out += SvgText(width / 2, height / 2 + 5, message,
                 std::string("class=\"ch-no-data\" text-anchor=\"middle\" font-size=\"") +
                     (height < 100 ? "13" : "16") + "\" fill=\"" + kChartMuted + "\"");
  return out + "</svg>";
}

double TextWidth(const std::string& text, double font_size) {
  return static_cast<double>(CodePointCount(text)) * font_size * 0.56;
}

}  // namespace fremdrift
