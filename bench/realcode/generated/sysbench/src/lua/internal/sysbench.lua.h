/* Stand-in for the header lua/internal/Makefile.am generates from sysbench.lua (script text elided). */
unsigned char sysbench_lua[] = "";
size_t sysbench_lua_len = sizeof(sysbench_lua) - 1;
