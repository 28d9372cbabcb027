// The frame every HTML page shares: renders a page template inside
// templates/layout.mustache in the reader's language, with the navigation
// and a link to the same page in the other language. When the language was
// chosen with ?lang=, the response sets the "lang" cookie so that the
// choice is remembered (Path=/; SameSite=Lax; HttpOnly; one year).
#pragma once

#include <string>

#include <mstch/mstch.hpp>

#include "render/i18n.h"
#include "web/request_context.h"

namespace fremdrift {

// The catalogue of the reader's language (ctx.lang()).
const Catalogue& PageCatalogue(RequestContext& ctx);

// This page's address with ?lang=`lang` and every other query parameter
// kept: the target of the language switch.
std::string LanguageSwitchUrl(const RequestContext& ctx, const std::string& lang);

// A whole page: template `content` (a file in templates/) given `view` and
// the layout's keys (see render/layout_view.h). `section` marks the current
// navigation link: "home", "roadmap" or "".
Response RenderPage(RequestContext& ctx, const std::string& content, const std::string& title,
                    mstch::map view, const std::string& section = "", int status = kHttpOk);

}  // namespace fremdrift
