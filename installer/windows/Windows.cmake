# Windows: tasklane as a GUI program with its icon and version in Explorer, Qt and the other DLLs
# deployed beside the two programs at install time, and an NSIS installer
# (`cpack -G NSIS` -> Tasklane-<version>-win64.exe).
#
# Included by installer/CMakeLists.txt inside if(WIN32), after the generic CPack settings (vendor,
# version, licence) and before include(CPack); TASKLANE_HOMEPAGE_URL comes from the top level.
# The two programs are installed to bin by the generic install(TARGETS) rules of app/ and server/,
# so on Windows they share one folder: the app finds tasklane-server beside itself, and the DLLs
# deployed there serve both.
#
# Written to the CMake 3.25 (CPack NSIS generator, InstallRequiredSystemLibraries,
# file(GET_RUNTIME_DEPENDENCIES)) and Qt 6 windeployqt documentation, the way KeePassXC does it;
# CI is Debian only, so this has not been built or run on Windows.
include_guard(GLOBAL)
include(GNUInstallDirs)

# resources/CMakeLists.txt names the .ico (rendered from the SVG by resources/icons/generate.sh);
# the same file when it does not.
if(NOT DEFINED TASKLANE_ICON_ICO)
  set(TASKLANE_ICON_ICO "${PROJECT_SOURCE_DIR}/resources/icons/generated/tasklane.ico")
endif()
set(TASKLANE_VENDOR "${CPACK_PACKAGE_VENDOR}")
set(TASKLANE_COPYRIGHT "Copyright (C) Tasklane team. GNU GPL version 3 or later.")

# --- The two programs -------------------------------------------------------------------------
# A GUI program: started from the Start menu it opens no console window (WinMain via Qt's
# entry point; --version and --help then print only when run from a console that captures them).
set_target_properties(tasklane PROPERTIES WIN32_EXECUTABLE ON)

# A resource script per program: the icon and a VERSIONINFO from PROJECT_VERSION, so Explorer
# shows the same version as --version. RC is enabled by CMake for MSVC and MinGW.
foreach(program tasklane tasklane-server)
  set(TASKLANE_RC_NAME "${program}")
  if(program STREQUAL "tasklane")
    set(TASKLANE_RC_DESCRIPTION "Tasklane")
  else()
    set(TASKLANE_RC_DESCRIPTION "Tasklane server")
  endif()
  configure_file("${CMAKE_CURRENT_LIST_DIR}/tasklane.rc.in"
                 "${CMAKE_CURRENT_BINARY_DIR}/${program}.rc" @ONLY)
  # Targets of app/ and server/: target_sources takes this absolute path (CMP0076).
  target_sources(${program} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/${program}.rc")
endforeach()

# --- Install-time deployment ------------------------------------------------------------------
# The MSVC runtime DLLs (msvcp140.dll, vcruntime140*.dll) beside the programs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# windeployqt from the Qt the build uses (the Qt installer's <Qt>/<version>/msvc2019_64/bin).
find_program(TASKLANE_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
             REQUIRED)
# vcpkg's installed tree (its toolchain file sets these), where libsodium, sqlite3 and qtkeychain
# DLLs are; more folders with TASKLANE_WINDOWS_DLL_DIRS.
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
  set(TASKLANE_VCPKG_PREFIX "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}")
else()
  set(TASKLANE_VCPKG_PREFIX "")
endif()
set(TASKLANE_WINDOWS_DLL_DIRS "" CACHE STRING
    "Folders holding DLLs the Windows package needs that are neither Qt's nor vcpkg's")
set(TASKLANE_WINDOWS_DLL_DIRS_QUOTED "")
foreach(dir IN LISTS TASKLANE_WINDOWS_DLL_DIRS)
  string(APPEND TASKLANE_WINDOWS_DLL_DIRS_QUOTED " \"${dir}\"")
endforeach()
# The extras module's file (a MODULE library: ui/extras sets no prefix).
set(TASKLANE_EXTRAS_FILE_NAME "tasklane-extras${CMAKE_SHARED_MODULE_SUFFIX}")
configure_file("${CMAKE_CURRENT_LIST_DIR}/DeployRuntime.cmake.in"
               "${CMAKE_CURRENT_BINARY_DIR}/DeployRuntime.cmake" @ONLY)
# installer/ is added after server/ and app/, so this runs after their install(TARGETS).
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/DeployRuntime.cmake")

# --- NSIS installer ---------------------------------------------------------------------------
set(CPACK_GENERATOR "NSIS")
# Values reach NSIS exactly as written here (single backslashes in Windows paths below).
set(CPACK_VERBATIM_VARIABLES ON)
# The Debian package's name is lower-case; on Windows the product is spelled as people see it.
set(CPACK_PACKAGE_NAME "Tasklane")
set(CPACK_PACKAGE_FILE_NAME "Tasklane-${PROJECT_VERSION}-win64")
# C:\Program Files\Tasklane (Qt 6 on Windows is 64-bit only).
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Tasklane")
# Without a version in the key, the next version's installer finds this one and offers to
# uninstall it first (CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL reads this key).
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Tasklane")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The licence page shows CPACK_RESOURCE_FILE_LICENSE, the GPL at the top of the repo.

# The installer's title bar and welcome page, and the Add/Remove Programs entry: name, icon
# (the installed tasklane.exe's own), publisher, links.
set(CPACK_NSIS_PACKAGE_NAME "Tasklane ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Tasklane")
file(TO_NATIVE_PATH "${TASKLANE_ICON_ICO}" _tasklane_ico_native)
set(CPACK_NSIS_MUI_ICON "${_tasklane_ico_native}")
set(CPACK_NSIS_MUI_UNIICON "${_tasklane_ico_native}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\tasklane.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${TASKLANE_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${TASKLANE_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "team@tasklane.org")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

# Start menu: Tasklane -> bin\tasklane.exe (CPack's NSIS links look in bin), removed by the
# uninstaller (CPack writes Uninstall.exe and its Start-menu entry); tasklane-server is a
# command-line program and gets none. "Run Tasklane" on the last page.
set(CPACK_PACKAGE_EXECUTABLES "tasklane" "Tasklane")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "tasklane.exe")
# The programs stay off PATH: the app finds the server beside itself.
set(CPACK_NSIS_MODIFY_PATH OFF)
