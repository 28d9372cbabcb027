#include "web/html_error.h"

#include <iostream>
#include <random>

#include "render/html_escape.h"
#include "render/i18n.h"
#include "render/problem_text.h"
#include "render/url_for.h"
#include "domain/text_field_rules.h"
#include "web/error_response.h"
#include "web/page_frame.h"
#include "web/server.h"

namespace fremdrift {
namespace {

// The catalogue's key stem for a status: error_<status>_title / _message.
std::string ErrorKey(int status) { return std::to_string(ErrorTextStatus(status)); }

int Busy() { return HttpStatus(HttpRefusal::kUnavailable); }

// The status an error page answers with: 405 for a method a path does not
// answer (a kInvalid failure with that rule), else the failure code's.
int PageStatus(const Failure& f) {
  return f.rule() == "method_not_allowed" ? HttpStatus(HttpRefusal::kMethodNotAllowed) : HttpStatus(f.code());
}

// A short reference a reader can quote to support: eight hex digits.
std::string NewReference() {
  static thread_local std::mt19937 gen{std::random_device{}()};
  static const char* kHex = "0123456789abcdef";
  std::string ref;
  for (int i = 0; i < 8; ++i) ref += kHex[gen() % 16];
  return ref;
}

// Writes the failure's technical text to the server's log under `ref`.
void LogUnderReference(const std::string& ref, const Failure& f) {
  std::cerr << "fremdrift: ref " << ref << ": " << FailureCodeName(f.code()) << ": "
            << ToValidUtf8(f.what()) << "\n";
}

}  // namespace

Response HtmlErrorPage(RequestContext& ctx, const Failure& f) {
  LogEngineDetail(f);
  int status = PageStatus(f);
  try {
    const Catalogue& t = PageCatalogue(ctx);
    std::string key = ErrorKey(status);
    std::string message = t.Text("error_" + key + "_message");
    if (!f.rule().empty() || !f.problems().empty()) {
      message = FailureText(t, f);
    } else if (f.code() == FailureCode::kInvalid && !f.field().empty()) {
      message = t.Format("error_bad_parameter", {{"name", f.field()}});
    }
    // The page says what went wrong in the reader's language; the technical
    // text goes to the log under a reference the page shows: the request's
    // id, so that the access log line has it too.
    std::string ref = ctx.request().request_id.empty() ? NewReference() : ctx.request().request_id;
    LogUnderReference(ref, f);
    mstch::map view{
        {"error_title", t.Text("error_" + key + "_title")},
        {"error_message", message},
        {"reference", ref},
        {"rule", FailureRule(f)},
    };
    std::string title = t.Text("error_" + key + "_title");
    return RenderPage(ctx, "error", title, std::move(view), "", status);
  } catch (const std::exception& e) {
    std::cerr << "fremdrift: the error page failed: " << e.what() << "\n";
    return PlainHtmlError(f);
  }
}

Response PlainHtmlError(const Failure& f) {
  LogEngineDetail(f);
  int status = PageStatus(f);
  std::string key = ErrorKey(status);
  std::string title_nb = std::to_string(status), message_nb, title_en, message_en;
  try {
    const Catalogue& nb = CatalogueFor(DefaultAssetsDir(), "nb");
    const Catalogue& en = CatalogueFor(DefaultAssetsDir(), "en");
    title_nb = nb.Text("error_" + key + "_title");
    const bool ruled = !f.rule().empty() || !f.problems().empty();
    message_nb = ruled ? FailureText(nb, f) : nb.Text("error_" + key + "_message");
    title_en = en.Text("error_" + key + "_title");
    message_en = ruled ? FailureText(en, f) : en.Text("error_" + key + "_message");
  } catch (const std::exception&) {
    // No catalogue: the status number and the failure's message must do.
  }
  std::string ref = NewReference();
  LogUnderReference(ref, f);
  std::string body =
      "<!DOCTYPE html>\n<html lang=\"nb\">\n<head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>" + EscapeHtml(title_nb) + " – Fremdrift</title>"
      "<link rel=\"stylesheet\" href=\"" + UrlFor(routes::kStatic1, "site.css") + "\"></head>\n<body>\n"
      "<header class=\"site-header\"><div class=\"wrap header-inner\">"
      "<a class=\"brand\" href=\"" + UrlFor(routes::kHome) + "\"><span class=\"brand-name\">Fremdrift</span></a>"
      "</div></header>\n<main id=\"main\"><div class=\"wrap\" data-rule=\"" + EscapeHtml(FailureRule(f)) + "\">"
      "<h1>" + EscapeHtml(title_nb) + " <span class=\"h1-sub\">" + std::to_string(status) +
      "</span></h1>"
      "<p class=\"lead\">" + EscapeHtml(message_nb) + "</p>";
  if (!title_en.empty()) {
    body += "<p lang=\"en\"><strong>" + EscapeHtml(title_en) + ".</strong> " +
            EscapeHtml(message_en) + "</p>";
  }
  body += "<p class=\"error-detail\">Referanse: <code>" + ref + "</code></p>";
  body += "<p><a href=\"" + UrlFor(routes::kHome) + "\">Forsiden</a> · <a href=\"" +
          UrlWithQuery(UrlFor(routes::kHome), {{"lang", "en"}}) + "\" lang=\"en\">Home</a></p>"
          "</div></main>\n</body>\n</html>\n";
  return Response::Html(body, status);
}

Response HtmlBusyPage(RequestContext& ctx, const std::string& detail) {
  Response r;
  try {
    const Catalogue& t = PageCatalogue(ctx);
    mstch::map view{
        {"error_title", t.Text("error_503_title")},
        {"error_message", t.Text("error_503_message")},
        {"has_detail", true},
        {"detail", detail},
    };
    r = RenderPage(ctx, "error", t.Text("error_503_title"), std::move(view), "", Busy());
  } catch (const std::exception& e) {
    std::cerr << "fremdrift: the error page failed: " << e.what() << "\n";
    r = Response::Html("<!DOCTYPE html>\n<html lang=\"nb\"><title>503</title><p>" +
                           EscapeHtml(detail) + "</p></html>\n",
                       Busy());
  }
  r.headers.emplace_back("Retry-After", std::to_string(kBusyRetryAfterSeconds));
  return r;
}

}  // namespace fremdrift
