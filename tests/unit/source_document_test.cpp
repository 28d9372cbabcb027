// The rules of a source document on its own (domain/source_document.h).
#include <gtest/gtest.h>

#include "domain/source_document.h"

namespace fremdrift {
namespace {

SourceDocument Report() {
  SourceDocument d;
  d.key = "statusrapport-2023-q1";
  d.title = "Statusrapport for Nasjonal e-helsestrategi, 1. kvartal 2023";
  d.citation = d.title + " (Direktoratet for e-helse, 2023)";
  d.publisher = "Direktoratet for e-helse";
  d.year = 2023;
  return d;
}

std::vector<std::string> Fields(const std::vector<FieldProblem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.field);
  return out;
}

TEST(SourceDocumentTest, ACitedReportIsValid) { EXPECT_TRUE(SourceDocumentProblems(Report()).empty()); }

TEST(SourceDocumentTest, PublisherAndYearMayBeUnknown) {
  SourceDocument d = Report();
  d.title = "Svensk oversikt over e-helse i Norge";
  d.citation = d.title + " (dokumentet oppgir ikke tittel, utgiver eller dato)";
  d.publisher = "";
  d.year.reset();
  EXPECT_TRUE(SourceDocumentProblems(d).empty());
}

TEST(SourceDocumentTest, TheCitationBeginsWithTheTitle) {
  SourceDocument d = Report();
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
