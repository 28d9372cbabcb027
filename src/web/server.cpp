#include "web/server.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <future>
#include <stdexcept>
#include <thread>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>

#include "web/http_connection.h"
#include "web/route_dispatcher.h"

namespace fremdrift {

namespace net = boost::asio;

int DefaultWorkerThreads() {
  // hardware_concurrency() may be 0 when it cannot be told.
  return std::max(4, 2 * static_cast<int>(std::thread::hardware_concurrency()));
}

// The parts that exist while the server runs: the I/O threads with their
// acceptor, the worker pool and the dispatcher.
class WebServer::Running {
 public:
  Running(const Router& router, ConnectionPool& pool, const ServerConfig& config)
      : metrics_(config.metrics),
        dispatcher_(router, pool, config),
        workers_(static_cast<size_t>(std::max(1, config.threads))),
        writers_(static_cast<size_t>(std::max(1, config.threads / 2))),
        ios_(MakeIoContexts(config.io_threads)),
        acceptor_(net::make_strand(*ios_.front())) {
    // Every worker and I/O thread may hold a connection at once, and the
    // mail and job threads one each.
    pool.KeepIdle(static_cast<size_t>(std::max(1, config.threads) + std::max(1, config.threads / 2) +
                                      std::max(1, config.io_threads) + 2));
    limits_.header_seconds = config.header_timeout_seconds;
    limits_.body_grace_seconds = config.body_grace_seconds;
    limits_.min_body_bytes_per_second = config.min_body_bytes_per_second;
    limits_.write_seconds = config.request_timeout_seconds;
    tracker_.metrics = config.metrics;
    if (config.metrics) config.metrics->SetInFlightSource(&tracker_.in_flight);
    if (config.access_log) {
      access_log_ = std::make_unique<AccessLog>(*config.access_log);
      tracker_.access_log = access_log_.get();
    }
    boost::system::error_code ec;
    auto address = net::ip::make_address(config.bind, ec);
    if (ec) throw std::runtime_error("cannot listen on '" + config.bind + "': not an IP address");
    net::ip::tcp::endpoint endpoint(address, static_cast<unsigned short>(config.port));
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(1024, ec);
    if (ec) {
      throw std::runtime_error("cannot listen on " + config.bind + ":" +
                               std::to_string(config.port) + ": " + ec.message());
    }
    port_ = acceptor_.local_endpoint().port();
    Accept();
    for (auto& io : ios_) {
      works_.push_back(net::make_work_guard(*io));
      io_threads_.emplace_back([&io = *io] { io.run(); });
    }
  }

  ~Running() {
    if (metrics_) metrics_->SetInFlightSource(nullptr);
    for (auto& io : ios_) io->stop();
    for (auto& t : io_threads_) t.join();
    boost::system::error_code ignored;
    acceptor_.close(ignored);
    // Handlers still running finish; what they post back is dropped with
    // the io_context (and with it every connection).
    workers_.join();
    writers_.join();
  }

  int port() const { return port_; }

  // Stops accepting, then waits up to `seconds` for the requests already
  // read to be answered; their connections close after the answer.
  void Drain(int seconds) {
    tracker_.draining = true;
    if (metrics_) metrics_->SetDraining();  // /readyz answers 503 from now on
    std::promise<void> closed;
    net::post(acceptor_.get_executor(), [this, &closed] {
      boost::system::error_code ignored;
      acceptor_.close(ignored);
      closed.set_value();
    });
    closed.get_future().wait();
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (tracker_.in_flight > 0 && std::chrono::steady_clock::now() < until) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }

 private:
  static std::vector<std::unique_ptr<net::io_context>> MakeIoContexts(int threads) {
    std::vector<std::unique_ptr<net::io_context>> out;
    for (int i = 0; i < std::max(1, threads); ++i) out.push_back(std::make_unique<net::io_context>(1));
    return out;
  }

  void Accept() {
    // Connections take the I/O threads in turn; each stays on its own.
    net::io_context& io = *ios_[next_io_++ % ios_.size()];
    acceptor_.async_accept(io.get_executor(), [this](boost::system::error_code ec, ConnectionSocket socket) {
      if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
      if (!ec) {
        boost::system::error_code ignored;
        // A response's body must not wait behind its headers for an ACK.
        socket.set_option(net::ip::tcp::no_delay(true), ignored);
        ServeConnection(std::move(socket), dispatcher_, {workers_, writers_}, limits_, tracker_);
      }
      Accept();
    });
  }

  ServerMetrics* metrics_ = nullptr;
  RouteDispatcher dispatcher_;
  ConnectionLimits limits_;
  std::unique_ptr<AccessLog> access_log_;
  ConnectionTracker tracker_;
  net::thread_pool workers_;  // reads
  net::thread_pool writers_;  // writes (http_connection.h WorkerPools)
  // One io_context per I/O thread, each run by that thread alone, and
  // every connection on one of them: no thread wakes another to go on
  // with a connection (with one shared io_context, the two I/O threads
  // woke each other on nearly every request).
  std::vector<std::unique_ptr<net::io_context>> ios_;
  // Keep the I/O threads running while no I/O is pending: when the
  // acceptor is closed and every request is on a worker, their answers
  // still need a thread to be written.
  std::vector<net::executor_work_guard<net::io_context::executor_type>> works_;
  size_t next_io_ = 0;  // used by Accept alone, on the acceptor's strand
  net::ip::tcp::acceptor acceptor_;
  std::vector<std::thread> io_threads_;
  int port_ = 0;
};

std::string DefaultAssetsDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("FREMDRIFT_ASSETS"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      if (fs::exists(dir / "templates") && fs::exists(dir / "static")) return dir.string();
      // An installed tree: /usr/bin/fremdrift beside /usr/share/fremdrift.
      fs::path shared = dir / "share" / "fremdrift";
      if (fs::exists(shared / "templates") && fs::exists(shared / "static")) return shared.string();
    }
  }
  return FREMDRIFT_SOURCE_DIR;
}

WebServer::WebServer(ConnectionPool& pool, ServerConfig config)
    : pool_(pool), config_(std::move(config)), router_(BuildRouter()) {
  if (config_.assets_dir.empty()) config_.assets_dir = DefaultAssetsDir();
  if (!config_.metrics) config_.metrics = &metrics_;
}

WebServer::~WebServer() { Stop(); }

void WebServer::Start() { running_ = std::make_unique<Running>(router_, pool_, config_); }

void WebServer::Stop() {
  if (running_) running_->Drain(config_.shutdown_seconds);
  running_.reset();
}

int WebServer::port() const { return running_ ? running_->port() : config_.port; }

}  // namespace fremdrift
