# The Debian package (docs/operations.md, "Install"): `scripts/package`
# runs CPack's DEB generator to make build/fremdrift_<version>_amd64.deb.
# It holds the binary, the templates, static files and the API description
# under /usr/share/fremdrift, the default configuration as a conffile and
# the hardened systemd unit. Its dependencies are Debian's runtime
# libraries, found by dpkg-shlibdeps.
# Packing needs only the binary: scripts/package builds it first, and
# `cpack` must not build every test.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
install(TARGETS fremdrift RUNTIME DESTINATION bin)
install(DIRECTORY templates static DESTINATION share/fremdrift)
install(FILES docs/openapi.json DESTINATION share/fremdrift/docs)
install(FILES docs/operations.md README.md DESTINATION share/doc/fremdrift)
install(FILES packaging/fremdrift.conf DESTINATION /etc/fremdrift)
install(FILES packaging/fremdrift.service DESTINATION /lib/systemd/system)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fremdrift)
set(CPACK_PACKAGE_VENDOR "Fremdrift")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Follow-up of a national e-health strategy")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Fremdrift <fremdrift@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# Chromium prints the reports' PDFs; without it everything else works.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "chromium, postgresql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
  ${CMAKE_SOURCE_DIR}/packaging/conffiles
  ${CMAKE_SOURCE_DIR}/packaging/postinst
  ${CMAKE_SOURCE_DIR}/packaging/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
