# macOS: tasklane as Tasklane.app (Info.plist from Info.plist.in, the .icns), tasklane-server
# inside it beside the app's executable, macdeployqt at install time, and a drag-and-drop disk
# image (`cpack -G DragNDrop` -> Tasklane-<version>-macOS.dmg: Tasklane.app and a link to
# /Applications).
#
# Included by installer/CMakeLists.txt inside if(APPLE), after the generic CPack settings and
# before include(CPack); self-contained. The generic install(TARGETS) rules of app/ and server/
# must not run on macOS (a bundle has no bin/): the programs' install rules are here.
#
# Written to the CMake 3.25 (MACOSX_BUNDLE, MACOSX_BUNDLE_INFO_PLIST, MACOSX_PACKAGE_LOCATION,
# CPack DragNDrop generator) and Qt 6 macdeployqt documentation, the way KeePassXC does it;
# CI is Debian only, so this has not been built or run on macOS.
include_guard(GLOBAL)

# resources/CMakeLists.txt names the .icns (rendered from the SVG by resources/icons/generate.sh);
# the same file when it does not.
if(NOT DEFINED TASKLANE_ICON_ICNS)
  set(TASKLANE_ICON_ICNS "${PROJECT_SOURCE_DIR}/resources/icons/generated/tasklane.icns")
endif()
set(TASKLANE_COPYRIGHT "Copyright (C) Tasklane team. GNU GPL version 3 or later.")
# The oldest macOS the build targets: CMAKE_OSX_DEPLOYMENT_TARGET when set, else 11.0, the oldest
# that current Qt 6 releases support.
if(CMAKE_OSX_DEPLOYMENT_TARGET)
  set(TASKLANE_MACOS_MINIMUM_VERSION "${CMAKE_OSX_DEPLOYMENT_TARGET}")
else()
  set(TASKLANE_MACOS_MINIMUM_VERSION "11.0")
endif()

# --- Tasklane.app -----------------------------------------------------------------------------
# The bundle is named after OUTPUT_NAME: Tasklane.app/Contents/MacOS/Tasklane.
set(TASKLANE_BUNDLE_EXECUTABLE "Tasklane")
get_filename_component(TASKLANE_ICNS_NAME "${TASKLANE_ICON_ICNS}" NAME)
# Configured here with @ONLY; CMake configures MACOSX_BUNDLE_INFO_PLIST once more when it writes
# the bundle, which leaves this finished file as it is (no ${...} left in it).
configure_file("${CMAKE_CURRENT_LIST_DIR}/Info.plist.in" "${CMAKE_CURRENT_BINARY_DIR}/Info.plist"
               @ONLY)
set_target_properties(tasklane PROPERTIES
  MACOSX_BUNDLE ON
  OUTPUT_NAME "${TASKLANE_BUNDLE_EXECUTABLE}"
  MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist"
  # Where macdeployqt puts Qt's frameworks (Qt's own finalizer adds this only when MACOSX_BUNDLE
  # is set in app/ itself).
  INSTALL_RPATH "@executable_path/../Frameworks")
# The icon into Contents/Resources (CFBundleIconFile names it). Source file properties belong to
# a directory: set it where the target is (app/).
target_sources(tasklane PRIVATE "${TASKLANE_ICON_ICNS}")
set_source_files_properties("${TASKLANE_ICON_ICNS}" TARGET_DIRECTORY tasklane
                            PROPERTIES MACOSX_PACKAGE_LOCATION "Resources")
set_target_properties(tasklane-server PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")

# --- Install: the bundle at the top of the disk image, the server inside it --------------------
# The app looks for tasklane-server next to its own executable (LocalServer::defaultBinary).
install(TARGETS tasklane BUNDLE DESTINATION .)
install(TARGETS tasklane-server RUNTIME DESTINATION "Tasklane.app/Contents/MacOS")
# The extras module (printing, the 2FA QR code; ui/extras), where the app looks for it relative
# to Contents/MacOS (TASKLANE_EXTRAS_RELATIVE_DIR, ../PlugIns/tasklane).
install(TARGETS tasklane-extras LIBRARY DESTINATION "Tasklane.app/Contents/PlugIns/tasklane")

# macdeployqt from the Qt the build uses (Homebrew's or the Qt installer's <Qt>/<version>/macos).
find_program(TASKLANE_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
             REQUIRED)
set(TASKLANE_MACOS_CODESIGN_IDENTITY "-" CACHE STRING
    "codesign identity for macdeployqt: - (ad-hoc) or a Developer ID Application identity")
# The extras module's file (a MODULE library: ui/extras sets no prefix).
set(TASKLANE_EXTRAS_FILE_NAME "tasklane-extras${CMAKE_SHARED_MODULE_SUFFIX}")
configure_file("${CMAKE_CURRENT_LIST_DIR}/DeployBundle.cmake.in"
               "${CMAKE_CURRENT_BINARY_DIR}/DeployBundle.cmake" @ONLY)
# installer/ is added after server/ and app/, and these rules come before this script: it runs
# on the complete bundle.
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/DeployBundle.cmake")

# --- Disk image ---------------------------------------------------------------------------------
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_NAME "Tasklane")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_FILE_NAME "Tasklane-${PROJECT_VERSION}-macOS")
set(CPACK_DMG_VOLUME_NAME "Tasklane")
set(CPACK_DMG_FORMAT "UDZO")
# The disk image's own icon in Finder.
set(CPACK_PACKAGE_ICON "${TASKLANE_ICON_ICNS}")
# The /Applications link people drag Tasklane.app onto (the generator's default, said aloud).
set(CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF)
# No licence agreement on mounting: it needs `hdiutil udifrez`, deprecated since macOS 12; the
# GPL does not ask to be accepted before use.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
