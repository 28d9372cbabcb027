// The one filter pattern of the public lists (/veikart, /vedtak,
// /indikatorer, /portefolje; templates/filter_form.mustache): a GET form
// with a heading, labelled fields (search words or a choice), a submit
// button, a reset link, the count of results and the filters in use as
// chips. It works without JavaScript; each page keeps its own query
// parameter names, as they are part of the product's contract.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <mstch/mstch.hpp>

namespace fremdrift {

struct FilterOption {
  std::string value;  // "" means all
  std::string text;
};

struct FilterField {
  FilterField(std::string id_, std::string name_, std::string label_, std::string value_)
      : id(std::move(id_)), name(std::move(name_)), label(std::move(label_)), value(std::move(value_)) {}

  std::string id;     // the element id, unique on the page
  std::string name;   // the query parameter
  std::string label;  // from the catalogue
  std::string value;  // what the reader chose ("" for none)
  bool search = false;     // a free-text field; otherwise a choice of `options`
  bool data_lang = false;  // the options are data (lang="{{data_lang}}")
  bool wide = false;       // takes a whole row
  bool active = true;      // a chosen value counts as a filter in use (not so for a grouping)
  std::vector<FilterOption> options;  // the first is normally "all" with value ""
};

struct FilterForm {
  std::string action;      // the page's path
  std::string heading;     // e.g. "Filtrer veikartet"
  std::string submit;      // the button's text
  std::string reset_url;   // the page with no filter (hidden fields kept)
  std::string count_text;  // "Viser 3 av 10 ..."
  std::string count_link_url;   // optional: a link after the count (a download)
  std::string count_link_text;
  std::string count_link_type;  // its MIME type, e.g. "text/csv"
  std::string active_label;  // "Valgte filter"
  std::string reset_text;    // "Nullstill"
  std::vector<std::pair<std::string, std::string>> hidden;  // name, value
  std::vector<FilterField> fields;
};

// Keys (all under the map given to the partial): action, heading, submit,
// reset_url, reset_text, count_text, count_link {url, text, type}, hidden [{name, value}], fields [{id,
// name, label, value, search, is_data, wide, options [{value, text,
// selected}]}], active [{label, value, is_data}], has_active.
mstch::map FilterFormView(const FilterForm& form);

// The text of the option of `field` whose value is `value`, or `value`.
std::string FilterOptionText(const FilterField& field, const std::string& value);

}  // namespace fremdrift
