/* Stand-in for the header lua/internal/Makefile.am generates from sysbench.rand.lua (script text elided). */
unsigned char sysbench_rand_lua[] = "";
size_t sysbench_rand_lua_len = sizeof(sysbench_rand_lua) - 1;
