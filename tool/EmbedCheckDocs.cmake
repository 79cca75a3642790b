# Writes CheckDocs.inc: one `{"<check>", R"..."},` entry per check page.
# Run as: cmake -DDOCS_DIR=... -DOUTPUT=... -P EmbedCheckDocs.cmake
file(GLOB pages "${DOCS_DIR}/async-*.md")
list(SORT pages)
set(content "// Generated from docs/checks by EmbedCheckDocs.cmake. Do not edit.\n")
foreach(page ${pages})
  get_filename_component(check "${page}" NAME_WE)
  file(READ "${page}" text)
  string(FIND "${text}" ")asyncdoc\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${page} contains the raw-string delimiter )asyncdoc\"")
  endif()
  string(APPEND content "{\"${check}\", R\"asyncdoc(${text})asyncdoc\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "${content}")
# Rewrite only on change, so the tool is not rebuilt on every build.
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
