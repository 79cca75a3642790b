//===--- SummaryFile.cpp - The summary file: JSON, versioned ---------------===//

#include "SummaryFile.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

using nlohmann::json;

namespace async_tidy {

// nlohmann's conversions, found by argument-dependent lookup. Optional
// members are left out when empty, so a file says only what is known.

void to_json(json &J, const SourcePoint &P) { J = {{"file", P.File}, {"line", P.Line}}; }
void from_json(const json &J, SourcePoint &P) {
  J.at("file").get_to(P.File);
  J.at("line").get_to(P.Line);
}

void to_json(json &J, const CatalogHit &H) {
  J = {{"call", H.Call}, {"kind", H.Kind}, {"at", H.At}};
}
void from_json(const json &J, CatalogHit &H) {
  J.at("call").get_to(H.Call);
  J.at("kind").get_to(H.Kind);
  J.at("at").get_to(H.At);
}

void to_json(json &J, const CallEdge &C) {
  J = {{"usr", C.Usr}, {"name", C.Name}, {"at", C.At}};
  if (C.Returned)
    J["returned"] = true;
  if (C.InTry)
    J["inTry"] = true;
  if (C.Nothrow)
    J["nothrow"] = true;
  if (!C.PassedParameters.empty())
    J["passedParameters"] = C.PassedParameters;
}
void from_json(const json &J, CallEdge &C) {
  J.at("usr").get_to(C.Usr);
  J.at("name").get_to(C.Name);
  J.at("at").get_to(C.At);
  C.Returned = J.value("returned", false);
  C.InTry = J.value("inTry", false);
  C.Nothrow = J.value("nothrow", false);
  if (J.contains("passedParameters"))
    J.at("passedParameters").get_to(C.PassedParameters);
}

void to_json(json &J, const ResourceHit &R) {
  J = {{"resource", R.Resource}, {"call", R.Call}, {"at", R.At}};
  if (R.Parameter)
    J["parameter"] = *R.Parameter;
}
void from_json(const json &J, ResourceHit &R) {
  J.at("resource").get_to(R.Resource);
  J.at("call").get_to(R.Call);
  J.at("at").get_to(R.At);
  if (J.contains("parameter"))
    R.Parameter = J.at("parameter").get<unsigned>();
}

void to_json(json &J, const LocalFacts &L) {
  J = json::object();
  if (L.Blocks)
    J["blocks"] = *L.Blocks;
  if (!L.Requests.empty())
    J["requests"] = L.Requests;
  if (L.Acquires)
    J["acquires"] = *L.Acquires;
  if (!L.Releases.empty())
    J["releases"] = L.Releases;
  if (!L.Borrows.empty())
    J["borrows"] = L.Borrows;
  if (L.Throws)
    J["throws"] = *L.Throws;
  J["calls"] = L.Calls;
  if (L.CallsUnknown)
    J["callsUnknown"] = true;
  if (L.LibraryMayThrow)
    J["libraryMayThrow"] = true;
  if (L.LeavesObjectUnchanged)
    J["leavesObjectUnchanged"] = true;
  if (!L.Annotations.empty())
    J["annotations"] = L.Annotations;
}
void from_json(const json &J, LocalFacts &L) {
  if (J.contains("blocks"))
    L.Blocks = J.at("blocks").get<CatalogHit>();
  if (J.contains("requests"))
    J.at("requests").get_to(L.Requests);
  if (J.contains("acquires"))
    L.Acquires = J.at("acquires").get<ResourceHit>();
  if (J.contains("releases"))
    J.at("releases").get_to(L.Releases);
  if (J.contains("borrows"))
    J.at("borrows").get_to(L.Borrows);
  if (J.contains("throws"))
    L.Throws = J.at("throws").get<SourcePoint>();
  J.at("calls").get_to(L.Calls);
  L.CallsUnknown = J.value("callsUnknown", false);
  L.LibraryMayThrow = J.value("libraryMayThrow", false);
  L.LeavesObjectUnchanged = J.value("leavesObjectUnchanged", false);
  if (J.contains("annotations"))
    J.at("annotations").get_to(L.Annotations);
}

void to_json(json &J, const FunctionUses &U) {
  J = {{"all", U.All}, {"syncWaited", U.SyncWaited}, {"awaitedBy", U.AwaitedBy}};
}
void from_json(const json &J, FunctionUses &U) {
  J.at("all").get_to(U.All);
  J.at("syncWaited").get_to(U.SyncWaited);
  J.at("awaitedBy").get_to(U.AwaitedBy);
}

void to_json(json &J, const UnitRecord &U) {
  J = {{"files", U.Files}, {"configuration", U.Configuration}};
  if (U.Uses)
    J["uses"] = *U.Uses;
}
void from_json(const json &J, UnitRecord &U) {
  J.at("files").get_to(U.Files);
  J.at("configuration").get_to(U.Configuration);
  if (J.contains("uses"))
    U.Uses = J.at("uses").get<UnitUses>();
}

void to_json(json &J, const FactStep &S) {
  J = {{"function", S.Function}, {"call", S.Call}, {"at", S.At}};
}
void from_json(const json &J, FactStep &S) {
  J.at("function").get_to(S.Function);
  J.at("call").get_to(S.Call);
  J.at("at").get_to(S.At);
}

void to_json(json &J, const FactChain &C) { J = {{"kind", C.Kind}, {"chain", C.Steps}}; }
void from_json(const json &J, FactChain &C) {
  J.at("kind").get_to(C.Kind);
  J.at("chain").get_to(C.Steps);
}

namespace {
const char *spelling(Tristate T) {
  return T == Tristate::Yes ? "yes" : T == Tristate::No ? "no" : "unknown";
}
Tristate parseTristate(const std::string &S) {
  return S == "yes" ? Tristate::Yes : S == "no" ? Tristate::No : Tristate::Unknown;
}
} // namespace

void to_json(json &J, const ResolvedFacts &R) {
  J = {{"mayThrow", spelling(R.MayThrow)}, {"concurrencySafe", spelling(R.ConcurrencySafe)}};
  if (R.Blocks)
    J["blocks"] = *R.Blocks;
  if (!R.Requests.empty())
    J["requests"] = R.Requests;
  if (R.Acquires)
    J["acquires"] = *R.Acquires;
  if (!R.Releases.empty()) {
    json Releases = json::object();
    for (const auto &[Parameter, Resource] : R.Releases)
      Releases[std::to_string(Parameter)] = Resource;
    J["releases"] = Releases;
  }
  if (!R.Borrows.empty())
    J["borrows"] = R.Borrows;
  if (R.Driver)
    J["driver"] = true;
}
void from_json(const json &J, ResolvedFacts &R) {
  R.MayThrow = parseTristate(J.at("mayThrow").get<std::string>());
  R.ConcurrencySafe = parseTristate(J.at("concurrencySafe").get<std::string>());
  if (J.contains("blocks"))
    R.Blocks = J.at("blocks").get<FactChain>();
  if (J.contains("requests"))
    J.at("requests").get_to(R.Requests);
  if (J.contains("acquires"))
    R.Acquires = J.at("acquires").get<FactChain>();
  if (J.contains("releases"))
    for (const auto &[Parameter, Resource] : J.at("releases").items())
      R.Releases[std::stoul(Parameter)] = Resource.get<std::string>();
  if (J.contains("borrows"))
    J.at("borrows").get_to(R.Borrows);
  R.Driver = J.value("driver", false);
}

std::string printSummaryFile(const SummarySet &Set) {
  json Functions = json::object();
  for (const auto &[Usr, F] : Set.Functions) {
    Functions[Usr] = {{"name", F.Name},
                      {"defined", F.Defined},
                      {"coroutine", F.Coroutine},
                      {"local", F.Local},
                      {"resolved", F.Resolved}};
    if (!F.HasBody)
      Functions[Usr]["declarationOnly"] = true;
  }
  json Document = {{"schema", "async-tidy-summaries"},
                   {"version", SummarySchemaVersion},
                   {"producer", Set.Producer},
                   {"files", Set.Files},
                   {"stamps", Set.Stamps},
                   {"units", Set.Units},
                   {"projectUnits", Set.ProjectUnits},
                   {"functions", Functions}};
  if (Set.WorkerUses)
    Document["workerUses"] = *Set.WorkerUses;
  return Document.dump(1) + "\n";
}

std::optional<SummarySet> parseSummaryFile(const std::string &Text, std::string &Error) {
  try {
    json Document = json::parse(Text);
    if (Document.value("schema", "") != "async-tidy-summaries") {
      Error = "not an async-tidy summary file";
      return std::nullopt;
    }
    if (Document.value("version", 0) != SummarySchemaVersion) {
      Error = "summary schema version " + std::to_string(Document.value("version", 0)) +
              " is not the supported version " + std::to_string(SummarySchemaVersion) +
              "; write the file again with this async-tidy";
      return std::nullopt;
    }
    SummarySet Set;
    Set.Producer = Document.value("producer", "");
    Document.at("files").get_to(Set.Files);
    if (Document.contains("stamps"))
      Document.at("stamps").get_to(Set.Stamps);
    Document.at("units").get_to(Set.Units);
    if (Document.contains("projectUnits"))
      Document.at("projectUnits").get_to(Set.ProjectUnits);
    if (Document.contains("workerUses"))
      Set.WorkerUses = Document.at("workerUses").get<UnitUses>();
    for (const auto &[Usr, Entry] : Document.at("functions").items()) {
      FunctionSummary F;
      F.Usr = Usr;
      Entry.at("name").get_to(F.Name);
      Entry.at("defined").get_to(F.Defined);
      Entry.at("coroutine").get_to(F.Coroutine);
      F.HasBody = !Entry.value("declarationOnly", false);
      Entry.at("local").get_to(F.Local);
      Entry.at("resolved").get_to(F.Resolved);
      Set.Functions.emplace(Usr, std::move(F));
    }
    return Set;
  } catch (const json::exception &E) {
    Error = E.what();
    return std::nullopt;
  }
}

std::optional<SummarySet> readSummaryFile(const std::string &Path, std::string &Error) {
  std::optional<std::string> Text = contentOfFile(Path);
  if (!Text) {
    Error = "cannot read '" + Path + "'";
    return std::nullopt;
  }
  std::optional<SummarySet> Set = parseSummaryFile(*Text, Error);
  if (!Set)
    Error = Path + ": " + Error;
  return Set;
}

bool writeSummaryFile(const std::string &Path, const SummarySet &Set, std::string &Error) {
  // Readers (the plugin in an editor) never see half a file.
  std::string Temporary = Path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream Out(Temporary, std::ios::binary);
    Out << printSummaryFile(Set);
    if (!Out) {
      Error = "cannot write '" + Temporary + "'";
      return false;
    }
  }
  if (std::rename(Temporary.c_str(), Path.c_str()) != 0) {
    Error = "cannot rename '" + Temporary + "' to '" + Path + "'";
    std::remove(Temporary.c_str());
    return false;
  }
  return true;
}

} // namespace async_tidy
