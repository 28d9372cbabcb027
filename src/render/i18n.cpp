#include "render/i18n.h"

#include <algorithm>
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

void Catalogue::Merge(const Catalogue& other, const std::string& source) {
  table_id_ = NewStringTableId();
  for (const auto& [key, text] : other.entries_) {
    if (!entries_.emplace(key, text).second) {
      throw Failure(FailureCode::kInternal, source + ": \"" + key + "\" is defined twice");
    }
  }
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

mstch::node Catalogue::AsMstch() const { return StringTableNode(table_id_, entries_); }

namespace {

std::string ReadCatalogueFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) {
    throw Failure(FailureCode::kInternal, "the language file " + path.string() + " is missing");
  }
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace

const Catalogue& CatalogueFor(const std::string& assets_dir, const std::string& lang) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<Catalogue>> cache;
  std::string wanted = lang == "en" ? "en" : "nb";
  const auto dir = std::filesystem::path(assets_dir) / "templates" / "i18n";
  const auto main_file = dir / (wanted + ".json");
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(main_file.string());
  if (it != cache.end()) return *it->second;
  auto c = std::make_unique<Catalogue>(
      Catalogue::Parse(wanted, ReadCatalogueFile(main_file), main_file.string()));
  // Area files in a stable order, so that a clash is reported the same way.
  std::vector<std::filesystem::path> parts;
  if (std::filesystem::is_directory(dir / wanted)) {
    for (const auto& e : std::filesystem::directory_iterator(dir / wanted)) {
      if (e.is_regular_file() && e.path().extension() == ".json") parts.push_back(e.path());
    }
  }
  std::sort(parts.begin(), parts.end());
  for (const auto& part : parts) {
    c->Merge(Catalogue::Parse(wanted, ReadCatalogueFile(part), part.string()), part.string());
  }
  return *cache.emplace(main_file.string(), std::move(c)).first->second;
}

}  // namespace fremdrift
