/* Stand-in for the header lua/internal/Makefile.am generates from sysbench.cmdline.lua (script text elided). */
unsigned char sysbench_cmdline_lua[] = "";
size_t sysbench_cmdline_lua_len = sizeof(sysbench_cmdline_lua) - 1;
