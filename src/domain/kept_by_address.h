// Values kept in memory across requests, one per address, each under the
// key that names the state of what it was made from: the one cache of
// every kind the server keeps (public pages, parts of pages, national
// series, reads of seldom-written tables; docs/architecture.md, "Kept in
// memory").
//
// - A value is given back only for exactly the key it was kept under, so
//   it is never stale while the key names all it depends on. The caller
//   reads the key from the database on every request.
// - One value per address: a value kept under a newer key takes the older
//   one's place, so many writes to one indicator never fill the memory.
// - Bounded by a cost (entries, or bytes where the caller says so): past
//   the bound, the least recently used go first. A value that costs more
//   than a tenth of the bound is not kept.
// - Thread-safe. Values are immutable and shared: a hit copies a pointer.
//
// It lives in domain because every layer above keeps something in it; it
// does no I/O and reads no clock.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace fremdrift {

// `Address` is what a value is kept for (a string that names it, or a
// row's id); `Key` must have ==.
template <typename Key, typename Value, typename Address = std::string>
class KeptByAddress {
 public:
  explicit KeptByAddress(size_t max_cost) : max_cost_(max_cost) {}

  // The value kept for `address` under exactly `key`, or nullptr.
  std::shared_ptr<const Value> Find(const Address& address, const Key& key) {
    std::lock_guard lock(mutex_);
    auto it = by_address_.find(address);
    if (it == by_address_.end() || !(it->second.key == key)) return nullptr;
    order_.splice(order_.begin(), order_, it->second.at);
    return it->second.value;
  }

  // Keeps `value` for `address` under `key`, in place of any other.
  void Keep(const Address& address, Key key, std::shared_ptr<const Value> value, size_t cost = 1) {
    if (cost > max_cost_ / 10 && cost > 1) return;
    std::lock_guard lock(mutex_);
    if (auto it = by_address_.find(address); it != by_address_.end()) Drop(it);
    order_.push_front(address);
    by_address_.emplace(address, Entry{std::move(key), std::move(value), order_.begin(), cost});
    cost_ += cost;
    while (cost_ > max_cost_ && !order_.empty()) Drop(by_address_.find(order_.back()));
  }

  // The value kept for `address` under `key`, else the one `make()` gives,
  // kept so. `make` runs outside the lock: two requests may both make it.
  template <typename Make>
  std::shared_ptr<const Value> FindOrMake(const Address& address, const Key& key, Make&& make) {
    if (auto found = Find(address, key)) return found;
    auto made = std::make_shared<const Value>(make());
    Keep(address, key, made);
    return made;
  }

  // Moves the value kept for `address` on to a newer state, for a writer
  // that knows how its write changed it: `next(key, value)` gives the new
  // key and value, or nullopt to leave the entry as it is. The entry keeps
  // its cost and place. `next` runs under the lock: keep it small.
  template <typename Next>
  void Advance(const Address& address, Next&& next) {
    std::lock_guard lock(mutex_);
    auto it = by_address_.find(address);
    if (it == by_address_.end()) return;
    std::optional<std::pair<Key, std::shared_ptr<const Value>>> moved = next(it->second.key, *it->second.value);
    if (!moved) return;
    it->second.key = std::move(moved->first);
    it->second.value = std::move(moved->second);
  }

  size_t Size() {
    std::lock_guard lock(mutex_);
    return by_address_.size();
  }

 private:
  struct Entry {
    Key key;
    std::shared_ptr<const Value> value;
    std::list<Address>::iterator at;  // its place in order_
    size_t cost;
  };
  using Map = std::unordered_map<Address, Entry>;

  void Drop(typename Map::iterator it) {
    cost_ -= it->second.cost;
    order_.erase(it->second.at);
    by_address_.erase(it);
  }

  const size_t max_cost_;
  size_t cost_ = 0;
  std::mutex mutex_;
  std::list<Address> order_;  // addresses, the most recently used first
  Map by_address_;
};

}  // namespace fremdrift
