// The interface strings of one language ("nb" or "en"), read from
// <assets_dir>/templates/i18n/<lang>.json and every <lang>/*.json beside it
// (one file per area of the product, so that areas grow independently):
// each a flat JSON object of key -> text; a key may be defined only once. Every string a page shows comes from here (phase names come
// from domain/phase.h, data from the database).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <mstch/mstch.hpp>

#include "render/string_table_node.h"

namespace fremdrift {

class Catalogue {
 public:
  // Parses `json_text` (a flat object of strings) for language `lang`.
  // Throws Failure(kInternal) naming `source` when it is not such an object.
  static Catalogue Parse(const std::string& lang, const std::string& json_text,
                         const std::string& source);

  const std::string& lang() const { return lang_; }

  // The text for `key`. A missing key gives "[key]" so that the gap shows
  // on the page instead of an empty string (tests check none is missing).
  std::string Text(std::string_view key) const;

  // Text(key) with each "{name}" replaced by its value from `args`.
  // Values are inserted as given: escaping is the template's job.
  std::string Format(std::string_view key,
                     const std::vector<std::pair<std::string, std::string>>& args) const;

  // Adds the entries of `other`. Throws Failure(kInternal) naming `source`
  // when a key is already defined.
  void Merge(const Catalogue& other, const std::string& source);

  bool Has(std::string_view key) const;
  const std::map<std::string, std::string, std::less<>>& entries() const { return entries_; }

  // All strings for templates to use as {{t.key}}: a node that shares
  // them (render/string_table_node.h), for the thread that renders.
  mstch::node AsMstch() const;

 private:
  std::string lang_;
  std::map<std::string, std::string, std::less<>> entries_;
  // Names these entries for StringTableNode; a Merge takes a new one.
  uint64_t table_id_ = NewStringTableId();
};

// The languages the interface speaks; the first is the default.
inline constexpr std::string_view kLanguages[] = {"nb", "en"};

// The catalogue of `lang` under `assets_dir`, read once per process and
// folder and then shared. Thread-safe. Throws Failure(kInternal) when the
// file is missing or malformed (the server is installed wrongly).
const Catalogue& CatalogueFor(const std::string& assets_dir, const std::string& lang);

}  // namespace fremdrift
