#include "../header/game.h"
