#include "web/page_frame.h"

#include "app/follow_up_service.h"
#include "app/reporting_round.h"
#include "domain/failure.h"
#include "render/layout_view.h"
#include "render/template_renderer.h"
#include "render/url_for.h"
#include "web/server.h"

namespace fremdrift {
namespace {

// The path with every segment percent-encoded again, and never starting
// with "//" (which a browser would read as another host).
std::string EncodedPath(const std::string& path) {
  std::string out;
  size_t start = 0;
  while (start < path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string segment = path.substr(start, slash - start);
    if (!segment.empty()) {
      out += '/';
      out += UrlEncodeComponent(segment);
    }
    start = slash + 1;
  }
  if (!path.empty() && path.back() == '/' && !out.empty()) out += "/";
  return out.empty() ? "/" : out;
}

}  // namespace

const Catalogue& PageCatalogue(RequestContext& ctx) {
  return CatalogueFor(ctx.config().assets_dir, ctx.lang());
}

std::string LanguageSwitchUrl(const RequestContext& ctx, const std::string& lang) {
  std::vector<std::pair<std::string, std::string>> params;
  for (const auto& [k, v] : ctx.QueryParams()) {
    if (k != "lang") params.emplace_back(k, v);
  }
  params.emplace_back("lang", lang);
  return UrlWithQuery(EncodedPath(ctx.path()), params);
}

Response RenderPage(RequestContext& ctx, const std::string& content, const std::string& title,
                    mstch::map view, const std::string& section, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  std::optional<std::string> user_name;
  bool is_admin = false;
  int open_tasks = 0;
  std::string csrf_token;
  try {
    if (const auto& user = ctx.user()) {
      user_name = user->name;
      is_admin = user->role == Role::kAdmin;
      // Open reports and open follow-up actions, as /oppgaver lists them.
      open_tasks = OpenTaskCount(ctx.round_reads(), *user) + OpenActionCount(ctx.db(), *user);
    }
    if (const ActiveSession* s = ctx.session()) csrf_token = s->csrf_token;
  } catch (const Failure&) {
    // An unknown token: the page (an error page) is shown without a user.
  }
  std::string here = ctx.uri();
  std::string sign_in_url =
      ctx.path() == routes::kSignIn.pattern ? UrlFor(routes::kSignIn) : UrlWithQuery(UrlFor(routes::kSignIn), {{"neste", here}});
  LayoutInfo info{title,    section,    LanguageSwitchUrl(ctx, t.Text("lang_switch_lang")),
                  user_name, is_admin, csrf_token, sign_in_url, open_tasks};
  mstch::map root = LayoutView(info, t);
  for (auto& [k, v] : view) root[k] = std::move(v);

  Response r = Response::Html(TemplatesFor(ctx.config().assets_dir).RenderPage(content, root), status);
  r.headers.emplace_back("Content-Language", t.lang());
  if (ctx.lang_from_query()) {
    r.headers.emplace_back("Set-Cookie", "lang=" + t.lang() +
                                             "; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
  }
  return r;
}

}  // namespace fremdrift
