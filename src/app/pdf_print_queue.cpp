#include "app/pdf_print_queue.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include "app/pdf_printer.h"

namespace fremdrift {
namespace {

std::string Sha256(const std::string& text) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(text);
  return Poco::DigestEngine::digestToHex(sha.digest());
}

}  // namespace

PdfPrintQueue& PdfPrintQueue::Shared() {
  static PdfPrintQueue queue(Limits{});
  return queue;
}

long PdfPrintQueue::prints() const {
  std::lock_guard lock(mutex_);
  return prints_;
}

std::shared_ptr<const std::string> PdfPrintQueue::Cached(const std::string& key) {
  auto it = cache_.find(key);
  if (it == cache_.end()) return nullptr;
  order_.splice(order_.begin(), order_, it->second);
  return it->second->second;
}

void PdfPrintQueue::Keep(const std::string& key, std::shared_ptr<const std::string> pdf) {
  if (cache_.count(key) || pdf->size() > limits_.cache_bytes) return;
  cached_bytes_ += pdf->size();
  order_.emplace_front(key, std::move(pdf));
  cache_[key] = order_.begin();
  while (cached_bytes_ > limits_.cache_bytes) {
    cached_bytes_ -= order_.back().second->size();
    cache_.erase(order_.back().first);
    order_.pop_back();
  }
}

std::shared_ptr<const std::string> PdfPrintQueue::Print(const std::string& html) {
  return Print(html, [&] { return PrintHtmlToPdf(html); });
}

std::shared_ptr<const std::string> PdfPrintQueue::Print(const std::string& html,
                                                         const std::function<std::string()>& print) {
  const std::string key = Sha256(html);
  std::unique_lock lock(mutex_);
  if (auto pdf = Cached(key)) return pdf;
  if (printing_ >= limits_.printing) {
    if (waiting_ >= limits_.waiting) {
      return nullptr;
    }
    ++waiting_;
    turn_.wait(lock, [&] { return printing_ < limits_.printing; });
    --waiting_;
    // The print we waited behind may have been this one.
    if (auto pdf = Cached(key)) return pdf;
  }
  ++printing_;
  lock.unlock();
  std::shared_ptr<const std::string> pdf;
  try {
    pdf = std::make_shared<const std::string>(print());
  } catch (...) {
    lock.lock();
    --printing_;
    turn_.notify_one();
    throw;
  }
  lock.lock();
  --printing_;
  ++prints_;
  Keep(key, pdf);
  turn_.notify_one();
  return pdf;
}

}  // namespace fremdrift
