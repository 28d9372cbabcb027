#include "support/browser_session.h"

#include <stdexcept>

#include "app/sign_in.h"

namespace fremdrift::testing {
namespace {

constexpr const char* kPassword = "correct horse battery staple";

std::string Encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// "name=value" of cookie `name` from a Set-Cookie header, or "".
std::string CookieFrom(const HttpResult& r, const std::string& name) {
  auto it = r.headers.find("Set-Cookie");
  if (it == r.headers.end() || it->second.rfind(name + "=", 0) != 0) return "";
  return it->second.substr(0, it->second.find(';'));
}

}  // namespace

std::string UrlEncodedForm(const FormFields& fields) {
  std::string out;
  for (const auto& [k, v] : fields) out += (out.empty() ? "" : "&") + Encode(k) + "=" + Encode(v);
  return out;
}

std::string InputValue(const std::string& html, const std::string& name) {
  size_t at = html.find("name=\"" + name + "\"");
  if (at == std::string::npos) return "";
  size_t tag = html.rfind('<', at);
  size_t end = html.find('>', at);
  std::string input = html.substr(tag, end - tag);
  size_t v = input.find("value=\"");
  if (v == std::string::npos) return "";
  v += 7;
  return input.substr(v, input.find('"', v) - v);
}

BrowserSession BrowserSession::SignInNewUser(TestServer& server, const std::string& name,
                                             const std::string& org, Role role) {
  server.AddUserWithToken(name, org, role);
  {
    auto lease = server.pool().Acquire();
    SetPassword(*lease, name, kPassword, "test");
  }
  return SignIn(server, name, kPassword);
}

BrowserSession BrowserSession::SignIn(TestServer& server, const std::string& name,
                                      const std::string& password) {
  BrowserSession b(server);
  HttpResult form = HttpRequest(server.port(), "GET", "/logg-inn");
  std::string pre_cookie = CookieFrom(form, "fremdrift_csrf");
  std::string token = InputValue(form.body, "csrf_token");
  if (pre_cookie.empty() || token.empty()) throw std::runtime_error("no CSRF cookie or token on /logg-inn");
  HttpResult r = HttpRequest(
      server.port(), "POST", "/logg-inn",
      UrlEncodedForm({{"csrf_token", token}, {"neste", "/"}, {"brukernavn", name}, {"passord", password}}),
      {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", pre_cookie}});
  b.cookie_ = CookieFrom(r, "fremdrift_session");
  if (r.status != 303 || b.cookie_.empty()) {
    throw std::runtime_error("sign-in failed with " + std::to_string(r.status) + ": " + r.body);
  }
  // The session's token is in every signed-in page (the sign-out form).
  b.csrf_token_ = InputValue(b.Get("/").body, "csrf_token");
  if (b.csrf_token_.empty()) throw std::runtime_error("no session CSRF token on /");
  return b;
}

HttpResult BrowserSession::Get(const std::string& path) {
  return HttpRequest(server_->port(), "GET", path, "", {{"Cookie", cookie_}});
}

HttpResult BrowserSession::Post(const std::string& path, FormFields fields, bool with_csrf) {
  if (with_csrf) fields.insert(fields.begin(), {"csrf_token", csrf_token_});
  return HttpRequest(server_->port(), "POST", path, UrlEncodedForm(fields),
                     {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", cookie_}});
}

HttpResult BrowserSession::PostMultipart(const std::string& path, FormFields fields,
                                         const FormFile& file, bool with_csrf) {
  if (with_csrf) fields.insert(fields.begin(), {"csrf_token", csrf_token_});
  const std::string boundary = "----fremdrift-test-boundary-7f3a";
  std::string body;
  for (const auto& [k, v] : fields) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n";
  }
  body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field +
          "\"; filename=\"" + file.filename + "\"\r\nContent-Type: " + file.content_type + "\r\n\r\n" +
          file.content + "\r\n--" + boundary + "--\r\n";
  return HttpRequest(server_->port(), "POST", path, body,
                     {{"Content-Type", "multipart/form-data; boundary=" + boundary}, {"Cookie", cookie_}});
}

}  // namespace fremdrift::testing
