#include "../header/error.h"
