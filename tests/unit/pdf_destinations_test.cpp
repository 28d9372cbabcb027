// Reading the pages of a PDF's named destinations (formats/pdf_destinations.h)
// from files laid out as Chromium's print-to-pdf writes them: a nested page
// tree, a /Dests dictionary in the catalog, a classic cross-reference table.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "formats/pdf_destinations.h"

namespace fremdrift {
namespace {

// A PDF of the given objects (numbered from 1) with a correct
// cross-reference table; object `root` is the catalog.
std::string Pdf(const std::vector<std::string>& objects, int root) {
  std::string out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    out += line;
  }
  out += "trailer\n<</Size " + std::to_string(objects.size() + 1) + "\n/Root " + std::to_string(root) +
         " 0 R>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

TEST(PdfDestinationsTest, NamesThePageOfEachDestinationInANestedPageTree) {
  // Pages 1..4 are objects 1..4 under two /Pages nodes (5: 1,2 and 6: 3,4)
  // under the root node 7. A stream with "endobj"-like bytes is skipped.
  std::vector<std::string> objects = {
      "<</Type /Page\n/Parent 5 0 R>>",
      "<</Type /Page\n/Parent 5 0 R>>",
      "<</Type /Page\n/Parent 6 0 R>>",
      "<</Type /Page\n/Parent 6 0 R>>",
      "<</Type /Pages\n/Count 2\n/Kids [1 0 R 2 0 R]\n/Parent 7 0 R>>",
      "<</Type /Pages\n/Count 2\n/Kids [3 0 R 4 0 R]\n/Parent 7 0 R>>",
      "<</Type /Pages\n/Count 4\n/Kids [5 0 R 6 0 R]>>",
      "<</samlet [2 0 R /XYZ 0 841.91998 0]\n/mal-1 [3 0 R /XYZ 0 595 0]\n/mal-2 [4 0 R /XYZ 0 300.5 0]\n"
      "/andre#2Dindikatorer [4 0 R /XYZ 0 100 0]>>",
      "<</Length 12>> stream\n1 0 obj xx\nendstream",
      "<</Type /Catalog\n/Pages 7 0 R\n/Dests 8 0 R>>",
  };
  auto pages = PdfDestinationPages(Pdf(objects, 10));
  EXPECT_EQ(pages.size(), 4u);
  EXPECT_EQ(pages["samlet"], 2);
  EXPECT_EQ(pages["mal-1"], 3);
  EXPECT_EQ(pages["mal-2"], 4);
  EXPECT_EQ(pages["andre-indikatorer"], 4) << "#2D is a hyphen";
}

TEST(PdfDestinationsTest, IsEmptyWithoutDestinationsOrForSomethingElse) {
  std::vector<std::string> objects = {"<</Type /Page\n/Parent 2 0 R>>", "<</Type /Pages\n/Count 1\n/Kids [1 0 R]>>",
                                      "<</Type /Catalog\n/Pages 2 0 R>>"};
  EXPECT_TRUE(PdfDestinationPages(Pdf(objects, 3)).empty());
  EXPECT_TRUE(PdfDestinationPages("").empty());
  EXPECT_TRUE(PdfDestinationPages("%PDF-1.7 startxref 99999999 xref trailer").empty());
  // A destination on a page that is not in the tree is left out.
  std::vector<std::string> broken = {"<</Type /Page>>", "<</Type /Pages\n/Kids [1 0 R]>>",
                                     "<</lost [9 0 R /XYZ 0 0 0]\n/found [1 0 R /Fit]>>",
                                     "<</Type /Catalog /Pages 2 0 R /Dests 3 0 R>>"};
  auto pages = PdfDestinationPages(Pdf(broken, 4));
  EXPECT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages["found"], 1);
}

}  // namespace
}  // namespace fremdrift
