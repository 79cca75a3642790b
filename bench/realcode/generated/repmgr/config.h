/* config.h for repmgr: configure generates it from config.h.in, which holds no
   #undef to fill in (the version comes from repmgr_version.h). */
