#include "web/indicator_json_text.h"

#include "formats/indicator_json.h"
#include "formats/json_text.h"
#include "web/kept_fragments.h"
#include "web/server.h"

namespace fremdrift {

std::string KeptIndicatorJsonText(RequestContext& ctx, const std::string& stamp, const Indicator& seen,
                                  const std::vector<std::string>& dimensions) {
  // Texts are separated by 0x1f, which none of them holds.
  std::string address = ctx.pool().url() + "|indicator-json|" + std::to_string(seen.id);
  for (const auto& s : seen.serves) address += '\x1f' + s.strategy + '/' + s.item;
  address += '\x1f' + seen.numerator + '\x1f' + seen.denominator + '\x1f' + seen.parent;
  std::string key = stamp + '|' + std::to_string(seen.version) + '|' + seen.data_updated_at;
  for (const auto& d : dimensions) key += '\x1f' + d;
  return *KeptFragmentTexts().FindOrMake(address, key,
                                            [&] { return JsonText(IndicatorApiJson(seen, dimensions)); });
}

}  // namespace fremdrift
