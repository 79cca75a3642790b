#include "service/pacing.h"

int replay_budget() { return service::legacyRetryBudget * 2; }
