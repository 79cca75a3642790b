# Sourced by the measuring scripts: writes the translation unit to measure
# into "$work/tu.cpp" and sets `describe` and `flags`.
#   TU=asio (default): the heavy Asio unit with SIZE coroutines;
#   TU=libpq: SIZE repository functions full of libpq calls
#   (async-unclosed-client's work), LEAK_EVERY=K making one in K leak (0: none).
leak_every=${LEAK_EVERY:-5}
case "${TU:-asio}" in
  asio)
    python3 bench/generate_heavy_tu.py "$size" > "$work/tu.cpp"
    describe="boost/asio.hpp + boost/beast.hpp, $size coroutines"
    flags=(-- -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE) ;;
  libpq)
    python3 bench/generate_libpq_tu.py "$size" "$leak_every" > "$work/tu.cpp"
    leaking=$([ "$leak_every" -gt 0 ] && echo "one in $leak_every leaking" || echo "none leaking")
    describe="libpq-fe.h + curl.h, $size functions with libpq calls, $leaking"
    flags=(-- -std=c++20 -I/usr/include/postgresql) ;;
  *) echo "TU must be asio or libpq" >&2; exit 2 ;;
esac
