# Linux packaging: the .deb and a tar.gz of the same install tree (CMAKE_INSTALL_PREFIX=/usr,
# the `package` preset). Included from ../CMakeLists.txt before include(CPack).
set(_linux ${CMAKE_CURRENT_SOURCE_DIR}/linux)

# Man pages: written by hand in linux/, version filled in here, installed gzip -9n compressed
# (-n keeps the timestamp out, so the same source gives the same package).
set(_man_pages)
foreach(_page tasklane.1 tasklane-server.1)
  configure_file(${_linux}/${_page}.in ${CMAKE_CURRENT_BINARY_DIR}/man/${_page} @ONLY)
  add_custom_command(
    OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/man/${_page}.gz
    COMMAND gzip -9n -c ${_page} > ${_page}.gz
    DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/man/${_page}
    WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/man
    VERBATIM)
  list(APPEND _man_pages ${CMAKE_CURRENT_BINARY_DIR}/man/${_page}.gz)
endforeach()
add_custom_target(tasklane_man_pages ALL DEPENDS ${_man_pages})
install(FILES ${_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The changelog a Debian package carries. Its newest entry names the version; refuse to build
# a package that would claim another version than project() does.
file(STRINGS ${_linux}/changelog _changelog_head LIMIT_COUNT 1)
if(NOT _changelog_head MATCHES "^tasklane \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "installer/linux/changelog: its first entry is not for version "
                      "${PROJECT_VERSION}; add an entry for the new version")
endif()
add_custom_command(
  OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
  COMMAND gzip -9n -c ${_linux}/changelog > changelog.gz
  DEPENDS ${_linux}/changelog
  WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
  VERBATIM)
add_custom_target(tasklane_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)

# The .deb carries Debian's copyright file (DEP-5, pointing at the system's GPL-3 text), its
# changelog and the server's service files (component debian, which only the .deb asks for);
# the tar.gz and a plain `cmake --install` carry the licence text itself (component licence,
# which the .deb leaves out: Debian points at /usr/share/common-licenses instead, and lintian
# flags a licence text in the doc directory as extra-license-file).
# Everything else is in both. installer/linux/CPackProject.cmake picks the components.
set(_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/tasklane)
install(FILES ${_linux}/copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
        DESTINATION ${_docdir} COMPONENT debian EXCLUDE_FROM_ALL)
# /usr/lib/systemd/system, where Debian 12's lintian wants units; disabled until the admin
# enables it (docs/admin.md).
install(FILES ${_linux}/tasklane-server.service
        DESTINATION lib/systemd/system COMPONENT debian EXCLUDE_FROM_ALL)
install(FILES ${_linux}/tasklane-server.default
        DESTINATION /etc/default RENAME tasklane-server COMPONENT debian EXCLUDE_FROM_ALL)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${_docdir} COMPONENT licence)

set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PROJECT_CONFIG_FILE ${_linux}/CPackProject.cmake)
# Both packages hold the tree as installed under /usr: the tar.gz's paths start with usr/.
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY OFF)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${TASKLANE_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Tasklane team <team@tasklane.org>")
# The libraries come from dpkg-shlibdeps; what it cannot see is named here: Qt's plugins,
# loaded at run time (xcb for the window, SQLite for the server's database), and adduser for
# postinst. The app's icons are PNGs in a Qt resource (resources/), so no SVG plugin.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, qt6-qpa-plugins, libqt6sql6-sqlite")
# QtKeychain keeps the sign-in in a Secret Service; without one the app asks at every start.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents these lines and turns the
# empty ones into the " ." that separates paragraphs.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[Tasklane keeps a small team's task lists on a server the team runs itself,
and a desktop app to work with them.

The desktop app (tasklane) signs in to the server with OAuth 2.0 in the
system browser, keeps the sign-in in the desktop's keyring, and shows the
team's tasks, filtered and sorted, with account security (sessions,
personal access tokens, two-factor authentication, a security log) and an
administration view for administrators. It can also run a server on the
same computer for a single person.

The server (tasklane-server) stores tasks and accounts in SQLite or
PostgreSQL and is its own OAuth 2.0 authorization server. This package
installs it as a systemd service, tasklane-server.service, that runs as
its own system user with its data in /var/lib/tasklane-server. The
service is not enabled after installation.]=])
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${_linux}/conffiles ${_linux}/postinst ${_linux}/prerm ${_linux}/postrm)
# 0644 for control files, 0755 for maintainer scripts, as dpkg and lintian expect.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
