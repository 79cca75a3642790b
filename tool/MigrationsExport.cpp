//===--- MigrationsExport.cpp - async-missing-index's statements as a file -===//
//
// async-missing-index never edits `.sql` files: an index is a migration the
// project reviews and runs. --export-migrations DIR writes the statements
// of its notes, each once, into one file of DIR, with the queries that need
// each statement above it, so the review starts from the code. The file is
// opened before the analysis, like the report: a directory that cannot be
// made is a usage error, not lost work.
//
//===----------------------------------------------------------------------===//

#include "MissingIndexCheck.h"
#include "Reports.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace async_tidy::driver {

namespace {

/// Statements, in the order first met, with the queries that need each.
using Statements =
    llvm::MapVector<std::string, std::vector<std::string>, llvm::StringMap<unsigned>>;

/// The statements the findings' notes give, in the order the findings
/// come (by file and offset), each with the places of the queries that need it.
Statements statementsOf(const RunResults &Results, SourceFiles &Sources) {
  Statements Found;
  for (const Finding &F : Results.Findings) {
    if (F.Check != "async-missing-index")
      continue;
    for (const FindingNote &N : F.Notes) {
      llvm::StringRef Message = N.Message;
      if (!Message.consume_front(MigrationNotePrefix))
        continue;
      SourceFiles::Position At = Sources.position(F.File, F.Offset);
      Found[Message.str()].push_back(displayPath(F.File) + ":" + std::to_string(At.Line) + ":" +
                                     std::to_string(At.Column) + ": " + F.Message);
    }
  }
  return Found;
}

} // namespace

llvm::Expected<std::unique_ptr<llvm::raw_fd_ostream>> openMigrations(const std::string &Directory) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Directory))
    return llvm::createStringError(EC, "cannot create '%s': %s", Directory.c_str(),
                                   EC.message().c_str());
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, MigrationsFileName);
  std::error_code EC;
  auto Out = std::make_unique<llvm::raw_fd_ostream>(Path, EC);
  if (EC)
    return llvm::createStringError(EC, "cannot write '%s': %s", Path.c_str(), EC.message().c_str());
  return Out;
}

unsigned writeMigrations(const RunResults &Results, SourceFiles &Sources, llvm::raw_ostream &Out) {
  Statements Found = statementsOf(Results, Sources);
  Out << "-- Indexes async-missing-index found missing, for review before it runs as a\n"
         "-- migration (name it as the project's migration tool expects). Each\n"
         "-- statement follows the queries that read a whole table without it.\n";
  for (const auto &[Statement, Queries] : Found) {
    Out << "\n";
    for (const std::string &Query : Queries)
      Out << "-- " << Query << "\n";
    Out << Statement << "\n";
  }
  return static_cast<unsigned>(Found.size());
}

} // namespace async_tidy::driver
