#include "web/server.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/NetException.h>
#include <Poco/Exception.h>

#include <filesystem>
#include <iostream>

#include "domain/failure.h"
#include "web/error_response.h"
#include "web/html_error.h"
#include "web/request_target.h"
#include "web/session_cookie.h"
#include "render/page_urls.h"

namespace fremdrift {
namespace {

const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

bool IsApiPath(const std::string& path) {
  return path.rfind("/api/", 0) == 0 || path == "/healthz";
}

// Reads the body, refusing more than `limit` bytes with kTooLarge.
std::string ReadBody(Poco::Net::HTTPServerRequest& req, size_t limit) {
  if (req.hasContentLength() && req.getContentLength64() > static_cast<int64_t>(limit)) {
    throw Failure(FailureCode::kTooLarge,
                  "the request body is larger than " + std::to_string(limit) + " bytes");
  }
  std::string body;
  std::istream& in = req.stream();
  char buf[16384];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    body.append(buf, static_cast<size_t>(in.gcount()));
    if (body.size() > limit) {
      throw Failure(FailureCode::kTooLarge,
                    "the request body is larger than " + std::to_string(limit) + " bytes");
    }
  }
  return body;
}

class RequestHandler : public Poco::Net::HTTPRequestHandler {
 public:
  RequestHandler(const Router& router, ConnectionPool& pool, const ServerConfig& config)
      : router_(router), pool_(pool), config_(config) {}

  void handleRequest(Poco::Net::HTTPServerRequest& req,
                     Poco::Net::HTTPServerResponse& res) override {
    Response out;
    std::string path;
    try {
      // The raw path until it is decoded, so that an error in the query of
      // an API address is still answered as JSON.
      path = req.getURI().substr(0, req.getURI().find('?'));
      path = ParseRequestTarget(req.getURI()).path;
      bool bulk = path.size() > 7 && path.compare(path.size() - 7, 7, ":import") == 0;
      std::string body = ReadBody(req, bulk ? config_.max_import_bytes : config_.max_body_bytes);
      RequestContext ctx(req, std::move(body), pool_, config_);
      out = Dispatch(ctx);
    } catch (const Failure& f) {
      out = ErrorFor(req, path, f);
      // The body was not read: close the connection rather than leave the
      // rest of it to be taken for the next request.
      if (f.code() == FailureCode::kTooLarge) {
        res.setKeepAlive(false);
        out.headers.emplace_back("Connection", "close");
      }
    } catch (const std::exception& e) {
      std::cerr << "fremdrift: internal error on " << req.getMethod() << " " << path
                << ": " << e.what() << "\n";
      out = ErrorFor(req, path, Failure(FailureCode::kInternal, "internal error"));
    }
    Send(req, res, out);
  }

 private:
  Response Dispatch(RequestContext& ctx) {
    const bool api = IsApiPath(ctx.path());
    try {
      CheckCsrf(ctx, api);
      return Route(ctx);
    } catch (const Failure& f) {
      if (api) return JsonError(f, ApiCatalogue(ctx));
      // A reader who must sign in to see a page is sent to the sign-in
      // page, which brings them back here afterwards.
      if (f.code() == FailureCode::kUnauthenticated && ctx.method() == "GET" &&
          ctx.request().get("Authorization", "").empty()) {
        return Response::Redirect(UrlWithQuery("/logg-inn", {{"neste", ctx.request().getURI()}}));
      }
      return HtmlErrorPage(ctx, f);
    }
  }

  Response Route(RequestContext& ctx) {
    std::vector<std::string> allowed;
    const fremdrift::Route* route = router_.Match(ctx.method(), ctx.path(), ctx.params, allowed);
    if (route) return route->handler(ctx);
    if (allowed.empty()) throw Failure(FailureCode::kNotFound, "no page or resource at " + ctx.path());
    std::string list;
    for (const auto& m : allowed) list += (list.empty() ? "" : ", ") + m;
    Failure f(FailureCode::kInvalid, "method " + ctx.method() + " is not allowed here; use " + list);
    Response r = IsApiPath(ctx.path()) ? JsonError(f, ApiCatalogue(ctx)) : HtmlErrorPage(ctx, f);
    r.status = 405;
    r.headers.emplace_back("Allow", list);
    return r;
  }

  Response ErrorFor(Poco::Net::HTTPServerRequest& req, const std::string& path,
                    const Failure& f) {
    if (IsApiPath(path)) return JsonError(f);
    return PlainHtmlError(f);
  }

  void Send(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& res,
            const Response& out) {
    res.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(out.status));
    res.setContentType(out.content_type);
    res.set("Content-Security-Policy", kContentSecurityPolicy);
    res.set("X-Content-Type-Options", "nosniff");
    res.set("X-Frame-Options", "DENY");
    res.set("Referrer-Policy", "same-origin");
    bool has_cache_control = false;
    for (const auto& [k, v] : out.headers) {
      if (k == "Set-Cookie") res.add(k, v);
      else res.set(k, v);
      if (k == "Cache-Control") has_cache_control = true;
    }
    if (!has_cache_control) res.set("Cache-Control", "no-store");
    if (req.getMethod() == "HEAD" || out.status == 304 || out.status == 204) {
      res.setContentLength(out.status == 304 || out.status == 204 ? 0 : out.Body().size());
      res.send();
      return;
    }
    // The headers through POCO, then the body in one write straight to the
    // socket: POCO's streams (sendBuffer too) write 4 KiB at a time, a
    // system call each.
    const std::string& body = out.Body();
    auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&req);
    if (!impl) {
      res.sendBuffer(body.data(), body.size());
      return;
    }
    res.setContentLength(body.size());
    res.send().flush();
    impl->socket().sendBytes(body.data(), static_cast<int>(body.size()));
  }

  const Router& router_;
  ConnectionPool& pool_;
  const ServerConfig& config_;
};

class HandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  HandlerFactory(const Router& router, ConnectionPool& pool, const ServerConfig& config)
      : router_(router), pool_(pool), config_(config) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest&) override {
    return new RequestHandler(router_, pool_, config_);
  }

 private:
  const Router& router_;
  ConnectionPool& pool_;
  const ServerConfig& config_;
};

}  // namespace

std::string DefaultAssetsDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("FREMDRIFT_ASSETS"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      if (fs::exists(dir / "templates") && fs::exists(dir / "static")) return dir.string();
    }
  }
  return FREMDRIFT_SOURCE_DIR;
}

WebServer::WebServer(ConnectionPool& pool, ServerConfig config)
    : pool_(pool), config_(std::move(config)), router_(BuildRouter()) {
  if (config_.assets_dir.empty()) config_.assets_dir = DefaultAssetsDir();
}

WebServer::~WebServer() { Stop(); }

void WebServer::Start() {
  Poco::Net::SocketAddress address(config_.bind, static_cast<Poco::UInt16>(config_.port));
  Poco::Net::ServerSocket socket(address, 64);
  // Accepted connections inherit it (Linux): a response's body must not
  // wait behind its headers for an ACK.
  socket.setNoDelay(true);
  auto* params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(config_.threads);
  params->setMaxQueued(256);
  params->setTimeout(Poco::Timespan(config_.request_timeout_seconds, 0));
  params->setKeepAlive(true);
  server_ = std::make_unique<Poco::Net::HTTPServer>(
      new HandlerFactory(router_, pool_, config_), socket, params);
  server_->start();
}

void WebServer::Stop() {
  if (server_) {
    server_->stopAll(true);
    server_.reset();
  }
}

int WebServer::port() const { return server_ ? server_->port() : config_.port; }

}  // namespace fremdrift
