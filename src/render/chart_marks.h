// The marks the charts share, so that every chart speaks the same visual
// language: a palette of colours that each have at least 3:1 contrast
// against white (most over 4.5:1, so white text on them is readable), a
// marker shape per series (circle, square, triangle, diamond ...) so that
// no series is told apart by colour alone, fill patterns for the segments
// of stacked bars, and the SVG frame with role="img", <title> and <desc>.
// Every text passed in is escaped here.
#pragma once

#include <cstddef>
#include <string>

namespace fremdrift {

inline constexpr size_t kChartPaletteSize = 8;
inline constexpr const char* kChartText = "#1a1a1a";
inline constexpr const char* kChartMuted = "#3b4350";
inline constexpr const char* kChartGrid = "#dde2e8";
inline constexpr const char* kChartBand = "#f4f6f9";
inline constexpr const char* kChartFont =
    "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

// The colour of series `i`; it repeats after kChartPaletteSize, as do the
// marker shapes (patterns repeat after six).
const char* SeriesColour(size_t i);

// A number for SVG coordinates, with one decimal.
std::string SvgNum(double v);

// <text> at (x, y) with `attrs` (already formed attributes) and `text` escaped.
std::string SvgText(double x, double y, const std::string& text, const std::string& attrs = "");

// The opening <svg ...> with role="img", aria-labelledby, <title> and
// <desc>; `id` prefixes the ids. Close it with "</svg>".
std::string SvgOpen(const std::string& css_class, const std::string& id, double width,
                    double height, const std::string& title, const std::string& description);

// A marker of shape `shape` (0 circle, 1 square, 2 triangle, 3 diamond,
// 4 triangle down, 5 cross, 6 plus, 7 star; repeats after 8) centred at
// (x, y) with radius about `r`. `hollow` draws it white with a coloured
// outline (provisional values). `extra` is added inside the element's tag
// (e.g. a class); `tooltip`, when given, becomes its <title>.
std::string MarkerSvg(size_t shape, double x, double y, double r, const char* colour,
                      bool hollow, const std::string& extra = "",
                      const std::string& tooltip = "");

// The <pattern> definitions for stacked segments, ids `<id>-pat-<i>`.
std::string PatternDefs(const std::string& id);

// The fill of segment `i`: its colour, with pattern `i` drawn over it by a
// second shape (see PatternOverlay); pattern 0 is plain.
std::string PatternOverlay(const std::string& id, size_t i, double x, double y, double w,
                           double h);

// A whole chart that says `message` (e.g. "Ingen tall å vise") in a
// dashed frame instead of drawing marks, with the same title and desc.
std::string NoDataSvg(const std::string& css_class, const std::string& id, double width,
                      double height, const std::string& title, const std::string& description,
                      const std::string& message);

// Attributes that draw a white halo behind a text, so that it stays
// readable over lines and grid.
inline constexpr const char* kHalo =
    "stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"";

// Rough width in px of `text` at `font_size` (no font metrics on the server).
double TextWidth(const std::string& text, double font_size);

}  // namespace fremdrift
