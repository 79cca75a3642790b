// A project header that keeps a query's condition in a constant.
#include <string>

static const std::string ByStatusNote = "WHERE note = $1";
