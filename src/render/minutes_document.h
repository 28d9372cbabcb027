// The minutes of a meeting as one self-contained HTML document (styles
// inline, no external resources), printed to PDF the same way as the
// agenda (app/pdf_printer.h) and offered as the HTML download.
#pragma once

#include <string>

#include "render/i18n.h"
#include "render/minutes_view.h"

namespace fremdrift {

std::string MinutesDocumentHtml(const MinutesViewData& data, const Catalogue& t, const std::string& assets_dir);

}  // namespace fremdrift
