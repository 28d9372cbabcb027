// The rules of a source document on its own (domain/source_document.h).
#include <gtest/gtest.h>

#include "domain/source_document.h"
#include "support/field_problems.h"

namespace fremdrift {
namespace {

using testing::Fields;

SourceDocument CitedReport() {
  SourceDocument d;
  d.key = "statusrapport-2023-q1";
  d.title = "Statusrapport for Nasjonal e-helsestrategi, 1. kvartal 2023";
  d.citation = d.title + " (Direktoratet for e-helse, 2023)";
  d.publisher = "Direktoratet for e-helse";
  d.year = 2023;
  return d;
}

TEST(SourceDocumentTest, ACitedReportIsValid) { EXPECT_TRUE(SourceDocumentProblems(CitedReport()).empty()); }

TEST(SourceDocumentTest, PublisherAndYearMayBeUnknown) {
  SourceDocument d = CitedReport();
  d.title = "Svensk oversikt over e-helse i Norge";
  d.citation = d.title + " (dokumentet oppgir ikke tittel, utgiver eller dato)";
  d.publisher = "";
  d.year.reset();
  EXPECT_TRUE(SourceDocumentProblems(d).empty());
}

TEST(SourceDocumentTest, TheCitationBeginsWithTheTitle) {
  SourceDocument d = CitedReport();
  d.citation = "Q1-rapporten (Direktoratet for e-helse, 2023)";
  EXPECT_EQ(Fields(SourceDocumentProblems(d)), std::vector<std::string>{"citation"});
}

TEST(SourceDocumentTest, KeyTitleCitationAndYearAreChecked) {
  SourceDocument d;
  d.key = "Ikke en slug";
  d.year = 23;
  EXPECT_EQ(Fields(SourceDocumentProblems(d)), (std::vector<std::string>{"key", "title", "citation", "year"}));
}

}  // namespace
}  // namespace fremdrift
