/* Stand-in for the header lua/internal/Makefile.am generates from sysbench.histogram.lua (script text elided). */
unsigned char sysbench_histogram_lua[] = "";
size_t sysbench_histogram_lua_len = sizeof(sysbench_histogram_lua) - 1;
