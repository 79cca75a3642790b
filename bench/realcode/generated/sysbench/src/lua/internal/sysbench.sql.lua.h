/* Stand-in for the header lua/internal/Makefile.am generates from sysbench.sql.lua (script text elided). */
unsigned char sysbench_sql_lua[] = "";
size_t sysbench_sql_lua_len = sizeof(sysbench_sql_lua) - 1;
