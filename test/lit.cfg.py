# -*- Python -*-
# lit configuration for async-tidy's check tests. The site file written by
# CMake (lit.site.cfg.py) sets the tool paths and loads this file.
import os
import lit.formats

config.name = "async-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".c", ".test"]
config.excludes = ["Inputs", "include", "unit", "e2e", "shapes"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.async_tidy_build_dir, "test", "lit")

check = os.path.join(config.test_source_root, "check_async_tidy.py")
common = "--clang-tidy=%s --plugin=%s --clang=%s --filecheck=%s" % (
    config.clang_tidy, config.plugin, config.clangxx, config.filecheck)
config.substitutions.append(("%check_async_tidy", "%s %s %s" % (config.python, check, common)))
config.substitutions.append(("%clang_tidy_plugin", "%s -load %s" % (config.clang_tidy, config.plugin)))
config.substitutions.append(("%clangxx", config.clangxx))
config.substitutions.append(("%shapes", os.path.join(config.test_source_root, "include", "shapes")))
config.substitutions.append(("%catalog_tool", config.catalog_tool))
config.substitutions.append(("%filecheck", config.filecheck))
config.substitutions.append(("%python", config.python))
config.environment["HOME"] = config.test_exec_root
