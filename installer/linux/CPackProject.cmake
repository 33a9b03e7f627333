# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE). Each package installs every
# component of the project except the one meant for the other: the .deb leaves out the plain
# licence text (component licence), the tar.gz Debian's files (component debian).
if(CPACK_GENERATOR STREQUAL "DEB")
  set(_left_out licence)
else()
  set(_left_out debian)
endif()
list(GET CPACK_INSTALL_CMAKE_PROJECTS 0 _build_dir)
list(GET CPACK_INSTALL_CMAKE_PROJECTS 1 _project)
set(CPACK_INSTALL_CMAKE_PROJECTS)
foreach(_component IN LISTS CPACK_COMPONENTS_ALL)
  if(NOT _component STREQUAL _left_out)
    list(APPEND CPACK_INSTALL_CMAKE_PROJECTS ${_build_dir} ${_project} ${_component} /)
  endif()
endforeach()
