#include "web/html_error.h"

#include "render/html_escape.h"
#include "web/error_response.h"

namespace fremdrift {

Response HtmlErrorPage(RequestContext& ctx, const Failure& f) { return PlainHtmlError(f); }

Response PlainHtmlError(const Failure& f) {
  int status = HttpStatus(f.code());
  return Response::Html("<!doctype html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>" +
                            std::to_string(status) + "</title></head><body><main><h1>" +
                            std::to_string(status) + "</h1><p>" + EscapeHtml(f.what()) +
                            "</p></main></body></html>",
                        status);
}

}  // namespace fremdrift
