// What a running server observes about itself for /metrics and /readyz
// (docs/operations.md, "Readiness and metrics"), kept in a prometheus-cpp
// registry: answered requests by method, route pattern and status, their
// durations as a histogram per route, requests in flight, and whether it
// is stopping. Thread-safe; the connections record into it
// (http_connection.h), the /metrics handler collects it.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/metric_family.h>
#include <prometheus/registry.h>

namespace fremdrift {

class ServerMetrics {
 public:
  ServerMetrics();

  // One answered request. `route` is the matched pattern ("" for none);
  // methods other than the usual ones count as "other", so that clients
  // cannot make new series.
  void Observe(const std::string& method, const std::string& route, int status, double seconds);

  // Requests read and not yet answered: the server's own count.
  void SetInFlightSource(const std::atomic<int>* in_flight) { in_flight_source_ = in_flight; }

  // One request answered from memory on the I/O thread (AnswerInline).
  void CountAnsweredInline() { answered_inline_.Increment(); }
  // One request given an identical request's answer (web/shared_answers.h).
  void CountAnswerShared() { answers_shared_.Increment(); }

  void SetDraining() { draining_ = true; }
  bool draining() const { return draining_; }

  // The families: fremdrift_http_requests_total,
  // fremdrift_http_request_duration_seconds,
  // fremdrift_http_requests_in_flight, fremdrift_http_answered_inline_total,
  // fremdrift_http_answers_shared_total, fremdrift_draining.
  std::vector<prometheus::MetricFamily> Collect() const;

 private:
  std::shared_ptr<prometheus::Registry> registry_ = std::make_shared<prometheus::Registry>();
  prometheus::Family<prometheus::Counter>& requests_;
  prometheus::Family<prometheus::Histogram>& durations_;
  prometheus::Gauge& in_flight_;
  prometheus::Gauge& draining_gauge_;
  prometheus::Counter& answered_inline_;
  prometheus::Counter& answers_shared_;
  // The series made so far, so that a request costs a map lookup.
  std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, prometheus::Counter*> request_series_;
  std::map<std::string, prometheus::Histogram*> duration_series_;
  std::atomic<const std::atomic<int>*> in_flight_source_{nullptr};
  std::atomic<bool> draining_{false};
};

}  // namespace fremdrift
