#include "support/admin_browser_session.h"

#include <gtest/gtest.h>

#include "app/sign_in.h"
#include "render/url_for.h"

namespace fremdrift::testing::admin_forms {
namespace {

// "name=value" of the Set-Cookie header `header`, or "".
std::string CookiePair(const std::string& header) { return header.substr(0, header.find(';')); }

}  // namespace

std::string EncodeForm(const FormFields& fields) {
  std::string out;
  for (const auto& [k, v] : fields) {
    out += (out.empty() ? "" : "&") + UrlEncodeComponent(k) + "=" + UrlEncodeComponent(v);
  }
  return out;
}

std::string HiddenInput(const std::string& html, const std::string& name) {
  const std::string marker = "name=\"" + name + "\" value=\"";
  size_t at = html.find(marker);
  if (at == std::string::npos) return "";
  at += marker.size();
  return html.substr(at, html.find('"', at) - at);
}

BrowserSession::BrowserSession(TestServer& server, const std::string& name,
                               const std::string& password)
    : server_(server) {
  {
    auto lease = server_.pool().Acquire();
    SetPassword(*lease, name, password, "test");
  }
  HttpResult form = HttpRequest(server_.port(), "GET", "/logg-inn");
  EXPECT_EQ(form.status, 200);
  std::string pre_session = CookiePair(form.headers["Set-Cookie"]);
  std::string token = HiddenInput(form.body, "csrf_token");
  HttpResult signed_in = HttpRequest(
      server_.port(), "POST", "/logg-inn",
      EncodeForm({{"csrf_token", token}, {"brukernavn", name}, {"passord", password}, {"neste", "/"}}),
      {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", pre_session}});
  EXPECT_EQ(signed_in.status, 303) << signed_in.body;
  cookie_ = CookiePair(signed_in.headers["Set-Cookie"]);
  EXPECT_EQ(cookie_.rfind("fremdrift_session=", 0), 0u) << cookie_;
  // The session's own token, as every form of a signed-in page carries it.
  csrf_token_ = HiddenInput(Get("/").body, "csrf_token");
  EXPECT_FALSE(csrf_token_.empty());
}

HttpResult BrowserSession::Get(const std::string& path) {
  return HttpRequest(server_.port(), "GET", path, "", {{"Cookie", cookie_}});
}

HttpResult BrowserSession::Post(const std::string& path, const FormFields& fields) {
  return PostWithToken(path, fields, csrf_token_);
}

HttpResult BrowserSession::PostWithToken(const std::string& path, const FormFields& fields,
                                         const std::string& csrf_token) {
  FormFields all;
  if (!csrf_token.empty()) all.emplace_back("csrf_token", csrf_token);
  all.insert(all.end(), fields.begin(), fields.end());
  return HttpRequest(server_.port(), "POST", path, EncodeForm(all),
                     {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", cookie_}});
}

}  // namespace fremdrift::testing::admin_forms
