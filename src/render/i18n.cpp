#include "render/i18n.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "domain/failure.h"

namespace fremdrift {

Catalogue Catalogue::Parse(const std::string& lang, const std::string& json_text,
                           const std::string& source) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::parse_error& e) {
    throw Failure(FailureCode::kInternal, source + " is not valid JSON: " + e.what());
  }
  if (!j.is_object()) throw Failure(FailureCode::kInternal, source + " must be a JSON object");
  Catalogue c;
  c.lang_ = lang;
  for (const auto& [key, value] : j.items()) {
    if (!value.is_string()) {
      throw Failure(FailureCode::kInternal, source + ": \"" + key + "\" must be a string");
    }
    c.entries_[key] = value.get<std::string>();
  }
  return c;
}

std::string Catalogue::Text(std::string_view key) const {
  auto it = entries_.find(key);
  if (it != entries_.end()) return it->second;
  std::string missing(1, '[');
  missing.append(key);
  return missing += ']';
}

bool Catalogue::Has(std::string_view key) const { return entries_.find(key) != entries_.end(); }

std::string Catalogue::Format(
    std::string_view key, const std::vector<std::pair<std::string, std::string>>& args) const {
  std::string text = Text(key);
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find('{', i);
    size_t close = open == std::string::npos ? open : text.find('}', open);
    if (close == std::string::npos) break;
    out.append(text, i, open - i);
    std::string name = text.substr(open + 1, close - open - 1);
    bool replaced = false;
    for (const auto& [k, v] : args) {
      if (k == name) {
        out += v;
        replaced = true;
        break;
      }
    }
    if (!replaced) out.append(text, open, close - open + 1);
    i = close + 1;
  }
  out.append(text, std::min(i, text.size()), std::string::npos);
  return out;
}

mstch::map Catalogue::AsMstch() const {
  mstch::map m;
  for (const auto& [k, v] : entries_) m.emplace(k, v);
  return m;
}

const Catalogue& CatalogueFor(const std::string& assets_dir, const std::string& lang) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<Catalogue>> cache;
  std::string wanted = lang == "en" ? "en" : "nb";
  std::string path =
      (std::filesystem::path(assets_dir) / "templates" / "i18n" / (wanted + ".json")).string();
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(path);
  if (it != cache.end()) return *it->second;
  std::ifstream in(path);
  if (!in) throw Failure(FailureCode::kInternal, "the language file " + path + " is missing");
  std::stringstream buf;
  buf << in.rdbuf();
  auto c = std::make_unique<Catalogue>(Catalogue::Parse(wanted, buf.str(), path));
  return *cache.emplace(path, std::move(c)).first->second;
}

}  // namespace fremdrift
