# -*- Python -*-
# lit configuration for async-tidy's check tests. The site file written by
# CMake (lit.site.cfg.py) sets the tool paths and loads this file.
import os
import lit.formats

config.name = "async-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".c", ".test"]
config.excludes = ["Inputs", "include", "unit", "project", "shapes", "shapes-ylt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.async_tidy_build_dir, "test", "lit")

check = os.path.join(config.test_source_root, "check_async_tidy.py")
common = "--clang-tidy=%s --plugin=%s --clang=%s --filecheck=%s" % (
    config.clang_tidy, config.plugin, config.clangxx, config.filecheck)
config.substitutions.append(("%check_async_tidy", "%s %s %s" % (config.python, check, common)))
config.substitutions.append(("%clang_tidy_plugin", "%s -load %s" % (config.clang_tidy, config.plugin)))
config.substitutions.append(("%clangxx", config.clangxx))
config.substitutions.append(("%compiler_plugin", config.compiler_plugin))
config.substitutions.append(("%shapes_ylt", os.path.join(config.test_source_root, "include", "shapes-ylt")))
config.substitutions.append(("%shapes", os.path.join(config.test_source_root, "include", "shapes")))
config.substitutions.append(("%catalog_tool", config.catalog_tool))
config.substitutions.append(("%filecheck", config.filecheck))
config.substitutions.append(("%python", config.python))
# The driver's end-to-end tests (test/e2e).
e2e = os.path.join(config.test_source_root, "e2e")
config.substitutions.append(("%{source_root}", config.source_root))
config.substitutions.append(("%{async_tidy_dir}", os.path.dirname(config.async_tidy)))
config.substitutions.append(("%async_tidy", config.async_tidy))
# async-clangd, driven over LSP (test/editor).
config.substitutions.append(("%async_clangd", config.async_clangd))
config.substitutions.append(("%cmake", config.cmake))
config.substitutions.append(("%configure_project", "%s/configure_project.sh %s %s %s" % (
    e2e, config.cmake, config.clangxx, os.path.join(config.test_source_root, "include", "shapes"))))
config.substitutions.append(("%annotations", os.path.join(config.source_root, "include")))
# The cross-translation-unit project (test/crosstu).
config.substitutions.append(("%configure_crosstu", "%s/crosstu/configure_project.sh %s %s %s %s" % (
    config.test_source_root, config.cmake, config.clangxx,
    os.path.join(config.test_source_root, "include", "shapes"),
    os.path.join(config.source_root, "include"))))
config.substitutions.append(("%summarize", "%s %s/summarize_report.py" % (config.python, e2e)))
config.substitutions.append(("%expect_exit", "%s %s/expect_exit.py" % (config.python, e2e)))
config.substitutions.append(("%validate_sarif", "%s/validate_sarif.sh %s" % (
    e2e, os.path.join(config.async_tidy_build_dir, "test", "npm-sarif"))))
config.substitutions.append(("%clang_apply_replacements", config.clang_apply_replacements))
# A front-end that runs clang-tidy itself (test/plugin/run-clang-tidy.test).
config.substitutions.append(("%run_clang_tidy", "%s %s -clang-tidy-binary %s -load %s" % (
    config.python, config.run_clang_tidy, config.clang_tidy, config.plugin)))
# scripts/add-check.py in a scratch copy of the repository (test/tool).
config.substitutions.append(("%lit", "%s %s" % (config.python, config.lit)))
config.substitutions.append(("%tidy", config.clang_tidy))
config.substitutions.append(("%clang_format", config.clang_format))
config.substitutions.append(("%copy_repository", "%s/tool/copy_repository.sh %s" % (
    config.test_source_root, config.source_root)))
config.environment["HOME"] = config.test_exec_root
