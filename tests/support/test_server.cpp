#include "support/test_server.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <sstream>

#include "app/api_token.h"
#include "storage/user_store.h"

namespace fremdrift::testing {

HttpResult HttpRequest(int port, const std::string& method, const std::string& path,
                       const std::string& body,
                       const std::map<std::string, std::string>& headers) {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
  session.setTimeout(Poco::Timespan(30, 0));
  Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  for (const auto& [k, v] : headers) req.set(k, v);
  if (!body.empty() || method == "POST" || method == "PUT") {
    if (!req.has("Content-Type")) req.setContentType("application/json");
    req.setContentLength(static_cast<std::streamsize>(body.size()));
  }
  session.sendRequest(req) << body;
  Poco::Net::HTTPResponse res;
  std::istream& in = session.receiveResponse(res);
  HttpResult out;
  out.status = res.getStatus();
  std::ostringstream buf;
  Poco::StreamCopier::copyStream(in, buf);
  out.body = buf.str();
  for (const auto& [k, v] : res) out.headers[k] = v;
  return out;
}

TestServer::TestServer(Engine engine, bool load_demo,
                       const std::function<void(ServerConfig&)>& configure)
    : db_(engine, load_demo ? Contents::kDemo : Contents::kMigrated) {
  pool_ = std::make_unique<ConnectionPool>(db_.url());
  ServerConfig config;
  config.port = 0;
  config.threads = 4;
  config.assets_dir = FREMDRIFT_SOURCE_DIR;
  if (configure) configure(config);
  server_ = std::make_unique<WebServer>(*pool_, config);
  server_->Start();
}

TestServer::~TestServer() {
  server_->Stop();
  server_.reset();
  pool_.reset();
}

std::string TestServer::AddUserWithToken(const std::string& name, const std::string& org,
                                         Role role) {
  auto lease = pool_->Acquire();
  UserStore(*lease).Create(User{0, name, org, role});
  return CreateToken(*lease, name);
}

HttpResult TestServer::Get(const std::string& path, const std::string& token) {
  std::map<std::string, std::string> h;
  if (!token.empty()) h["Authorization"] = "Bearer " + token;
  return HttpRequest(port(), "GET", path, "", h);
}

HttpResult TestServer::Send(const std::string& method, const std::string& path,
                            const nlohmann::json& body, const std::string& token) {
  std::map<std::string, std::string> h;
  if (!token.empty()) h["Authorization"] = "Bearer " + token;
  return HttpRequest(port(), method, path, body.is_null() ? "" : body.dump(), h);
}

}  // namespace fremdrift::testing
