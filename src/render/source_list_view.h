// The list of source documents on /kilder: per document its title,
// publisher, year (or that the document does not say), what the data takes
// from it in the reader's language, and how records cite it.
#pragma once

#include <vector>

#include <mstch/mstch.hpp>

#include "domain/source_document.h"
#include "render/i18n.h"

namespace fremdrift {

// Keys: has_sources, sources (title, publisher, has_publisher, year,
// has_year, used_for, used_for_lang, has_used_for, citation, anchor).
mstch::map SourceListView(const std::vector<SourceDocument>& docs, const Catalogue& t);

}  // namespace fremdrift
