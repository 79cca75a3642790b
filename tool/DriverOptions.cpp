//===--- DriverOptions.cpp ------------------------------------------------===//

#include "DriverOptions.h"

namespace async_tidy::driver {

std::vector<std::string> DriverOptions::configurationArguments() const {
  std::vector<std::string> Args = {"-p", BuildPath};
  auto Add = [&](const char *Flag, const std::optional<std::string> &Value) {
    if (Value)
      Args.push_back(std::string(Flag) + "=" + *Value);
  };
  Add("--checks", Checks);
  Add("--config-file", ConfigFile);
  Add("--header-filter", HeaderFilter);
  Add("--warnings-as-errors", WarningsAsErrors);
  Add("--format-style", FormatStyle);
  for (const std::string &Arg : ExtraArgs)
    Args.push_back("--extra-arg=" + Arg);
  for (const std::string &Arg : ExtraArgsBefore)
    Args.push_back("--extra-arg-before=" + Arg);
  if (!SummaryFile.empty())
    Args.push_back("--use-summaries=" + SummaryFile);
  if (FixNotes)
    Args.push_back("--fix-notes"); // keeps note fixes through clang-tidy's filter
  return Args;
}

} // namespace async_tidy::driver
