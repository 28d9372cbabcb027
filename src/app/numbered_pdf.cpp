#include "app/numbered_pdf.h"

#include "app/pdf_printer.h"
#include "formats/pdf_destinations.h"

namespace fremdrift {

std::string PrintHtmlToPdfWithPageNumbers(const std::function<std::string(const PageNumbers&)>& html_for,
                                          int timeout_seconds) {
  PageNumbers numbers;
  std::string pdf = PrintHtmlToPdf(html_for(numbers), timeout_seconds);
  for (int print = 1; print < 3; ++print) {
    PageNumbers found = PdfDestinationPages(pdf);
    if (found == numbers) break;
    numbers = std::move(found);
    pdf = PrintHtmlToPdf(html_for(numbers), timeout_seconds);
  }
  return pdf;
}

}  // namespace fremdrift
