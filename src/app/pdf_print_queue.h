// Bounded PDF printing in front of pdf_printer.h: at most `printing`
// Chromium prints at once and at most `waiting` more waiting for a turn;
// a request beyond that is refused at once (the web answers 503 with
// Retry-After) rather than tying up a worker thread. Printed PDFs are
// cached by the SHA-256 of their HTML: the HTML is rendered from the data,
// so a change of the data (its version) is a new key, and readers who may
// see different things get different keys. The cache keeps the most
// recently printed PDFs up to `cache_bytes`. Thread-safe.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace fremdrift {

class PdfPrintQueue {
 public:
  struct Limits {
    int printing = 1;
    int waiting = 1;
    size_t cache_bytes = 64 * 1024 * 1024;
  };

  explicit PdfPrintQueue(Limits limits) : limits_(limits) {}

  // The queue the web server uses.
  static PdfPrintQueue& Shared();

  // The PDF of the self-contained HTML document `html`: from the cache, or
  // printed (PrintHtmlToPdf) when there is a free place; nullptr when
  // `printing` prints run and `waiting` wait already. Throws
  // PrintHtmlToPdf's failures.
  std::shared_ptr<const std::string> Print(const std::string& html);

  // The same, printed by `print` (which returns the PDF's bytes) instead of
  // PrintHtmlToPdf, still cached by `html`: for a document printed in more
  // than one pass (app/numbered_pdf.h), keyed by its first pass.
  std::shared_ptr<const std::string> Print(const std::string& html, const std::function<std::string()>& print);

  // How many prints ran (not served from the cache) since the start.
  long prints() const;

 private:
  std::shared_ptr<const std::string> Cached(const std::string& key);
  void Keep(const std::string& key, std::shared_ptr<const std::string> pdf);

  const Limits limits_;
  mutable std::mutex mutex_;
  std::condition_variable turn_;
  int printing_ = 0;
  int waiting_ = 0;
  long prints_ = 0;
  // Most recent first; `cache_` points into `order_`.
  std::list<std::pair<std::string, std::shared_ptr<const std::string>>> order_;
  std::map<std::string, decltype(order_)::iterator> cache_;
  size_t cached_bytes_ = 0;
};

}  // namespace fremdrift
