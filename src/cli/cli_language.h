// The language of what the command line says to a person (issue 13: every
// message from one catalogue, in bokmål and English). $FREMDRIFT_LANG
// ("nb" or "en") decides when set; else the locale ($LC_ALL, then
// $LC_MESSAGES, then $LANG): Norwegian locales (nb, nn, no) give bokmål,
// every other one, and none (C, POSIX), English.
#pragma once

#include <string>

#include "domain/failure.h"
#include "render/i18n.h"

namespace fremdrift {

// "nb" or "en", from the environment as above.
std::string CliLanguage();

// The message catalogue in CliLanguage(), read from the assets folder
// (UseCliAssetsDir, else DefaultAssetsDir()).
const Catalogue& CliCatalogue();

// Reads the catalogue from `dir` from now on: `serve --assets DIR` speaks
// from the same catalogue as the pages it serves. Call before threads start.
void UseCliAssetsDir(const std::string& dir);

// What a failure says on standard error: its text from the catalogue, the
// technical detail when that says more (a file, a line, a value), and each
// problem with its field's label.
std::string CliFailureText(const Failure& f);

}  // namespace fremdrift
