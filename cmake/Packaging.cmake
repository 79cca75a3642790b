# Installing (cmake --install) and the Debian package (cpack).
#
# The binaries link Debian's shared LLVM and Clang 19 libraries and, for
# async-clangd, gRPC, protobuf and abseil; dpkg-shlibdeps turns those into
# the package's dependencies. The rest is declared by hand: clang-tidy-19
# loads the plugin, and libclang-common-19-dev holds the compiler's own
# headers (stddef.h, ...) that every parse of async-tidy and async-clangd
# reads.
include(GNUInstallDirs)

install(TARGETS async-tidy async-clangd async-tidy-catalog
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Plugins, not libraries to link against: they go in a directory of their
# own, where `clang-tidy -load` and `clang++-19 -fplugin=` find them by path.
install(TARGETS AsyncTidyPlugin AsyncTidyCompilerPlugin
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/async-tidy)
# The default catalog, as the model for a user's own (docs/catalog.md); the
# binaries embed it.
install(FILES ${PROJECT_SOURCE_DIR}/catalog/default-catalog.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/async-tidy)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME async-tidy)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Finds and fixes blocking calls, N+1 calls, serial awaits and leaks in C++20 coroutines")
set(CPACK_PACKAGE_DESCRIPTION
    "clang-tidy checks for C++20 coroutine services (Boost.Asio, folly::coro, cppcoro,\n\
Drogon, ...): the async-tidy driver, async-clangd (clangd 19 with the checks\n\
built in), the clang-tidy-19 plugin and async-tidy-catalog.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "async-tidy developers")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "clang-tidy-19, libclang-common-19-dev")
# The compiler plugin is loaded by clang-19 only.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "clang-19")
include(CPack)
