#include "source_tree.h"

namespace fremdrift::architecture {

const std::vector<SourceFile>& Sources() {
  static const std::vector<SourceFile> files = ReadSourceTree(FREMDRIFT_SOURCE_DIR);
  return files;
}

std::string Listing(const std::vector<std::string>& findings) {
  std::string out;
  for (const auto& f : findings) out += "  " + f + "\n";
  return out;
}

}  // namespace fremdrift::architecture
