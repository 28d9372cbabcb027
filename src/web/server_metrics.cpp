#include "web/server_metrics.h"

namespace fremdrift {
namespace {

std::string MethodLabel(const std::string& method) {
  static const char* kUsual[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
  for (const char* m : kUsual) {
    if (method == m) return method;
  }
  return "other";
}

// The histogram's upper bounds, in seconds.
const prometheus::Histogram::BucketBoundaries& DurationBounds() {
  static const prometheus::Histogram::BucketBoundaries bounds = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                                 0.5,   1,    2.5,   5,    10};
  return bounds;
}

}  // namespace

ServerMetrics::ServerMetrics()
    : requests_(prometheus::BuildCounter()
                    .Name("fremdrift_http_requests_total")
                    .Help("Answered HTTP requests by method, route pattern (\"\" when none matched) and status.")
                    .Register(*registry_)),
      durations_(prometheus::BuildHistogram()
                     .Name("fremdrift_http_request_duration_seconds")
                     .Help("Time from a request's whole header to its answer, by route pattern.")
                     .Register(*registry_)),
      in_flight_(prometheus::BuildGauge()
                     .Name("fremdrift_http_requests_in_flight")
                     .Help("Requests read and not yet answered.")
                     .Register(*registry_)
                     .Add({})),
      draining_gauge_(prometheus::BuildGauge()
                          .Name("fremdrift_draining")
                          .Help("1 while the server is stopping (SIGTERM), else 0.")
                          .Register(*registry_)
                          .Add({})),
      answered_inline_(prometheus::BuildCounter()
                           .Name("fremdrift_http_answered_inline_total")
                           .Help("Requests answered from memory (kept pages and series) on the I/O thread, "
                                 "without a worker.")
                           .Register(*registry_)
                           .Add({})),
      answers_shared_(prometheus::BuildCounter()
                          .Name("fremdrift_http_answers_shared_total")
                          .Help("Requests given the answer an identical request's worker made after they "
                                "arrived, kept or waited for (web/shared_answers.h).")
                          .Register(*registry_)
                          .Add({})) {}

void ServerMetrics::Observe(const std::string& method, const std::string& route, int status,
                            double seconds) {
  prometheus::Counter* counter = nullptr;
  prometheus::Histogram* histogram = nullptr;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto key = std::make_tuple(MethodLabel(method), route, status);
    auto& c = request_series_[key];
    if (!c) {
      c = &requests_.Add(
          {{"method", std::get<0>(key)}, {"route", route}, {"status", std::to_string(status)}});
    }
    auto& h = duration_series_[route];
    if (!h) h = &durations_.Add({{"route", route}}, DurationBounds());
    counter = c;
    histogram = h;
  }
  counter->Increment();
  histogram->Observe(seconds);
}

std::vector<prometheus::MetricFamily> ServerMetrics::Collect() const {
  const std::atomic<int>* source = in_flight_source_;
  in_flight_.Set(source ? source->load() : 0);
  draining_gauge_.Set(draining_ ? 1 : 0);
  return registry_->Collect();
}

}  // namespace fremdrift
